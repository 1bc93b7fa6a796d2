import { analyze } from './index';
import { LANGUAGES } from './lang/registry';
import type { Report } from './types';

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

/** The report of paragraphs in a language, all the engine's languages loaded. */
export function read(lang: string, ...paragraphs: string[]): Report {
  return analyze({ text: paragraphs.join('\n\n'), lang }, { languages: LANGUAGES });
}

/** The attribution whose content holds the words, with its source (cue undefined when there is none). */
export function about(report: Report, words: string) {
  const a = report.attributions.find((x) => x.content.some((c) => c.text.includes(words)));
  const source = a ? report.sources.find((s) => s.id === a.sourceId) : undefined;
  return {
    cue: a?.cue.text,
    mention: a?.mention?.text ?? null,
    content: a?.content.map((c) => c.text).join(' | ') ?? null,
    source: source?.name ?? null,
    kind: source?.kind ?? null,
    role: source?.role ?? null,
    aliases: source?.aliases ?? [],
  };
}
