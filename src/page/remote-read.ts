/**
 * Reading a page elsewhere: the page's HTML goes to the extension (Chrome's offscreen document, Firefox's
 * background page), which parses it into a document of its own, runs the page reader there (Readability
 * and all) and sends back the article with each run of text placed among the body's Text nodes: by the
 * rank of its node and by its offset in the body's text. Back in the page, those lead to the live Text
 * nodes, and every character is checked against the article text, so a page that changed in the meantime
 * (or whose HTML does not parse back into the same text) is read in the page instead.
 * The page's main thread then spends its time serializing the page and walking its Text nodes, instead
 * of running Readability's code cold in a fresh content script on every load.
 * This module is the page's side; the extension's side, which reads the HTML, is read-html.ts (it brings
 * Readability, which the page's bundle then does without).
 */
import { runSteps, type Steps } from './collect';
import { articleText } from './article-text';
import { bodyHtml, CODE_ELEMENTS } from './serialize-body';
import { SHOW_TEXT, textNodesIn } from './text-nodes';
import type { ArticleText, TextSegment } from './types';

/** The article as the extension read it, with each run of text placed in the page's text (see above). */
export interface RemoteArticle {
  title: string | null;
  text: string;
  paragraphStarts: number[];
  /** Triples: where the run starts in the body's text (its Text nodes' data, in order), then its start and end in `text`. */
  runs: number[];
  /**
   * Pairs, one per run: which Text node of the body holds it (counted in document order) and where in the
   * node it starts. Tried first: a page that rewrites a ticker or a clock before its article keeps its Text
   * nodes in place but shifts every later offset. (Offsets are the fallback: a page whose script wrote one
   * text in two adjacent nodes has them joined in its HTML.)
   */
  nodes?: number[];
  truncated?: boolean;
}

// What of the page's <head> the reader looks at: the title and the metadata Readability takes a title from.
const HEAD_PARTS = 'title, meta, script[type="application/ld+json"]';

/**
 * The page as HTML: the doctype (a page without one parses in quirks mode on both sides), the title and
 * metadata of its head, and its body. The rest of the head (inline styles and scripts, often most of a
 * news page's bytes) is left out: serializing costs the page's main thread by the byte, and no article
 * text is there. '' for a page without a body (a frameset).
 */
export function pageHtml(doc: Document): string {
  const { body, head } = doc;
  if (!body || body.localName !== 'body') return '';
  let meta = '';
  if (head) for (const el of head.querySelectorAll(HEAD_PARTS)) meta += el.outerHTML;
  return `${doc.doctype ? `<!DOCTYPE ${doc.doctype.name}>` : ''}<html><head>${meta}</head>${bodyHtml(body)}</html>`;
}

// What holds no article text and is not sent as such: script code and style rules (serialize-body.ts), and what
// a <noscript> holds (the live page, where scripts run, keeps it as one raw Text node; a parser without scripts
// reads markup). Their Text nodes count on neither side.
const NOT_SENT = new Set<string>([...CODE_ELEMENTS, 'noscript']);
const NOT_SENT_SELECTOR = [...NOT_SENT].join(',');

/** The body's Text nodes in document order, as both sides count them (see NOT_SENT); none without a body. */
export function bodyTexts(doc: Document): Text[] {
  return doc.body ? textNodesIn(doc.body, NOT_SENT) : [];
}

/**
 * The same list as bodyTexts, for the live page: its Text nodes from the browser's tree walker, which hands
 * script the Text nodes only, the elements between them never (bodyTexts asks five questions of every node,
 * and every call into the page's DOM costs microseconds in code run once per page load), less those inside
 * the elements NOT_SENT names, found by one search.
 */
export function liveBodyTexts(doc: Document): Text[] {
  const body = doc.body;
  if (!body) return [];
  const left = new Set<Node>();
  for (const el of body.querySelectorAll(NOT_SENT_SELECTOR)) for (const node of textNodesIn(el)) left.add(node);
  const out: Text[] = [];
  const walker = doc.createTreeWalker(body, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (!left.has(node)) out.push(node as Text);
  return out;
}

const SPACES = /\s/g;

/**
 * True when the live characters match the article's run: the same, or whitespace the text collapsed to " ".
 * String operations rather than a loop over characters: this runs once per page load, in code not yet
 * compiled, where a character loop costs many times more.
 */
function sameText(text: string, start: number, end: number, node: Text, from: number): boolean {
  const want = text.slice(start, end);
  const live = node.substringData(from, end - start);
  return want === live || want === live.replace(SPACES, ' ');
}

/**
 * The article of a remote read, tied to the live page `doc` (the page's side). Null when the live page's
 * text no longer matches it anywhere (it changed, or its HTML parses back differently): read it in the page.
 */
export function articleFromRemote(doc: Document, remote: RemoteArticle): ArticleText | null {
  return runSteps(articleFromRemoteSteps(doc, remote, () => false));
}

// Runs (or live Text nodes looked at for a run) between two looks at the clock.
const RUNS_PER_CHECK = 32;

/**
 * articleFromRemote in steps that pause (yield) when `due`: on a page that rewrote much of its text meanwhile,
 * each lost run is looked for in the next few hundred Text nodes, more than one task may hold at CPU 4x.
 */
export function* articleFromRemoteSteps(doc: Document, remote: RemoteArticle, due: () => boolean): Steps<ArticleText | null> {
  const n = remote.runs.length / 3;
  if (!Number.isInteger(n) || n === 0) return null;
  const segments = (remote.nodes?.length === 2 * n ? yield* byNode(doc, remote, n, due) : null) ?? (yield* byOffset(doc, remote, n, due));
  if (!segments) return null;
  return articleText(segments, remote.text, remote.paragraphStarts, remote.title, remote.truncated === true);
}

/** Indices 0..n-1 ordered by `key` (already in order, as a page's runs nearly always are: no sort then). */
function orderBy(n: number, key: (i: number) => number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = 1; i < n; i++) {
    if (key(i) < key(i - 1)) return order.sort((x, y) => key(x) - key(y));
  }
  return order;
}

// How many live Text nodes past the expected one a run is looked for, when the page added nodes before it
// (a feed, a live blog); only runs this long are looked for away from their expected node.
const RESYNC_NODES = 200;
const RESYNC_MIN_LENGTH = 12;
// Runs the page rewrote since it was sent (a live count, a clock inside the article) are left unmarked, up
// to this share of the article's characters: more, and the page is read again in place. Counted in
// characters, not runs: a short story with a ticker in it loses one run in ten, but few of its words.
const MAX_LOST_SHARE = 0.1;

/**
 * The runs on the live Text nodes of the same rank in document order, or null when they do not match. A
 * page that added Text nodes since it was sent (before the article, or between its paragraphs) moves the
 * rest along: a run not on its node is looked for in the next few hundred, and the runs after it follow
 * from where it was found. A run found nowhere (its words were rewritten) is left out, a few of the article's words at most.
 * Every run's characters are checked wherever it is found.
 */
function* byNode(doc: Document, remote: RemoteArticle, n: number, due: () => boolean): Steps<TextSegment[] | null> {
  const { text, runs } = remote;
  const nodes = remote.nodes!;
  const order = orderBy(n, (i) => nodes[2 * i]!);
  const live = liveBodyTexts(doc);
  const found: Array<TextSegment | undefined> = new Array(n);
  let shift = 0; // live rank minus sent rank, from the last run found
  let chars = 0;
  for (let r = 0; r < n; r++) chars += Math.max(0, runs[3 * r + 2]! - runs[3 * r + 1]!);
  let lost = 0;
  let looked = 0;
  for (const r of order) {
    if (++looked % RUNS_PER_CHECK === 0 && due()) yield;
    const nodeStart = nodes[2 * r + 1]!;
    const start = runs[3 * r + 1]!;
    const stop = runs[3 * r + 2]!;
    if (stop < start || stop > text.length) return null;
    const fits = (node: Text | undefined) => !!node && nodeStart + (stop - start) <= node.length && sameText(text, start, stop, node, nodeStart);
    const expected = nodes[2 * r]! + shift;
    let at = fits(live[expected]) ? expected : -1;
    if (at < 0 && stop - start >= RESYNC_MIN_LENGTH) {
      for (let j = expected + 1; j < live.length && j <= expected + RESYNC_NODES; j++) {
        if (++looked % RUNS_PER_CHECK === 0 && due()) yield;
        if (fits(live[j])) {
          at = j;
          break;
        }
      }
    }
    if (at < 0) {
      lost += stop - start;
      if (lost > chars * MAX_LOST_SHARE) return null;
      continue;
    }
    found[r] = { node: live[at]!, nodeStart, start, end: stop };
    shift = at - nodes[2 * r]!;
  }
  return found.filter((seg): seg is TextSegment => seg !== undefined);
}

/** The runs by their offsets in the body's text, or null when any does not match. */
function* byOffset(doc: Document, remote: RemoteArticle, n: number, due: () => boolean): Steps<TextSegment[] | null> {
  const { text, runs } = remote;
  // Runs in the order of their place in the page (the article's own order may differ: a header first).
  const order = orderBy(n, (i) => runs[3 * i]!);
  const segments: TextSegment[] = new Array(n);
  let k = 0;
  let at = 0;
  let looked = 0;
  for (const node of liveBodyTexts(doc)) {
    if (++looked % RUNS_PER_CHECK === 0 && due()) yield;
    const end = at + node.length;
    for (; k < n; k++) {
      const r = order[k]!;
      const g = runs[3 * r]!;
      const start = runs[3 * r + 1]!;
      const stop = runs[3 * r + 2]!;
      if (g >= end) break; // a later node holds it
      const nodeStart = g - at;
      if (nodeStart < 0 || stop < start || stop > text.length || nodeStart + (stop - start) > node.length || !sameText(text, start, stop, node, nodeStart)) return null;
      segments[r] = { node, nodeStart, start, end: stop };
    }
    if (k === n) return segments;
    at = end;
  }
  return null;
}
