import { abbreviations } from './lexicons';

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
}

// Words keep inner apostrophes, hyphens, dots and ampersands: haven’t, Daesh’s, U.S, AT&T, al-Assad.
const TOKEN = /([\p{L}\p{N}]+(?:[’'.\-&][\p{L}\p{N}]+)*)|(\s+)|(''|``|[“”"‘’'«»„‹›])|([\s\S])/gu;
const INITIALS = /^(?:\p{L}\.)+\p{L}$/u;
const SINGLE_CAP = /^\p{Lu}$/u;
const UPPER = /^\p{Lu}/u;

/**
 * Appends the tokens of text[start, end) (paragraph p) to out, with absolute offsets. Whitespace is dropped; any character
 * that is not part of a word becomes its own token, so the output is linear in the input length.
 */
export function tokenize(text: string, start: number, end: number, p: number, out: Token[]): void {
  TOKEN.lastIndex = start;
  let m: RegExpExecArray | null;
  let nl = false;
  while (TOKEN.lastIndex < end && (m = TOKEN.exec(text)) !== null) {
    const s = m.index;
    if (s >= end) break;
    if (m[2] !== undefined) {
      if (m[2].includes('\n')) nl = true;
      continue;
    }
    let e = Math.min(s + m[0].length, end);
    if (m[1] !== undefined) {
      let word = text.slice(s, e);
      let abbr = false;
      if (text.charCodeAt(e) === 46 /* . */ && e < end) {
        const lower = word.toLowerCase();
        if (abbreviations.has(lower) || INITIALS.test(word) || SINGLE_CAP.test(word)) {
          e += 1;
          word += '.';
          abbr = true;
          TOKEN.lastIndex = e;
        }
      }
      out.push({ s, e, text: word, lower: word.toLowerCase(), kind: 'word', cap: UPPER.test(word), abbr, p, q: -1, mark: null, nl });
      nl = false;
    } else {
      const ch = m[0];
      out.push({ s, e, text: ch, lower: ch, kind: m[3] !== undefined ? 'quote' : 'punct', cap: false, abbr: false, p, q: -1, mark: null, nl });
      nl = false;
    }
  }
}
