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
  /** Runs each slice's writes (the live watcher runs them with its observer disconnected). */
  around?: (write: () => void) => void;
}

export interface SliceResult {
  /** Main-thread milliseconds spent in all slices. */
  busyMs: number;
  /** Pieces handed to the marker (marks made, but for pieces the page changed meanwhile). */
  marks: number;
  /** True when the plan held more than `maxTotalMarks` pieces and the rest was left unmarked. */
  capped: boolean;
}

/** Default of SliceOptions.maxTotalMarks: far more than any news article needs (the seed has 33). */
export const MAX_TOTAL_MARKS = 3000;

/**
 * Marks `plan` (sorted by start, as planMarks gives it); resolves with what it did, or null when `scope`
 * ended first (the marks made so far stay until the caller's unmark). The first slice runs at once.
 */
export function markInSlices(marker: Marker, plan: readonly PlannedMark[], mapper: PlanMapper, scope: Scope, options: SliceOptions = {}): Promise<SliceResult | null> {
  const budget = options.budgetMs ?? 6;
  const maxMarks = options.maxMarks ?? 150;
  const maxTotal = options.maxTotalMarks ?? MAX_TOTAL_MARKS;
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
      const due = () => performance.now() - start >= budget;
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
      busy += performance.now() - start;
      if (mappingDone() && unfinished.length === 0 && pending.length === 0) resolve({ busyMs: busy, marks: total, capped });
      else scope.idle(slice);
    };
    if (plan.length === 0) resolve({ busyMs: 0, marks: 0, capped: false });
    else slice();
    scope.onEnd(() => resolve(null));
  });
}
