import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { ArticleInput } from '../engine/types';

const PLAIN = new Set(['.txt']);
const HTML = new Set(['.html', '.htm']);
// A paragraph break in a .txt file: a line break, any blank lines (spaces allowed), the next text.
const BLANK_LINES = /\r?\n[ \t\f\v\r]*\r?\n\s*/g;
const LEADING_SPACE = /^\s*/;
// <meta charset="..."> or http-equiv content="...; charset=...", looked for in the first 1024 bytes as browsers do.
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i;

/** A user-facing error: its message is the whole line printed for the file. */
export class InputError extends Error {}

/**
 * The engine input of a plain-text article: the text exactly as decoded, the first line as title, and a
 * paragraph at each run of blank lines (the title line is paragraph 0). An empty file gives empty text.
 */
export function plainTextInput(text: string): ArticleInput {
  const starts: number[] = [];
  const first = LEADING_SPACE.exec(text)![0].length;
  if (first < text.length) starts.push(first);
  for (const m of text.matchAll(BLANK_LINES)) {
    const start = m.index + m[0].length;
    if (start < text.length && start > (starts[starts.length - 1] ?? -1)) starts.push(start);
  }
  const titleLine = text.slice(first).split(/\r?\n/, 1)[0]?.trim() ?? '';
  return { text, title: titleLine === '' ? null : titleLine, paragraphStarts: starts };
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new InputError('not valid UTF-8 text');
  }
}

function decodeHtml(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const label = META_CHARSET.exec(head)?.[1] ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    decoder = new TextDecoder('utf-8'); // an unknown charset label: browsers fall back too
  }
  return decoder.decode(bytes);
}

/**
 * Reads one input file into the engine's input. .txt is decoded as UTF-8 (invalid bytes are an error);
 * .html/.htm follow their meta charset (UTF-8 by default) and go through the page reader, which also
 * reads the language the page declares (plain text declares none). Throws
 * InputError with a one-line reason for an unreadable file, a wrong extension, or a page with no article.
 */
export async function readInput(path: string): Promise<ArticleInput> {
  const ext = extname(path).toLowerCase();
  if (!PLAIN.has(ext) && !HTML.has(ext)) throw new InputError('unsupported file type (expected .txt, .html or .htm)');
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : `cannot read (${code ?? String(err)})`;
    throw new InputError(reason);
  }
  if (PLAIN.has(ext)) return plainTextInput(decodeUtf8(bytes));
  const { closeHtmlParser, parseHtml } = await import('./parse-html');
  const { readArticle } = await import('../page/read-article');
  let article;
  try {
    article = readArticle(await parseHtml(decodeHtml(bytes)));
  } catch (err) {
    throw new InputError(`cannot parse HTML (${err instanceof Error ? err.message : String(err)})`);
  } finally {
    // happy-dom's window keeps every document it parsed: a window per page keeps a long run's memory flat.
    await closeHtmlParser();
  }
  if (!article) throw new InputError('no article text found in the page');
  return { text: article.text, title: article.title, paragraphStarts: article.paragraphStarts, lang: article.lang ?? null };
}
