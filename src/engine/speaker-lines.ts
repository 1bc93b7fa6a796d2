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

/** The rest of quotation `q` from token `from` on, as direct content (a speaker's label left out). */
function directAfter(tokens: Token[], quotes: Quote[], q: number, from: number): Found['content'] | null {
  const quote = quotes[q]!;
  const start = tokens[from]?.s;
  // The words after the label must lie in the quotation as it was read (a nested quotation of the other
  // style can have cut it short).
  if (start === undefined || !quote.segs.some((g) => g.s <= start && start < g.e)) return null;
  const spans = quote.segs.filter((g) => g.e > start).map((g) => ({ s: Math.max(g.s, start), e: g.e }));
  return spans.length > 0 ? { spans, type: 'direct', quotes: [q] } : null;
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
    // "NAME: words" with a short capitalised name at the paragraph start; a transcript quoted whole
    // ("\"PENCE: Well, …") has its opening mark first; a party and state may follow the name
    // ("Rep. Trey Gowdy (R-S.C.):").
    const n0 = tokens[a]!.mark === 'open' ? a + 1 : a;
    const inQuote = n0 > a ? tokens[a]!.q : -1;
    let nameEnd = -1;
    for (let c = n0 + 1; c <= n0 + MAX_NAME + 1 && c < b - 1; c++) {
      const t = tokens[c]!;
      if (t.q >= 0 && t.q !== inQuote) break;
      if (t.kind === 'punct' && t.text === '(' && nameEnd < 0) {
        nameEnd = c;
        let close = c + 1;
        while (close < b && close < c + 9 && tokens[close]!.text !== ')') close++;
        if (tokens[close]?.text !== ')') break;
        c = close;
        continue;
      }
      if (t.kind === 'punct' && t.text === ':') {
        const end = nameEnd >= 0 ? nameEnd : c;
        // Not a heading ("The One Thing Both Sides Want: …") nor an interview's "Q:".
        const heading = tokens[n0]!.lower === 'the' || end - n0 > 4 || (end - n0 === 1 && tokens[n0]!.text.length === 1) || LABELS.has(tokens[n0]!.lower) || wordsIn(tokens, c + 1, b) < 4;
        if (!heading && allCapitalised(tokens, n0, end) && tokens[end - 1]!.kind === 'word' && (nameEnd < 0 || tokens[c - 1]!.text === ')')) {
          // In a quoted transcript line, the words are the quotation's, after the colon.
          const content = inQuote >= 0 ? directAfter(tokens, quotes, inQuote, c + 1) : contentOf(tokens, quotes, c + 1, b);
          if (content) out.push({ cue: { s: t.s, e: t.e }, mention: { ms: n0, me: end, rs: end, re: end, start: n0, end }, content, paragraph: p, sentence: -1 });
        }
        break;
      }
      if (nameEnd >= 0) break;
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
