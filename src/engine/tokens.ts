import { abbreviations, bangWords, current, outletKey } from './lexicons';
import { bareLower, classesOfHashed, classesOfWritten, HASH_START, hashStep, possessive, W } from './word-classes';

/** One token of article text: a word, a quotation mark or another punctuation character. */
export interface Token {
  s: number;
  e: number;
  text: string;
  lower: string;
  kind: 'word' | 'punct' | 'quote';
  /** First letter is upper case (words only). */
  cap: boolean;
  /** A word that ends with an abbreviation's period ("Sen.", "U.S."). */
  abbr: boolean;
  /** Index of the paragraph the token is in. */
  p: number;
  /** Id of the top-level quotation the token is part of (marks included), or -1. */
  q: number;
  /** For quotation marks: whether the mark opens or closes a quotation, or is neither. */
  mark: 'open' | 'close' | null;
  /** The token starts a new line inside its paragraph (a single line break before it). */
  nl: boolean;
  /**
   * What the lexicons say of the word, its possessive dropped: the bits of `W` (0 for punctuation; no given name
   * unless capitalised); and what the tokenizer saw of its form (W.HYPHENATED, W.POSSESSIVE).
   */
  cls: number;
}

const INITIALS = /^(?:\p{L}\.)+\p{L}$/u;
const SINGLE_CAP = /^\p{Lu}$/u;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const UPPER = /^\p{Lu}/u;
const SPACE = /\s/;
const QUOTE_CHARS = '“”"‘’\'«»„‚‹›';

// ASCII character classes, looked up by code: 1 word character, 2 whitespace, 3 joiner inside a word.
const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) ASCII[c] = 1;
  else if (c === 32 || (c >= 9 && c <= 13)) ASCII[c] = 2;
  else if (c === 39 || c === 46 || c === 45 || c === 38) ASCII[c] = 3;
}

const SXZ = /[sxzß]/;

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2018;
}

/**
 * A comma at i between two digits, no space on either side: part of the number, whether it groups thousands ("5,000",
 * "1,250,000") or is a decimal comma ("3,2 Prozent", "1,5 %", "12,75 euros").
 */
function inNumber(text: string, i: number, end: number): boolean {
  const before = text.charCodeAt(i - 1);
  const after = i + 1 < end ? text.charCodeAt(i + 1) : 32;
  return before >= 48 && before <= 57 && after >= 48 && after <= 57;
}

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII[c] === 1;
  if (c === 0x2019 || c === 0x201c || c === 0x201d || c === 0x2014) return false;
  return WORD_CHAR.test(text[i]!);
}

function isSpace(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII[c] === 2;
  return SPACE.test(text[i]!);
}

/**
 * Appends the tokens of text[start, end) (paragraph p) to out, with absolute offsets. Whitespace is
 * dropped; words keep inner apostrophes, hyphens, dots and ampersands (haven’t, Daesh’s, U.S, AT&T);
 * any other character is its own token. A hand-written scanner: one pass, no backtracking.
 */
export function tokenize(text: string, start: number, end: number, p: number, out: Token[]): void {
  let i = start;
  let nl = false;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSpace(text, i)) {
      if (c === 10) nl = true;
      i++;
      continue;
    }
    const s = i;
    if (isWordChar(text, i)) {
      // Most words are written in lower-case ASCII already (no capital, nothing outside ASCII): lower-casing them
      // would only copy them. The scan notes whether this one is.
      let plain = c < 65 || (c > 90 && c < 128);
      // The hash of the word's lower-case form, made as it is scanned while every character is ASCII (whose lower case
      // is one character): the one lookup per word then reads no character twice.
      let ascii = c < 128;
      let h = ascii ? hashStep(HASH_START, c >= 65 && c <= 90 ? c | 32 : c) : 0;
      let hyphenated = false;
      i++;
      for (;;) {
        while (i < end) {
          const d = text.charCodeAt(i);
          if (d < 128) {
            if (ASCII[d] !== 1) break;
            if (d >= 65 && d <= 90) {
              plain = false;
              h = hashStep(h, d | 32);
            } else h = hashStep(h, d);
          } else {
            if (!isWordChar(text, i)) break;
            plain = false;
            ascii = false;
          }
          i++;
        }
        const j = text.charCodeAt(i);
        if (i + 1 < end && (j < 128 ? ASCII[j] === 3 : j === 0x2019) && isWordChar(text, i + 1)) {
          if (j >= 128) {
            plain = false;
            ascii = false;
          } else h = hashStep(h, j);
          if (j === 45) hyphenated = true;
          i++;
        } else if (j === 44 && inNumber(text, i, end)) {
          // "5,000", "3,2": a comma between digits is part of the number.
          h = hashStep(h, 44);
          i++;
        } else break;
      }
      let word = text.slice(s, i);
      let lower = plain ? word : word.toLowerCase();
      let abbr = false;
      if (i < end && text.charCodeAt(i) === 46) {
        if (abbreviations.has(lower) || (word.length <= 2 && SINGLE_CAP.test(word)) || (word.includes('.') && INITIALS.test(word))) {
          i++;
          word += '.';
          lower += '.';
          h = hashStep(h, 46);
          abbr = true;
        }
      }
      // "Halas‘ Kollege", "Lars’ Frau": where every noun is capitalised, an apostrophe after a name in s, x or z, before a
      // space and a capital, is the name's possessive, no quotation mark.
      if (current.nounsCapitalised && i + 2 < end && isApostrophe(text.charCodeAt(i)) && text.charCodeAt(i + 1) === 32 && SXZ.test(text[i - 1]!) && UPPER.test(text[i + 2]!) && UPPER.test(word)) {
        i++;
        word += text[i - 1]!;
        lower += text[i - 1]!;
        ascii = false;
      }
      // "E! News", "Yahoo! Finance": an outlet's name keeps its exclamation mark.
      if (i < end && text.charCodeAt(i) === 33 && bangWords.has(lower + '!')) {
        i++;
        word += '!';
        lower += '!';
        h = hashStep(h, 33);
      }
      const cap = c < 128 ? c >= 65 && c <= 90 : UPPER.test(word);
      // One lookup per word answers every later question of the lexicons about it.
      const poss = possessive(lower);
      const cls = (poss || !ascii ? classesOfWritten(poss ? bareLower(lower) : lower, cap) : classesOfHashed(lower, cap, h)) | (hyphenated ? W.HYPHENATED : 0) | (poss ? W.POSSESSIVE : 0);
      out.push({ s, e: i, text: word, lower, kind: 'word', cap, abbr, p, q: -1, mark: null, nl, cls });
    } else {
      const ch = text[i]!;
      // ("… a special case,''' Mr. Putin said": three marks closing after a word are the inner quotation's, then the
      // outer pair's.)
      const pair = (ch === "'" || ch === '`') && text[i + 1] === ch && i + 1 < end && !(i + 2 < end && text[i + 2] === ch && i > start && !isSpace(text, i - 1));
      // A surrogate pair (emoji, rare scripts) stays one token so no span cuts it in half.
      const len = pair || (c >= 0xd800 && c <= 0xdbff && i + 1 < end) ? 2 : 1;
      i += len;
      const tok = text.slice(s, i);
      const quote = pair || QUOTE_CHARS.includes(ch);
      // „Spiegel“, «Le Monde»: an outlet's name in quotation marks is a name, not a quotation; its marks are dropped.
      if (quote && quotedOutlet(text, tok, i, out, p)) {
        nl = false;
        continue;
      }
      out.push({ s, e: i, text: tok, lower: tok, kind: quote ? 'quote' : 'punct', cap: false, abbr: false, p, q: -1, mark: null, nl, cls: 0 });
    }
    nl = false;
  }
}

/**
 * The mark `close` closes a quotation of one to four words of paragraph p, just tokenized, that is a news outlet's
 * whole name („Spiegel“, “The Guardian”, „kicker“, „taz“): the opening mark is taken out of `out`, and true is returned so that
 * the closing one (ending at character `end`) is not added; the name's first and last words take in the marks. The
 * name is then read as any other name ("sagte er dem „Spiegel“").
 */
function quotedOutlet(text: string, close: string, end: number, out: Token[], p: number): boolean {
  const n = out.length;
  let k = n - 1;
  while (k >= 0 && k >= n - 5 && out[k]!.kind === 'word' && out[k]!.p === p) k--;
  const open = out[k];
  if (k === n - 1 || !open || open.kind !== 'quote' || open.p !== p || !current.quotePairs.get(open.text)?.has(close)) return false;
  if (!current.outletNames.has(outletKey(text.slice(out[k + 1]!.s, out[n - 1]!.e)))) return false;
  // The name's words take in the marks around them, so that a span of them reads „Spiegel“ whole.
  out[k + 1]!.s = open.s;
  out[n - 1]!.e = end;
  out.splice(k, 1);
  return true;
}

/**
 * "l’Insee", "L’OMS", "d’Emmanuel Macron": an article or a link ("de") written into a capitalised name is no part of
 * it. The length of what is written before the name, or 0.
 */
/** The length of an article elided onto a word, one of `articles` ("l’avocat" -> 2 for "l’"), or 0. */
export function elidedArticle(lower: string, articles: ReadonlySet<string>): number {
  const c = lower.charCodeAt(1);
  if (lower.length < 4 || (c !== 39 && c !== 0x2019)) return 0;
  return articles.has(lower.slice(0, 2)) ? 2 : 0;
}

export function elision(t: Token): number {
  const w = t.text;
  const c = w.charCodeAt(1);
  if ((c !== 0x2019 && c !== 39) || w.length < 4 || t.kind !== 'word') return 0;
  if (!UPPER.test(w[2]!)) return 0;
  // (Only where the language writes its article or "de" into the next word: "D’Souza", "L’Osservatore" are names.)
  const prefix = w.slice(0, 2).toLowerCase();
  return current.determiners.has(prefix) || current.nounLinks.has(prefix) ? 2 : 0;
}
