/**
 * Turns a report into the text spans to mark: one entry per stretch of text, never overlapping, in
 * text order. Pure: offsets in, offsets out; the DOM is someone else's business (marker.ts).
 */
import type { AttributionType, Report, SourceKind } from '../engine/types';
import type { KindToggles } from '../settings';
import type { MarkPart } from './names';
import { runSteps } from '../page/collect';

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
  return runSteps(planMarksSteps(report, kinds, limit, () => false));
}

// Spans or stretches handled between two looks at the clock.
const SPANS_PER_CHECK = 64;

/**
 * planMarks in steps that pause (yield) when `due`: a long report takes tens of ms to plan on a slow
 * laptop, more than one task of the page's main thread may hold.
 */
export function* planMarksSteps(report: Report, kinds: KindToggles, limit: number, due: () => boolean): Generator<void, PlannedMark[], void> {
  const sourceIndex = new Map(report.sources.map((s, i) => [s.id, i] as const));
  const n = report.textLength;
  const clamp = (x: number) => Math.max(0, Math.min(x, n));
  // Calls `visit` with every span of the attributions whose kind is shown, clamped to the text.
  function* eachSpan(visit: (a: Report['attributions'][number], index: number | undefined, start: number, end: number, part: MarkPart) => void) {
    let seen = 0;
    for (const a of report.attributions) {
      if (++seen % SPANS_PER_CHECK === 0 && due()) yield;
      const index = a.sourceId === null ? undefined : sourceIndex.get(a.sourceId);
      const kind = index === undefined ? null : report.sources[index]!.kind;
      if (!kinds[kind ?? 'anonymous']) continue;
      for (const c of a.content) visit(a, index, clamp(c.start), clamp(c.end), 'content');
      visit(a, index, clamp(a.cue.start), clamp(a.cue.end), 'cue');
      if (a.mention) visit(a, index, clamp(a.mention.start), clamp(a.mention.end), 'mention');
    }
  }
  // With a limit, the text is planned up to `cut`, the start of the (limit+1)-th span by start: a stretch of
  // text is decided only by the spans that cover it, and none of the others start before `cut`. Finding it
  // sorts plain numbers, and no span object is made for the (many more) spans after it.
  let cut = Infinity;
  if (limit !== Infinity) {
    const starts: number[] = [];
    yield* eachSpan((_a, _i, s, e) => {
      if (e > s) starts.push(s);
    });
    if (due()) yield;
    if (limit < starts.length) cut = Float64Array.from(starts).sort()[limit]!;
  }
  const raw: PlannedMark[] = [];
  yield* eachSpan((a, index, s, e, part) => {
    if (e <= s || s >= cut) return;
    const source = index === undefined ? undefined : report.sources[index];
    raw.push({ attributionId: a.id, sourceId: source?.id ?? '', kind: source?.kind ?? null, type: a.type, tone: index ?? -1, start: s, end: Math.min(e, cut), part });
  });
  if (due()) yield;
  return yield* flatten(raw, due);
}

// Span indices below this fit beside a start offset in one float key (offsets stay below 2^33).
const INDEX_SPAN = 2 ** 20;

/**
 * Splits overlapping spans at every boundary and gives each stretch to its best span: O(n log n + n·overlap).
 * Spans are referred to by index (their order in `spans` breaks ties), and arrays are reused: a large
 * report is planned on the page's main thread.
 */
function* flatten(spans: PlannedMark[], due: () => boolean): Generator<void, PlannedMark[], void> {
  const n = spans.length;
  if (n === 0) return [];
  const rank = (i: number) => PRIORITY[spans[i]!.part];
  const better = (i: number, j: number) => {
    const pi = rank(i);
    const pj = rank(j);
    return pi !== pj ? pi > pj : i < j;
  };
  // Both sorts are the browser's numeric sorts of typed arrays (a comparator called for each of thousands of
  // pairs took tens of ms at CPU 4x, in one step): spans by start, ties in their order, as start·2^20 + index.
  let byStart: number[];
  if (n <= INDEX_SPAN) {
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) keys[i] = spans[i]!.start * INDEX_SPAN + i;
    keys.sort();
    byStart = Array.from(keys, (key) => key % INDEX_SPAN);
  } else byStart = Array.from({ length: n }, (_, i) => i).sort((a, b) => spans[a]!.start - spans[b]!.start);
  const all = new Float64Array(2 * n);
  spans.forEach((s, i) => {
    all[2 * i] = s.start;
    all[2 * i + 1] = s.end;
  });
  all.sort();
  const points: number[] = [];
  for (const p of all) if (points.length === 0 || points[points.length - 1] !== p) points.push(p);
  const out: PlannedMark[] = [];
  const active: number[] = [];
  let next = 0;
  let lastRef = -1;
  if (due()) yield;
  for (let k = 0; k + 1 < points.length; k++) {
    if (k % SPANS_PER_CHECK === SPANS_PER_CHECK - 1 && due()) yield;
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
