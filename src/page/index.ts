export { readArticle, readArticleInSlices, type ReadOptions } from './read-article';
export { domRangesFor } from './dom-ranges';
export { isProbablyArticle } from './is-probably-article';
export type * from './types';
