import { anonymousNouns, cueModifiers, cueWords, current, npStops } from './lexicons';
import { npForward } from './mentions';
import { namesSomeone } from './source-heads';
import type { Token } from './tokens';
import { possessive, W } from './word-classes';

/** A reporting cue found in the text: tokens [start, end). */
export interface Cue {
  start: number;
  end: number;
  kind: 'verb' | 'according' | 'colon';
  /** An -ing form ("adding", "saying") that borrows the subject of its clause. */
  participle: boolean;
  /** The verb is "tell" in some form, which takes an object before its content. */
  tell: boolean;
  /** For an "according to" phrase: it follows its source ("Merkel zufolge") instead of preceding it. */
  after?: boolean;
  /** For an "according to" phrase that holds its source as a possessive ("a su entender"): whoever spoke before. */
  own?: boolean;
  /** For an "according to" phrase read only opening a sentence, its source set off by a comma ("Pour le ministre, …"). */
  opening?: boolean;
  /** The verb carries its subject pronoun ("prévient-elle"): the cue token is its own mention. */
  clitic?: boolean;
  /** An infinitive after its lead ("tras asegurar que …"): the lead's first token. The cue borrows its clause's subject. */
  lead?: number;
}

const CLITIC_CUE = /^(.+?)-(?:t-)?(?:il|elle|ils|elles|on)$/;

// Forms that are as often nouns as verbs ("reports", "claims", "a post"): a cue only after a
// word that can end a subject (a name, a pronoun, a plural noun), never after a determiner.
const NOUNISH = new Set(
  'state states report reports post posts note notes claim claims charge charges point points call calls counter counters stress tweet tweets promise promises pledge pledges vow vows remark remarks quip quips joke jokes dispute disputes continue observe muse brag boast add say tell write reply respond deny describe suggest predict urge confirm explain argue insist warn announce acknowledge admit declare recall testify complain concede cite agree allege contend maintain conclude ask show shows find finds'.split(' '),
);
// Forms of verbs of saying that are as often nouns ("a blog post", "a flood warning", "the bank's forecast").
const ALSO_NOUNS = new Set(
  'post posts report reports tweet tweets call calls note notes claim claims charge charges point points promise promises pledge pledges vow vows remark remarks quip quips joke jokes dispute disputes forecast forecasts warning warnings'.split(' '),
);
const BE_NEXT = new Set('is are was were be been'.split(' '));
// The helpers a subject's verb opens with ("the station hasn’t seen", "the team has").
const HELPERS = new Set('is are was were has have had hasn’t haven’t hadn’t isn’t wasn’t will would can could'.split(' '));

/** The word opens a verb phrase with a helper ("hasn’t", "was"). */
function nounsVerb(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && HELPERS.has(t.lower.replace("'", '’'));
}
const HEADLINE_CUES = new Set('says said tells told warns warned calls called claims claimed admits denies urges slams blasts'.split(' '));
const ADJ_DETS = new Set('the a an his her their its our my your this these those every each another'.split(' '));
// Words that count what follows them: a verb in -s cannot follow them, a plural noun can.
const COUNTING = new Set('many several few numerous various multiple most all both some two three four five'.split(' '));
const DETERMINERS = new Set(
  'the a an his her their its our my your this that these those to of in on for with by from at no any some every each such whose which what new first last latest recent'.split(' '),
);

/** The word classes of a word that may start a cue: a cue's, an 'according to' word's, or a form `cueAt` reads apart. */
export const MAY_CUE = W.CUE | W.ACCORDING | W.POSSESSIVE | W.HYPHENATED;

/**
 * Reads the cue that starts at token i, if any: a speech verb outside quotation marks, "according
 * to", or "pointed out/to". "call(ed)" counts only as "called for/on" or before a quotation in the
 * same sentence, since "called" alone mostly names things.
 */
export function cueAt(tokens: Token[], i: number, sentEnd: number, hasQuoteAfter: boolean): Cue | null {
  const t = tokens[i]!;
  if (t.kind !== 'word' || t.q >= 0) return null;
  // Most words are no cue: their classes say so without a look in the cue tables (a French verb with its subject
  // pronoun, "prévient-elle", is looked up whole).
  if ((t.cls & MAY_CUE) === 0) return null;
  const next = tokens[i + 1];
  const nextLower = next && i + 1 < sentEnd ? next.lower : '';
  const phrases = t.cls & W.ACCORDING || possessive(t.lower) ? current.according.get(t.lower) : undefined;
  if (phrases) {
    // "according to", "laut", "selon", "de acuerdo con"; "zufolge" after its source ("dem Bericht zufolge").
    for (const { rest, after, own, opening } of phrases) {
      let k = 0;
      while (k < rest.length && i + 1 + k < sentEnd && tokens[i + 1 + k]!.lower === rest[k]) k++;
      if (k === rest.length) return { start: i, end: i + 1 + k, kind: 'according', participle: false, tell: false, after, own, opening };
    }
  }
  // "hizo referencia", "hizo hincapié": a verb of saying of several words is a cue only whole.
  const phrases2 = current.cuePhrases.get(t.lower);
  if (phrases2) {
    for (const rest of phrases2) {
      let k = 0;
      while (k < rest.length && i + 1 + k < sentEnd && tokens[i + 1 + k]!.lower === rest[k]) k++;
      if (k === rest.length) return { start: i, end: i + 1 + k, kind: 'verb', participle: false, tell: false };
    }
  }
  // "prévient-elle", "ajoute-t-il": a French verb carrying its subject pronoun is a cue whose subject it holds.
  const clitic = t.lower.includes('-') ? CLITIC_CUE.exec(t.lower) : null;
  const base = clitic && cueWords.has(clitic[1]!) ? clitic[1]! : t.lower;
  const kind = cueWords.get(base);
  if (kind === undefined) return null;
  if (clitic && base !== t.lower) return { start: i, end: i + 1, kind: 'verb', participle: false, tell: false, clitic: true };
  // "El alcalde pidió calma, tras asegurar que …", "al señalar que …": an infinitive is a cue only after its lead, and
  // borrows the subject of its clause as a participle does.
  if (current.infinitives.has(base)) {
    const lead = infinitiveLead(tokens, i);
    return lead < 0 ? null : { start: i, end: i + 1, kind: 'verb', participle: true, tell: false, lead };
  }
  const speech = kind === 1;
  // A capitalised verb inside a sentence is part of a name ("The Washington Post").
  // A headline in title case ("Chris Christie Says He Would …") is the exception.
  if (t.cap && tokens[i - 1] && tokens[i - 1]!.p === t.p && tokens[i - 1]!.kind === 'word' && !/^\p{Lu}+$/u.test(tokens[i - 1]!.text) && !(next && next.cap && HEADLINE_CUES.has(base))) return null;
  if (!speech) {
    if (kind === 3 ? !quoteBefore(tokens, i) : !quoteNear(tokens, i, sentEnd) && !speakerEnds(tokens, i, sentEnd)) return null;
    return { start: i, end: i + 1, kind: 'verb', participle: base.endsWith('ing'), tell: false };
  }
  if ((base.startsWith('respond') || base.startsWith('repl')) && (nextLower === 'to' || nextLower === 'with') && !quoteNear(tokens, i, sentEnd) && !quoteIntroduced(tokens, i, sentEnd)) return null;
  // "who asked not to be named", "asked to remain anonymous", "was asking for donations", "Kowalczyk, asked about the
  // bet, laughed": a request, or a question put to the subject, reports no words of the subject's.
  if (base.startsWith('ask') && (nextLower === 'not' || nextLower === 'to' || nextLower === 'for' || nextLower === 'about') && !quoteNear(tokens, i, sentEnd)) return null;
  if (base.startsWith('point')) {
    if (nextLower !== 'out' && nextLower !== 'to') return null;
    return { start: i, end: i + 2, kind: 'verb', participle: base.endsWith('ing'), tell: false };
  }
  // "Tesla recalls 2 million cars": a number of things recalled, no memory told.
  if (base.startsWith('recall') && next && next.kind === 'word' && next.text.charCodeAt(0) >= 48 && next.text.charCodeAt(0) <= 57) return null;
  if (base.startsWith('call')) {
    if (!(nextLower === 'for' || nextLower === 'on' || hasQuoteAfter || characterizes(tokens, i + 1, sentEnd))) return null;
    // "a film called “Jaws”": naming something, not quoting anyone.
    if (next && next.mark === 'open') return null;
  }
  const before = tokens[i - 1];
  // "the pledged delegates", "the alleged shooter": a participle used as an adjective.
  // (French "a déclaré": the auxiliary "a" is no article.)
  if (before && before.kind === 'word' && before.p === t.p && ADJ_DETS.has(before.lower) && !cueModifiers.has(before.lower)) return null;
  // ("die versicherten Schäden", "den erwähnten Bericht": where every noun is capitalised, a lower-case article, the
  // participle, then a capitalised noun; not "das sagte Merkel", an article that stands for what was said.)
  if (current.nounsCapitalised && before && before.kind === 'word' && before.p === t.p && before.q < 0 && !before.cap && current.determiners.has(before.lower) && !current.backReferences.has(before.lower) && next && next.kind === 'word' && next.cap && next.q < 0 && i + 1 < sentEnd) return null;
  // "In a blog post published …", "Her Facebook post drew …", "a flood warning", "the bank's forecast": after an article
  // and a word in the singular, or after a possessive, a verb's plain form or its form in -ing is a noun (a verb would
  // be "posts"; "the officials warn", "Trump's said" keep their cue).
  if (before && before.kind === 'word' && before.p === t.p && before.q < 0 && ALSO_NOUNS.has(base) && (before.cls & W.PRONOUN) === 0) {
    const article = tokens[i - 2];
    // (A form in -ing after "a" only: "with the company warning that …" keeps its participle.)
    const compound = !base.endsWith('s') && (!base.endsWith('ing') || article?.lower === 'a' || article?.lower === 'an') && !before.lower.endsWith('s') && !anonymousNouns.has(before.lower) && !ADJ_DETS.has(before.lower) && !!article && article.kind === 'word' && article.p === t.p && ADJ_DETS.has(article.lower) && !cueModifiers.has(before.lower);
    if (compound || (possessive(before.lower) && !base.endsWith('ing'))) return null;
  }
  // "Many reports suggest", "several claims": after a word for a number of things, a form in -s is a plural noun.
  if (before && before.kind === 'word' && before.p === t.p && COUNTING.has(before.lower) && base.endsWith('s')) return null;
  if (NOUNISH.has(base)) {
    const prev = tokens[i - 1];
    // "Her chief policy aide, Jake Sullivan, calls her record a “blueprint”": after a comma only
    // with a quotation ahead.
    // "…, say experts", "…, notes the report": after a comma, with the speaker right after.
    const comma = prev && prev.p === t.p && prev.kind === 'punct' && prev.text === ',';
    const speakerNext = !!next && next.kind === 'word' && next.q < 0 && (next.cap || anonymousNouns.has(nextLower) || DETERMINERS.has(nextLower));
    const afterComma = comma && (hasQuoteAfter || speakerNext);
    // "Some say", "Many argue": a word that counts can be the subject itself (before a form in -s it counts the noun).
    const counted = !!prev && COUNTING.has(prev.lower);
    if (!afterComma && (!prev || prev.p !== t.p || prev.kind !== 'word' || (DETERMINERS.has(prev.lower) && !counted) || /[’']s$/.test(prev.lower))) return null;
    // "In a Tumblr post at the time", "an AP report": an article, a name, then the noun.
    const article = tokens[i - 2];
    if (prev && prev.cap && article && article.kind === 'word' && (article.lower === 'a' || article.lower === 'an')) return null;
    if (nextLower === 'of' || nextLower === 'about' || nextLower === 'from') return null;
    // "the Russian and Syrian claims are false": a subject, before its verb.
    if (BE_NEXT.has(nextLower)) return null;
    // "stop by his office to exchange notes for the day": the object of a verb after "to".
    const to = tokens[i - 2];
    if (prev && !prev.cap && to && to.kind === 'word' && to.lower === 'to' && !BE_NEXT.has(prev.lower) && !cueWords.has(prev.lower)) return null;
  }
  if (/^(?:post|posted|reported|report|reports)$/.test(base) && (nextLower === 'by' || nextLower === 'in')) {
    const prev = tokens[i - 1];
    if (!prev || prev.kind !== 'word' || npStops.has(prev.lower)) return null;
  }
  // ("…, ajoutant que …": a language's participles of saying are listed.)
  const participle = base.endsWith('ing') || current.participleCues.has(base);
  // "(Reporting by …)": a credit line, not a cue.
  if (participle && nextLower === 'by') return null;
  // "One Napa County reporting station hasn’t seen …": right after a name, with no comma between, a participle
  // before a noun and that noun's verb describes the noun. ("Ryan saying he was …", "Democrats urging him, …",
  // "He’s telling allies that …" keep their cue.)
  if (participle && before && before.kind === 'word' && before.cap && before.p === t.p && before.q < 0 && (before.cls & W.PRONOUN) === 0 && next && next.kind === 'word' && !next.cap && next.q < 0 && (next.cls & W.PRONOUN) === 0 && nounsVerb(tokens[i + 2])) return null;
  const tell = base === 'told' || base === 'tell' || base === 'tells' || base === 'telling';
  return { start: i, end: i + 1, kind: 'verb', participle, tell };
}

/** The first token of a lead of `infinitiveLeads` ending right before token i ("tras", "después de"), or -1. */
export function infinitiveLead(tokens: Token[], i: number): number {
  const last = tokens[i - 1];
  const leads = last && last.kind === 'word' && last.q < 0 && last.p === tokens[i]!.p ? current.infinitiveLeads.get(last.lower) : undefined;
  if (!leads) return -1;
  for (const words of leads) {
    let k = 0;
    while (k < words.length && i - 2 - k >= 0 && tokens[i - 2 - k]!.p === last!.p && tokens[i - 2 - k]!.lower === words[words.length - 1 - k]) k++;
    if (k === words.length) return i - 1 - k;
  }
  return -1;
}

// After "called" and its object, words that make it a phone call, a summons or a phrasal verb, not a description.
const CALL_PARTICLES = new Set('back off out up in over to on at for from with about after into by as'.split(' '));
// ("her" is left to the determiners: "called her mother".)
const OBJECT_PRONOUNS = new Set('him them it himself herself themselves itself me us'.split(' '));

/**
 * "calling Trump a fascist", "called him divisive", "called the plan a disaster": after "call" an object (a pronoun,
 * a name, or a determiner and up to three words) and then what it is called (an article and a noun, or a word that is
 * no particle or preposition), the sentence going on no further than a few words. English's "call" only (the caller
 * checks).
 */
function characterizes(tokens: Token[], i: number, sentEnd: number): boolean {
  const t = tokens[i];
  if (!t || i >= sentEnd || t.kind !== 'word' || t.q >= 0) return false;
  let k = i + 1;
  if (OBJECT_PRONOUNS.has(t.lower)) {
    // The pronoun alone is the object.
  } else if (t.cap) while (k < sentEnd && k < i + 3 && tokens[k]!.kind === 'word' && tokens[k]!.cap) k++;
  else if (ADJ_DETS.has(t.lower) && t.lower !== 'a' && t.lower !== 'an') {
    while (k < sentEnd && k < i + 4 && tokens[k]!.kind === 'word' && !tokens[k]!.cap && !ADJ_DETS.has(tokens[k]!.lower) && !CALL_PARTICLES.has(tokens[k]!.lower) && tokens[k + 1]?.kind === 'word' && !ADJ_DETS.has(tokens[k + 1]!.lower) && !CALL_PARTICLES.has(tokens[k + 1]!.lower)) k++;
    k++;
  } else return false;
  const p = tokens[k];
  if (!p || k >= sentEnd || p.kind !== 'word' || p.q >= 0 || p.cap || CALL_PARTICLES.has(p.lower) || ((p.cls & (W.CUE | W.NP_STOP)) !== 0 && p.lower !== 'a' && p.lower !== 'an')) return longObject(tokens, i, sentEnd);
  return true;
}

/**
 * "had called the Supreme Court decision on the Essar Steel resolution a landmark judgment": a longer object, its
 * complement after "of", "on" or "in" and an article, then "a" or "an" and a lower-case word.
 */
function longObject(tokens: Token[], i: number, sentEnd: number): boolean {
  if (!ADJ_DETS.has(tokens[i]!.lower)) return false;
  for (let k = i + 2; k < sentEnd - 1 && k < i + 14; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.q >= 0 || (t.cls & W.CUE) !== 0) return false;
    if (t.lower === 'a' || t.lower === 'an') return tokens[k + 1]!.kind === 'word' && !tokens[k + 1]!.cap && !CALL_PARTICLES.has(tokens[k - 1]!.lower);
    if (CALL_PARTICLES.has(t.lower) && !((t.lower === 'on' || t.lower === 'of' || t.lower === 'in') && ADJ_DETS.has(tokens[k + 1]!.lower))) return false;
  }
  return false;
}

/**
 * "responded to Mills with, “…”", "responded with a phrase that could have come from Trump himself: “…”":
 * a quotation a comma or colon opens within a few words after the cue, nothing else set off before it.
 */
function quoteIntroduced(tokens: Token[], i: number, sentEnd: number): boolean {
  for (let j = i + 2; j < sentEnd && j <= i + 13; j++) {
    const t = tokens[j]!;
    if (t.mark === 'open') return tokens[j - 1]!.text === ',' || tokens[j - 1]!.text === ':';
    if (t.q >= 0 || (t.kind === 'punct' && t.text !== ',' && t.text !== ':')) return false;
  }
  return false;
}

/**
 * "Die Lage sei ernst, so die Ministerin.", "…, continued Smith.": a verb that reports only beside a quotation also
 * reports the clause before its comma when someone named after it ends the sentence.
 */
function speakerEnds(tokens: Token[], i: number, sentEnd: number): boolean {
  // "Il a saisi l'arme, a poursuivi le préfet.": the perfect's helper between the comma and the verb.
  const aux = tokens[i - 1];
  const c = aux && aux.kind === 'word' && aux.q < 0 && !aux.cap && current.perfectAuxiliaries.has(aux.lower) ? i - 1 : i;
  const comma = tokens[c - 1];
  if (!comma || comma.kind !== 'punct' || comma.text !== ',' || comma.p !== tokens[i]!.p) return false;
  const np = npForward(tokens, i + 1, sentEnd);
  if (!np || !namesSomeone(tokens, np.s, np.e)) return false;
  // "so Anna Weber vom Handelsverband": a complement after the name goes with it.
  let e = np.e;
  const link = tokens[e];
  if (e < sentEnd && link && link.kind === 'word' && !link.cap && current.nounLinks.has(link.lower)) e = npForward(tokens, e + 1, sentEnd)?.e ?? e;
  // "…, a poursuivi la procureure de Lyon, Anne Roux.": the name set off after the role.
  if (isComma(tokens[e]) && e + 1 < sentEnd && tokens[e + 1]!.cap && tokens[e + 1]!.q < 0) {
    const named = npForward(tokens, e + 1, sentEnd);
    if (named && named.e === sentEnd - 1) e = named.e;
  }
  // "so Lang weiter", "so ein Sprecher am Montag", "so Müller gegenüber der Zeitung": adverbs of the cue, then a short
  // phrase of when or to whom, may end the sentence after the speaker.
  while (e < sentEnd && tokens[e]!.kind === 'word' && tokens[e]!.q < 0 && !tokens[e]!.cap && current.afterCue.has(tokens[e]!.lower)) e++;
  if (e < sentEnd && tokens[e]!.kind === 'word' && tokens[e]!.q < 0 && !tokens[e]!.cap && current.midPrepositions.has(tokens[e]!.lower) && sentEnd - e <= 5) {
    let k = e + 1;
    while (k < sentEnd && tokens[k]!.kind === 'word' && tokens[k]!.q < 0) k++;
    if (k >= sentEnd - 1) e = k;
  }
  const end = tokens[e];
  if (e < sentEnd && !(e === sentEnd - 1 && end && end.kind === 'punct' && '.!'.includes(end.text))) return false;
  // Three words at least before the comma, in the sentence.
  let words = 0;
  for (let k = c - 2; k >= 0 && k > c - 40 && words < 3; k--) {
    const t = tokens[k]!;
    if (t.p !== comma.p || (t.kind === 'punct' && '.!?'.includes(t.text))) break;
    if (t.kind === 'word') words++;
  }
  return words >= 3;
}

function isComma(t: Token | undefined): boolean {
  return !!t && t.kind === 'punct' && t.q < 0 && t.text === ',';
}

/** A quotation opens just after token i ("reads: “…”") or closes just before it ("“…,” he continued"). */
function quoteNear(tokens: Token[], i: number, sentEnd: number): boolean {
  for (let j = i + 1; j < sentEnd && j <= i + 3; j++) if (tokens[j]!.mark === 'open') return true;
  // "Cruz continued:" ending the paragraph, the quotation opening the next one.
  const last = tokens[sentEnd - 1];
  if (sentEnd - i <= 3 && last && last.kind === 'punct' && last.text === ':' && tokens[sentEnd]?.mark === 'open' && tokens[sentEnd]!.p === last.p + 1) return true;
  return quoteBefore(tokens, i);
}

/** A quotation closed right before token i, in the same paragraph ("“…,” she yelled"; not the one ending the paragraph before). */
function quoteBefore(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 4 && tokens[j]!.p === tokens[i]!.p; j--) if (tokens[j]!.mark === 'close') return true;
  return false;
}
