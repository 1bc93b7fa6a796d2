/**
 * Marks a page in slices of a few milliseconds, one idle period each, so that even a 100,000-word page
 * never holds the main thread for a long task.
 */
import type { Scope } from '../content/scope';
import type { Marker, NodeJobs } from './marker';

export interface SliceOptions {
  /** Milliseconds of work per slice. */
  budgetMs?: number;
  /** Called after each slice, in the same task (the live watcher drops our own mutation records here). */
  afterSlice?: () => void;
}

/**
 * Wraps every group; resolves with the main-thread milliseconds spent, or null when `scope` ended first
 * (the marks made so far stay until the caller's unmark). The first slice runs at once.
 */
export function markInSlices(marker: Marker, groups: readonly NodeJobs[], scope: Scope, options: SliceOptions = {}): Promise<number | null> {
  const budget = options.budgetMs ?? 8;
  let next = 0;
  let busy = 0;
  return new Promise((resolve) => {
    const slice = () => {
      if (scope.ended) return resolve(null);
      const start = performance.now();
      // At least one group per slice, so slices always make progress.
      do marker.wrapNode(groups[next++]!);
      while (next < groups.length && performance.now() - start < budget);
      options.afterSlice?.();
      busy += performance.now() - start;
      if (next >= groups.length) resolve(busy);
      else scope.idle(slice);
    };
    if (groups.length === 0) resolve(0);
    else slice();
    scope.onEnd(() => resolve(null));
  });
}
