/**
 * Leads planned marks (text offsets) to the live Text node pieces they cover, through the page reader's
 * mapping, and refuses any piece the page changed since it was read or that we must never touch.
 */
import type { DomPiece } from '../page/types';
import type { MarkJob } from './marker';
import type { PlannedMark } from './plan';
import { isUntouchable } from './untouchable';

const SPACE = /\s+/g;

/**
 * True when `pieces` hold `text` from `start` to `end`, whitespace aside (the reader collapses it). String
 * operations only, native and fast even in code run for the first time (a character loop here would run
 * in the interpreter on every page load); most marks match exactly and need no whitespace-free copies.
 */
export function sameWords(pieces: readonly DomPiece[], text: string, start: number, end: number): boolean {
  let live = '';
  for (const p of pieces) live += p.node.data.slice(p.startOffset, p.endOffset);
  const want = text.slice(start, end);
  return live === want || live.replace(SPACE, '') === want.replace(SPACE, '');
}

export type DomMapping = (start: number, end: number) => DomPiece[];

/** Maps one planned mark after another, remembering which Text nodes are untouchable. */
export class PlanMapper {
  private readonly untouchable = new Map<Text, boolean>();
  /** Planned marks whose text no longer matches the page (it changed after it was read): skipped. */
  stale = 0;

  constructor(
    private readonly text: string,
    private readonly domRangesFor: DomMapping,
  ) {}

  /**
   * The jobs for one planned mark: none when its pieces' text differs from the article text (ignoring
   * whitespace, which the reader collapses); untouchable pieces (see untouchable.ts) are left out.
   */
  map(mark: PlannedMark): MarkJob[] {
    const pieces = this.domRangesFor(mark.start, mark.end);
    if (!sameWords(pieces, this.text, mark.start, mark.end)) {
      this.stale++;
      return [];
    }
    const jobs: MarkJob[] = [];
    for (const piece of pieces) {
      let skip = this.untouchable.get(piece.node);
      if (skip === undefined) this.untouchable.set(piece.node, (skip = isUntouchable(piece.node)));
      if (!skip) jobs.push({ piece, mark });
    }
    return jobs;
  }
}

export interface MappedPlan {
  jobs: MarkJob[];
  stale: number;
}

/** All jobs for `plan` at once (see PlanMapper.map); the content script maps in slices instead (mark-in-slices.ts). */
export function mapPlan(plan: readonly PlannedMark[], text: string, domRangesFor: DomMapping): MappedPlan {
  const mapper = new PlanMapper(text, domRangesFor);
  const jobs = plan.flatMap((m) => mapper.map(m));
  return { jobs, stale: mapper.stale };
}
