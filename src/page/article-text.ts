/**
 * The article text the page reader hands on (ArticleText): its text, paragraphs and title, and the runs of
 * it that live Text nodes hold. Apart from the reader itself (read-article.ts, with Readability), so that a
 * read done elsewhere (remote-read.ts) can be tied to the page without loading Readability into it.
 */
import { domRangesFor } from './dom-ranges';
import { Segments } from './segments';
import type { ArticleText, TextSegment } from './types';

/**
 * The smallest live element that contains every segment's node: the lowest common ancestor of the first
 * and the last (segments are in document order, and everything between two nodes lies inside their LCA).
 * Null when no segment's node is in the document any more.
 */
function commonRoot(segments: Segments): Element | null {
  // The page may have replaced some nodes while a sliced read paused (a ticker): use those still in place.
  const connected = (i: number) => segments.nodeAt(i)?.isConnected === true;
  let i = 0;
  while (i < segments.length && !connected(i)) i++;
  let j = segments.length - 1;
  while (j > i && !connected(j)) j--;
  const first = i < segments.length ? segments.nodeAt(i) : null;
  const last = j >= 0 ? segments.nodeAt(j) : null;
  if (!first || !last) return null;
  let root = first.parentElement;
  while (root && !root.contains(last)) root = root.parentElement;
  return root;
}

/** An article from its text and the runs of it that live Text nodes hold (see ArticleText). */
export function articleText(runs: Segments | readonly TextSegment[], text: string, paragraphStarts: number[], title: string | null, truncated: boolean): ArticleText {
  const segments = runs instanceof Segments ? runs : Segments.from(runs);
  let list: TextSegment[] | null = null;
  return {
    title,
    text,
    paragraphStarts,
    // As objects only when asked for (the extension's side of a remote read, tests): see segments.ts.
    get segments() {
      return (list ??= segments.toArray());
    },
    root: commonRoot(segments),
    domRangesFor: (start, end) => domRangesFor(segments, start, end),
    ...(truncated ? { truncated: true } : {}),
  };
}
