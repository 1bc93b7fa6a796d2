import type { DomPiece, TextSegment } from './types';

/** Index of the first segment whose end lies after `offset` (segments are sorted and disjoint). */
function firstSegmentEndingAfter(segments: readonly TextSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (segments[mid]!.end <= offset) lo = mid + 1;
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
export function domRangesFor(segments: readonly TextSegment[], start: number, end: number): DomPiece[] {
  const pieces: DomPiece[] = [];
  if (!(end > start)) return pieces;
  let lastEnd = -1; // text offset where the previous piece ended
  for (let i = firstSegmentEndingAfter(segments, start); i < segments.length; i++) {
    const seg = segments[i]!;
    if (seg.start >= end) break;
    const from = Math.max(start, seg.start);
    const to = Math.min(end, seg.end);
    const startOffset = seg.nodeStart + (from - seg.start);
    // The page may have changed since it was read: a node that left the document or lost text gives
    // only what is still there, so that a highlighter never gets an offset outside its node.
    const endOffset = Math.min(seg.nodeStart + (to - seg.start), seg.node.data.length);
    if (endOffset <= startOffset || !seg.node.isConnected) continue;
    const prev = pieces[pieces.length - 1];
    if (prev && prev.node === seg.node && lastEnd === from && prev.endOffset <= startOffset) {
      prev.endOffset = endOffset;
    } else {
      pieces.push({ node: seg.node, startOffset, endOffset });
    }
    lastEnd = to;
  }
  return pieces;
}
