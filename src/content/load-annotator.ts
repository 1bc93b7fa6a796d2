/**
 * Loads the heavy parts of the content script only when they are needed: the annotator (reading the
 * page elsewhere, the highlighter, the card) when a page looks like an article, and the page reader that
 * works in the page (Readability and all) only when the article must be read here (a large page, or no
 * answer from the extension). Each bundle is a web-accessible resource (a dynamic URL on Chrome) imported
 * into the content script's own isolated world; it hands its API over on a global of that world, which
 * the page cannot see.
 */
import type { Annotator, AnnotatorEnv } from './annotator';
import type { Slicer } from '../page/slicer';
import type { ReadOptions } from '../page/read-article';
import type { ArticleText } from '../page/types';
import type { readElsewhere } from './read-elsewhere';
import type { backgroundRequests } from './requests';

export const ANNOTATOR_KEY = Symbol.for('sourcelight.annotator.v1');
export const READER_KEY = Symbol.for('sourcelight.reader.v1');

/** What entrypoints/annotator.ts hands over. */
export interface AnnotatorModule {
  createAnnotator(env: AnnotatorEnv): Annotator;
  readElsewhere: typeof readElsewhere;
  backgroundRequests: typeof backgroundRequests;
}

/** What entrypoints/reader.ts hands over. */
export interface ReaderModule {
  readArticleInSlices(doc: Document, slicer: Slicer, options?: ReadOptions): Promise<ArticleText | null>;
}

type Holder = { [key: symbol]: unknown };

/** Imports the bundle at `url` and returns the API it hands over under `key`; null when it failed to load or to hand over. */
async function loadBundle<T>(url: string, key: symbol): Promise<T | null> {
  const holder = globalThis as Holder;
  // Cleared first, so that a module left by an older copy of the extension in this world is never used.
  holder[key] = null;
  try {
    await import(/* @vite-ignore */ url);
  } catch {
    return null; // a page we cannot annotate gets no annotations, never an error
  }
  return (holder[key] as T | null | undefined) ?? null;
}

/** The annotator bundle at `url` (entrypoints/annotator.ts), or null. */
export function loadAnnotatorModule(url: string): Promise<AnnotatorModule | null> {
  return loadBundle<AnnotatorModule>(url, ANNOTATOR_KEY);
}

/** The in-page reader bundle at `url` (entrypoints/reader.ts), or null. */
export function loadReaderModule(url: string): Promise<ReaderModule | null> {
  return loadBundle<ReaderModule>(url, READER_KEY);
}
