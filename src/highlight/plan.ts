/**
 * Turns a report into the text spans to mark: one entry per stretch of text, never overlapping, in
 * text order. Pure: offsets in, offsets out; the DOM is someone else's business (marker.ts).
 */
import type { AttributionType, Report, SourceKind } from '../engine/types';
import type { KindToggles } from '../settings';
import type { MarkPart } from './names';

export interface PlannedMark {
  start: number;
  end: number;
  attributionId: string;
  /** The source's id, or '' when the attribution has none. */
  sourceId: string;
  part: MarkPart;
  /** Null when the attribution has no source (it then counts as anonymous for the kind filter). */
  kind: SourceKind | null;
  type: AttributionType;
  /** The source's position in the report (its colour); -1 for none. */
  tone: number;
}

// When spans overlap (a mention inside a quote, a nested quote), the smaller, more specific part wins
// the shared characters; between equals, the earlier attribution keeps them.
const PRIORITY: Record<MarkPart, number> = { mention: 3, cue: 2, content: 1 };

/**
 * The marks for `report`, filtered by `kinds`, clamped to the text, empty spans dropped and overlaps
 * resolved (see PRIORITY), sorted by start. A malformed attribution (unknown source id) is still marked, with no source.
 * With `limit`, only the text before the start of the (limit+1)-th span is planned: the whole plan cut
 * there, at a cost that does not grow with the rest of a huge report (the page marks no more anyway).
 */
export function planMarks(report: Report, kinds: KindToggles, limit = Infinity): PlannedMark[] {
  const sourceIndex = new Map(report.sources.map((s, i) => [s.id, i] as const));
  const raw: PlannedMark[] = [];
  for (const a of report.attributions) {
    const index = a.sourceId === null ? undefined : sourceIndex.get(a.sourceId);
    const source = index === undefined ? undefined : report.sources[index];
    const kind = source?.kind ?? null;
    if (!kinds[kind ?? 'anonymous']) continue;
    const base = { attributionId: a.id, sourceId: source?.id ?? '', kind, type: a.type, tone: index ?? -1 };
    const add = (start: number, end: number, part: MarkPart) => {
      const s = Math.max(0, Math.min(start, report.textLength));
      const e = Math.max(0, Math.min(end, report.textLength));
      if (e > s) raw.push({ ...base, start: s, end: e, part });
    };
    for (const c of a.content) add(c.start, c.end, 'content');
    add(a.cue.start, a.cue.end, 'cue');
    if (a.mention) add(a.mention.start, a.mention.end, 'mention');
  }
  return flatten(limit < raw.length ? prefix(raw, limit) : raw);
}

/**
 * The spans that decide text[0, cut), clipped to it, where `cut` is the start of the (limit+1)-th span by
 * start: a stretch of text is decided only by the spans that cover it, and none of the others start before `cut`.
 */
function prefix(raw: PlannedMark[], limit: number): PlannedMark[] {
  const cut = [...raw].sort((a, b) => a.start - b.start)[limit]!.start;
  const out: PlannedMark[] = [];
  for (const s of raw) {
    if (s.start >= cut) continue;
    out.push(s.end > cut ? { ...s, end: cut } : s);
  }
  return out;
}

/**
 * Splits overlapping spans at every boundary and gives each stretch to its best span: O(n log n + n·overlap).
 * Spans are referred to by index (their order in `spans` breaks ties), and arrays are reused: a large
 * report is planned on the page's main thread.
 */
function flatten(spans: PlannedMark[]): PlannedMark[] {
  const n = spans.length;
  if (n === 0) return [];
  const rank = (i: number) => PRIORITY[spans[i]!.part];
  const better = (i: number, j: number) => {
    const pi = rank(i);
    const pj = rank(j);
    return pi !== pj ? pi > pj : i < j;
  };
  const byStart = Array.from({ length: n }, (_, i) => i).sort((a, b) => spans[a]!.start - spans[b]!.start);
  const all: number[] = [];
  for (const s of spans) all.push(s.start, s.end);
  all.sort((a, b) => a - b);
  const points: number[] = [];
  for (const p of all) if (points.length === 0 || points[points.length - 1] !== p) points.push(p);
  const out: PlannedMark[] = [];
  const active: number[] = [];
  let next = 0;
  let lastRef = -1;
  for (let k = 0; k + 1 < points.length; k++) {
    const from = points[k]!;
    const to = points[k + 1]!;
    let kept = 0;
    for (const i of active) if (spans[i]!.end > from) active[kept++] = i;
    active.length = kept;
    while (next < n && spans[byStart[next]!]!.start <= from) active.push(byStart[next++]!);
    let best = -1;
    for (const i of active) if (best < 0 || better(i, best)) best = i;
    if (best < 0) {
      lastRef = -1;
      continue;
    }
    const last = out[out.length - 1];
    if (last && lastRef === best && last.end === from) last.end = to;
    else out.push({ ...spans[best]!, start: from, end: to });
    lastRef = best;
  }
  return out;
}
