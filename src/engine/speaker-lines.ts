import { newFound, type Found } from './clauses';
import { contentOf } from './content';
import { current } from './lexicons';
import type { Quote } from './quotes';
import type { Token } from './tokens';
import { classesOf, W } from './word-classes';

const DASHES = new Set(['―', '—', '–', '-']);
const MAX_NAME = 6;
const CLOSING: Record<string, string> = { '“': '”', '‘': '’', '«': '»', '„': '“' };
// Labels that head a line without anyone speaking: "Poll: …", "UPDATE: …", "Watch: …".
const LABELS = new Set('poll polls update updates video watch photos photo read note editor related breaking exclusive analysis opinion source sources q a huffpollster correction clarification transcript'.split(' '));

/** The word at token k is written again after token `from`, and not as another line's label. */
function namedLater(tokens: Token[], k: number, from: number): boolean {
  const word = tokens[k]!.text;
  for (let i = from + 1; i < tokens.length; i++) {
    if (tokens[i]!.text !== word) continue;
    // ("Lyon : trois blessés …" then "à Lyon": a place named later is where, no one who speaks.)
    // ("France : deux morts …" then "La France est touchée", "Au Sénégal, …": a name after an article is a place's or
    // a body's, which a headline names as its subject, not as who speaks; so is a place named later, "à Lyon".)
    // ("Streik: Pendler wissen …" then "Der Streik trifft …": where every noun has a capital, a word after an article
    // is a noun, not a name; a short name in capitals keeps one, "die SPD".)
    const prev = tokens[i - 1]!.lower;
    if (current.placePrepositions.has(prev) || (current.determiners.has(prev) && !(current.nounsCapitalised && word === word.toUpperCase()))) continue;
    if (tokens[i + 1]?.text !== ':') return true;
  }
  return false;
}

function wordsIn(tokens: Token[], s: number, e: number): number {
  let n = 0;
  for (let i = s; i < e; i++) if (tokens[i]!.kind === 'word') n++;
  return n;
}

/**
 * The words of a quoted transcript line after its label, to the line's end: the next line has a speaker
 * of its own ("\"WALLACE: …" then "\"PENCE: …"), however the quotation marks of a transcript quoted whole
 * run across the lines (an opening mark at each, the closing one only at the end, quotations of the other
 * style inside).
 */
function lineAfter(tokens: Token[], q: number, from: number, b: number, openMark: string): Found['content'] | null {
  let end = b;
  // The transcript's own closing mark only: a quotation of the other style inside the line keeps its own.
  const closing = CLOSING[openMark] ?? openMark;
  while (end > from && tokens[end - 1]!.mark !== null && tokens[end - 1]!.text === closing) end--;
  if (end <= from) return null;
  return { spans: [{ s: tokens[from]!.s, e: tokens[end - 1]!.e }], type: 'direct', quotes: [q] };
}

/** A word of the line [s, b) lies outside quotation q: the quotation closed before the line's end. */
function quotedBefore(tokens: Token[], q: number, s: number, b: number): boolean {
  for (let i = s; i < b; i++) if (tokens[i]!.kind === 'word' && tokens[i]!.q !== q) return true;
  return false;
}

/** Every word of quotation q in [s, b) longer than three letters is capitalised. */
function titleCase(tokens: Token[], q: number, s: number, b: number): boolean {
  for (let i = s; i < b && tokens[i]!.q === q; i++) if (tokens[i]!.kind === 'word' && tokens[i]!.text.length > 3 && !tokens[i]!.cap) return false;
  return true;
}

function shouted(tokens: Token[], s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (tokens[i]!.kind === 'word' && tokens[i]!.text !== tokens[i]!.text.toUpperCase()) return false;
  return true;
}

/** A given name or a title among the label's words ("Pat Caddell", "Rep. Trey Gowdy"). */
function personal(tokens: Token[], s: number, e: number): boolean {
  // (A given name alone is as often a place's or a firm's: "Lyon : trois blessés …", "Washington : …", "Renault : …";
  // a single word must be named later, or be a title.)
  const bits = e - s === 1 ? W.TITLE | W.HONORIFIC : W.GIVEN | W.TITLE | W.HONORIFIC;
  for (let i = s; i < e; i++) if (tokens[i]!.kind === 'word' && (classesOf(tokens[i]!.lower) & bits) !== 0) return true;
  return false;
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
  // The last quoted transcript line: the lines after it that open with the same mark and have no label of
  // their own go on with it (a quotation inside a line can make the marks read as several quotations).
  let transcript: { found: Found; mark: string } | null = null;
  for (let l = 0; l < lineStarts.length; l++) {
    const a = lineStarts[l]!;
    const b = lineStarts[l + 1] ?? tokens.length;
    const p = tokens[a]!.p;
    const before = out.length;
    const open = tokens[a]!.mark === 'open' ? tokens[a]!.q : -1;
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
        // A label in capitals ("PENCE:") or a person's name with a title or given name ("Pat Caddell:"); "Sign Up:" and
        // "Hollywood Nation:" head a section.
        // "“Until Dawn: Rush of Blood” ($20)": a title in title case, quoted short of the line's end, is no transcript line.
        const title = inQuote >= 0 && quotedBefore(tokens, inQuote, c + 1, b) && titleCase(tokens, inQuote, c + 1, b);
        // The article's headline names its speaker by the surname alone: "Lynch: No outside influence on FBI probe".
        // ("Delegate Update:", "AP-GfK Poll:" head a section as "Update:" does.)
        // (A single word must name someone the article goes on to name: "Review:" heads a section.)
        const headline = a === 0 && inQuote < 0 && !tokens[n0]!.abbr && !LABELS.has(tokens[end - 1]!.lower) && (end - n0 > 1 || namedLater(tokens, n0, b));
        if (!heading && !title && allCapitalised(tokens, n0, end) && tokens[end - 1]!.kind === 'word' && (nameEnd < 0 || tokens[c - 1]!.text === ')') && (shouted(tokens, n0, end) || personal(tokens, n0, end) || headline)) {
          // In a quoted transcript line, the words are the quotation's, after the colon.
          const content = inQuote >= 0 ? lineAfter(tokens, inQuote, c + 1, b, tokens[a]!.text) : contentOf(tokens, quotes, c + 1, b);
          if (content) out.push(newFound({ s: t.s, e: t.e }, { ms: n0, me: end, rs: end, re: end, start: n0, end }, content, p, -1));
          if (content && inQuote >= 0) transcript = { found: out[out.length - 1]!, mark: tokens[a]!.text };
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
          if (content && content.type === 'direct') out.push(newFound({ s: t.s, e: t.e }, { ms: d + 1, me: end, rs: end, re: end, start: d + 1, end }, content, p, -1));
        }
        break;
      }
      if (t.kind !== 'word' && t.text !== '.' && t.text !== '-') break;
    }
    if (out.length > before) continue;
    if (transcript && open >= 0 && tokens[a]!.text === transcript.mark) {
      if (tokens[a + 1]!.text === '(') continue; // a stage direction: "(CROSSTALK.)"
      const more = lineAfter(tokens, open, a + 1, b, tokens[a]!.text);
      if (more) {
        transcript.found.content.spans.push(...more.spans);
        if (!transcript.found.content.quotes.includes(open)) transcript.found.content.quotes.push(open);
      }
    } else transcript = null;
  }
  return out;
}

/**
 * "—Jugamos cada tres días —explicó Tellado—. Alguien tendrá que poner límites.", "— C’est une honte, a lancé un
 * manifestant.": where the language writes dialogue with a dash (`dialogueDash`), the words a paragraph's opening dash
 * leads to its cue are a quotation, and so are the words after the dash that closes the cue's clause, to the paragraph's end.
 */
export function dialogueLines(tokens: Token[], found: Found[]): void {
  // The quotation's words after the closing dash, where a cue is the speaker's own words ("—… —lamentó Vicente
  // Ribera—. Nadie nos avisó a tiempo.": no one named "Nadie" speaks), as within quotation marks.
  const resumed: { s: number; e: number; f: Found }[] = [];
  for (const f of found) {
    const first = f.content.spans[0];
    if (!first || f.content.type === 'direct') continue;
    // The content starts right after a dash opening its paragraph, and the cue follows it in the same paragraph.
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (tokens[mid]!.s < first.s) lo = mid + 1;
      else hi = mid;
    }
    const k = lo;
    const dash = tokens[k - 1];
    if (!dash || dash.kind !== 'punct' || !DASHES.has(dash.text) || (k - 1 > 0 && tokens[k - 2]!.p === dash.p) || f.cue.s < first.e) continue;
    f.content.type = 'direct';
    // The dash closing the cue's clause, then more words of the paragraph: the quotation goes on.
    let j = k;
    while (j < tokens.length && tokens[j]!.p === dash.p && tokens[j]!.s < f.cue.e) j++;
    while (j < tokens.length && tokens[j]!.p === dash.p && !(tokens[j]!.kind === 'punct' && DASHES.has(tokens[j]!.text))) j++;
    if (j >= tokens.length || tokens[j]!.p !== dash.p) continue;
    j++;
    while (j < tokens.length && tokens[j]!.p === dash.p && tokens[j]!.kind === 'punct') j++;
    let e = j;
    while (e < tokens.length && tokens[e]!.p === dash.p) e++;
    if (e > j && tokens[j]!.kind === 'word') {
      f.content.spans.push({ s: tokens[j]!.s, e: tokens[e - 1]!.e });
      resumed.push({ s: tokens[j]!.s, e: tokens[e - 1]!.e, f });
    }
  }
  if (resumed.length === 0) return;
  for (let i = found.length - 1; i >= 0; i--) {
    const g = found[i]!;
    if (resumed.some((r) => r.f !== g && g.cue.s >= r.s && g.cue.e <= r.e)) found.splice(i, 1);
  }
}
