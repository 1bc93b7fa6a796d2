/**
 * Maps and marks a page in slices, one idle period each, so that even a 100,000-word page or a megabyte
 * in one paragraph never holds the main thread for a long task. A slice ends after a few milliseconds of
 * our own work or after a bounded number of marks, whichever comes first: the style and layout the
 * browser then does for the marks grows with how many paragraphs changed, and that work lands in the
 * same frame as ours. A page gets at most `maxTotalMarks` marks: the first ones in reading order.
 */
import type { Scope } from '../content/scope';
import type { PlanMapper } from './map-plan';
import type { Marker, MarkJob, NodeJobs } from './marker';
import type { PlannedMark } from './plan';

export interface SliceOptions {
  /** Milliseconds of our own work per slice. */
  budgetMs?: number;
  /** Marks made per slice at most. */
  maxMarks?: number;
  /** Marks made on the page at most; the rest of the plan is left unmarked (`capped`). */
  maxTotalMarks?: number;
  /**
   * Wall-clock milliseconds (from the first slice) after which no new slice starts: what is marked stays,
   * the rest is left (`capped`). On a page whose every change costs the browser a long layout, slices come
   * seldom, and this bounds how long the page keeps changing under the reader.
   */
  maxWallMs?: number;
  /** Runs each slice's writes (the live watcher runs them with its observer disconnected). */
  around?: (write: () => void) => void;
}

export interface SliceResult {
  /** Main-thread milliseconds spent in all slices. */
  busyMs: number;
  /** Pieces handed to the marker (marks made, but for pieces the page changed meanwhile). */
  marks: number;
  /** True when the plan held more than `maxTotalMarks` pieces, or `maxWallMs` ran out, and the rest was left unmarked. */
  capped: boolean;
}

/** Default of SliceOptions.maxTotalMarks: far more than any news article needs (the seed has 33). */
export const MAX_TOTAL_MARKS = 2000;
/** Default of SliceOptions.maxWallMs. */
export const MAX_WALL_MS = 20_000;
// When the browser takes this long between two of our slices (layout of a huge page after each change),
// a slice may do BUSY_PAGE_FACTOR times its budget: fewer, fuller slices, still far from a long task.
const SLOW_GAP_MS = 50;
const BUSY_PAGE_FACTOR = 2;

/**
 * Marks `plan` (sorted by start, as planMarks gives it); resolves with what it did, or null when `scope`
 * ended first (the marks made so far stay until the caller's unmark). The first slice runs at once.
 */
export function markInSlices(marker: Marker, plan: readonly PlannedMark[], mapper: PlanMapper, scope: Scope, options: SliceOptions = {}): Promise<SliceResult | null> {
  const budget = options.budgetMs ?? 6;
  const maxMarks = options.maxMarks ?? 150;
  const maxTotal = options.maxTotalMarks ?? MAX_TOTAL_MARKS;
  const maxWall = options.maxWallMs ?? MAX_WALL_MS;
  let firstAt = -1;
  let lastEnd = -1;
  let next = 0;
  let busy = 0;
  let total = 0;
  let capped = false;
  // The Text node being collected: a node is wrapped once the mapping has moved past it (the plan is in
  // text order, so a node's pieces come one after another), last piece first, maybe over several slices.
  let open: Text | null = null;
  let pending: MarkJob[] = [];
  const unfinished: NodeJobs[] = [];

  const close = () => {
    if (open && pending.length > 0) unfinished.push({ node: open, jobs: pending.sort((a, b) => b.piece.startOffset - a.piece.startOffset) });
    open = null;
    pending = [];
  };
  const mappingDone = () => next >= plan.length || capped;

  return new Promise((resolve) => {
    const slice = () => {
      if (scope.ended) return resolve(null);
      const start = performance.now();
      if (firstAt < 0) firstAt = start;
      else if (start - firstAt > maxWall) {
        // Out of time: the marks made stay, the rest of the plan is left.
        capped = true;
        return resolve({ busyMs: busy, marks: marker.size, capped });
      }
      const slow = lastEnd >= 0 && start - lastEnd > SLOW_GAP_MS;
      const limit = slow ? budget * BUSY_PAGE_FACTOR : budget;
      const due = () => performance.now() - start >= limit;
      const write = () => {
        let made = 0;
        let mapped = 0; // every slice maps at least one planned mark, however small its budget
        for (;;) {
          // Wrap what is collected before mapping more: the oldest node first.
          while (unfinished.length > 0) {
            const group = unfinished[0]!;
            const before = group.jobs.length;
            const finished = marker.wrapNode(group, due);
            made += before - group.jobs.length;
            if (!finished) return;
            unfinished.shift();
          }
          if (mappingDone() || made >= maxMarks || (mapped > 0 && due())) return;
          const mark = plan[next++]!;
          mapped++;
          for (const job of mapper.map(mark)) {
            if (total >= maxTotal) {
              capped = true;
              break;
            }
            if (job.piece.node !== open) {
              close();
              open = job.piece.node;
            }
            pending.push(job);
            total++;
          }
          if (mappingDone()) close();
        }
      };
      if (options.around) options.around(write);
      else write();
      lastEnd = performance.now();
      busy += lastEnd - start;
      if (mappingDone() && unfinished.length === 0 && pending.length === 0) resolve({ busyMs: busy, marks: total, capped });
      else scope.idle(slice);
    };
    if (plan.length === 0) resolve({ busyMs: 0, marks: 0, capped: false });
    else slice();
    scope.onEnd(() => resolve(null));
  });
}
