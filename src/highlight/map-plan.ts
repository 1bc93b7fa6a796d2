/**
 * Leads planned marks (text offsets) to the live Text node pieces they cover, through the page reader's
 * mapping, and refuses any piece the page changed since it was read or that we must never touch.
 */
import type { DomPiece } from '../page/types';
import type { MarkJob } from './marker';
import type { PlannedMark } from './plan';
import { isUntouchable } from './untouchable';

const SPACE = /\s+/g;

export interface MappedPlan {
  jobs: MarkJob[];
  /** Planned marks whose text no longer matches the page (it changed after it was read): skipped. */
  stale: number;
}

/**
 * The jobs for `plan`. A planned mark is skipped whole when its pieces' text differs from `text` (ignoring
 * whitespace, which the reader collapses); single pieces are skipped when untouchable (see untouchable.ts).
 */
export function mapPlan(plan: readonly PlannedMark[], text: string, domRangesFor: (start: number, end: number) => DomPiece[]): MappedPlan {
  const jobs: MarkJob[] = [];
  let stale = 0;
  const untouchable = new Map<Text, boolean>();
  for (const mark of plan) {
    const pieces = domRangesFor(mark.start, mark.end);
    let live = '';
    for (const p of pieces) live += p.node.data.slice(p.startOffset, p.endOffset);
    if (live.replace(SPACE, '') !== text.slice(mark.start, mark.end).replace(SPACE, '')) {
      stale++;
      continue;
    }
    for (const piece of pieces) {
      let skip = untouchable.get(piece.node);
      if (skip === undefined) untouchable.set(piece.node, (skip = isUntouchable(piece.node)));
      if (!skip) jobs.push({ piece, mark });
    }
  }
  return { jobs, stale };
}
