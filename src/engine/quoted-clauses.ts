import { clauseEnd, type Found } from './clauses';
import { contentOf } from './content';
import { cueModifiers, npStops } from './lexicons';
import { npForward } from './mentions';
import type { Quote } from './quotes';
import type { Sentence } from './sentences';
import type { Token } from './tokens';

// Words before a quotation that make it a name or a title, not someone's words.
const NAMING = new Set('called named dubbed titled entitled so-called film movie book show song album novel series program slogan hashtag word term phrase nicknamed known headline'.split(' '));
const OPENERS = new Set('but and yet so still meanwhile however instead also then now'.split(' '));
const LEAD_PREPS = new Set('in on at during after before when while since as with without following despite amid by'.split(' '));
const IRREGULAR = new Set('took gave made put went came got kept left found thought felt brought held led meant sent set spoke stood won wrote told said saw began took heard knew showed sought threw'.split(' '));

function looksLikeVerb(t: Token, afterAux: boolean): boolean {
  if (t.kind !== 'word' || t.q >= 0 || t.cap || t.text.includes('-')) return false;
  if (npStops.has(t.lower) && !IRREGULAR.has(t.lower)) return false;
  if (afterAux) return true;
  return /(?:ed|es|s)$/.test(t.lower) && !/(?:ss|us|is)$/.test(t.lower) || IRREGULAR.has(t.lower);
}

/**
 * Sentences whose only quotation no cue claimed: "Bill Clinton criticized the law as a “crazy
 * system”". The sentence's subject is taken as the source and its verb as the cue; the content is
 * the rest of the clause, which holds the quotation. Names and titles (“Jaws”, a film called “…”)
 * and quotations inside the subject are left alone.
 */
export function quotedClauses(tokens: Token[], quotes: Quote[], sentences: Sentence[], found: Found[]): Found[] {
  const out: Found[] = [];
  const claimed = new Set<number>();
  const busy = new Set<number>();
  for (const f of found) {
    for (const q of f.content.quotes) claimed.add(q);
    busy.add(f.sentence);
  }
  sentences.forEach((sent, si) => {
    if (busy.has(si)) return;
    const a = sent.start;
    const b = sent.end;
    let qi = -1;
    for (let i = a; i < b; i++) {
      const t = tokens[i]!;
      if (t.mark === 'open' && t.q >= 0 && !claimed.has(t.q) && i > a) {
        const before = tokens[i - 1]!;
        if (!NAMING.has(before.lower)) qi = i;
        break;
      }
    }
    if (qi < 0) return;
    let i = a;
    if (tokens[i]!.kind === 'word' && OPENERS.has(tokens[i]!.lower)) i++;
    if (tokens[i]?.text === ',') i++;
    if (tokens[i] && LEAD_PREPS.has(tokens[i]!.lower)) {
      let j = i;
      while (j < qi && j < i + 12 && tokens[j]!.text !== ',') j++;
      if (j < qi && tokens[j]!.text === ',') i = j + 1;
    }
    const np = npForward(tokens, i, qi);
    if (!np) return;
    let v = np.e;
    let aux = false;
    while (v < qi && tokens[v]!.kind === 'word' && !tokens[v]!.cap && cueModifiers.has(tokens[v]!.lower)) {
      v++;
      aux = true;
    }
    if (v >= qi || !looksLikeVerb(tokens[v]!, aux)) return;
    const content = contentOf(tokens, quotes, v + 1, clauseEnd(tokens, v + 1, b));
    if (!content || content.quotes.length === 0) return;
    out.push({
      cue: { s: tokens[v]!.s, e: tokens[v]!.e },
      mention: { ms: np.s, me: np.e, rs: np.e, re: np.e, start: np.s, end: np.e },
      content,
      paragraph: tokens[a]!.p,
      sentence: si,
    });
  });
  return out;
}
