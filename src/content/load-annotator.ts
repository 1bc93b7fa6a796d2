/**
 * Loads the heavy part of the content script (page reader, Readability, highlighter, card) only when a
 * page looks like an article. The bundle is a web-accessible resource (a dynamic URL on Chrome) imported
 * into the content script's own isolated world; it hands its API over on a global of that world, which
 * the page cannot see.
 */
import type { Annotator, AnnotatorEnv } from './annotator';
import type { Slicer } from '../page/slicer';
import type { ReadOptions } from '../page/read-article';
import type { ArticleText } from '../page/types';
import type { readElsewhere } from './read-elsewhere';

export const ANNOTATOR_KEY = Symbol.for('sourcelight.annotator.v1');

/** What entrypoints/annotator.ts hands over. */
export interface AnnotatorModule {
  createAnnotator(env: AnnotatorEnv): Annotator;
  readArticleInSlices(doc: Document, slicer: Slicer, options?: ReadOptions): Promise<ArticleText | null>;
  readElsewhere: typeof readElsewhere;
}

type Holder = { [ANNOTATOR_KEY]?: AnnotatorModule | null };

/** Imports the bundle at `url` and returns its API; null when it failed to load or to hand over. */
export async function loadAnnotatorModule(url: string): Promise<AnnotatorModule | null> {
  const holder = globalThis as Holder;
  // Cleared first, so that a module left by an older copy of the extension in this world is never used.
  holder[ANNOTATOR_KEY] = null;
  try {
    await import(/* @vite-ignore */ url);
  } catch {
    return null; // a page we cannot annotate gets no annotations, never an error
  }
  return holder[ANNOTATOR_KEY] ?? null;
}
