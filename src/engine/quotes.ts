import { cueAt } from './cues';
import { current } from './lexicons';
import { npForward } from './mentions';
import { namesSomeone } from './source-heads';
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
      // “It's unusual,“ said …, “Il faudra y réfléchir“, a affirmé …: a left mark glued to the words before it and
      // followed by a space, a comma or a period closes (a common typing slip, and some sites' autocorrect).
      return !before && (!after || next === '.') ? { kind: 'double', role: 'close' } : { kind: 'double', role: 'open' };
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
 * A cue set inside it ("«La situación –dijo García– es grave»", "« La situation, a déclaré le ministre, est grave »")
 * makes two quotations, the cue between them, as “La situación,” dijo García, “es grave” would be written.
 */
function finishQuote(text: string, tokens: Token[], quotes: Quote[], segs: Array<{ s: number; e: number }>, segStart: number, open: number, close: number, lastEnd: number): void {
  const all = [...segs, { s: segStart, e: lastEnd }];
  const endTok = close >= 0 ? close : lastTokenBefore(tokens, open, lastEnd);
  const cut = incise(tokens, open, close >= 0 ? close : endTok + 1);
  if (!cut) {
    record(text, tokens, quotes, all, open, close, endTok, false);
    return;
  }
  const at = tokens[cut.d1]!.s;
  // The second quotation starts after the closing dash and a comma after it ("–dijo García–, …").
  const from = tokens[cut.d2 + 1]!.text === ',' ? tokens[cut.d2 + 2]!.s : tokens[cut.d2]!.e;
  const first: Array<{ s: number; e: number }> = [];
  const second: Array<{ s: number; e: number }> = [];
  for (const g of all) {
    if (g.e <= at) first.push(g);
    else if (g.s >= from) second.push(g);
    else {
      if (g.s < at) first.push({ s: g.s, e: at });
      if (from < g.e) second.push({ s: from, e: g.e });
    }
  }
  tokens[cut.d1]!.mark = 'close';
  record(text, tokens, quotes, first, open, cut.d1, cut.d1, true);
  // A quotation with no closing mark ("“There wasn't a lot …, said Kessel, whose organization …") ends at its cue: what
  // follows is the writer's.
  if (close < 0) return;
  tokens[cut.d2]!.mark = 'open';
  record(text, tokens, quotes, second, cut.d2, close, endTok, false);
}

const DASHES = new Set(['–', '—', '-']);
const CLITIC_HELPER = /^(.+?)-(?:t-)?(?:il|elle|ils|elles|on)$/;

/**
 * The cue set inside a quotation between tokens `open` and `end` (its closing mark, or past its last token): a dash
 * or comma after some quoted words, a cue and its speaker ("dijo Juan García, ministro de Economía", "a déclaré le
 * ministre", "ajoute-t-elle"), and the same delimiter again before more quoted words. [d1, d2]: the two delimiters.
 */
function incise(tokens: Token[], open: number, end: number): { d1: number; d2: number } | null {
  let words = 0;
  for (let k = open + 1; k < end - 3; k++) {
    const t = tokens[k]!;
    if (t.kind === 'word') {
      words++;
      continue;
    }
    const comma = t.text === ',';
    if (words === 0 || t.kind !== 'punct' || (!comma && !DASHES.has(t.text))) continue;
    const cue = cueIn(tokens, k + 1, end);
    if (!cue) continue;
    let j = cue.end;
    if (!cue.clitic) {
      const np = npForward(tokens, j, end);
      if (!np || !namesSomeone(tokens, np.s, np.e)) continue;
      j = np.e;
    }
    // The closing delimiter: after a few words of where or to whom ("à l’AFP"); in a clause between dashes, after an
    // appositive too ("–dijo Juan García, ministro de Economía–").
    let d2 = -1;
    for (let m = j; m < end && m < j + (comma ? 6 : 16); m++) {
      const u = tokens[m]!;
      if (u.kind === 'word') continue;
      // ("« On ne peut pas parler de l’arbitre, a-t-il dit. Ce serait trop facile. »": a period closes the cue's clause
      // as a comma does, the quotation going on in a new sentence.)
      if (comma ? u.text === ',' || u.text === '.' : DASHES.has(u.text)) d2 = m;
      if (d2 >= 0 || comma || u.text !== ',') break;
    }
    if (d2 < 0) continue;
    let after = d2 + 1;
    while (after < end && tokens[after]!.kind !== 'word') after++;
    if (after < end) return { d1: k, d2 };
  }
  return null;
}

/** The cue at token i inside a quotation, with its perfect's helper ("a déclaré", "ha dicho", "a-t-il ajouté"). */
function cueIn(tokens: Token[], i: number, end: number): { end: number; clitic: boolean } | null {
  const t = tokens[i]!;
  if (t.kind !== 'word') return null;
  const cue = cueAt(tokens, i, end, false);
  if (cue) return cue.kind === 'verb' ? { end: cue.end, clitic: !!cue.clitic } : null;
  const helper = t.lower.includes('-') ? CLITIC_HELPER.exec(t.lower)?.[1] : t.lower;
  if (!helper || !current.perfectAuxiliaries.has(helper) || i + 1 >= end) return null;
  const participle = cueAt(tokens, i + 1, end, false);
  return participle && participle.kind === 'verb' ? { end: participle.end, clitic: helper !== t.lower } : null;
}

/** Tags the tokens [open, endTok] with a new quotation's id and records it; `comma`: it ends as “…,” does. */
function record(text: string, tokens: Token[], quotes: Quote[], all: Array<{ s: number; e: number }>, open: number, close: number, endTok: number, comma: boolean): void {
  // ” … what we learned …: the space after an opening mark is not the speaker's.
  for (const g of all) {
    while (g.s < g.e && (text.charCodeAt(g.s) === 32 || text.charCodeAt(g.s) === 160 || text.charCodeAt(g.s) === 0x202f)) g.s++;
    // « … »: the (narrow) no-break space before a French closing mark is not the speaker's.
    while (g.e > g.s && (text.charCodeAt(g.e - 1) === 32 || text.charCodeAt(g.e - 1) === 160 || text.charCodeAt(g.e - 1) === 0x202f)) g.e--;
  }
  for (let k = all.length - 1; k >= 0; k--) if (all[k]!.e <= all[k]!.s) all.splice(k, 1);
  if (all.length === 0) return;
  const id = quotes.length;
  let words = 0;
  for (let i = open; i <= endTok; i++) {
    tokens[i]!.q = id;
    if (tokens[i]!.kind === 'word') words++;
  }
  const inner = text.slice(all[all.length - 1]!.s, all[all.length - 1]!.e).trimEnd();
  quotes.push({ id, segs: all, open, close, words, terminal: TERMINAL.test(inner), comma: comma || /[,;:]$/.test(inner) });
}

function lastTokenBefore(tokens: Token[], from: number, end: number): number {
  let i = from;
  while (i + 1 < tokens.length && tokens[i + 1]!.s < end) i++;
  return i;
}
