import { complementizers, current, determiners } from './lexicons';
import type { Quote } from './quotes';
import type { Token } from './tokens';
import type { AttributionType } from './types';

/** What a cue attributes: character spans, the type, and the quotations used. */
export interface Content {
  spans: Array<{ s: number; e: number }>;
  type: AttributionType;
  quotes: number[];
}

const EDGE = new Set([',', '.', ':', ';', '—', '–', '-', '(', ')', '…']);

/**
 * ", which …", ", quien …", ", la cual …", ", qui …" at token i: a relative clause set off by a comma says more of what
 * came before it; it is never what a cue reports ("reflexionó el ministro, Jorge Perdomo, quien compartió …").
 */
function relativeAt(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.q >= 0 || t.kind !== 'word' || i === 0 || tokens[i - 1]!.text !== ',') return false;
  if (current.relatives.has(t.lower)) return true;
  const n = tokens[i + 1];
  return determiners.has(t.lower) && !!n && n.kind === 'word' && current.relatives.has(n.lower);
}

/**
 * Adds the words of `more` after those of `into` (one act of saying reported in two parts): direct when both are,
 * mixed when any quotation is in it, else indirect.
 */
export function joinContent(into: Content, more: Content): void {
  into.spans.push(...more.spans);
  into.quotes.push(...more.quotes);
  into.type = into.type === 'direct' && more.type === 'direct' ? 'direct' : into.quotes.length > 0 ? 'mixed' : 'indirect';
}

/**
 * Content that quotes its speaker at length: direct, or mixed with a quotation of three words or more or one that
 * ends a sentence. A word or two in quotation marks ("called the plan “ungeeignet”") make content mixed, but the
 * words around them are still reported speech: what continues it, or whether it stands with no speaker, is read so.
 */
export function quotesAtLength(content: Content, quotes: Quote[]): boolean {
  return content.type === 'direct' || (content.type === 'mixed' && content.quotes.some((id) => quotes[id]!.words >= 3 || quotes[id]!.terminal));
}

/** Token `to` is a closing bracket, and a bracket opens within the dozen tokens before it in [from, to). */
function isCloseAfterOpen(tokens: Token[], from: number, to: number): boolean {
  if (tokens[to]?.text !== ')' || tokens[to]!.q >= 0) return false;
  for (let k = to - 1; k >= from && k >= to - 12; k--) {
    if (tokens[k]!.text === ')') return false;
    if (tokens[k]!.text === '(') return true;
  }
  return false;
}

/**
 * Reads tokens [from, to) as attributed content. Edge punctuation and a leading "that" are dropped.
 * Only quoted words make content `direct`: one unquoted word (Mills “got …”) already makes it mixed.
 * Content made only of quotations is `direct` (its spans are the quoted words, over every paragraph a
 * quotation runs through); a clause holding a quotation is `mixed`; null when no word is left.
 */
export function contentOf(tokens: Token[], quotes: Quote[], from: number, to: number): Content | null {
  while (from < to && tokens[from]!.q < 0 && (EDGE.has(tokens[from]!.text) || (complementizers.has(tokens[from]!.lower) && from + 1 < to))) from++;
  while (to > from && tokens[to - 1]!.q < 0 && (EDGE.has(tokens[to - 1]!.text) || tokens[to - 1]!.text === '?' || tokens[to - 1]!.text === '!')) to--;
  // ("… dans le Var (sud-est de la France), ont annoncé …": a bracket closing one the content opened stays.)
  if (to > from && isCloseAfterOpen(tokens, from, to)) to++;
  if (to <= from || relativeAt(tokens, from)) return null;
  const ids: number[] = [];
  let outside = 0;
  let inside = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.q >= 0) {
      if (ids[ids.length - 1] !== t.q) ids.push(t.q);
      if (t.kind === 'word') inside++;
    } else if (t.kind === 'word') outside++;
  }
  if (inside + outside === 0) return null;
  if (ids.length > 0 && outside === 0 && inside >= 1) {
    const spans: Array<{ s: number; e: number }> = [];
    for (const id of ids) for (const g of quotes[id]!.segs) spans.push({ s: g.s, e: g.e });
    return { spans, type: 'direct', quotes: ids };
  }
  // "verkündete, dass die Grenze …": outside English the reported clause keeps the word that opens it.
  const opener = tokens[from - 1];
  const s = opener && current.data.code !== 'en' && opener.q < 0 && opener.kind === 'word' && complementizers.has(opener.lower) ? opener.s : tokens[from]!.s;
  const e = tokens[to - 1]!.e;
  // A scare quote or a title (“caliphate”, “Jaws”) is nobody's words: only a quotation of a few
  // words, or one that ends a sentence, makes the content mixed.
  const spoken = ids.some((id) => {
    const q = quotes[id]!;
    if (q.words >= 3 || q.terminal) return true;
    const first = tokens[q.open + 1];
    const before = tokens[q.open - 1];
    return !!first && first.kind === 'word' && !first.cap && !(before && current.scareMarkers.has(before.lower));
  });
  return { spans: [{ s, e }], type: spoken ? 'mixed' : 'indirect', quotes: ids };
}
