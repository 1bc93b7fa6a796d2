import { analyze } from './index';

/** A report's attributions in plain words, for table tests: who (source name), how, and what. */
export function said(text: string) {
  const report = analyze({ text });
  const sources = new Map(report.sources.map((s) => [s.id, s]));
  return report.attributions.map((a) => {
    const s = a.sourceId ? sources.get(a.sourceId) : undefined;
    return {
      type: a.type,
      cue: a.cue.text,
      mention: a.mention?.text ?? null,
      content: a.content.map((c) => c.text),
      source: s?.name ?? null,
      kind: s?.kind ?? null,
      role: s?.role ?? null,
      aliases: s?.aliases ?? [],
    };
  });
}
