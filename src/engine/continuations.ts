import { newFound, type Found } from './clauses';
import { contentOf, joinContent, quotesAtLength, type Content } from './content';
import { current, documentNouns, pronouns } from './lexicons';
import { allCapitalised, bareSubject, npForward, subjectStart } from './mentions';
import { namesSomeone } from './source-heads';
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
  // The paragraph of the last quotation `last` spoke, joined to it or its own: a third paragraph of quotation goes on
  // from the second.
  let lastPara = -1;
  const added: Found[] = [];
  for (let si = 0; si < sentences.length; si++) {
    const sent = sentences[si]!;
    let busy = false;
    while (fi < found.length && found[fi]!.sentence <= si) {
      const f = found[fi++]!;
      if (f.sentence === si) busy = true;
      // "“…,” Manafort said, claiming that …": the quote that follows still continues the
      // quotation, not the -ing clause that shares its speaker.
      if (!last || quotesAtLength(f.content, quotes) || f.mention !== last.mention || last.sentence !== f.sentence) {
        last = f;
        lastPara = f.paragraph;
      }
    }
    if (busy) continue;
    if (!last) continue;
    const para = tokens[sent.start]!.p;
    // A paragraph that is all quotation, right after the speaker's paragraph, goes on speaking.
    const opens = sent.start === 0 || tokens[sent.start - 1]!.p !== para;
    const nextPara = lastPara === para - 1 && opens && tokens[sent.start]!.q >= 0 && tokens[quotedEnd(tokens, sent)]!.q >= 0;
    if (lastPara !== para && !nextPara) {
      // "Aderholt returned to the issue later in the hearing. “What commercial launch vehicles exist …?”": a
      // quotation right after a sentence whose subject is a name, in a paragraph with no cue, is that person's.
      const cont = si > 0 && !opens && last.paragraph < para ? namedBefore(tokens, quotes, sentences[si - 1]!, sent, used, para, si) : null;
      if (cont) {
        added.push(cont);
        last = cont;
        lastPara = para;
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
      lastPara = para;
      continue;
    }
    for (const id of ids) {
      const q = quotes[id]!;
      if (used.has(id) || q.words < 3) continue;
      used.add(id);
      last.content.quotes.push(id);
      for (const g of q.segs) last.content.spans.push({ s: g.s, e: g.e });
      lastPara = para;
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
  if (tokens[sent.start]!.q < 0 || tokens[quotedEnd(tokens, sent)]!.q < 0) return null;
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

/**
 * The sentence's last token, before a period set after the closing mark (the RAE's "«Vamos a esperar».", French "».",
 * German "“."): a sentence that is all quotation ends in one.
 */
function quotedEnd(tokens: Token[], sent: Sentence): number {
  const e = sent.end - 1;
  const t = tokens[e]!;
  return e > sent.start && t.kind === 'punct' && t.q < 0 && '.!?…'.includes(t.text) && tokens[e - 1]!.mark === 'close' ? e - 1 : e;
}

function lowerVerb(verb: Token | undefined): boolean {
  return !!verb && verb.kind === 'word' && !verb.cap;
}

/**
 * Reported speech carried on by its mood, where a language has one (German Konjunktiv I, `reportedMood`): a sentence
 * with no attribution of its own, right after an indirect one of the same paragraph or opening the next, that holds a
 * verb in that mood continues its content ("Der Minister sagte, die Grenze bleibe zu. Sie werde erst im Mai geöffnet.").
 * And "Teilweise absurd sei, was da geschehe, ärgert er sich.": a verb and its subject after such a clause, set off
 * by a comma at the sentence's end, report it. Returns the attributions this adds (the continued ones grow in place).
 */
export function reportedSpeech(tokens: Token[], quotes: Quote[], sentences: Sentence[], found: Found[]): Found[] {
  const added: Found[] = [];
  if (current.reportedMood.size === 0) return added;
  const bySentence = new Map<number, Found>();
  for (const f of found) bySentence.set(f.sentence, f);
  let last: Found | null = null;
  // "Die Stadt habe alle Fristen eingehalten. Man werde nun klagen, sagte sie.": sentences in the mood that no
  // attribution before them took, waiting for a cue that ends a later sentence of the same paragraph.
  let pending: Content[] = [];
  let pendingPara = -1;
  for (let si = 0; si < sentences.length; si++) {
    const sent = sentences[si]!;
    const own = bySentence.get(si);
    if (own) {
      if (pending.length > 0 && pendingPara === tokens[sent.start]!.p && trailingCue(tokens, sent, own)) prependContent(own.content, pending);
      pending = [];
      // "„Wir haben genug gewartet“, sagte Anna Keller. Die Stadt habe alle Fristen eingehalten.": the mood carries on
      // a quotation as it does reported speech.
      last = own;
      continue;
    }
    const mood = moodAt(tokens, sent.start, sent.end);
    const issued = sent.loud ? null : documentColon(tokens, quotes, sent.start, sent.end);
    if (issued) {
      issued.sentence = si;
      added.push(issued);
      last = issued;
      continue;
    }
    if (sent.loud || mood < 0) {
      last = null;
      pending = [];
      continue;
    }
    const inverted = mood >= 0 ? moodCue(tokens, quotes, sent.start, sent.end, mood) : null;
    if (inverted) {
      inverted.sentence = si;
      if (pending.length > 0 && pendingPara === tokens[sent.start]!.p) prependContent(inverted.content, pending);
      pending = [];
      added.push(inverted);
      last = inverted;
      continue;
    }
    const p = tokens[sent.start]!.p;
    const opens = sent.start === 0 || tokens[sent.start - 1]!.p !== p;
    const more = contentOf(tokens, quotes, sent.start, sent.end);
    if (last && more && more.type === 'indirect' && (last.paragraph === p || (opens && last.paragraph === p - 1))) {
      joinContent(last.content, more);
      // ("„A“, sagte er. B sei … „C“": C, joined before, comes after B.)
      last.content.spans.sort((x, y) => x.s - y.s);
    } else {
      last = null;
      if (pendingPara !== p) pending = [];
      pendingPara = p;
      if (more && more.type === 'indirect') pending.push(more);
      else pending = [];
    }
  }
  return added;
}

/**
 * "Man werde nun klagen, sagte Anna Keller.", "„Wir klagen“, sagte sie.": the attribution `f` of sentence `sent`
 * reports the words that open the sentence, its cue after them.
 */
function trailingCue(tokens: Token[], sent: Sentence, f: Found): boolean {
  let first = Infinity;
  for (const g of f.content.spans) if (g.s < first) first = g.s;
  let k = sent.start;
  while (k < sent.end - 1 && tokens[k]!.kind === 'punct') k++;
  return first <= tokens[k]!.s && f.cue.s > first;
}

/** Puts the words of `before` (reported speech in the mood, in reading order) ahead of those of `into`. */
function prependContent(into: Content, before: Content[]): void {
  const spans = before.flatMap((c) => c.spans);
  into.spans.unshift(...spans);
  into.type = into.type === 'indirect' ? 'indirect' : 'mixed';
}

/**
 * "ZF veröffentlichte eine Pressemitteilung: Nun seien auch die Franzosen willkommen.": a document its subject issued,
 * a colon, and a clause in the reported mood. The subject speaks, the document is the cue.
 */
function documentColon(tokens: Token[], quotes: Quote[], s: number, e: number): Found | null {
  let colon = s + 2;
  while (colon < e - 2 && !(tokens[colon]!.kind === 'punct' && tokens[colon]!.text === ':' && tokens[colon]!.q < 0)) colon++;
  const doc = tokens[colon - 1]!;
  if (colon >= e - 2 || doc.kind !== 'word' || !documentNouns.has(doc.lower) || moodAt(tokens, colon + 1, e) < 0) return null;
  const np = npForward(tokens, subjectStart(tokens, s, colon), colon);
  const verb = np ? tokens[np.e] : undefined;
  if (!np || !namesSomeone(tokens, np.s, np.e) || !verb || verb.kind !== 'word' || verb.cap || np.e >= colon - 1) return null;
  const content = contentOf(tokens, quotes, colon + 1, e);
  if (!content || content.type !== 'indirect') return null;
  return newFound({ s: doc.s, e: tokens[colon]!.e }, bareSubject(np.s, np.e), content, tokens[s]!.p, 0);
}

/**
 * The verb in the reported mood that a sentence in [s, e) opens with, as its finite verb among its first words
 * ("Sie werde …", "Das sei …", "Nach Angaben des Ministers sei …"), or -1: one after a colon or a quotation belongs
 * to another's words ("ZF veröffentlichte eine Pressemitteilung: Nun seien …").
 */
function moodAt(tokens: Token[], s: number, e: number): number {
  for (let k = s; k < e && k < s + MOOD_WITHIN; k++) {
    const t = tokens[k]!;
    if (t.kind === 'word' && t.q < 0 && !t.cap && current.reportedMood.has(t.lower)) return k;
    if (t.q >= 0 || (t.kind === 'punct' && t.text !== ',')) return -1;
  }
  return -1;
}

const MOOD_WITHIN = 7;

/**
 * "…, ärgert er sich.", "…, klagt sie.": a lower-case verb and a personal pronoun, or a verb, a name of one to three
 * words and "sich", ending the sentence after a comma.
 */
function moodCue(tokens: Token[], quotes: Quote[], s: number, e: number, mood: number): Found | null {
  let end = e;
  if (end > s && tokens[end - 1]!.kind === 'punct' && tokens[end - 1]!.text === '.') end--;
  const reflexive = end > s && tokens[end - 1]!.kind === 'word' && tokens[end - 1]!.lower === 'sich';
  if (reflexive) end--;
  let ms = end;
  if (end > s && pronouns.get(tokens[end - 1]!.lower) === 'person') ms = end - 1;
  else if (reflexive) while (ms > s && end - ms < 3 && tokens[ms - 1]!.kind === 'word' && tokens[ms - 1]!.cap) ms--;
  const verb = tokens[ms - 1];
  const comma = tokens[ms - 2];
  if (ms === end || !verb || ms - 2 <= mood || verb.kind !== 'word' || verb.cap || verb.q >= 0 || current.reportedMood.has(verb.lower) || !comma || comma.text !== ',') return null;
  const content = contentOf(tokens, quotes, s, ms - 2);
  if (!content || content.type !== 'indirect') return null;
  return newFound({ s: verb.s, e: verb.e }, bareSubject(ms, end), content, tokens[s]!.p, 0);
}
