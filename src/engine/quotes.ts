import { current } from './lexicons';
import type { Paragraph } from './paragraphs';
import type { Token } from './tokens';

/** A top-level quotation: its inner text (marks excluded), one segment per paragraph it runs over. */
export interface Quote {
  id: number;
  segs: Array<{ s: number; e: number }>;
  /** Token index of the opening mark and of the closing mark (-1 when it runs to a paragraph end). */
  open: number;
  close: number;
  words: number;
  /** The quoted words end with . ? ! (a sentence), or with a comma (“…,” he said). */
  terminal: boolean;
  comma: boolean;
}

const SPACE_BEFORE = /[\s([{\u2014\u2013\-/]/u;
const WORDISH = /[\p{L}\p{N}$£€#@.…\u2014\-([]/u;

type Mark = { kind: 'double' | 'single'; role: 'open' | 'close' | 'toggle' } | null;

/** Says what a quotation mark does from its neighbours; apostrophes (haven’t, ’90s, voters’) give null. */
function classify(text: string, t: Token, paraStart: number): Mark {
  const prev = t.s > paraStart ? text[t.s - 1]! : ' ';
  const next = t.e < text.length ? text[t.e]! : ' ';
  const before = SPACE_BEFORE.test(prev) || prev === '“' || prev === '"';
  const after = WORDISH.test(next) || next === '‘' || next === "'";
  switch (t.text) {
    case '“':
      // “It's unusual,“ said …: a left mark glued to the words before it and followed by a space
      // closes (a common typing slip).
      return !before && !after && /[,.?!]/.test(prev) ? { kind: 'double', role: 'close' } : { kind: 'double', role: 'open' };
    case '„': case '«':
      return { kind: 'double', role: 'open' };
    case '”':
      // A right mark opening a paragraph opens (” … what I learned …,” he said).
      return (before && after) || t.s === paraStart ? { kind: 'double', role: 'open' } : { kind: 'double', role: 'close' };
    case '»':
      return { kind: 'double', role: 'close' };
    case '"': case "''": case '``':
      if (before && !after) return { kind: 'double', role: 'toggle' };
      if (before) return { kind: 'double', role: 'open' };
      return { kind: 'double', role: after ? 'toggle' : 'close' };
    case '‘': case '‹':
      return after ? { kind: 'single', role: 'open' } : null;
    case '›':
      return { kind: 'single', role: 'close' };
    case "'":
      if (before && after && !/\d/.test(next)) return { kind: 'single', role: 'open' };
      return before ? null : { kind: 'single', role: 'close' };
    case '’':
      return before ? null : { kind: 'single', role: 'close' };
    default:
      return null;
  }
}

// Marks that only ever open a quotation where the language pairs them as openers: German „…“ and »…«, French and
// Spanish «…». Curly and straight marks are read from their neighbours (classify).
const STRICT_OPENERS = new Set(['„', '»', '«', '‚', '›', '‹']);

/**
 * What a mark does by the language's conventions: the closing mark of the quotation open (German „ closes with “,
 * whose shape opens an English one; French « with »), or a mark that opens in this language (German »). Null when
 * the convention says nothing and the mark's neighbours decide.
 */
function byConvention(t: Token, openText: string | null): Mark {
  if (openText !== null) {
    const closes = current.quotePairs.get(openText);
    if (closes?.has(t.text) && t.text !== openText) return { kind: 'double', role: 'close' };
    return null;
  }
  if (STRICT_OPENERS.has(t.text) && current.quotePairs.has(t.text)) return { kind: t.text === '‚' || t.text === '›' || t.text === '‹' ? 'single' : 'double', role: 'open' };
  return null;
}

const TERMINAL = /[.?!…]['’"”]?$/;

/**
 * Pairs the quotation marks of the article into quotations and tags every token inside a top-level
 * quotation (its marks included) with the quotation's id. A quotation left open at the end of a
 * paragraph continues when the next paragraph opens with a mark (news style for long quotes), and
 * otherwise ends with its paragraph. Stray closing marks are ignored. Linear in the token count.
 */
export function findQuotes(text: string, tokens: Token[], paras: Paragraph[]): Quote[] {
  const quotes: Quote[] = [];
  let dOpen = -1; // token index of the open double mark
  let segStart = -1; // inner start of the current segment
  let segs: Array<{ s: number; e: number }> = [];
  let sOpen = -1; // open single mark (top-level only; nested singles need no pairing)
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const para = paras[t.p]!;
    const nextTok = tokens[i + 1];
    if (t.kind === 'quote') {
      const m = byConvention(t, dOpen >= 0 ? tokens[dOpen]!.text : null) ?? classify(text, t, para.start);
      if (m && m.kind === 'double') {
        const opens = m.role === 'open' || (m.role === 'toggle' && dOpen < 0);
        if (opens) {
          if (dOpen >= 0 && tokens[dOpen]!.p === t.p) {
            segs = [];
            tokens[dOpen]!.mark = null;
          }
          if (dOpen < 0 || tokens[dOpen]!.p === t.p) dOpen = i;
          segStart = t.e;
          t.mark = 'open';
          sOpen = -1;
        } else if (dOpen >= 0) {
          t.mark = 'close';
          finishQuote(text, tokens, quotes, segs, segStart, dOpen, i, t.s);
          segs = [];
          dOpen = -1;
          sOpen = -1;
        }
      } else if (m && m.kind === 'single' && dOpen < 0) {
        if (m.role === 'open') {
          sOpen = i;
          t.mark = 'open';
        } else if (sOpen >= 0) {
          t.mark = 'close';
          segStart = tokens[sOpen]!.e;
          finishQuote(text, tokens, quotes, segs, segStart, sOpen, i, t.s);
          segs = [];
          sOpen = -1;
        }
      }
    }
    // Paragraph end: a single quotation never crosses it; a double one may continue.
    if (!nextTok || nextTok.p !== t.p) {
      if (sOpen >= 0) tokens[sOpen]!.mark = null;
      sOpen = -1;
      if (dOpen >= 0) {
        const continues = nextTok && nextTok.kind === 'quote' && (nextTok.text === '“' || nextTok.text === '"' || nextTok.text === "''" || nextTok.text === '``' || current.quotePairs.has(nextTok.text));
        if (continues && nextTok.p === t.p + 1) {
          segs.push({ s: segStart, e: para.end });
        } else {
          finishQuote(text, tokens, quotes, segs, segStart, dOpen, -1, para.end);
          segs = [];
          dOpen = -1;
        }
      }
    }
  }
  return quotes;
}

/**
 * Records the quotation whose mark at token `open` closes at token `close` (-1: at its paragraph's end, `lastEnd`),
 * from the segments before (`segs`, a quotation that runs over paragraphs) and the last one, from `segStart`.
 */
function finishQuote(text: string, tokens: Token[], quotes: Quote[], segs: Array<{ s: number; e: number }>, segStart: number, open: number, close: number, lastEnd: number): void {
  const all = [...segs, { s: segStart, e: lastEnd }];
  // ” … what we learned …: the space after an opening mark is not the speaker's.
  for (const g of all) {
    while (g.s < g.e && (text.charCodeAt(g.s) === 32 || text.charCodeAt(g.s) === 160 || text.charCodeAt(g.s) === 0x202f)) g.s++;
    // « … »: the (narrow) no-break space before a French closing mark is not the speaker's.
    while (g.e > g.s && (text.charCodeAt(g.e - 1) === 32 || text.charCodeAt(g.e - 1) === 160 || text.charCodeAt(g.e - 1) === 0x202f)) g.e--;
  }
  for (let k = all.length - 1; k >= 0; k--) if (all[k]!.e <= all[k]!.s) all.splice(k, 1);
  if (all.length === 0) return;
  const id = quotes.length;
  const endTok = close >= 0 ? close : lastTokenBefore(tokens, open, lastEnd);
  let words = 0;
  for (let i = open; i <= endTok; i++) {
    tokens[i]!.q = id;
    if (tokens[i]!.kind === 'word') words++;
  }
  const inner = text.slice(all[all.length - 1]!.s, all[all.length - 1]!.e).trimEnd();
  quotes.push({ id, segs: all, open, close, words, terminal: TERMINAL.test(inner), comma: /[,;:]$/.test(inner) });
}

function lastTokenBefore(tokens: Token[], from: number, end: number): number {
  let i = from;
  while (i + 1 < tokens.length && tokens[i + 1]!.s < end) i++;
  return i;
}
