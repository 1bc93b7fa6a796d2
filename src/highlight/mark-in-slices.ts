/**
 * Maps and marks a page in slices, one idle period each, so that even a 100,000-word page never holds the
 * main thread for a long task. A slice ends after a few milliseconds of our own work or after a bounded
 * number of marks, whichever comes first: the style and layout the browser then does for the marks
 * grows with how many paragraphs changed, and that work lands in the same frame as ours.
 */
import type { Scope } from '../content/scope';
import type { PlanMapper } from './map-plan';
import type { Marker, MarkJob } from './marker';
import type { PlannedMark } from './plan';

export interface SliceOptions {
  /** Milliseconds of our own work per slice. */
  budgetMs?: number;
  /** Marks made per slice at most. */
  maxMarks?: number;
  /** Runs each slice's writes (the live watcher runs them with its observer disconnected). */
  around?: (write: () => void) => void;
}

/**
 * Marks `plan` (sorted by start, as planMarks gives it); resolves with the main-thread milliseconds spent,
 * or null when `scope` ended first (the marks made so far stay until the caller's unmark). The first slice
 * runs at once.
 */
export function markInSlices(marker: Marker, plan: readonly PlannedMark[], mapper: PlanMapper, scope: Scope, options: SliceOptions = {}): Promise<number | null> {
  const budget = options.budgetMs ?? 6;
  const maxMarks = options.maxMarks ?? 150;
  let next = 0;
  let busy = 0;
  // The Text node being collected: a node is wrapped in one go, last piece first (Marker.wrapNode), once
  // the mapping has moved past it. The plan is in text order, so a node's pieces come one after another.
  let open: Text | null = null;
  let pending: MarkJob[] = [];
  const flush = (): number => {
    const n = pending.length;
    if (open && n > 0) marker.wrapNode({ node: open, jobs: pending.sort((a, b) => b.piece.startOffset - a.piece.startOffset) });
    pending = [];
    return n;
  };

  return new Promise((resolve) => {
    const slice = () => {
      if (scope.ended) return resolve(null);
      const start = performance.now();
      const write = () => {
        let made = 0;
        do {
          for (const job of mapper.map(plan[next++]!)) {
            if (job.piece.node !== open) {
              made += flush();
              open = job.piece.node;
            }
            pending.push(job);
          }
        } while (next < plan.length && made < maxMarks && performance.now() - start < budget);
        if (next >= plan.length) flush();
      };
      if (options.around) options.around(write);
      else write();
      busy += performance.now() - start;
      if (next >= plan.length) resolve(busy);
      else scope.idle(slice);
    };
    if (plan.length === 0) resolve(0);
    else slice();
    scope.onEnd(() => resolve(null));
  });
}
