import { lexiconsOf } from '../lexicons';
import type { LanguageData } from './types';

// Enough words to tell a language by its commonest ones, few enough to stay cheap on a long page.
const SAMPLE_WORDS = 250;
const SAMPLE_CHARS = 4000;
const CLEAR_WORDS = 100;
// The share of the first hundred words that settles it, when no other language comes near.
const EARLY_SHARE = 0.25;
const LETTER = /\p{L}/u;
// The longest word any language's list of commonest words holds, near enough.
const MAX_COMMON = 9;

function isLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return LETTER.test(text[i]!);
}
// A text is in a language when this share of its words are that language's commonest ones (English news text:
// about 0.35; the same text against French or German: under 0.1).
const CLEAR_SHARE = 0.2;
const OVERRIDE_SHARE = 0.35;

/** One language's words make a clear share of the sample, three times any other's (and it is the declared one, if any). */
function plainly(hits: number[], words: number, declaredAt: number): boolean {
  let best = 0;
  for (let k = 1; k < hits.length; k++) if (hits[k]! > hits[best]!) best = k;
  if (hits[best]! < EARLY_SHARE * words || (declaredAt >= 0 && declaredAt !== best)) return false;
  return hits.every((h, k) => k === best || h * 3 <= hits[best]!);
}

const tables = new WeakMap<readonly LanguageData[], Map<string, number>>();
const asciiTables = new WeakMap<Map<string, number>, AsciiTable>();

/**
 * The common words of `commonTable` as `asciiCount` looks them up: by a hash of the text's characters, lower-cased
 * as read, so no word is sliced or lower-cased. Open addressing; answers as the Map does.
 */
class AsciiTable {
  private readonly mask: number;
  private readonly keys: Array<string | null>;
  private readonly hashes: Int32Array;
  private readonly bits: Int32Array;

  constructor(map: Map<string, number>) {
    let size = 16;
    while (size < map.size * 2) size <<= 1;
    this.mask = size - 1;
    this.keys = new Array<string | null>(size).fill(null);
    this.hashes = new Int32Array(size);
    this.bits = new Int32Array(size);
    for (const [w, b] of map) {
      let h = 0x811c9dc5 | 0;
      for (let k = 0; k < w.length; k++) h = Math.imul(h ^ w.charCodeAt(k), 16777619);
      let i = h & this.mask;
      while (this.keys[i] !== null) i = (i + 1) & this.mask;
      this.keys[i] = w;
      this.hashes[i] = h;
      this.bits[i] = b;
    }
  }

  /**
   * The bits of text[s, e) lower-cased (ASCII upper-case letters only: the caller's text holds no other letters),
   * whose hash, lower-cased, is h (the caller makes it as it reads the word).
   */
  get(text: string, s: number, e: number, h: number): number {
    for (let i = h & this.mask; ; i = (i + 1) & this.mask) {
      const key = this.keys[i] as string | null;
      if (key === null) return 0;
      if (this.hashes[i] !== h || key.length !== e - s) continue;
      let k = 0;
      while (k < key.length && key.charCodeAt(k) === lowerAscii(text.charCodeAt(s + k))) k++;
      if (k === key.length) return this.bits[i]!;
    }
  }
}

function lowerAscii(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

function asciiTableOf(table: Map<string, number>): AsciiTable {
  let t = asciiTables.get(table);
  if (!t) {
    t = new AsciiTable(table);
    asciiTables.set(table, t);
  }
  return t;
}

/** Every common word of the languages, with a bit for each language (in the list's order) it belongs to. */
function commonTable(languages: readonly LanguageData[]): Map<string, number> {
  let table = tables.get(languages);
  if (!table) {
    table = new Map();
    languages.forEach((lang, i) => {
      for (const w of lexiconsOf(lang).commonWords) table!.set(w, (table!.get(w) ?? 0) | (1 << i));
    });
    tables.set(languages, table);
  }
  return table;
}

/**
 * The language of an article: the one among `languages` whose commonest words make up the largest share of the
 * text's first words, checked against the language the page declares (`declared`, a primary subtag or null).
 * A declared language the text bears out is kept; a declared language Sourcelight does not read is kept unless the
 * text is clearly in one it reads (a page in Italian declared "it" stays Italian); a page declaring nothing or a
 * template's "en" goes by the text. Returns a primary subtag, or `declared ?? 'und'` when the text tells nothing.
 */
export function detectLanguage(text: string, declared: string | null | undefined, languages: readonly LanguageData[]): string {
  const table = commonTable(languages);
  const declaredAt = declared ? languages.findIndex((l) => l.code === declared) : -1;
  const hits = new Array<number>(languages.length).fill(0);
  let words = asciiCount(text, table, hits, declared, declaredAt);
  if (words < 0) {
    hits.fill(0);
    words = sampleCount(text, table, hits, declared, declaredAt);
  }
  return decide(words, hits, declared, languages);
}

/**
 * `sampleCount` for a text whose opening has no letter outside ASCII (most English text): ASCII letters lower-case
 * one by one as the whole sample does, so only the words with a capital are lower-cased, and the sample is not
 * copied. Returns -1 at the first letter outside ASCII (the caller then counts with `sampleCount`).
 */
function asciiCount(text: string, table: Map<string, number>, hits: number[], declared: string | null | undefined, declaredAt: number): number {
  const n = Math.min(text.length, SAMPLE_CHARS);
  const ascii = asciiTableOf(table);
  let words = 0;
  for (let i = 0; i < n && words < SAMPLE_WORDS; ) {
    const c = text.charCodeAt(i);
    if (c >= 128 && LETTER.test(text[i]!)) return -1;
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) {
      i++;
      continue;
    }
    const start = i;
    let h = 0x811c9dc5 | 0;
    for (; i < n; i++) {
      const d = text.charCodeAt(i);
      if (!((d >= 97 && d <= 122) || (d >= 65 && d <= 90) || d === 39 || d === 0x2019)) {
        if (d >= 128 && LETTER.test(text[i]!)) return -1;
        break;
      }
      h = Math.imul(h ^ lowerAscii(d), 16777619);
    }
    words++;
    if (i - start <= MAX_COMMON) {
      const bits = ascii.get(text, start, i, h);
      for (let k = 0; bits >> k; k++) if ((bits >> k) & 1) hits[k]!++;
    }
    if (words === CLEAR_WORDS && (!declared || declaredAt >= 0) && plainly(hits, words, declaredAt)) break;
  }
  return words;
}

/** Counts the sample's words, and in `hits` the common words of each language among them; returns the word count. */
function sampleCount(text: string, table: Map<string, number>, hits: number[], declared: string | null | undefined, declaredAt: number): number {
  // The text's opening, lower-cased once: 4,000 characters hold 250 words of news text in every language read.
  const sample = (text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text).toLowerCase();
  let words = 0;
  // A hand-written scan: letters (and apostrophes) make a word; only short words can be common ones, so longer
  // ones are counted and not looked up.
  for (let i = 0, n = sample.length; i < n && words < SAMPLE_WORDS; ) {
    if (!isLetter(sample, i)) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && (isLetter(sample, i) || sample.charCodeAt(i) === 39 || sample.charCodeAt(i) === 0x2019)) i++;
    words++;
    if (i - start <= MAX_COMMON) {
      const bits = table.get(sample.slice(start, i)) ?? 0;
      for (let k = 0; bits >> k; k++) if ((bits >> k) & 1) hits[k]!++;
    }
    // A text whose first hundred words are plainly in one language (and the page says so, or says nothing) needs no more.
    if (words === CLEAR_WORDS && (!declared || declaredAt >= 0) && plainly(hits, words, declaredAt)) break;
  }
  return words;
}

/** The language the counts tell, as `detectLanguage` returns it. */
function decide(words: number, hits: number[], declared: string | null | undefined, languages: readonly LanguageData[]): string {
  const counts = new Map<LanguageData, number>(languages.map((l, i) => [l, hits[i]!]));
  if (words === 0) return declared ?? 'und';
  let best: LanguageData | null = null;
  let bestShare = 0;
  for (const lang of languages) {
    const share = (counts.get(lang) ?? 0) / words;
    if (share > bestShare) {
      best = lang;
      bestShare = share;
    }
  }
  const declaredLang = declared ? languages.find((l) => l.code === declared) : undefined;
  if (declaredLang && (counts.get(declaredLang) ?? 0) / words >= bestShare * 0.6) return declaredLang.code;
  // A page declaring a language Sourcelight does not read is taken at its word unless its text is plainly in one it
  // reads (an Esperanto page shares "la", "de" and "en" with Spanish, but far fewer of them).
  if (best && bestShare >= (declared && !declaredLang ? OVERRIDE_SHARE : CLEAR_SHARE)) return best.code;
  return declared ?? 'und';
}
