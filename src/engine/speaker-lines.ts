import type { Found } from './clauses';
import { contentOf } from './content';
import type { Quote } from './quotes';
import type { Token } from './tokens';

const DASHES = new Set(['―', '—', '–', '-']);
const MAX_NAME = 6;
// Labels that head a line without anyone speaking: "Poll: …", "UPDATE: …", "Watch: …".
const LABELS = new Set('poll polls update updates video watch photos photo read note editor related breaking exclusive analysis opinion source sources q a huffpollster correction clarification transcript'.split(' '));

function wordsIn(tokens: Token[], s: number, e: number): number {
  let n = 0;
  for (let i = s; i < e; i++) if (tokens[i]!.kind === 'word') n++;
  return n;
}

function allCapitalised(tokens: Token[], s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const t = tokens[i]!;
    if (t.kind === 'word' ? !t.cap : !(t.text === '.' || t.text === '-')) return false;
  }
  return e > s;
}

/**
 * Paragraph-level speaker patterns that have no verb: a transcript or headline line "PENCE: …" /
 * "Pat Caddell: …" (the colon is the cue), and a quotation signed at the paragraph end with a dash
 * ("“…” ― Veronica Cruz"). `lineStarts` holds the first token index of each line (a paragraph or
 * a line inside one).
 */
export function speakerLines(tokens: Token[], quotes: Quote[], lineStarts: number[]): Found[] {
  const out: Found[] = [];
  for (let l = 0; l < lineStarts.length; l++) {
    const a = lineStarts[l]!;
    const b = lineStarts[l + 1] ?? tokens.length;
    const p = tokens[a]!.p;
    if (b - a < 3) continue;
    // "NAME: words" with a short capitalised name at the paragraph start.
    for (let c = a + 1; c <= a + MAX_NAME && c < b - 1; c++) {
      const t = tokens[c]!;
      if (t.q >= 0) break;
      if (t.kind === 'punct' && t.text === ':') {
        // Not a heading ("The One Thing Both Sides Want: …") nor an interview's "Q:".
        const heading = tokens[a]!.lower === 'the' || c - a > 4 || (c - a === 1 && tokens[a]!.text.length === 1) || LABELS.has(tokens[a]!.lower) || wordsIn(tokens, c + 1, b) < 4;
        if (!heading && allCapitalised(tokens, a, c) && tokens[c - 1]!.kind === 'word') {
          const content = contentOf(tokens, quotes, c + 1, b);
          if (content) out.push({ cue: { s: t.s, e: t.e }, mention: { ms: a, me: c, rs: c, re: c, start: a, end: c }, content, paragraph: p, sentence: -1 });
        }
        break;
      }
      if (t.kind === 'punct' && t.text !== '.' && t.text !== '-') break;
    }
    // "“…” ― Name" closing the paragraph.
    for (let d = b - 2; d > a && d >= b - MAX_NAME - 1; d--) {
      const t = tokens[d]!;
      if (t.kind === 'punct' && DASHES.has(t.text)) {
        const prev = tokens[d - 1]!;
        const end = tokens[b - 1]!.text === '.' ? b - 1 : b;
        if (prev.mark === 'close' && allCapitalised(tokens, d + 1, end)) {
          const content = contentOf(tokens, quotes, a, d);
          if (content && content.type === 'direct') out.push({ cue: { s: t.s, e: t.e }, mention: { ms: d + 1, me: end, rs: end, re: end, start: d + 1, end }, content, paragraph: p, sentence: -1 });
        }
        break;
      }
      if (t.kind !== 'word' && t.text !== '.' && t.text !== '-') break;
    }
  }
  return out;
}
