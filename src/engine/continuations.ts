import { newFound, type Found } from './clauses';
import { quotesAtLength } from './content';
import { pronouns } from './lexicons';
import { allCapitalised, bareSubject, npForward } from './mentions';
import type { Quote } from './quotes';
import type { Sentence } from './sentences';
import type { Token } from './tokens';
import { W } from './word-classes';

/**
 * Joins quotations that stand alone as sentences (no cue of their own) to the quotation just before them in the
 * same paragraph ("“…,” said Caddell. “Yesterday, there were two polls.”"): news style leaves the speaker implied.
 * A quotation right after reported speech ("Bridenstine said there will be three rockets. “I’m not confident.”"),
 * or a paragraph that is only a quotation right after the speaker's, is an attribution of its own with an empty
 * cue, continuing that speaker (added to `found` in reading order; ANNOTATION.md). Quotations already inside
 * some content are left alone.
 */
export function attachContinuations(tokens: Token[], quotes: Quote[], sentences: Sentence[], found: Found[]): void {
  const used = new Set<number>();
  for (const f of found) for (const q of f.content.quotes) used.add(q);
  let fi = 0;
  let last: Found | undefined;
  const added: Found[] = [];
  for (let si = 0; si < sentences.length; si++) {
    const sent = sentences[si]!;
    let busy = false;
    while (fi < found.length && found[fi]!.sentence <= si) {
      const f = found[fi++]!;
      if (f.sentence === si) busy = true;
      // "“…,” Manafort said, claiming that …": the quote that follows still continues the
      // quotation, not the -ing clause that shares its speaker.
      if (!last || quotesAtLength(f.content, quotes) || f.mention !== last.mention || last.sentence !== f.sentence) last = f;
    }
    if (busy) continue;
    if (!last) continue;
    const para = tokens[sent.start]!.p;
    // A paragraph that is all quotation, right after the speaker's paragraph, goes on speaking.
    const opens = sent.start === 0 || tokens[sent.start - 1]!.p !== para;
    const nextPara = last.paragraph === para - 1 && opens && tokens[sent.start]!.q >= 0 && tokens[sent.end - 1]!.q >= 0;
    if (last.paragraph !== para && !nextPara) {
      // "Aderholt returned to the issue later in the hearing. “What commercial launch vehicles exist …?”": a
      // quotation right after a sentence whose subject is a name, in a paragraph with no cue, is that person's.
      const cont = si > 0 && !opens && last.paragraph < para ? namedBefore(tokens, quotes, sentences[si - 1]!, sent, used, para, si) : null;
      if (cont) {
        added.push(cont);
        last = cont;
      }
      continue;
    }
    let outside = 0;
    const ids: number[] = [];
    for (let i = sent.start; i < sent.end; i++) {
      const t = tokens[i]!;
      if (t.q >= 0) {
        if (ids[ids.length - 1] !== t.q) ids.push(t.q);
      } else if (t.kind === 'word') outside++;
    }
    if (ids.length === 0 || outside > 2) continue;
    if ((nextPara && last.paragraph !== para && last.content.type !== 'direct') || !quotesAtLength(last.content, quotes)) {
      // A quotation after reported speech, or a paragraph that is only a quotation right after the speaker's: an
      // attribution of its own with no cue, the speaker's by continuity (ANNOTATION.md).
      const fresh = ids.filter((id) => !used.has(id) && quotes[id]!.words >= 3);
      if (fresh.length === 0) continue;
      for (const id of fresh) used.add(id);
      const at = quotes[fresh[0]!]!.segs[0]!.s;
      const cont: Found = newFound({ s: at, e: at }, null, { spans: fresh.flatMap((id) => quotes[id]!.segs.map((g) => ({ s: g.s, e: g.e }))), type: 'direct', quotes: fresh }, para, si, false, last);
      added.push(cont);
      last = cont;
      continue;
    }
    for (const id of ids) {
      const q = quotes[id]!;
      if (used.has(id) || q.words < 3) continue;
      used.add(id);
      last.content.quotes.push(id);
      for (const g of q.segs) last.content.spans.push({ s: g.s, e: g.e });
    }
  }
  // The continuations join the list in reading order.
  if (added.length > 0) {
    found.push(...added);
    found.sort((x, y) => x.sentence - y.sentence || x.cue.s - y.cue.s);
  }
}

/**
 * The quotation that makes up sentence `sent`, given to the name opening the sentence before it (`prev`, same
 * paragraph, no quotation in it): "Aderholt returned to the issue. “What … ?”". Null for any other shape.
 */
function namedBefore(tokens: Token[], quotes: Quote[], prev: Sentence, sent: Sentence, used: Set<number>, para: number, si: number): Found | null {
  if (tokens[sent.start]!.q < 0 || tokens[sent.end - 1]!.q < 0) return null;
  const ids: number[] = [];
  for (let i = sent.start; i < sent.end; i++) {
    const t = tokens[i]!;
    if (t.q < 0) {
      if (t.kind === 'word') return null;
    } else if (ids[ids.length - 1] !== t.q) ids.push(t.q);
  }
  if (ids.some((id) => used.has(id) || quotes[id]!.words < 3)) return null;
  for (let i = prev.start; i < prev.end; i++) if (tokens[i]!.q >= 0) return null;
  const np = npForward(tokens, prev.start, prev.end);
  // "Wir fragen sie, ob … „Nein, …“": the writer asking; the one who answers is not named here.
  if (np && np.e - np.s === 1 && pronouns.get(tokens[np.s]!.lower) === 'speaker') return null;
  const at = quotes[ids[0]!]!.segs[0]!.s;
  const content = { spans: ids.flatMap((id) => quotes[id]!.segs.map((g) => ({ s: g.s, e: g.e }))), type: 'direct' as const, quotes: ids };
  for (const id of ids) used.add(id);
  // "Haben sie Kontakt …? „Nicht mehr.“": the answer to the writer's question, by whoever was asked (not read here).
  if (tokens[prev.end - 1]!.text === '?') return newFound({ s: at, e: at }, null, content, para, si);
  // (A capitalised preposition or verb opens no name: "Beim Zieleinlauf kamen …".)
  if (!np || (tokens[np.s]!.cls & (W.NP_STOP | W.OPENER)) !== 0 || np.e - np.s > 4 || !tokens[np.s]!.cap || !tokens[np.e - 1]!.cap || !allCapitalised(tokens, np.s, np.e) || !lowerVerb(tokens[np.e])) {
    // "Trotz des verpassten Cuts kamen Elder … die Tränen. „…“": a sentence about someone, not opened by their name:
    // no subject is written for the quotation; the resolver gives it to whom the sentence before is about, else to
    // whoever spoke last.
    return newFound({ s: at, e: at }, null, content, para, si, true);
  }
  return newFound({ s: at, e: at }, bareSubject(np.s, np.e), content, para, si);
}

function lowerVerb(verb: Token | undefined): boolean {
  return !!verb && verb.kind === 'word' && !verb.cap;
}
