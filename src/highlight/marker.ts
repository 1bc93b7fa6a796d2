/**
 * The one writer to the page. Wraps pieces of Text nodes in `<sourcelight-mark>` elements and keeps a
 * journal of every split and wrap, so that `unmark()` puts back exactly the nodes that were there: the
 * same Text nodes, the same data, the article's innerHTML byte for byte.
 */
import type { DomPiece } from '../page/types';
import { MARK_TAG, marksIn } from './names';
import { flashFrames, focusRing, lookName } from './palette';
import type { PlannedMark } from './plan';

/** A piece of one Text node and the mark it gets. */
export interface MarkJob {
  piece: DomPiece;
  mark: PlannedMark;
}

/** All jobs on one Text node, last piece first (see Marker.wrapNode). */
export interface NodeJobs {
  node: Text;
  jobs: MarkJob[];
}

/** Groups jobs by Text node, each group sorted from the end of the node backwards. */
export function groupByNode(jobs: readonly MarkJob[]): NodeJobs[] {
  const groups = new Map<Text, MarkJob[]>();
  for (const job of jobs) {
    const list = groups.get(job.piece.node);
    if (list) list.push(job);
    else groups.set(job.piece.node, [job]);
  }
  return [...groups].map(([node, list]) => ({ node, jobs: list.sort((a, b) => b.piece.startOffset - a.piece.startOffset) }));
}

// Pieces wrapped per batch on a long node, and what counts as long: splitting a node copies its text.
const BATCH = 20;
const LONG_NODE = 4096;

export class Marker {
  private marks: HTMLElement[] = [];
  /** [head, tail]: `tail` was split off the end of `head`; undone newest first. */
  private splits: Array<[Text, Text]> = [];
  private info = new WeakMap<Element, PlannedMark>();
  constructor(private readonly doc: Document) {}

  /** Number of marks in place. */
  get size(): number {
    return this.marks.length;
  }

  /** Our marks, in the order they were made (not reading order). */
  all(): readonly HTMLElement[] {
    return this.marks;
  }

  /** The plan entry behind one of our marks; undefined for any other element (a page could forge the tag). */
  markOf(el: Element): PlannedMark | undefined {
    return this.info.get(el);
  }

  /**
   * Wraps the pieces of one Text node, from the end of the node backwards, so that every split leaves
   * the original node holding the text before it and earlier offsets stay valid. Resumable: the pieces
   * done are removed from `group.jobs`, and when `due` says the slice is used up it returns false with
   * the rest still there (call again later). On a long node the pieces go in batches: each batch's stretch
   * is split off first, once, then cut up, so wrapping k pieces of a node of length L copies about
   * L per batch rather than L per piece. A detached node, or a piece out of range or overlapping the one
   * after it, is skipped. Returns true when every piece is done.
   */
  wrapNode(group: NodeJobs, due: () => boolean = () => false): boolean {
    const { node, jobs } = group;
    if (!node.isConnected || !node.parentNode) {
      jobs.length = 0;
      return true;
    }
    let done = 0;
    while (done < jobs.length) {
      const batch = jobs.slice(done, done + BATCH);
      done += batch.length;
      let target = node;
      let shift = 0;
      // The batch's earliest start: split there first, when the node is long and the batch not at its start.
      const from = batch[batch.length - 1]!.piece.startOffset;
      if (node.length > LONG_NODE && from > 0 && from < node.length) {
        target = node.splitText(from);
        this.splits.push([node, target]);
        shift = from;
      }
      this.wrapBackwards(target, shift, batch);
      if (done < jobs.length && due()) break;
    }
    jobs.splice(0, done);
    return jobs.length === 0;
  }

  /** Wraps `jobs` (last piece first) in `node`, whose first character is character `shift` of the original node. */
  private wrapBackwards(node: Text, shift: number, jobs: readonly MarkJob[]): void {
    // The node's length, kept here as the splits shorten it (asking the node is a call into the DOM).
    let length = node.length;
    for (const { piece, mark } of jobs) {
      const start = piece.startOffset - shift;
      const end = piece.endOffset - shift;
      if (!(start >= 0 && end > start && end <= length)) continue;
      if (end < length) this.splits.push([node, node.splitText(end)]);
      let target = node;
      if (start > 0) {
        target = node.splitText(start);
        this.splits.push([node, target]);
      }
      this.wrap(target, mark);
      length = start;
    }
  }

  /** Wraps `text` in a new mark: the contract's attributes and the look's name, which the marks' stylesheet draws (palette.ts). */
  private wrap(text: Text, mark: PlannedMark): void {
    const el = this.doc.createElement(MARK_TAG);
    el.setAttribute('data-attribution', mark.attributionId);
    el.setAttribute('data-source', mark.sourceId);
    el.setAttribute('data-part', mark.part);
    el.setAttribute('data-look', lookName(mark));
    text.parentNode!.insertBefore(el, text);
    el.appendChild(text);
    this.marks.push(el);
    this.info.set(el, mark);
  }

  /** Draws the eye to one of our marks for a moment (a Web Animation: nothing to undo). */
  flash(el: HTMLElement): void {
    const mark = this.info.get(el);
    if (!mark || typeof el.animate !== 'function') return;
    const reduced = this.doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    el.animate(flashFrames(mark, reduced), { duration: 1400, easing: 'ease-out' });
  }

  /** Shows or hides the focus ring of one of our marks (an inline style of its own while it shows). */
  setFocusRing(el: HTMLElement, on: boolean): void {
    const mark = this.info.get(el);
    if (!mark) return;
    if (on) {
      el.style.setProperty('outline', focusRing(mark), 'important');
      el.style.setProperty('outline-offset', '1px', 'important');
    } else el.removeAttribute('style');
  }

  /**
   * Removes every mark and re-joins exactly the Text nodes we split. Marks the page moved are unwrapped
   * where they are; a split whose halves the page separated is left as the page made it.
   */
  unmark(): void {
    for (const el of this.marks) unwrap(el);
    for (let i = this.splits.length - 1; i >= 0; i--) {
      const [head, tail] = this.splits[i]!;
      if (head.nextSibling === tail) {
        head.appendData(tail.data);
        tail.remove();
      }
    }
    this.marks = [];
    this.splits = [];
    this.info = new WeakMap();
  }
}

function unwrap(el: Element): void {
  const parent = el.parentNode;
  if (!parent) return;
  while (el.firstChild) parent.insertBefore(el.firstChild, el);
  el.remove();
}

/**
 * Removes marks some earlier instance of Sourcelight left behind (an extension reload that gave the old
 * script no chance to clean up) and joins each one's text back to its Text neighbours. Returns how many.
 */
export function sweepStrayMarks(root: ParentNode): number {
  const stray = marksIn(root);
  for (const el of stray) {
    const before = el.previousSibling;
    const parent = el.parentNode;
    const after = el.nextSibling;
    unwrap(el);
    if (!parent) continue;
    // Join the run of Text nodes from the mark's old left neighbour to its old right one, nothing further.
    const stop = after && after.nodeType === 3 ? after.nextSibling : after;
    let cur: ChildNode | null = before ? (before.nodeType === 3 ? before : before.nextSibling) : parent.firstChild;
    while (cur && cur !== stop) {
      const next: ChildNode | null = cur.nextSibling;
      if (cur.nodeType === 3 && next && next !== stop && next.nodeType === 3) {
        (cur as Text).appendData((next as Text).data);
        next.remove();
      } else cur = next;
    }
  }
  return stray.length;
}
