import { clauseEnd, newFound, nextParagraphQuote, type Found } from './clauses';
import { contentOf, joinContent, type Content } from './content';
import { cueModifiers, cueWords, current, determiners, npStops, pronouns } from './lexicons';
import { bareSubject, IRREGULAR_PAST, isLyAdverb, npForward, subjectBefore, subjectStart } from './mentions';
import type { Quote } from './quotes';
import type { Sentence } from './sentences';
import type { Token } from './tokens';
import { W } from './word-classes';

// Words before a quotation that make it a name or a title, not someone's words.
const NAMING = new Set('called named dubbed titled entitled so-called film movie book show song album novel series program slogan hashtag word term phrase nicknamed known headline'.split(' '));
/**
 * True when the word before the quotation at `i` makes it a name or a title ("a film called “Jaws”"), unless
 * it is what somebody called it: "what Gilbert called “a perception problem”", "what he called “…”".
 */
function names(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (!before || !NAMING.has(before.lower)) return false;
  for (let k = i - 2; k >= 0 && k >= i - 9; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.q >= 0) return true;
    if (t.lower === 'what') return k === i - 2;
    if (!(t.cap || pronouns.has(t.lower) || t.lower === 'and' || t.lower === 'each' || t.lower === 'the')) return true;
  }
  return true;
}


function looksLikeVerb(t: Token, afterAux: boolean): boolean {
  if (t.kind !== 'word' || t.q >= 0 || t.cap || t.text.includes('-')) return false;
  if (npStops.has(t.lower) && !IRREGULAR_PAST.has(t.lower)) return false;
  // "is not a “bolt-on thing”": after a helper, a determiner opens a noun phrase, not a verb.
  if (determiners.has(t.lower)) return false;
  // The endings below are English's ("jours", "retenir" are no verbs of saying): elsewhere, only a cue the language lists.
  // (One that reports only a quotation before it, "gibt" of "„…“, gibt sie zurück", does not report one after it.)
  if (current.data.code !== 'en') return (cueWords.get(t.lower) ?? 3) < 3;
  if (afterAux) return true;
  return /(?:ed|es|s)$/.test(t.lower) && !/(?:ss|us|is)$/.test(t.lower) || IRREGULAR_PAST.has(t.lower);
}

/**
 * The word at k looks like a verb: `looksLikeVerb`, unless "of" follows it. A word taken for a verb by its ending
 * but followed by "of" is a plural noun ("U.S. imports of “intermediate goods”", "the Chicago set of “Fargo”");
 * verbs of saying followed by "of" ("warned of") are cues, known by name.
 */
function verbAt(tokens: Token[], k: number, afterAux: boolean): boolean {
  const t = tokens[k];
  if (!t || !looksLikeVerb(t, afterAux)) return false;
  // "Uber’s fans", "Trump’s claims": a form in -s right after a name's possessive is the noun it owns ("Trump’s called"
  // is "Trump has called"; "he’s" is no possessive).
  const owner = tokens[k - 1];
  if (owner && t.lower.endsWith('s') && (owner.cls & (W.POSSESSIVE | W.PRONOUN)) === W.POSSESSIVE) return false;
  // "Citing last week’s Paris attack": a common noun's possessive is no verb ("it’s", "that’s" are: a pronoun's).
  if (!t.cap && (t.cls & (W.POSSESSIVE | W.PRONOUN | W.NP_STOP)) === W.POSSESSIVE) return false;
  // "took the gloves off": right after an article, a noun.
  if (owner && owner.kind === 'word' && !afterAux && current.definites.has(owner.lower)) return false;
  return tokens[k + 1]?.lower !== 'of' || cueWords.has(t.lower);
}

/**
 * A quotation that reads as someone's words: three words or more, two not in title case, or one lower-case word
 * ("the “elites” in this country", "was “true.”"). A name, a title or a number is nobody's words: "“Fearless” and
 * “1989.”", "the “Caja Magica”".
 */
function spokenWords(tokens: Token[], q: Quote): boolean {
  // "labeled “Mostly True”", "dubbed him “The Comeback Kid”": a label someone gave, in their words.
  // Four words or more all capitalised are a title ("played “We’re Not Gonna Take It”"); three may be a name in
  // someone's words ("interjecting, “Only Rosie O’Donnell.”").
  if (q.words >= 2) return (q.words === 3 || !titleCase(tokens, q)) || LABELLING.has(tokens[q.open - 1]?.lower ?? '') || LABELLING.has(tokens[q.open - 2]?.lower ?? '');
  const w = tokens[q.open + 1];
  return !!w && w.kind === 'word' && !w.cap && !/^\d/.test(w.text);
}

/** Every word of the quotation capitalised: a title or a name, not someone's words. */
function titleCase(tokens: Token[], q: Quote): boolean {
  const end = q.close >= 0 ? q.close : tokens.length;
  for (let i = q.open + 1; i < end && tokens[i]!.q === q.id; i++) {
    const t = tokens[i]!;
    if (t.kind === 'word' && !t.cap && !SMALL_TITLE_WORDS.has(t.lower)) return false;
  }
  return true;
}

const LABELLING = new Set('labeled labelled dubbed nicknamed branded rated called deemed'.split(' '));
const SMALL_TITLE_WORDS = new Set('a an the of and or in on at to for by with from’s'.split(' '));

/**
 * "the Grammy winners for album of the year", "the GOP leaders": after "the" and a name, a word in -ers is the
 * phrase's own noun, not its verb.
 */
function agentNoun(tokens: Token[], v: number): boolean {
  return /ers$/.test(tokens[v]!.lower) && !!tokens[v - 1]?.cap && tokens[v - 2]?.lower === 'the';
}

/** The verb after a subject phrase, past auxiliaries and adverbs ("has openly praised"). */
function verbFrom(tokens: Token[], from: number, qi: number): number {
  let v = from;
  let aux = false;
  while (v < qi && tokens[v]!.kind === 'word' && !tokens[v]!.cap && (cueModifiers.has(tokens[v]!.lower) || tokens[v]!.lower === 'both' || isLyAdverb(tokens[v]!))) {
    v++;
    aux = true;
  }
  // "Facebook is one culprit in this “surveillance economy”": after a form of "be", a verb is a participle ("is
  // labeling", "was called"); another word is what the subject is (as `speakerBefore` reads it).
  if (aux && v < qi && BE.has(tokens[v - 1]!.lower) && !/(?:ing|ed|en)$/.test(tokens[v]!.lower) && !IRREGULAR_PAST.has(tokens[v]!.lower)) return -1;
  // "Ministers were accused of “abandoning …”", "The mayor was told the budget was “unsustainable”": a participle after
  // a form of "be" is a passive; its subject is whom the words were about or said to, not who said them.
  // ("is reported to have called", "was quoted as saying": the subject speaks all the same.)
  if (aux && v < qi && BE.has(tokens[v - 1]!.lower) && !tokens[v]!.lower.endsWith('ing') && tokens[v + 1]?.lower !== 'to' && tokens[v + 1]?.lower !== 'as') return -1;
  return v < qi && verbAt(tokens, v, aux) ? v : -1;
}

/**
 * The subject's verb and where the subject really ends. The noun-phrase reader takes lowercase words
 * after a name as part of it ("Christie refers", read as one phrase): a verb-looking word right after a
 * name, not followed by another verb, ends the subject there ("Christie | refers to the candidate as …").
 */
function verbAfter(tokens: Token[], np: { s: number; e: number }, qi: number): { v: number; me: number } | null {
  const v = verbFrom(tokens, np.e, qi);
  if (v === np.e && agentNoun(tokens, v)) return null;
  if (v >= 0) return { v, me: np.e };
  const next = tokens[np.e];
  if (next && next.text === ',') {
    // "Bernie Sanders, celebrating a victory in Vermont, is pledging …": an appositive between commas.
    let k = np.e + 1;
    while (k < qi && k < np.e + 25 && tokens[k]!.text !== ',' && tokens[k]!.q < 0) k++;
    const w = k < qi && tokens[k]!.text === ',' ? verbFrom(tokens, k + 1, qi) : -1;
    if (w >= 0) return { v: w, me: np.e };
  }
  if (next && next.kind === 'word' && next.lower === 'and') {
    // "Trump and Ryan issued a statement …": two subjects.
    const more = npForward(tokens, np.e + 1, qi);
    const w = more && tokens[more.s]!.cap ? verbFrom(tokens, more.e, qi) : -1;
    if (w >= 0) return { v: w, me: more!.e };
  }
  for (let j = np.s + 1; j < np.e; j++) {
    const prev = tokens[j - 1]!;
    if (prev.kind !== 'word' || !prev.cap) continue;
    const w = verbFrom(tokens, j, qi);
    const after = tokens[w + 1];
    if (w >= 0 && !(after && after.kind === 'word' && !after.cap && verbAt(tokens, w + 1, false) && /s$/.test(tokens[w]!.lower))) return { v: w, me: j };
  }
  return null;
}

/** True when [s, e) overlaps none of `spans` (character ranges other attributions of the sentence cover). */
function clearOf(spans: ReadonlyArray<[number, number]>, s: number, e: number): boolean {
  return spans.every(([x, y]) => e <= x || s >= y);
}

/**
 * The content after the verb at `v` for the quotation opening at `qi`: the reported clause, reaching the
 * quotation at least ("refers to the mayor, who is his neighbour, as “…”"); null when it holds no quotation.
 */
function clauseHolding(tokens: Token[], quotes: Quote[], v: number, qi: number, b: number): Content | null {
  let end = clauseEnd(tokens, v + 1, b);
  if (end <= qi) end = clauseEnd(tokens, qi, b);
  const content = contentOf(tokens, quotes, v + 1, end);
  if (!content || content.quotes.length === 0) return null;
  // A single quoted word after a verb of saying is someone's word ("called the election “rigged”"), and two or more
  // after any verb ("criticized the law as a “crazy system”"); a single word after any other verb is a name or a
  // title ("acquired the label, home to “Fearless” and “1989.”").
  if (cueWords.has(tokens[v]!.lower)) return content;
  // Quotations in title case are names and titles ("“We’re Not Gonna Take It”", "the “Caja Magica”"), and so is a
  // single word or number ("“Fearless” and “1989.”").
  return content.quotes.some((q) => spokenWords(tokens, quotes[q]!)) ? content : null;
}

const PARTICLES = new Set(['back', 'on', 'out', 'up', 'in']);

/**
 * "“Go back to Univision,” Trump barked.", "“This is fantastic!” beamed Donald Hartley.": a sentence that
 * opens with a quotation ending in a comma, ? or !, then a name or pronoun and a verb (or the verb, then the
 * name). Any verb: the shape alone says who spoke, whatever the verb (barked, beamed, shot back).
 */
function quoteLed(tokens: Token[], quotes: Quote[], a: number, b: number, claimed: Set<number>): Found | null {
  const open = tokens[a]!;
  if (open.mark !== 'open' || open.q < 0 || claimed.has(open.q)) return null;
  const q = quotes[open.q]!;
  if (q.close < 0 || q.close + 2 >= b || !(q.comma || /[?!]/.test(tokens[q.close - 1]?.text ?? ''))) return null;
  let i = q.close + 1;
  if (tokens[i]!.text === ',') i++;
  let mention: { s: number; e: number } | null = null;
  let v = -1;
  const np = npForward(tokens, i, b);
  if (np && (tokens[np.s]!.cap || pronouns.has(tokens[np.s]!.lower))) {
    const verb = verbAfter(tokens, np, b);
    if (verb) {
      mention = { s: np.s, e: verb.me };
      v = verb.v;
    }
  }
  if (!mention) {
    // "beamed Donald Hartley of Madison": the verb, then the name.
    const after = verbAt(tokens, i, false) ? npForward(tokens, i + 1, b) : null;
    if (!after || !tokens[after.s]!.cap) return null;
    mention = after;
    v = i;
  }
  const end = tokens[v + 1] && PARTICLES.has(tokens[v + 1]!.lower) ? v + 1 : v;
  const content = contentOf(tokens, quotes, a, q.close + 1);
  if (!content || content.type !== 'direct') return null;
  return newFound({ s: tokens[v]!.s, e: tokens[end]!.e }, bareSubject(mention.s, mention.e), content, tokens[a]!.p, 0);
}

const AUX_BE = new Set(['is', 'are', 'was', 'were', 'been', 'be', 'has', 'have', 'had']);
const BE = new Set(['is', 'are', 'was', 'were', 'been', 'be']);

/**
 * "The low ranking the U.S. received was due to its “safety net”", "Only European immigrants are “safe”": a word read
 * as a verb, followed by the sentence's own verb, is inside the subject (a clause describing its noun, or the noun
 * itself), no one's act. A verb of saying still reports from there ("What Smith said was “…”").
 */
function insideSubject(tokens: Token[], v: number): boolean {
  return AUX_BE.has(tokens[v + 1]?.lower ?? '') && !cueWords.has(tokens[v]!.lower);
}
// How far before a quotation its speaker's verb may stand (tokens), when the sentence's subject is not the speaker.
const NEAR_TOKENS = 35;

/** The closest verb before the quotation at `qi` with a name or pronoun right before it (past helpers). */
function speakerBefore(tokens: Token[], a: number, qi: number): { np: { s: number; e: number }; v: number } | null {
  for (let v = qi - 1; v > a && v >= qi - NEAR_TOKENS; v--) {
    const t = tokens[v]!;
    if (t.q >= 0 || (t.kind === 'punct' && '.;:?!'.includes(t.text))) return null;
    const owned = ownedClaim(tokens, a, v);
    if (owned) return owned;
    // "Huckabee is labeling …", "Reid has been steadily pounding …": after a helper, any word is the verb.
    let afterAux = false;
    for (let k = v - 1; k > a && tokens[k]!.kind === 'word' && !tokens[k]!.cap && (cueModifiers.has(tokens[k]!.lower) || isLyAdverb(tokens[k]!)); k--) {
      if (AUX_BE.has(tokens[k]!.lower)) afterAux = true;
    }
    // "Smith is too “dangerous”", "the plan was not “fair”": after a form of "be", a verb is a participle ("is
    // labeling", "was called"); another word is what the subject is.
    if (afterAux && BE.has(tokens[v - 1]!.lower) && !/(?:ing|ed|en)$/.test(t.lower) && !IRREGULAR_PAST.has(t.lower)) continue;
    if (isLyAdverb(t) || !verbAt(tokens, v, afterAux) || agentNoun(tokens, v) || insideSubject(tokens, v)) continue;
    // The subject as the cue reader takes it: past helpers, a parenthesis, an appositive, dashes.
    const subj = subjectBefore(tokens, a, v);
    if (!subj) continue;
    const head = tokens[subj.me - 1]!;
    if (tokens[subj.ms]!.cap || head.cap || pronouns.has(head.lower)) return { np: { s: subj.ms, e: subj.me }, v };
  }
  return null;
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
  // What other attributions of a sentence cover, as character ranges: a quoted clause must lie clear of them.
  const taken = new Map<number, Array<[number, number]>>();
  for (const f of found) {
    for (const q of f.content.quotes) claimed.add(q);
    const spans = f.content.spans;
    const s = Math.min(f.cue.s, spans[0]?.s ?? f.cue.s);
    const e = Math.max(f.cue.e, spans[spans.length - 1]?.e ?? f.cue.e);
    const list = taken.get(f.sentence) ?? [];
    list.push([s, e]);
    taken.set(f.sentence, list);
  }
  sentences.forEach((sent, si) => {
    if (sent.loud) return;
    const busy = taken.get(si);
    const a = sent.start;
    const b = sent.end;
    const led = !busy && quoteLed(tokens, quotes, a, b, claimed);
    if (led) {
      led.sentence = si;
      out.push(led);
      return;
    }
    let qi = -1;
    for (let i = a; i < b; i++) {
      const t = tokens[i]!;
      if (t.mark === 'open' && t.q >= 0 && !claimed.has(t.q) && i > a) {
        if (!names(tokens, i)) qi = i;
        break;
      }
    }
    if (busy && qi < 0) return;
    if (qi < 0) {
      // "President Clinton released the following statement:" closing a paragraph that the next
      // one's quotation answers.
      const block = nextParagraphQuote(tokens, quotes, b);
      if (!block || claimed.has(block.quotes[0]!) || b - a < 3) return;
      const i = subjectStart(tokens, a, b);
      const np = npForward(tokens, i, b - 1);
      const head = np ? tokens[np.e - 1]! : null;
      if (!np || !head || np.e >= b - 1 || !(head.cap || pronouns.has(head.lower)) || !verbAt(tokens, np.e, false)) return;
      out.push(newFound({ s: tokens[np.e]!.s, e: tokens[b - 1]!.e }, bareSubject(np.s, np.e), block, tokens[a]!.p, si));
      return;
    }
    const i = subjectStart(tokens, a, qi);
    const np = npForward(tokens, i, qi);
    if (!np) return;
    const colon = tokens[qi - 1]!;
    if (colon.text === ':' && qi - 1 > np.e && tokens[qi - 2]!.kind === 'word') {
      // "Jared Potts echoed: “…”", "The rally had one message: “Dump Trump.”": the quotation is the content,
      // whatever follows it ("… - Philip Bump: “…” [Washington Post]").
      const close = quotes[tokens[qi]!.q]!.close;
      const content = contentOf(tokens, quotes, qi, close > qi && close < b ? close + 1 : clauseEnd(tokens, qi, b));
      if (!content || content.type !== 'direct') return;
      // "…, selon le naturopathe Olivier Panisset : «…»": the quotation goes on with the attribution whose source the colon follows.
      const owner = found.find((f) => f.sentence === si && f.mention && f.mention.me === qi - 1 && f.content.type !== 'direct');
      if (owner) {
        joinContent(owner.content, content);
        return;
      }
      if (busy && !clearOf(busy, tokens[qi - 2]!.s, content.spans[content.spans.length - 1]!.e)) return;
      // "Iowa poll overhype - HuffPollster: “…”": a name after a dash labels the quotation.
      let who = np;
      for (let d = qi - 2; d > np.e; d--) {
        const t = tokens[d]!;
        if (t.q >= 0 || (t.kind === 'punct' && t.text !== '-' && t.text !== '—' && t.text !== '–' && t.text !== '.')) break;
        if (t.kind === 'punct' && t.text !== '.') {
          const label = npForward(tokens, d + 1, qi - 1);
          if (label && label.e === qi - 1 && tokens[label.s]!.cap) who = label;
          break;
        }
      }
      // "Sie findet das zwar ungewohnt, aber nachvollziehbar: „…“": where the finite verb comes second, the cue runs
      // from the verb after the subject.
      const v = current.verbSecond && who === np && np.e < qi - 2 && lowerWord(tokens[np.e]) && qi - 2 - np.e <= 8 ? np.e : who === np ? qi - 2 : qi - 1;
      out.push(newFound({ s: tokens[v]!.s, e: colon.e }, bareSubject(who.s, who.e), content, tokens[a]!.p, si));
      return;
    }
    const verb = verbAfter(tokens, np, qi);
    if (!verb) return;
    let v = verb.v;
    // "The low ranking the U.S. received was due to its “safety net”": a verb followed by the sentence's own verb is
    // inside the subject (a clause describing its noun), no one's act; only a verb of saying reports from there ("What
    // Smith said was “…”").
    if (insideSubject(tokens, v)) return;
    np.e = verb.me;
    // "… slammed the shift and accused Sanders of a “flip-flop.”", "used to support Paul, but now said Trump had “…”":
    // the verb nearest the quotation.
    for (let j = v + 2; j < qi - 1; j++) {
      const join = tokens[j]!.lower;
      if (join !== 'and' && join !== 'but') continue;
      // (An adverb may stand between: "but now said", "and then told".)
      const k = j + 2 < qi - 1 && (tokens[j + 1]!.cls & W.SPEECH) === 0 && (tokens[j + 2]!.cls & W.SPEECH) !== 0 && (cueModifiers.has(tokens[j + 1]!.lower) || isLyAdverb(tokens[j + 1]!)) ? j + 2 : j + 1;
      if (verbAt(tokens, k, false) && !/s$/.test(tokens[k]!.lower)) v = k;
    }
    // "The board backed the budget, which Ms. Lind praised as “…”": a nearer speaker between the verb and
    // the quotation is the one quoted (see laterQuotes).
    if (speakerBefore(tokens, v + 1, qi)) return;
    const content = clauseHolding(tokens, quotes, v, qi, b);
    if (!content || (busy && !clearOf(busy, tokens[v]!.s, content.spans[content.spans.length - 1]!.e))) return;
    // "Lo dijo porque «…»": where subjects go unwritten, an article-like word alone before the verb is its object
    // ("lo", "la"); the speaker is the one before.
    if (current.dropsSubjects && verb.me - np.s === 1 && determiners.has(tokens[np.s]!.lower)) {
      out.push(newFound({ s: tokens[v]!.s, e: tokens[v]!.e }, null, content, tokens[a]!.p, si, true));
      return;
    }
    out.push(newFound({ s: tokens[v]!.s, e: tokens[v]!.e }, bareSubject(np.s, np.e), content, tokens[a]!.p, si));
  });
  laterQuotes(tokens, quotes, sentences, claimed, taken, out);
  return out;
}

/**
 * Quotations that nothing claimed yet, the sentence's subject being no speaker of theirs ("…, while Sanders
 * suggests the secretary is “a captive”", "… called it “a disgrace,” and Lind said the plan was “a gift”"):
 * each gets the nearest name or pronoun and its verb before it, when that clause lies clear of the
 * sentence's other attributions.
 */
function laterQuotes(tokens: Token[], quotes: Quote[], sentences: Sentence[], claimed: Set<number>, taken: Map<number, Array<[number, number]>>, out: Found[]): void {
  const used = new Set(claimed);
  const mine = new Map<number, Array<[number, number]>>();
  for (const f of out) {
    for (const q of f.content.quotes) used.add(q);
    const list = mine.get(f.sentence) ?? [];
    list.push([f.cue.s, f.content.spans[f.content.spans.length - 1]!.e]);
    mine.set(f.sentence, list);
  }
  sentences.forEach((sent, si) => {
    // The spans already claimed in the sentence, gathered only for a sentence with a quotation to place.
    let spans: Array<[number, number]> | null = null;
    for (let i = sent.start + 1; i < sent.end; i++) {
      const t = tokens[i]!;
      if (t.mark !== 'open' || t.q < 0 || used.has(t.q) || names(tokens, i)) continue;
      used.add(t.q);
      const cited = bracketCited(tokens, quotes, t.q);
      if (cited) {
        cited.sentence = si;
        out.push(cited);
        continue;
      }
      const found = speakerBefore(tokens, sent.start, i);
      if (!found) continue;
      const content = clauseHolding(tokens, quotes, found.v, i, sent.end);
      if (!content) continue;
      const s0 = tokens[found.v]!.s;
      const e0 = content.spans[content.spans.length - 1]!.e;
      spans ??= [...(taken.get(si) ?? []), ...(mine.get(si) ?? [])];
      if (!clearOf(spans, s0, e0)) continue;
      spans.push([s0, e0]);
      for (const q of content.quotes) used.add(q);
      const m = found.np;
      out.push(newFound({ s: s0, e: tokens[found.v]!.e }, bareSubject(m.s, m.e), content, tokens[sent.start]!.p, si));
    }
  });
}

/**
 * "HEADLINE “President Obama's final State of the Union address will …” [AP.]": a quotation followed by its
 * source in square brackets, as newsletters cite the stories they excerpt.
 */
function bracketCited(tokens: Token[], quotes: Quote[], q: number): Found | null {
  const quote = quotes[q]!;
  const c = quote.close;
  if (c < 0 || tokens[c + 1]?.text !== '[') return null;
  let e = c + 2;
  while (e < tokens.length && e < c + 8 && tokens[e]!.text !== ']' && tokens[e]!.q < 0) e++;
  if (tokens[e]?.text !== ']') return null;
  let me = e;
  if (tokens[me - 1]!.text === '.') me--;
  if (me <= c + 2 || !tokens[c + 2]!.cap || tokens[c + 2]!.kind !== 'word') return null;
  return newFound({ s: tokens[c + 1]!.s, e: tokens[e]!.e }, bareSubject(c + 2, me), { spans: quote.segs.map((g) => ({ s: g.s, e: g.e })), type: 'direct', quotes: [q] }, tokens[quote.open]!.p, 0);
}

// Nouns that report what someone said when a possessive names its owner: "Trump's claim that …".
const SPEECH_NOUNS = new Set('claim claims assertion remark remarks comment comments statement suggestion warning promise pledge charge contention insistence argument declaration vow accusation'.split(' '));
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its']);

/**
 * "Trump's recent evidence-free assertion that “thousands” …", "her remark that “…”": a speech noun at `v`,
 * followed by "that" or "to", owned by a name or a possessive pronoun (a few adjectives between).
 */
function ownedClaim(tokens: Token[], a: number, v: number): { np: { s: number; e: number }; v: number } | null {
  const t = tokens[v]!;
  const next = tokens[v + 1];
  if (t.kind !== 'word' || t.cap || !SPEECH_NOUNS.has(t.lower) || !next || (next.lower !== 'that' && next.lower !== 'to')) return null;
  for (let k = v - 1; k >= a && k >= v - 4; k--) {
    const w = tokens[k]!;
    if (w.kind !== 'word' || w.q >= 0) return null;
    if (POSSESSIVE_PRONOUNS.has(w.lower)) return { np: { s: k, e: k + 1 }, v };
    if (/['’]s$/.test(w.text) && w.cap) {
      let s = k;
      while (s - 1 >= a && tokens[s - 1]!.kind === 'word' && tokens[s - 1]!.cap && tokens[s - 1]!.q < 0) s--;
      return { np: { s, e: k + 1 }, v };
    }
  }
  return null;
}

function lowerWord(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && !t.cap && t.q < 0;
}
