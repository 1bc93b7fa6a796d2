import type { Quote } from './quotes';
import { current, determiners, npStops, quoteVerbs, speechVerbs } from './lexicons';
import type { Token } from './tokens';
import { W } from './word-classes';

/** A sentence: tokens [start, end) of one paragraph. */
export interface Sentence {
  start: number;
  end: number;
  /**
   * Read for no attribution. Written in capitals: a headline of a linked story inside the article ("TAYLOR
   * SWIFT'S FORMER LABEL BOSS BLASTS HER …"), which no one says (three words or more, three in four of them in
   * capitals). Or in a paragraph with a copyright sign: a photo's caption and its credit ("Lee Elder sprach Tiger
   * Woods … Mut zu. | © Augusta National/Getty Images"), which is no article text.
   */
  loud: boolean;
}

const LOWER_LETTER = /\p{Ll}/u;
const LETTER = /[\p{L}\p{M}]/u;

function isLoud(tokens: Token[], start: number, end: number): boolean {
  let words = 0;
  let loud = 0;
  for (let i = start; i < end; i++) {
    // Loud needs loud >= 3 * (words - loud): once even every token left being loud would not make it, it is not.
    if (loud + (end - i) < 3 * (words - loud)) return false;
    const t = tokens[i]!;
    if (t.kind !== 'word' || t.q >= 0 || t.text.length < 2) continue;
    words++;
    if (!t.cap) continue;
    // Most capitalised words have a lower-case second letter: no need for the Unicode test.
    const c = t.text.charCodeAt(1);
    if (c >= 97 && c <= 122) continue;
    if (!LOWER_LETTER.test(t.text)) loud++;
  }
  return words >= 3 && loud * 4 >= words * 3;
}

// No sentence is longer than this many tokens: a run-on text is cut into pieces, which keeps every
// per-cue scan bounded and the whole engine linear (news sentences stay far below it).
const MAX_TOKENS = 250;
/** The text of a token that ends a sentence: . ? ! or … (compared by code, no set to hash the text for). */
function endPunct(text: string): boolean {
  if (text.length !== 1) return false;
  const c = text.charCodeAt(0);
  return c === 46 || c === 63 || c === 33 || c === 0x2026;
}
const LOWER = /^\p{Ll}/u;

/**
 * Splits the tokens into sentences. A sentence never crosses a paragraph and never ends inside a
 * quotation, except after a closing mark whose quotation ends a sentence (“… now.” Then …).
 * Abbreviations ("Sen.", "U.S.") keep their period as part of the word, so they never end one.
 */
function isDay(t: Token): boolean {
  const n = t.text.length;
  return t.kind === 'word' && n >= 1 && n <= 2 && t.e === t.s + n && /^\d+$/.test(t.text);
}

function articleOrPreposition(t: Token): boolean {
  return t.kind === 'word' && !t.cap && t.q < 0 && (determiners.has(t.lower) || npStops.has(t.lower));
}

export function splitSentences(text: string, tokens: Token[], quotes: Quote[]): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (!next || next.p !== t.p) {
      out.push({ start, end: i + 1, loud: false });
      start = i + 1;
      continue;
    }
    let boundary = next.nl || i + 1 - start >= MAX_TOKENS;
    if (boundary) {
      // A line break inside a paragraph ends the sentence.
    } else if (t.q < 0 && t.kind === 'punct' && endPunct(t.text)) {
      boundary = startsNew(next) || (next.kind === 'punct' && next.text !== ',' && next.text !== ')');
      if (next.kind === 'punct' && (next.text === ')' || endPunct(next.text))) boundary = false;
      // "am 15. März 2020", "le 1. Mai": a day's number and its period before a month's name are an ordinal date.
      if (boundary && t.text === '.' && i > 0 && isDay(tokens[i - 1]!) && (next.cls & W.TIME) !== 0 && next.kind === 'word') boundary = false;
      // "zum 18. Grün", "der 3. Platz": where numbers take a period as ordinals, one after an article or a preposition.
      if (boundary && t.text === '.' && i > 1 && current.ordinalPeriod && isDay(tokens[i - 1]!) && next.kind === 'word' && articleOrPreposition(tokens[i - 2]!)) boundary = false;
    } else if (t.mark === 'close' && t.q >= 0 && quotes[t.q]!.terminal && quotes[t.q]!.close === i) {
      // “… ongoing.” He said …: a period ends the sentence, but “Who are they?” Trump said …
      // keeps a question or an exclamation with the cue that follows it.
      boundary = startsNew(next) && (/[.…]['’"”]?$/.test(text.slice(quotes[t.q]!.segs[quotes[t.q]!.segs.length - 1]!.s, t.s).trimEnd()) || !cueAhead(tokens, i + 1));
    } else if (t.kind === 'punct' && t.text === ')' && i > 0 && endPunct(tokens[i - 1]!.text) && tokens[i - 1]!.q < 0) {
      boundary = startsNew(next);
    } else if (t.abbr && t.q < 0 && t.text.endsWith('.')) {
      boundary = abbreviationEnds(tokens, i);
    }
    if (boundary) {
      out.push({ start, end: i + 1, loud: false });
      start = i + 1;
    }
  }
  for (const sent of out) sent.loud = isLoud(tokens, sent.start, sent.end) || photoCredit(tokens, sent.start, sent.end);
  // (Most texts hold no copyright sign: the tokens are looked at only when the text does.)
  if (text.includes('©')) {
    const credited = new Set<number>();
    // (A sign written after a letter or an accent is a broken accent, "SÃ©golÃ¨ne", no credit.)
    for (const t of tokens) if (t.text === '©' && (t.s === 0 || !LETTER.test(text[t.s - 1]!))) credited.add(t.p);
    for (const sent of out) if (credited.has(tokens[sent.start]!.p)) sent.loud = true;
  }
  return out;
}

/**
 * An abbreviation's period that also ends the sentence: before a capitalised word that opens sentences ("since 2
 * a.m. He said …", "sent to the U.S. The bank …", "Lumora Inc. The company …"), and for a lower-case abbreviation or
 * a platform's letter after "on", before an opening quotation mark ("at 8 a.m. “It was close.”", "wrote on X. “It
 * voted no.”"). Never after a title or an honorific ("M. Le Pen", "Sen. The …" is no sentence's end).
 */
function abbreviationEnds(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1]!;
  if ((t.cls & (W.TITLE | W.HONORIFIC)) !== 0) return false;
  if (next.kind === 'word') return next.cap && next.q < 0 && (next.cls & (W.OPENER | W.PRONOUN)) !== 0 && (next.cls & (W.GIVEN | W.TITLE | W.HONORIFIC | W.TIME)) === 0;
  if (next.mark !== 'open') return false;
  const lowerAbbr = t.text.charCodeAt(0) >= 97 && t.text.charCodeAt(0) <= 122;
  return lowerAbbr || (t.text.length === 2 && tokens[i - 1]?.lower === 'on');
}

// "Photo" in the languages Sourcelight reads (and Portuguese, Italian): the word of a photo's credit.
const PHOTO = new Set(['photo', 'photos', 'foto', 'fotos']);

/**
 * A sentence in parentheses that credits a photo: "(Roscosmos Space Agency Press Service photo via AP)", "(AP
 * Photo/Dmitri Lovetsky)". No article text: its names are no one's (a credit's long form of a name is not the name).
 */
function photoCredit(tokens: Token[], start: number, end: number): boolean {
  const last = end - 1 > start && tokens[end - 1]!.text === '.' ? end - 2 : end - 1;
  if (tokens[start]!.text !== '(' || tokens[last]!.text !== ')' || last - start > 16) return false;
  for (let i = start + 1; i < last; i++) if (tokens[i]!.kind === 'word' && PHOTO.has(tokens[i]!.lower)) return true;
  return false;
}

/** The token opens a new sentence after an end: a word not starting in lower case, or an opening quotation mark. */
function startsNew(next: Token): boolean {
  const c0 = next.text.charCodeAt(0);
  const lowerStart = (c0 >= 97 && c0 <= 122) || (c0 >= 128 && !next.cap && LOWER.test(next.text));
  return (next.kind === 'word' && !lowerStart) || next.mark === 'open';
}

/** A speech verb among the next few words, before any punctuation ("Trump said", "asked Mr. Cruz"). */
function cueAhead(tokens: Token[], from: number): boolean {
  const p = tokens[from - 1]!.p;
  for (let j = from; j < tokens.length && j < from + 7; j++) {
    const t = tokens[j]!;
    if (t.p !== p || t.kind !== 'word') return false;
    if (!t.cap && (speechVerbs.has(t.lower) || quoteVerbs.has(t.lower))) return true;
  }
  return false;
}
