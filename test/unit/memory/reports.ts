/** Small reports written for the memory's tests: each source with its kind, role and attributions. */
import type { Attribution, AttributionType, Report, Source, SourceKind } from '../../../src/engine/types';
import { articleRecord } from '../../../src/memory/record';
import type { MemoryArticle } from '../../../src/memory/types';

export interface Cited {
  name: string;
  kind: SourceKind;
  role?: string | null;
  /** One attribution per entry, of that type. Default: one direct quote. */
  types?: AttributionType[];
}

/** A report quoting `cited` in order; each attribution's content says "words of <name> <k>". */
export function reportOf(title: string, cited: Cited[], unsourced = 0): Report {
  const sources: Source[] = cited.map((c, i) => ({ id: `s${i + 1}`, name: c.name, kind: c.kind, role: c.role ?? null, aliases: [] }));
  const attributions: Attribution[] = [];
  let at = 0;
  const push = (sourceId: string | null, type: AttributionType, words: string) => {
    attributions.push({
      id: `a${attributions.length + 1}`,
      sourceId,
      type,
      cue: { start: at, end: at + 4, text: 'said' },
      mention: null,
      content: [{ start: at + 5, end: at + 5 + words.length, text: words }],
      paragraph: attributions.length,
    });
    at += 200;
  };
  cited.forEach((c, i) => (c.types ?? ['direct']).forEach((type, k) => push(`s${i + 1}`, type, `words of ${c.name} ${k}`)));
  for (let k = 0; k < unsourced; k++) push(null, 'indirect', `words of no one ${k}`);
  return { schema: 1, title, textLength: at + 100, sources, attributions };
}

const DAY = 24 * 60 * 60 * 1000;
/** Noon on 1 March 2026 plus `days`, local time. */
export const day = (days: number) => new Date(2026, 2, 1, 12).getTime() + days * DAY;

let nextId = 1;

/** The memory's record of an article at `url` read on `day(days)`, with an id of its own (as the store gives one). */
export function article(url: string, cited: Cited[], days = 0, title = `Story at ${url}`): MemoryArticle {
  return { ...articleRecord(url, title, reportOf(title, cited), day(days)), id: nextId++ };
}
