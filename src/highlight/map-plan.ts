/**
 * Leads planned marks (text offsets) to the live Text node pieces they cover, through the page reader's
 * mapping, and refuses any piece the page changed since it was read or that we must never touch.
 */
import type { DomPiece } from '../page/types';
import type { MarkJob } from './marker';
import type { PlannedMark } from './plan';
import { isUntouchable } from './untouchable';

/** JavaScript's `\s`, by character code. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * True when `pieces` hold `text` from `start` to `end`, whitespace aside (the reader collapses it).
 * Compared in place, character by character: no copy of either side for each of hundreds of marks.
 */
export function sameWords(pieces: readonly DomPiece[], text: string, start: number, end: number): boolean {
  let i = start;
  for (const p of pieces) {
    const data = p.node.data;
    for (let j = p.startOffset; j < p.endOffset; j++) {
      const c = data.charCodeAt(j);
      if (isSpace(c)) continue;
      while (i < end && isSpace(text.charCodeAt(i))) i++;
      if (i >= end || text.charCodeAt(i) !== c) return false;
      i++;
    }
  }
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return i === end;
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
