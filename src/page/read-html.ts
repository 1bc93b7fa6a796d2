/**
 * The extension's side of a remote read (see remote-read.ts): the page's HTML parsed into a document of the
 * extension's own and read there, Readability and all; each run of the article placed among the body's
 * Text nodes, as the page's side counts them.
 */
import { readArticle } from './read-article';
import { bodyTexts, type RemoteArticle } from './remote-read';

/** Parses HTML into an inert document: no script runs and nothing loads in a DOMParser document. */
export function parseInert(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/**
 * Reads the article of a page's HTML (the extension's side). `parse` turns HTML into a document nobody
 * else sees (DOMParser's: no scripts run, nothing loads). Null when the page holds no article.
 */
export function readHtml(html: string, parse: (html: string) => Document, maxChars: number): RemoteArticle | null {
  const doc = parse(html);
  const art = readArticle(doc, { maxChars });
  if (!art) return null;
  const starts = new Map<Text, [number, number]>();
  let at = 0;
  bodyTexts(doc).forEach((node, index) => {
    starts.set(node, [at, index]);
    at += node.length;
  });
  const runs: number[] = [];
  const nodes: number[] = [];
  for (const seg of art.segments) {
    const place = starts.get(seg.node);
    if (place === undefined) return null; // text the page would not show as such (inside <noscript>)
    runs.push(place[0] + seg.nodeStart, seg.start, seg.end);
    nodes.push(place[1], seg.nodeStart);
  }
  return {
    title: art.title,
    text: art.text,
    paragraphStarts: art.paragraphStarts,
    runs,
    nodes,
    ...(art.truncated ? { truncated: true } : {}),
  };
}
