/**
 * Maps and marks a page in slices of a few milliseconds, one idle period each, so that even a
 * 100,000-word page never holds the main thread for a long task.
 */
import type { Scope } from '../content/scope';
import type { PlanMapper } from './map-plan';
import { groupByNode, type Marker, type MarkJob } from './marker';
import type { PlannedMark } from './plan';

export interface SliceOptions {
  /** Milliseconds of work per slice. */
  budgetMs?: number;
  /** Runs each slice's writes (the live watcher runs them with its observer disconnected). */
  around?: (write: () => void) => void;
}

/**
 * Marks `plan` (sorted by start, as planMarks gives it); resolves with the main-thread milliseconds spent,
 * or null when `scope` ended first (the marks made so far stay until the caller's unmark). The first slice
 * runs at once.
 */
export function markInSlices(marker: Marker, plan: readonly PlannedMark[], mapper: PlanMapper, scope: Scope, options: SliceOptions = {}): Promise<number | null> {
  const budget = options.budgetMs ?? 8;
  let next = 0;
  let busy = 0;
  // Pieces of the Text node where the last slice stopped: a node must be wrapped in one go, last piece
  // first (Marker.wrapNode), so its pieces wait until the next slice has mapped the rest of them.
  let carry: MarkJob[] = [];
  return new Promise((resolve) => {
    const slice = () => {
      if (scope.ended) return resolve(null);
      const start = performance.now();
      const jobs = carry;
      carry = [];
      // Map for half the budget (at least one planned mark), leaving the other half for writing.
      do jobs.push(...mapper.map(plan[next++]!));
      while (next < plan.length && performance.now() - start < budget / 2);
      if (next < plan.length && jobs.length > 0) {
        const open = jobs[jobs.length - 1]!.piece.node;
        carry = jobs.filter((j) => j.piece.node === open);
      }
      const groups = groupByNode(carry.length ? jobs.filter((j) => j.piece.node !== carry[0]!.piece.node) : jobs);
      const write = () => groups.forEach((g) => marker.wrapNode(g));
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
