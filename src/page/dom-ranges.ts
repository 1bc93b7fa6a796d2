import type { Segments } from './segments';
import type { DomPiece } from './types';

/** Index of the first segment whose end lies after `offset` (segments are sorted and disjoint). */
function firstSegmentEndingAfter(ends: readonly number[], offset: number): number {
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ends[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The live Text node pieces covering text[start, end), in reading order. Characters with no node
 * (paragraph separators, the space of a <br>) give no piece; two pieces of one node that are adjacent
 * in the text (only collapsed whitespace between them) become one piece. Empty or inverted ranges give [];
 * nodes that have since left the document are skipped and pieces are clipped to what their node still holds.
 */
export function domRangesFor(segments: Segments, start: number, end: number): DomPiece[] {
  const pieces: DomPiece[] = [];
  if (!(end > start)) return pieces;
  const { nodeStarts, starts, ends } = segments;
  let lastEnd = -1; // text offset where the previous piece ended
  for (let i = firstSegmentEndingAfter(ends, start); i < starts.length; i++) {
    const segStart = starts[i]!;
    if (segStart >= end) break;
    const node = segments.nodeAt(i);
    if (!node) continue;
    const from = Math.max(start, segStart);
    const to = Math.min(end, ends[i]!);
    const startOffset = nodeStarts[i]! + (from - segStart);
    // The page may have changed since it was read: a node that left the document or lost text gives
    // only what is still there, so that a highlighter never gets an offset outside its node.
    const endOffset = Math.min(nodeStarts[i]! + (to - segStart), node.length);
    if (endOffset <= startOffset || !node.isConnected) continue;
    const prev = pieces[pieces.length - 1];
    if (prev && prev.node === node && lastEnd === from && prev.endOffset <= startOffset) {
      prev.endOffset = endOffset;
    } else {
      pieces.push({ node, startOffset, endOffset });
    }
    lastEnd = to;
  }
  return pieces;
}
