/** A paragraph of the article text: [start, end) with surrounding whitespace trimmed. */
export interface Paragraph {
  start: number;
  end: number;
}

const BLANK_LINE = /\n[ \t\r\f\v\u00a0]*\n\s*/g;
const SPACE = /\s/;

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
    let last = 0;
    BLANK_LINE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = BLANK_LINE.exec(text)) !== null) {
      bounds.push([last, m.index]);
      last = m.index + m[0].length;
    }
    bounds.push([last, text.length]);
  }
  const out: Paragraph[] = [];
  for (let [s, e] of bounds) {
    while (s < e && SPACE.test(text[s]!)) s++;
    while (e > s && SPACE.test(text[e - 1]!)) e--;
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
