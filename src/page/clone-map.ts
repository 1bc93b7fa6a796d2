// Readability rewrites the document it reads, so it reads a clone; this file finds the live Text node
// behind each Text node of the clone, so that offsets in the article text lead back to the live page.

import { textNodesIn } from './text-nodes';

const TEXT_NODE = 3;

// A Text node that Readability recreated (the whole page re-parsed after a failed first attempt, a
// flattened javascript: link) is found by content: the first live node with the same data after the last match.
const NON_SPACE = /\S/;
// How many live text nodes past the last match a split run is looked for.
const LOOKAHEAD = 200;

/** Pairs the Text nodes of a document and of its fresh clone, and resolves clone nodes back to live ones. */
export class CloneMap {
  private readonly live: Text[];
  private readonly byClone = new Map<Text, number>();
  private cursor = 0;
  private byData: Map<string, number[]> | null = null;

  /** `clone` must be `live.cloneNode(true)`, not yet changed: both trees then have the same Text nodes in order. */
  constructor(live: Document, clone: Document) {
    this.live = textNodesIn(live);
    const cloned = textNodesIn(clone);
    const n = Math.min(this.live.length, cloned.length);
    for (let i = 0; i < n; i++) this.byClone.set(cloned[i]!, i);
  }

  /** The live Text node a clone Text node was cloned from, or null; moves nothing (unlike resolve). */
  peek(cloneNode: Text): Text | null {
    const index = this.byClone.get(cloneNode);
    return index === undefined ? null : this.live[index]!;
  }

  /**
   * The live Text node(s) behind a clone Text node, or [] when none is found. Call in document order of
   * the article. A node Readability recreated is matched by content after the last match: first a live
   * node with the same data, then a run of adjacent live Text nodes that together hold it (scripts often
   * split text, "Hello, " + "Ann", and re-parsing joins it).
   */
  resolve(cloneNode: Text): Text[] {
    const index = this.byClone.get(cloneNode);
    if (index !== undefined) {
      this.cursor = index + 1;
      return [this.live[index]!];
    }
    const data = cloneNode.data;
    if (!NON_SPACE.test(data)) return []; // whitespace matched by content could land anywhere
    const exact = this.firstAtOrAfterCursor(this.dataIndex().get(data));
    if (exact !== undefined) {
      this.cursor = exact + 1;
      return [this.live[exact]!];
    }
    return this.splitRun(data);
  }

  private firstAtOrAfterCursor(candidates: number[] | undefined): number | undefined {
    if (!candidates) return undefined;
    let lo = 0;
    let hi = candidates.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (candidates[mid]! < this.cursor) lo = mid + 1;
      else hi = mid;
    }
    return candidates[lo];
  }

  private splitRun(data: string): Text[] {
    const stop = Math.min(this.live.length, this.cursor + LOOKAHEAD);
    for (let i = this.cursor; i < stop; i++) {
      const first = this.live[i]!;
      if (first.data === '' || !data.startsWith(first.data)) continue;
      const run: Text[] = [first];
      let length = first.data.length;
      for (let next = first.nextSibling; next && next.nodeType === TEXT_NODE && length < data.length; next = next.nextSibling) {
        const t = next as Text;
        if (!data.startsWith(t.data, length)) break;
        run.push(t);
        length += t.data.length;
      }
      if (length === data.length) {
        this.cursor = this.live.indexOf(run[run.length - 1]!, i) + 1;
        return run;
      }
    }
    return [];
  }

  // Built on the first miss only: most pages never need it.
  private dataIndex(): Map<string, number[]> {
    if (this.byData) return this.byData;
    const index = new Map<string, number[]>();
    this.live.forEach((node, i) => {
      const list = index.get(node.data);
      if (list) list.push(i);
      else index.set(node.data, [i]);
    });
    this.byData = index;
    return index;
  }
}
