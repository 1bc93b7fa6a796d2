/** A paragraph of the article text: [start, end) with surrounding whitespace trimmed. */
export interface Paragraph {
  start: number;
  end: number;
}

const SPACE = /\s/;

/** `/\s/` of a code unit, with no regular expression for ASCII. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(String.fromCharCode(c));
}

/** A space that may stand on a blank line: `[ \t\r\f\v\u00a0]`. */
function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 12 || c === 11 || c === 160;
}

/**
 * Finds the paragraphs of text: from the given start offsets when there are any (out-of-range or
 * unordered ones are dropped), else split on blank lines. Empty paragraphs are left out.
 */
export function paragraphs(text: string, starts?: number[]): Paragraph[] {
  const bounds: Array<[number, number]> = [];
  if (starts && starts.length > 0) {
    const valid = starts.filter((s, i) => Number.isInteger(s) && s >= 0 && s <= text.length && (i === 0 || s > starts[i - 1]!));
    for (let i = 0; i < valid.length; i++) bounds.push([valid[i]!, i + 1 < valid.length ? valid[i + 1]! : text.length]);
  } else {
    // A blank line, as `/\n[ \t\r\f\v\u00a0]*\n\s*/` finds it, by hand: the platform's search for a line break
    // skips the text between them far faster than the regular expression walks it.
    const n = text.length;
    let last = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; ) {
      let k = nl + 1;
      while (k < n && isBlank(text.charCodeAt(k))) k++;
      if (k < n && text.charCodeAt(k) === 10) {
        k++;
        while (k < n && isSpace(text.charCodeAt(k))) k++;
        bounds.push([last, nl]);
        last = k;
      }
      nl = text.indexOf('\n', k);
    }
    bounds.push([last, text.length]);
  }
  const out: Paragraph[] = [];
  for (let [s, e] of bounds) {
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e });
  }
  return out;
}

/** Index of the paragraph holding offset, or of the last one starting before it (0 when none). */
export function paragraphAt(paras: Paragraph[], offset: number): number {
  let lo = 0;
  let hi = paras.length - 1;
  let best = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (paras[mid]!.start <= offset) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}
