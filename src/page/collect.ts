/**
 * Walks an article element block by block and feeds its live Text nodes to a TextBuilder, leaving out
 * page chrome, bylines, a heading that repeats the title, and everything untouchable. Written as a
 * generator over an explicit stack: it pauses (yields) whenever the caller's slice is used up, and
 * markup nested thousands deep reads like any other.
 */
import { HEADING_TAGS, isBlock, isBylineBlock, isChrome, isUntouchableElement, NOT_PLAIN_INLINE } from './skip-rules';
import type { TextBuilder } from './text-builder';
import { textLength } from './text-length';
import { SHOW_TEXT } from './text-nodes';
import { headingRepeatsTitle } from './title-match';

// A block with more elements than this is read element by element, in slices: asking whether it is plain is
// one search of the browser's that cannot be cut short (5,000 nested inline elements: 20-45 ms at CPU 4x).
const MAX_PLAIN_ELEMENTS = 512;

/** True when `block` holds only plain inline markup (see NOT_PLAIN_INLINE), and not too much of it to ask at once. */
function isPlainInline(block: Element): boolean {
  // item(n) walks to the n-th element only; the search below then looks at no more than that many.
  return block.getElementsByTagName('*').item(MAX_PLAIN_ELEMENTS) === null && block.querySelector(NOT_PLAIN_INLINE) === null;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
// An element holding more than this share of the article's characters is the article itself, even
// when its class says "comments" or "share": chrome rules only ever remove a minor part.
const CHROME_MAX_SHARE = 0.5;
// How many nodes the walk visits between two looks at the clock.
const NODES_PER_CHECK = 16;
// A Text node longer than this is added in pieces of about this size, with a look at the clock between.
const TEXT_CHUNK = 2_048;
const WHITESPACE = /\s/g;

/** Maps a Text node of the walked tree to the live Text node(s) behind it (the identity on a live tree). */
export type Resolve = (t: Text) => Text[];

/** Steps that pause by yielding; the value they return comes at the end. */
export type Steps<T> = Generator<void, T, void>;

export interface CollectOptions {
  title: string | null;
  /** For a walk over a copy (Readability's clone): the live Text nodes behind each of its Text nodes. Absent
   * when the walk is over the live page itself, which then allocates nothing per Text node. */
  resolve?: Resolve;
  /** Characters of the whole article (for the chrome share rule). */
  total: number;
  /** True when the current slice is used up: the walk yields at its next chance. */
  due: () => boolean;
  /** The walk stops once the text reaches this length. */
  maxChars: number;
}

/** Caches, per live element, whether it or an ancestor is untouchable (form field, code, script...). */
function untouchableChecker(): (el: Element | null) => boolean {
  const cache = new Map<Element, boolean>();
  return function check(start) {
    const chain: Element[] = [];
    let verdict = false;
    for (let el = start; el; el = el.parentElement) {
      const known = cache.get(el);
      if (known !== undefined) {
        verdict = known;
        break;
      }
      chain.push(el);
      if (isUntouchableElement(el)) {
        verdict = true;
        break;
      }
    }
    for (const el of chain) cache.set(el, verdict);
    return verdict;
  };
}

/** Adds a short live Text node whole (no generator made for it); true when the text reached `maxChars`. */
function addWhole(builder: TextBuilder, node: Text, maxChars: number): boolean {
  builder.addText(node);
  return builder.textLength >= maxChars;
}

/**
 * Adds a live Text node to `builder` in pieces cut at whitespace (so that words and whitespace runs read
 * exactly as in one go), pausing between pieces when due. Returns false when the text reached `maxChars`.
 */
function* addTextSteps(builder: TextBuilder, node: Text, due: () => boolean, maxChars: number): Steps<boolean> {
  const length = node.data.length;
  if (length <= TEXT_CHUNK) {
    builder.addText(node);
    return builder.textLength < maxChars;
  }
  for (let from = 0; from < length; ) {
    WHITESPACE.lastIndex = Math.min(length, from + TEXT_CHUNK);
    const cut = WHITESPACE.exec(node.data)?.index ?? length;
    builder.addText(node, from, cut);
    from = cut;
    if (builder.textLength >= maxChars) return false;
    if (from < length && due()) yield;
  }
  return builder.textLength < maxChars;
}

/**
 * Collects `article` into `builder` (see the file comment). Returns true when the walk stopped early
 * because the text reached `maxChars` (the text is then a prefix of the whole article's).
 */
export function* collectSteps(article: Element, builder: TextBuilder, options: CollectOptions): Steps<boolean> {
  const { title, resolve, total, due, maxChars } = options;
  const untouchable = untouchableChecker();
  // On the live page, the walk never enters an untouchable element: only the root's own place can be one.
  if (!resolve && untouchable(article)) return false;
  // One frame per open element: the next child to visit, and whether closing it ends a paragraph.
  const stack: Array<{ next: ChildNode | null; block: boolean }> = [{ next: article.firstChild, block: false }];
  let visited = 0;
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const child = frame.next;
    if (!child) {
      stack.pop();
      if (frame.block) builder.breakParagraph();
      continue;
    }
    frame.next = child.nextSibling;
    if (++visited % NODES_PER_CHECK === 0 && due()) yield;
    if (child.nodeType === TEXT_NODE) {
      // A short Text node (nearly all of them) is added here: no generator made for it, since on a page of
      // 100,000 nodes that garbage alone brings the collector into our slices.
      if (!resolve) {
        const text = child as Text;
        if (text.length <= TEXT_CHUNK ? addWhole(builder, text, maxChars) : !(yield* addTextSteps(builder, text, due, maxChars))) return true;
        continue;
      }
      const live = resolve(child as Text);
      if (live.length === 0) builder.softSpace();
      for (const node of live) {
        if (untouchable(node.parentElement)) builder.softSpace();
        else if (node.length <= TEXT_CHUNK ? addWhole(builder, node, maxChars) : !(yield* addTextSteps(builder, node, due, maxChars))) return true;
      }
      continue;
    }
    if (child.nodeType !== ELEMENT_NODE) continue;
    const e = child as Element;
    const tag = e.localName.toLowerCase();
    if (tag === 'br') {
      builder.softSpace();
      continue;
    }
    if (isUntouchableElement(e)) continue;
    const block = isBlock(e);
    if (isChrome(e, block) && textLength(e, total * CHROME_MAX_SHARE) <= total * CHROME_MAX_SHARE) {
      if (block) builder.breakParagraph();
      else builder.softSpace();
      continue;
    }
    if (block && isBylineBlock(e)) {
      builder.breakParagraph();
      continue;
    }
    if (HEADING_TAGS.has(tag) && headingRepeatsTitle(e.textContent ?? '', title)) continue;
    if (block) builder.breakParagraph();
    if (!resolve && block && e.firstElementChild !== null && isPlainInline(e)) {
      // A block of plain inline markup (a <span> per word): its Text nodes in order, from a TreeWalker, so
      // that its elements never get a wrapper in our world (a page of 100,000 nodes made the garbage
      // collector's pauses the longest part of our slices). Asked of blocks only: the browser's search
      // stops at the first block inside (a block is not plain), so no element is searched twice, where
      // asking every element of inline markup nested 5,000 deep searched the rest of it 5,000 times.
      // Each is named by its place under `e` (see Segments): no hold on 100,000 Text nodes either.
      const walker = e.ownerDocument.createTreeWalker(e, SHOW_TEXT);
      let ordinal = 0;
      let full = false;
      for (let n = walker.nextNode(); n; n = walker.nextNode(), ordinal++) {
        if (++visited % NODES_PER_CHECK === 0 && due()) yield;
        const text = n as Text;
        builder.placeNext(e, ordinal);
        full = text.length <= TEXT_CHUNK ? addWhole(builder, text, maxChars) : !(yield* addTextSteps(builder, text, due, maxChars));
        if (full) break;
      }
      builder.placeNext(null);
      if (full) return true;
      builder.breakParagraph();
      continue;
    }
    stack.push({ next: e.firstChild, block });
  }
  return false;
}

/** Runs steps to the end without pausing (the command line, tests). */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
