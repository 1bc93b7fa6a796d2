import { Readability } from '@mozilla/readability';
import { CloneMap } from './clone-map';
import { collectSteps, runSteps, type Steps } from './collect';
import { isLargePageSteps, largestParagraphContainerSteps, pageTitle } from './large-page';
import { isBlock, isChrome } from './skip-rules';
import { runInSlices, type Slicer } from './slicer';
import { TextBuilder } from './text-builder';
import { SHOW_TEXT } from './text-nodes';
import { articleText } from './article-text';
import { declaredLanguage } from './declared-language';
import type { ArticleText } from './types';

const TEXT_NODE = 3;
const NON_SPACE = /\S/;
const SPACES = /\s+/g;
// When no attempt finds an article, Readability still returns its best one: a menu, a footer. Below this
// many characters of prose there is no article worth reading for attributions.
const MIN_ARTICLE_LENGTH = 200;

/**
 * The live <header> of the article Readability picked, when Readability left it out and it holds prose
 * (a standfirst): Readability keeps the body of a story and drops its header wholesale.
 */
function leadingHeader(article: Element, map: CloneMap): Element | null {
  let first: Text | null = null;
  for (const t of textsOf(article)) {
    first = map.peek(t);
    if (first) break;
  }
  const story = first?.parentElement?.closest('article');
  if (!first || !story) return null;
  for (const header of story.querySelectorAll('header')) {
    if (header.contains(first) || header.closest('article') !== story) continue;
    // DOCUMENT_POSITION_FOLLOWING: the story's body comes after its header.
    if (header.compareDocumentPosition(first) & 4 && !isChrome(header, true)) return header;
  }
  return null;
}

// In a header, a paragraph shorter than this is a date line, a kicker or a link ("Posted on April 21").
const HEADER_PARAGRAPH_MIN = 60;

/** The parts of a live header that are prose: its long paragraphs, or the header when prose sits right in it. */
function headerProse(header: Element): Element[] {
  const paragraphs = Array.from(header.querySelectorAll('p')).filter((p) => {
    for (let el: Element | null = p; el && el !== header; el = el.parentElement) if (isChrome(el, isBlock(el))) return false;
    return (p.textContent ?? '').replace(SPACES, ' ').trim().length >= HEADER_PARAGRAPH_MIN;
  });
  if (paragraphs.length > 0) return paragraphs;
  // No paragraph element: prose written straight into the header (medicalnewstoday's standfirst).
  let own = '';
  for (let c = header.firstChild; c; c = c.nextSibling) if (c.nodeType === TEXT_NODE) own += (c as Text).data;
  return own.replace(SPACES, ' ').trim().length >= HEADER_PARAGRAPH_MIN ? [header] : [];
}

function* textsOf(root: Element): Generator<Text> {
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (NON_SPACE.test((n as Text).data)) yield n as Text;
}

/** Options of readArticleInSlices. */
export interface ReadOptions {
  /** Reading stops once the article text reaches this many characters (the result says `truncated`). */
  maxChars?: number;
  /** What the caller's own size check (isLargePageSteps) found, so that the page is not sized twice. */
  large?: boolean;
}

/**
 * Finds the article of a parsed document: its title, its paragraphs (page chrome, form fields and code
 * left out), the language the page declares and the mapping of the text back to the document's live Text
 * nodes. Never changes `doc`
 * (Readability reads a clone; large pages skip it, see large-page.ts). Returns null when the page holds
 * no article (under 200 characters of prose); never throws on odd markup.
 */
export function readArticle(doc: Document, options: ReadOptions = {}): ArticleText | null {
  return runSteps(readSteps(doc, () => false, options));
}

/**
 * readArticle in slices: pauses through `slicer` whenever its slice is used up, so that no step holds the
 * page's main thread for long (Readability's parse, one step, only runs on pages small enough for it).
 * Rejects with SliceAborted when the slicer's work is cancelled; the document is never changed.
 */
export async function readArticleInSlices(doc: Document, slicer: Slicer, options: ReadOptions = {}): Promise<ArticleText | null> {
  return runInSlices(readSteps(doc, () => slicer.due(), options), slicer);
}

function* readSteps(doc: Document, due: () => boolean, read: ReadOptions): Steps<ArticleText | null> {
  if (!doc.documentElement) return null;
  const maxChars = read.maxChars ?? Infinity;
  const lang = declaredLanguage(doc);
  if (read.large ?? (yield* isLargePageSteps(doc, due))) return yield* readLargePageSteps(doc, due, maxChars, lang);
  const clone = doc.cloneNode(true) as Document;
  if (due()) yield;
  const map = new CloneMap(doc, clone);
  if (due()) yield;
  let parsed: ReturnType<Readability<Element>['parse']>;
  try {
    parsed = new Readability<Element>(clone, { serializer: (el) => el as Element, keepClasses: true }).parse();
  } catch {
    return null;
  }
  if (!parsed?.content) return null;
  if (due()) yield;
  const title = parsed.title?.trim() || null;
  const builder = new TextBuilder();
  const article = parsed.content;
  // One string, bounded: Readability only reads pages under LARGE_PAGE_TEXT of paragraph text.
  const total = article.textContent?.length ?? 0;
  const options = { title, total, due, maxChars };
  let truncated = false;
  const header = leadingHeader(article, map);
  if (header) {
    for (const part of headerProse(header)) {
      if ((truncated = yield* collectSteps(part, builder, options))) break;
    }
  }
  if (!truncated) truncated = yield* collectSteps(article, builder, { ...options, resolve: (t) => map.resolve(t) });
  if (due()) yield;
  return finish(builder, title, truncated, lang);
}

/** The article of a large page: the container with the most paragraph text, read in place. */
function* readLargePageSteps(doc: Document, due: () => boolean, maxChars: number, lang: string | null): Steps<ArticleText | null> {
  const found = yield* largestParagraphContainerSteps(doc, due);
  if (!found) return null;
  const title = pageTitle(doc);
  const builder = new TextBuilder();
  const truncated = yield* collectSteps(found.root, builder, { title, total: found.chars, due, maxChars });
  if (due()) yield;
  return finish(builder, title, truncated, lang);
}

function finish(builder: TextBuilder, title: string | null, truncated: boolean, lang: string | null): ArticleText | null {
  const text = builder.text();
  if (text.length < MIN_ARTICLE_LENGTH) return null;
  const article = articleText(builder.segments, text, builder.paragraphStarts, title, truncated);
  article.lang = lang;
  return article;
}
