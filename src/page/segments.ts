import { SHOW_TEXT } from './text-nodes';
import type { TextSegment } from './types';

/**
 * The runs of article text that live Text nodes hold (TextSegment), kept as parallel arrays rather than
 * an object per run, and with the node of a run named one of two ways: the Text node itself, or its place,
 * the n-th Text node under an element (an anchor: the paragraph it was read in). A page read in place holds
 * a run per Text node, 100,000 of them on a page of one <span> per word: every Text node our script keeps
 * a hold on keeps its wrapper in our world alive, and at CPU 4x the garbage collector's pauses over 100,000
 * of them ran 20-90 ms, inside our slices. A place costs two entries in arrays; its node is looked up
 * (and kept) only when a run is asked for, which the marks do for the few hundred runs they cover.
 */
export class Segments {
  /** The node of each run: undefined until a run named by its place is looked up, null when its place held none. */
  private readonly texts: Array<Text | null | undefined> = [];
  private readonly anchors: Array<Element | null> = [];
  private readonly ordinals: number[] = [];
  readonly nodeStarts: number[] = [];
  readonly starts: number[] = [];
  readonly ends: number[] = [];

  get length(): number {
    return this.starts.length;
  }

  /** Appends a run on `node` (after every run so far, in text order). */
  push(node: Text, nodeStart: number, start: number, end: number): void {
    this.add(node, null, 0, nodeStart, start, end);
  }

  /**
   * Appends a run, or lengthens the last one when this one goes on from it: the same node, right after it
   * in the text and in the node. The node is `node`, or with an `anchor`, the `ordinal`-th Text node under
   * it in document order (counting from 0).
   */
  extend(node: Text, anchor: Element | null, ordinal: number, nodeStart: number, start: number, end: number): void {
    const last = this.starts.length - 1;
    const same = last >= 0 && (anchor ? this.anchors[last] === anchor && this.ordinals[last] === ordinal : this.texts[last] === node);
    if (same && this.ends[last] === start && this.nodeStarts[last]! + (start - this.starts[last]!) === nodeStart) this.ends[last] = end;
    else this.add(node, anchor, ordinal, nodeStart, start, end);
  }

  private add(node: Text, anchor: Element | null, ordinal: number, nodeStart: number, start: number, end: number): void {
    this.texts.push(anchor ? undefined : node);
    this.anchors.push(anchor);
    this.ordinals.push(ordinal);
    this.nodeStarts.push(nodeStart);
    this.starts.push(start);
    this.ends.push(end);
  }

  /**
   * The Text node of run `i`; null when its place no longer holds one (the page removed nodes since). The
   * first run of an anchor asked for finds the nodes of all its runs in one walk, before any mark splits a
   * node under it (splitting adds Text nodes, which would move every later place).
   */
  nodeAt(i: number): Text | null {
    const known = this.texts[i];
    if (known !== undefined) return known;
    const anchor = this.anchors[i];
    if (!anchor) return null;
    let lo = i;
    while (lo > 0 && this.anchors[lo - 1] === anchor) lo--;
    let hi = i;
    while (hi + 1 < this.anchors.length && this.anchors[hi + 1] === anchor) hi++;
    const walker = anchor.ownerDocument.createTreeWalker(anchor, SHOW_TEXT);
    let at = -1;
    for (let k = lo; k <= hi; k++) {
      const want = this.ordinals[k]!;
      while (at < want && walker.nextNode()) at++;
      this.texts[k] = at === want ? (walker.currentNode as Text) : null;
    }
    return this.texts[i] ?? null;
  }

  /** Run `i` as an object, or null when its node is gone. */
  at(i: number): TextSegment | null {
    const node = this.nodeAt(i);
    return node ? { node, nodeStart: this.nodeStarts[i]!, start: this.starts[i]!, end: this.ends[i]! } : null;
  }

  /** Every run as an object, in text order (runs whose node is gone left out). */
  toArray(): TextSegment[] {
    const out: TextSegment[] = [];
    for (let i = 0; i < this.length; i++) {
      const seg = this.at(i);
      if (seg) out.push(seg);
    }
    return out;
  }

  static from(list: readonly TextSegment[]): Segments {
    const out = new Segments();
    for (const s of list) out.push(s.node, s.nodeStart, s.start, s.end);
    return out;
  }
}
