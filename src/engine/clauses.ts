import { contentOf, joinContent, type Content } from './content';
import { anonymousNouns, complementizers, cueModifiers, cueWords, current, determiners, documentNouns, mediaNouns, npStops, outletKey, outletNames, pronouns, roleNouns, titles } from './lexicons';
import { cueAt, infinitiveLead, MAY_CUE, type Cue } from './cues';
import { bareSubject, datelineEnd, describesSomeone, IRREGULAR_PAST, isLyAdverb, isPassive, leadParticiple, npBackward, npForward, SUBORDINATORS, subjectAfter, subjectBefore, subjectStart, type Subject } from './mentions';
import type { Quote } from './quotes';
import { dropPossessive, headOf, isSourceNoun, namesSomeone } from './source-heads';
import { bareLower, possessive, W } from './word-classes';
import type { Sentence } from './sentences';
import { elision, type Token } from './tokens';

/** An attribution before sources are resolved: token-level cue and mention, character-level content. */
export interface Found {
  cue: { s: number; e: number };
  mention: Subject | null;
  /** No subject was written (Spanish "Agregó que …"): the speaker is whoever spoke last. */
  dropped: boolean;
  /** A quotation paragraph with no cue of its own: the speaker of the attribution it continues. */
  continues: Found | null;
  content: Content;
  paragraph: number;
  sentence: number;
  /** Quoted words that say how, not what (`mannerQuote`): they claim their quotation, then are dropped. */
  manner: boolean;
}

/** Every Found is made here, so that all have one shape (the JIT then keeps the code that reads them optimized). */
export function newFound(cue: { s: number; e: number }, mention: Subject | null, content: Content, paragraph: number, sentence: number, dropped = false, continues: Found | null = null): Found {
  return { cue, mention, dropped, continues, content, paragraph, sentence, manner: false };
}

const PARTICIPLES = new Set('adding saying noting arguing telling claiming warning explaining calling insisting citing asking suggesting writing declaring stressing urging referring describing accusing'.split(' '));
// Words that open an introductory phrase, not a reported clause ("In a statement, the company said …").
const LEAD_INS = new Set('in on at during after before when while speaking asked earlier later last this since as with without following despite amid addressing writing responding'.split(' '));
const TURN_AFTER_QUOTE = new Set('which who whose where while though although before after'.split(' '));
const AFTER_QUOTE = new Set('as when until moments'.split(' '));
const CLAUSE_TURNS = new Set('who which while although though whereas but as'.split(' '));
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);
const OBJECT_PRONOUNS = new Set('him her them me us reporters journalists'.split(' '));
const ADJUNCT_PREPS = new Set('in on at during to via with after before from while through over'.split(' '));
const TIME_START = new Set('monday tuesday wednesday thursday friday saturday sunday yesterday today tonight last this earlier later recently previously again also then on late early on in at'.split(' '));
const TIME_ANY = new Set('monday tuesday wednesday thursday friday saturday sunday yesterday today tonight morning afternoon evening night week weekend month year last this earlier later recently previously again also then late early'.split(' '));

function isPunct(t: Token | undefined, chars: string): boolean {
  return !!t && t.kind === 'punct' && t.q < 0 && chars.includes(t.text);
}

// Who a speaker tells things to ("told supporters at a rally in Manchester, New Hampshire, that …").
const AUDIENCES = new Set('reporters journalists supporters voters customers crowd audience students members delegates attendees listeners viewers donors followers lawmakers senators congressmen workers residents veterans activists guests people readers colleagues fans police investigators officers detectives prosecutors authorities cops'.split(' '));

/** "that" within the next words (places, times and commas between), or -1: the token after it. */
function thatAhead(tokens: Token[], from: number, b: number): number {
  for (let j = from; j < b && j < from + 22; j++) {
    const t = tokens[j]!;
    if (t.q >= 0 || (t.kind === 'punct' && t.text !== ',' && t.text !== '-')) return -1;
    if (complementizers.has(t.lower)) return j + 1;
  }
  return -1;
}

/** "el año pasado", "la semana pasada", "last week": a determiner and a word of time, with at most one word more. */
function timePhrase(tokens: Token[], i: number, j: number): boolean {
  if (j - i < 2 || j - i > 3 || !determiners.has(tokens[i]!.lower)) return false;
  for (let k = i + 1; k < j; k++) if (tokens[k]!.kind !== 'word' || tokens[k]!.q >= 0) return false;
  return (tokens[i + 1]!.cls & W.TIME) !== 0;
}

/**
 * "teilte mit, …", "kündigte am Montag an: „…“", "teilte die Firma mit, …": a separable verb's particle a few words
 * after token i closes the cue's clause; the index of the comma or colon after it, else i.
 */
function pastParticle(tokens: Token[], i: number, b: number): number {
  if (current.particles.size === 0) return i;
  for (let j = i; j < b && j <= i + 6; j++) {
    const t = tokens[j]!;
    if (t.q >= 0 || t.kind !== 'word') break;
    if (!t.cap && current.particles.has(t.lower) && isPunct(tokens[j + 1], ',:')) return j + 1;
  }
  return i;
}

/** Where the reported clause after a cue starts: past its object ("told Reuters"), time words and "that". */
function clauseStart(tokens: Token[], cue: Cue, b: number): number {
  let i = cue.end;
  // "writes back, “…”", "fired back: “…”": the particle belongs to the verb.
  if (i < b && tokens[i]!.lower === 'back' && tokens[i]!.q < 0) i++;
  i = pastParticle(tokens, i, b);
  while (i < b && tokens[i]!.kind === 'word' && tokens[i]!.q < 0 && !tokens[i]!.cap && current.afterCue.has(tokens[i]!.lower)) i++;
  if (cue.tell && i < b) {
    const t = tokens[i]!;
    const aud = t.kind === 'word' && /^(the|a|an|his|her|their)$/.test(t.lower) ? tokens[i + 1] : t;
    const that = aud && AUDIENCES.has(aud.lower) ? thatAhead(tokens, i + 1, b) : -1;
    if (that >= 0) i = that;
    else if (t.kind === 'word' && OBJECT_PRONOUNS.has(t.lower)) i++;
    // "told police the dress was taken", "told reporters the plan is dead": the audience, then the clause.
    else if (aud && aud.kind === 'word' && !aud.cap && AUDIENCES.has(aud.lower)) i += aud === t ? 1 : 2;
    // "told jurors that …", "told the committee that …": any lower-case noun right before "that" is the audience.
    else if (aud && aud.kind === 'word' && !aud.cap && aud.q < 0 && (aud.cls & (W.NP_STOP | W.CUE | W.PRONOUN)) === 0 && complementizers.has(tokens[(aud === t ? i : i + 1) + 1]?.lower ?? '')) i += aud === t ? 2 : 3;
    else {
      let j = i;
      while (j < b && j < i + 6 && tokens[j]!.kind === 'word' && tokens[j]!.q < 0 && !complementizers.has(tokens[j]!.lower) && (tokens[j]!.cap || /^(the|a|an|his|her|their|its)$/.test(tokens[j]!.lower) || j > i)) {
        j++;
        if (tokens[j - 1]!.cap && !(tokens[j]?.cap)) break;
      }
      i = j;
    }
  }
  // ("a estimé mardi qu’il …", "dijo el lunes que …": the language's own words of time too.)
  while (i < b && tokens[i]!.kind === 'word' && tokens[i]!.q < 0 && (TIME_ANY.has(tokens[i]!.lower) || ((tokens[i]!.cls & (W.TIME | W.NP_STOP)) === W.TIME && !tokens[i]!.cap))) i++;
  // "begründet das so: „…“", "explained it like this: “…”": a few words of how, a colon, and the quotation it opens.
  for (let j = i; j < b && j <= i + 3; j++) {
    const t = tokens[j]!;
    if (t.text === ':' && t.q < 0 && j > i && tokens[j + 1]?.mark === 'open') return j + 1;
    if (t.kind !== 'word' || t.q >= 0) break;
  }
  // "responded with a phrase that could have come from Trump himself: “…”": the quotation a colon opens.
  if (i < b && ADJUNCT_PREPS.has(tokens[i]!.lower)) {
    for (let j = i + 1; j < b && j < i + 14; j++) {
      const t = tokens[j]!;
      if (t.q >= 0 || (t.kind === 'punct' && t.text !== ':')) break;
      if (t.text === ':' && tokens[j + 1]?.mark === 'open') return j + 1;
    }
  }
  // "bestätigte dem „Spiegel“, dass …", "sagte einem Reporter: „…“": whom it was said to, in a case no subject takes, then
  // a comma, a colon or the complementizer that opens what was said.
  if (i < b && current.objectArticles.has(tokens[i]!.lower) && tokens[i]!.q < 0) {
    for (let j = i + 1; j < b && j < i + 8; j++) {
      const t = tokens[j]!;
      // ("acusó al Gobierno de ocultar datos, pero remarcó que …": a comma before a second verb of saying ends its object.)
      if (isPunct(t, ',') && current.dropsSubjects && joinedCue(tokens, j + 1, b)) break;
      // ("defendió a los vecinos después de explicar que …": the "que" is the infinitive's.)
      if (leadsInfinitive(tokens, j, b)) break;
      if (t.q < 0 && (isPunct(t, ',:') || complementizers.has(t.lower))) {
        // ("dijo a la diaria que …": the complementizer itself is left to open the clause.)
        i = isPunct(t, ',') && complementizers.has(tokens[j + 1]?.lower ?? '') ? j + 2 : complementizers.has(t.lower) ? j : j + 1;
        break;
      }
      if (t.q < 0 && t.kind === 'punct' && t.mark === null) break;
    }
  }
  // "sagte der „Bild am Sonntag“, er …", "sagte der Zeitung: „…“": an outlet after its article, then a comma, a colon
  // or the complementizer, is whom it was said to (in a language whose articles mark case, where this one's form does
  // not tell it).
  if (i < b && current.objectArticles.size > 0 && tokens[i]!.kind === 'word' && tokens[i]!.q < 0 && determiners.has(tokens[i]!.lower) && !complementizers.has(tokens[i]!.lower)) {
    let j = i + 1;
    while (j < b && j < i + 6 && tokens[j]!.kind === 'word' && tokens[j]!.q < 0) j++;
    const name = tokens.slice(i + 1, j).map((x) => x.text).join(' ');
    const last = j > i + 1 ? tokens[j - 1]!.lower : '';
    // ("sagte der Austria Presse Agentur (APA), …": the outlet's short name in brackets after it.)
    if (j + 2 < b && isPunct(tokens[j]!, '(') && tokens[j + 1]!.kind === 'word' && isPunct(tokens[j + 2]!, ')')) j += 3;
    const t = tokens[j];
    // ("sagte der dpa, …": an outlet's short name in lower case; "der Presse-Agentur": a compound ending in a noun for one.)
    const media = j > i + 1 && i + 1 < b && (mediaNouns.has(tokens[i + 1]!.lower) || outletNames.has(outletKey(name)) || (tokens[i + 1]!.cap && mediaNouns.has(last.slice(last.lastIndexOf('-') + 1))));
    if (media && (tokens[i + 1]!.cap || outletNames.has(outletKey(name))) && t && j < b && t.q < 0 && (isPunct(t, ',:') || complementizers.has(t.lower))) {
      i = isPunct(t, ',') && complementizers.has(tokens[j + 1]?.lower ?? '') ? j + 2 : j + 1;
    }
  }
  // "said in a statement that …", "said on Twitter that …": skip to a "that" close ahead.
  let that = false;
  // (Outside English, a phrase opened by a preposition between the cue and its "dass"/"que" is where, when or to
  // whom: "verkündete am Sonntag, dass …", "dijo a la diaria que …"; "destacó la responsabilidad que …" is an object.)
  const first = tokens[i];
  const other = current.data.code !== 'en' && !!first && first.kind === 'word' && npStops.has(first.lower) && !determiners.has(first.lower);
  for (let j = i; j < b && j < i + (other ? 10 : 14); j++) {
    const t = tokens[j]!;
    if (t.q >= 0 || (t.kind === 'punct' && t.text !== '-' && t.text !== '.' && !(other && t.text === ','))) break;
    // ("negó ante el juez las acusaciones, pero remarcó que …": the "que" after a second verb of saying is that verb's.)
    if (current.dropsSubjects && j > i && joinedCue(tokens, j, b)) break;
    if (leadsInfinitive(tokens, j, b)) break;
    if (complementizers.has(t.lower)) {
      // ("said afterward that", "said repeatedly that": an adverb of time or manner before it.)
      if (j === i || other || ADJUNCT_PREPS.has(tokens[i]!.lower) || TIME_START.has(tokens[i]!.lower) || timePhrase(tokens, i, j) || (j - i <= 2 && (onlyTime(tokens, i, j) || isLyAdverb(tokens[i]!)))) {
        i = j + 1;
        that = true;
      }
      break;
    }
  }
  // ("vowed to form a task force, which …": "to" before a verb is no phrase of where or to whom.)
  if (!that && i < b && adjunctAt(tokens, i, b)) {
    // "said in an interview, …" / "said at a rally: “…”"; "posted on Twitter accusing …": the participle is a cue of
    // its own (read by the caller as no reported clause).
    for (let j = i; j < b && j < i + 12; j++) {
      const t = tokens[j]!;
      if (t.q >= 0) break;
      if (isPunct(t, ',:')) { i = j + 1; break; }
      if (j > i + 1 && t.kind === 'word' && PARTICIPLES.has(t.lower) && j < i + 6) { i = j; break; }
      if (t.kind === 'punct') break;
    }
  }
  while (i < b && isPunct(tokens[i], ',:—–')) i++;
  return i;
}

/**
 * A comma after token i, within the clause and outside quotations, followed by a helper or a verb of saying: the main
 * clause's verb after a relative clause ("…, qui a témoigné à l’audience, a affirmé …"). Its index, or -1.
 */
function mainVerbAfter(tokens: Token[], i: number, b: number): number {
  for (let j = i; j < b && j < i + 30; j++) {
    const t = tokens[j]!;
    if (t.q >= 0 || t.mark !== null) return -1;
    if (t.kind !== 'punct') continue;
    if (t.text !== ',') return -1;
    const n = tokens[j + 1];
    if (!!n && n.kind === 'word' && n.q < 0 && !n.cap && !complementizers.has(n.lower) && (current.perfectAuxiliaries.has(n.lower) || current.speechVerbs.has(n.lower))) return j;
  }
  return -1;
}

/**
 * A phrase of where, when or to whom opens at token i ("in a statement", "at a rally", "to reporters"); "to form …" is
 * a verb's, "at least 5,000 people" a number's.
 */
function adjunctAt(tokens: Token[], i: number, b: number): boolean {
  const t = tokens[i]!;
  // ("am Montag", "im Interview": a language's prepositions of `midPrepositions` too.)
  if (!(ADJUNCT_PREPS.has(t.lower) || current.midPrepositions.has(t.lower)) || infinitiveAt(tokens, i, b)) return false;
  const n = tokens[i + 1]?.lower;
  return !(t.lower === 'at' && (n === 'least' || n === 'most'));
}

/** Every word of [s, e) outside quotations is a word of time ("Then, last week,", "Am Sonntag"). */
function onlyTime(tokens: Token[], s: number, e: number): boolean {
  for (let k = s; k < e; k++) {
    const t = tokens[k]!;
    if (t.kind === 'word' && !TIME_ANY.has(t.lower) && (t.cls & W.TIME) === 0) return false;
  }
  return true;
}

/** "to form", "to crack down": English "to" before a lower-case word that is no article, pronoun or audience. */
function infinitiveAt(tokens: Token[], i: number, b: number): boolean {
  const n = tokens[i + 1];
  return tokens[i]!.lower === 'to' && i + 1 < b && !!n && n.kind === 'word' && !n.cap && n.q < 0 && !DETERMINERS.has(n.lower) && !determiners.has(n.lower) && !OBJECT_PRONOUNS.has(n.lower) && !AUDIENCES.has(n.lower);
}

/**
 * Where the reported clause ends: the sentence end, a semicolon, ", adding …" / ", according to",
 * a dash, or (once the clause has some words) a turn to a new clause: ", who …", ", while …".
 */
export function clauseEnd(tokens: Token[], from: number, b: number): number {
  let words = 0;
  for (let i = from; i < b; i++) {
    const t = tokens[i]!;
    if (t.q >= 0) {
      if (t.kind === 'word') words++;
      // “…,” closing a quotation, then a capitalised word: a new sentence-level clause begins
      // ("Sanders refers to it as “Medicare for all,” Clinton seized upon …").
      const n = tokens[i + 1];
      if (t.mark !== 'close' || !n || i + 1 >= b || n.kind !== 'word' || n.q >= 0) continue;
      if (words >= 4 && tokens[i - 1]?.text === ',' && n.cap && n.text !== 'I') {
        return i + 1;
      }
      // "“Why now? That was on my way to Libya?” Mills then writes back": a question or exclamation, then
      // a name and its verb.
      if (words >= 2 && (tokens[i - 1]?.text === '?' || tokens[i - 1]?.text === '!') && n.cap && n.text !== 'I' && newSpeaker(tokens, i + 1, b)) return i + 1;
      // "said things “should be wrapped up by Cleveland,” referring to …", "he’s “excited” as he
      // faces …": what trails the quotation is the writer's, not the speaker's.
      if (AFTER_QUOTE.has(n.lower) || (tokens[i - 1]?.text === ',' && (PARTICIPLES.has(n.lower) || (!n.cap && /ing$/.test(n.lower) && n.lower.length > 5)))) return i + 1;
      // "promising lower taxes and “jobs, jobs, jobs,” but he has also …": a new clause with its own subject.
      const n2 = tokens[i + 2];
      if (tokens[i - 1]?.text === ',' && (n.lower === 'and' || n.lower === 'but') && n2 && SUBJECT_PRONOUNS.has(n2.lower)) return i + 1;
      // "“…in the seven figures,” which …", "“…about right,” though voters …": the writer's words again.
      if (words >= 2 && tokens[i - 1]?.text === ',' && !n.cap && TURN_AFTER_QUOTE.has(n.lower)) return i + 1;
      // "“anybodybuttrump.us,” a website linked to …", "“…,” a subtle dig at …": the writer's appositive.
      // A list of quoted words goes on ("a “pathological liar,” a “serial philanderer,” a “bully”").
      if (tokens[i - 1]?.text === ',' && (n.lower === 'a' || n.lower === 'an') && n.text === n.lower && tokens[i + 2]?.mark !== 'open' && tokens[i + 3]?.mark !== 'open') return i + 1;
      continue;
    }
    if (t.kind === 'word') {
      // "called her “weak” and said she …", "said it was a “disaster” and asking, …": a second
      // verb of the sentence's own subject ends the reported clause.
      if (words >= 3 && (t.lower === 'and' || t.lower === 'but') && i + 1 < b && secondVerb(tokens, i + 1)) return i;
      // "ha valorado la rapidez de la policía, al tiempo que ha avanzado que …", "… y ha avanzado que …", "…, por lo que
      // ha explicado que …": where a language drops subjects, a verb of saying after a conjunction, or after the "que"
      // of a connective set off by a comma, with a clause of its own, is a second act of the same speaker.
      if ((words >= 3 || current.infinitives.has(t.lower)) && current.dropsSubjects && !t.cap && (t.cls & W.SPEECH) !== 0) {
        const turn = secondReport(tokens, from, i, b);
        if (turn >= 0) return turn;
      }
      words++;
      continue;
    }
    if (isPunct(t, ';')) return i;
    if (words >= 4 && (isPunct(t, '—–') || (t.text === '-' && tokens[i + 1]?.text === '-'))) return i;
    if (isPunct(t, ',—') && i + 1 < b) {
      const n = tokens[i + 1]!;
      if (n.kind === 'word' && (PARTICIPLES.has(n.lower) || current.participleCues.has(n.lower) || (n.lower === 'according' && tokens[i + 2]?.lower === 'to'))) return i;
      // ", implicitly putting his name on the line": an adverb, then a participle phrase.
      const n3 = tokens[i + 2];
      if (words >= 3 && isLyAdverb(n) && n3 && n3.kind === 'word' && !n3.cap && /ing$/.test(n3.lower) && n3.lower.length > 5) return i;
      // ", but “the offers were …”": a quotation right after the turn goes on with the speaker's words.
      if (words >= 6 && n.kind === 'word' && CLAUSE_TURNS.has(n.lower) && !(n.lower === 'but' && tokens[i + 2]?.mark === 'open')) return i;
      // ", and a few Republican lawmakers have called for …", "…, while the opposition claimed …": a new subject with a
      // speech verb of its own.
      if (words >= 3 && t.text === ',' && (n.lower === 'and' || n.lower === 'but' || n.lower === 'while' || n.lower === 'whereas') && newSpeaker(tokens, i + 2, b)) return i;
      if (words >= 4 && t.text === ',' && n.cap && newSpeaker(tokens, i + 1, b)) return i;
      // "…, la cual, dijo Perdomo, debe …", "…, said Smith, …": a verb of saying and its speaker set off by commas
      // report words of their own.
      if (words >= 3 && t.text === ',' && n.kind === 'word' && !n.cap && n.q < 0 && (n.cls & W.SPEECH) !== 0 && !!tokens[i + 2]?.cap && fullNameAt(tokens, i + 2, b)) return i;
      // ", and he railed …", ", he appears …": a new subject starts a new clause.
      const n2 = tokens[i + 2];
      if (words >= 5 && t.text === ',' && n.kind === 'word' && (SUBJECT_PRONOUNS.has(n.lower) || (n.lower === 'and' && n2 && SUBJECT_PRONOUNS.has(n2.lower)))) return i;
    }
  }
  return b;
}

/**
 * The verb of saying at token v opens a report of its own, joined to the clause before it (from `from`): helpers before
 * it, then a conjunction ("y ha avanzado que …") or the "que" of a connective a comma opens a few words before ("…, al
 * tiempo que ha avanzado que …"); a "que", a colon or a quotation right after it. Where the clause before ends (the
 * conjunction or the comma), or -1.
 */
function secondReport(tokens: Token[], from: number, v: number, b: number): number {
  let after = v + 1;
  // ("ha incidido en que …")
  if (after + 1 < b && tokens[after]!.q < 0 && tokens[after]!.kind === 'word' && npStops.has(tokens[after]!.lower) && !complementizers.has(tokens[after]!.lower) && complementizers.has(tokens[after + 1]!.lower)) after++;
  const n = tokens[after];
  if (!n || after >= b || !(n.mark === 'open' || (n.q < 0 && (complementizers.has(n.lower) || isPunct(n, ':'))))) return -1;
  // "pidió calma al señalar que …", "…, tras asegurar que …": an infinitive's lead (and a comma before it) ends the
  // clause before.
  if (current.infinitives.has(tokens[v]!.lower)) {
    const lead = infinitiveLead(tokens, v);
    return lead <= from ? -1 : isPunct(tokens[lead - 1], ',') ? lead - 1 : lead;
  }
  let k = v;
  while (k - 1 > from && tokens[k - 1]!.kind === 'word' && tokens[k - 1]!.q < 0 && !tokens[k - 1]!.cap && (cueModifiers.has(tokens[k - 1]!.lower) || current.perfectAuxiliaries.has(tokens[k - 1]!.lower))) k--;
  const j = tokens[k - 1];
  if (!j || k - 1 <= from || j.kind !== 'word' || j.q >= 0) return -1;
  if (current.conjunctions.has(j.lower) || j.lower === 'pero') return isPunct(tokens[k - 2], ',') ? k - 2 : k - 1;
  return connectiveComma(tokens, from, k - 1);
}

/**
 * ", al tiempo que", ", por lo que", ", de modo que": a connective set off by a comma, ending in the "que" at token j,
 * one to three words between. The comma's index, or -1 (", que …" alone opens a relative clause).
 */
function connectiveComma(tokens: Token[], from: number, j: number): number {
  if (!complementizers.has(tokens[j]?.lower ?? '') || tokens[j]!.q >= 0) return -1;
  for (let c = j - 1; c > from && c >= j - 4; c--) {
    const t = tokens[c]!;
    if (isPunct(t, ',')) return c < j - 1 ? c : -1;
    if (t.kind !== 'word' || t.q >= 0 || t.cap || (t.cls & W.SPEECH) !== 0) return -1;
  }
  return -1;
}

/** Token j ends the lead of an infinitive cue right after it ("… al señalar", "… después de explicar"). */
function leadsInfinitive(tokens: Token[], j: number, b: number): boolean {
  const v = tokens[j + 1];
  return j + 1 < b && !!v && v.q < 0 && current.infinitives.has(v.lower) && infinitiveLead(tokens, j + 1) >= 0;
}

/** A verb of saying after a conjunction and its helpers from token k: "pero remarcó", "y ha avanzado". */
function joinedCue(tokens: Token[], k: number, b: number): boolean {
  const c = tokens[k];
  if (!c || k >= b || c.kind !== 'word' || c.q >= 0 || !(current.conjunctions.has(c.lower) || c.lower === 'pero')) return false;
  let v = k + 1;
  while (v < b && v < k + 4 && tokens[v]!.kind === 'word' && tokens[v]!.q < 0 && (cueModifiers.has(tokens[v]!.lower) || current.perfectAuxiliaries.has(tokens[v]!.lower))) v++;
  return v < b && tokens[v]!.kind === 'word' && tokens[v]!.q < 0 && !tokens[v]!.cap && (tokens[v]!.cls & W.SPEECH) !== 0;
}

// "said at an event in Wyoming", "wrote in a note to investors", "posted by CBN": what follows the
// cue is where or how it was said, not what; the words themselves are elsewhere.
function adjunctOnly(tokens: Token[], rs: number, re: number): boolean {
  const first = tokens[rs]!;
  if (first.kind !== 'word' || !(adjunctAt(tokens, rs, re) || first.lower === 'by')) return false;
  if (first.lower === 'by') return true;
  // "sagte, in der Nacht sei niemand verletzt worden": where the verb comes second, a clause set off by a comma may open
  // with a phrase of when or where; its verb of reported speech makes it what was said.
  if (current.verbSecond && isPunct(tokens[rs - 1], ',')) {
    for (let i = rs + 1; i < re; i++) if (current.reportedMood.has(tokens[i]!.lower)) return false;
  }
  const words = wordCount(tokens, rs, re);
  if (words <= 8) return true;
  // "said Tuesday in a fireside chat with Salesforce founder and co-CEO Marc Benioff": a longer phrase of where and
  // with whom, as long as no clause (a "that", a helper verb, a quotation) starts inside it.
  if (words > 16) return false;
  for (let i = rs; i < re; i++) {
    const t = tokens[i]!;
    if (t.q >= 0 || complementizers.has(t.lower) || cueModifiers.has(t.lower) || cueWords.has(t.lower)) return false;
  }
  return true;
}

/**
 * "Eine Zeugin sagte vor Gericht aus.", "Die Polizei teilte am Abend nichts mit.": a separable verb's particle closing
 * the clause right after the cue, with no comma or colon between, makes the words between the verb's own frame (here
 * "aussagen", to testify), no reported clause.
 */
function particleCloses(tokens: Token[], cue: Cue, rs: number, re: number): boolean {
  if (current.particles.size === 0 || rs !== cue.end) return false;
  let k = re - 1;
  while (k > rs && tokens[k]!.kind === 'punct' && tokens[k]!.q < 0) k--;
  const t = tokens[k]!;
  if (k <= rs || t.kind !== 'word' || t.cap || t.q >= 0 || !current.particles.has(t.lower)) return false;
  for (let i = rs; i < k; i++) if (tokens[i]!.kind === 'punct' || tokens[i]!.q >= 0) return false;
  return true;
}

/**
 * "“…,” Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said …": a name
 * right after a closing quotation mark, then appositives between commas up to the cue. The name is
 * the source however many appositives follow it; the first one is its role.
 */
function quoteLedSubject(tokens: Token[], a: number, cueStart: number): Subject | null {
  const k = cueStart - 1;
  if (k <= a || !isPunct(tokens[k], ',')) return null;
  let c = k - 1;
  while (c >= a && k - c < 40 && tokens[c]!.q < 0 && !isPunct(tokens[c], '.;:?!')) c--;
  if (c < a || tokens[c]!.mark !== 'close') return null;
  const np = npForward(tokens, c + 1, k);
  if (!np || !tokens[np.s]!.cap || np.e >= k || !isPunct(tokens[np.e], ',')) return null;
  let re = np.e + 1;
  while (re < k && !isPunct(tokens[re], ',')) re++;
  return { ms: np.s, me: np.e, rs: np.e + 1, re, start: np.s, end: k };
}

/**
 * A sentence that ends its paragraph with a colon, followed by a paragraph that opens with a
 * quotation: the quotation (over every paragraph it runs through) is what the colon introduces.
 */
export function nextParagraphQuote(tokens: Token[], quotes: Quote[], b: number): Content | null {
  const colon = tokens[b - 1];
  const first = tokens[b];
  if (!colon || !first || !isPunct(colon, ':') || first.mark !== 'open' || first.q < 0 || first.p !== colon.p + 1) return null;
  let j = b;
  while (j < tokens.length && tokens[j]!.q === first.q) j++;
  const content = contentOf(tokens, quotes, b, j);
  return content && content.type === 'direct' ? content : null;
}

// A verb carrying its subject pronoun: French "a-t-il", "peut-on", "ajoute-t-elle".
const CLITIC = /-(?:t-)?(il|elle|ils|elles|on)$/;

/** Nothing but punctuation from `i` to the sentence end: "«…», señaló." */
function endsClause(tokens: Token[], i: number, b: number): boolean {
  // ("«…», dijo ayer.", "«…», ha argumentado hoy antes de valorar …": words of time after the cue say when.)
  while (i < b && tokens[i]!.kind === 'word' && tokens[i]!.q < 0 && !tokens[i]!.cap && (tokens[i]!.cls & W.TIME) !== 0) i++;
  for (let k = i; k < b; k++) {
    const t = tokens[k]!;
    // "Al respecto, señaló: “…”": a quotation after the cue is what it reports.
    if (t.mark === 'open') return false;
    if (t.kind !== 'word' || t.q >= 0) continue;
    // "«…», ha argumentado antes de valorar …", "dijo cuando salía del juzgado": a clause of when goes on about the act.
    if (k === i && current.subordinators.has(t.lower)) return true;
    // "«…», contó y sumó que …": another cue, joined by a conjunction, starts a clause of its own.
    const next = tokens[k + 1];
    if (k === i && npStops.has(t.lower) && !!next && k + 1 < b && next.kind === 'word' && (next.cls & W.SPEECH) !== 0) return true;
    // "«…», citó como ejemplo.", "dijo a la prensa.": a short phrase of how, where or to whom ends the sentence.
    return k === i && npStops.has(t.lower) && !complementizers.has(t.lower) && shortPhraseToEnd(tokens, k, b);
  }
  return true;
}

/** Tokens [k, b) are a few words (four at most) and the sentence's end: no quotation, no "que", no cue among them. */
function shortPhraseToEnd(tokens: Token[], k: number, b: number): boolean {
  let words = 0;
  for (let j = k; j < b; j++) {
    const t = tokens[j]!;
    if (t.q >= 0 || t.mark !== null) return false;
    if (t.kind !== 'word') {
      if (j === b - 1 && isPunct(t, '.')) continue;
      return false;
    }
    if (complementizers.has(t.lower) || (t.cls & W.CUE) !== 0 || ++words > 4) return false;
  }
  return true;
}

/** The conjunction of "…, as the team reports" a few words before the cue, after a comma, or -1. */
function reportedAs(tokens: Token[], a: number, cueStart: number): number {
  for (let k = cueStart - 2; k > a && k >= cueStart - 10; k--) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && t.q < 0) return -1;
    if (t.kind === 'word' && t.q < 0 && current.reportAs.has(t.lower)) return isPunct(tokens[k - 1], ',') ? k : -1;
  }
  return -1;
}

/** Nothing after the cue but a phrase of where or when and the sentence's end ("reports in Science.", "said Tuesday."). */
function endsAfterAdjunct(tokens: Token[], i: number, b: number): boolean {
  let end = b;
  while (end > i && tokens[end - 1]!.kind !== 'word' && tokens[end - 1]!.q < 0) end--;
  if (end <= i || adjunctOnly(tokens, i, end)) return true;
  let k = i;
  while (k < end && tokens[k]!.kind === 'word' && (tokens[k]!.cls & W.TIME) !== 0) k++;
  return k >= end || adjunctOnly(tokens, k, end);
}

/** Where the words a cue reports stop: before a later cue of saying joined by a comma or a conjunction ("…”, y enfatizó: “…”"). */
function beforeNextCue(tokens: Token[], from: number, to: number): number {
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k]!;
    if (t.q >= 0 || t.kind !== 'word' || (t.cls & W.SPEECH) === 0 || t.cap) continue;
    let e = k;
    while (e > from && tokens[e - 1]!.q < 0 && (isPunct(tokens[e - 1], ',') || (tokens[e - 1]!.kind === 'word' && npStops.has(tokens[e - 1]!.lower) && !complementizers.has(tokens[e - 1]!.lower)))) e--;
    if (e < k) return e;
  }
  return to;
}

const PAST_SPEECH = new Set(['said', 'told', 'wrote', 'spoke']);
const SECOND_SKIP = new Set('then also later even still again'.split(' '));

/** A speech verb, or an -ing form right after a closing quotation mark, starts at token i. */
function secondVerb(tokens: Token[], i: number): boolean {
  const closeBefore = tokens[i - 2]?.mark === 'close';
  let j = i;
  if (tokens[j]!.kind === 'word' && SECOND_SKIP.has(tokens[j]!.lower)) j++;
  const t = tokens[j];
  if (!t || t.kind !== 'word' || t.q >= 0 || t.cap) return false;
  // "said it was “opposed” to the test and warned …": a past-tense speech verb starts a second report.
  if (cueWords.get(t.lower) === 1 && (/ed$/.test(t.lower) || PAST_SPEECH.has(t.lower))) return true;
  if (!closeBefore) return false;
  if (cueWords.get(t.lower) === 1) return true;
  // "“…” and has said that …": a helper, then a speech verb.
  const u = tokens[j + 1];
  if ((t.lower === 'has' || t.lower === 'have' || t.lower === 'had') && u && u.kind === 'word' && cueWords.get(u.lower) === 1) return true;
  // "called the vote “a citizenship election” and likened it to …": a second verb in the past.
  if (/ed$/.test(t.lower) && t.lower.length > 4) return true;
  return closeBefore && /ing$/.test(t.lower) && t.lower.length > 5;
}

const DETERMINERS = new Set('a an the some many few several most other others two three four five his her their its our'.split(' '));
const AUXILIARIES = new Set('have has had is are was were will would could can may might should did do does also then later'.split(' '));

/**
 * A subject and its own speech verb from `i` on ("a few Republican lawmakers have called", "Sanders
 * said"): a determiner or a name, a few more words of the noun phrase, helpers, then the verb.
 */
function newSpeaker(tokens: Token[], i: number, b: number): boolean {
  const first = tokens[i];
  if (!first || first.kind !== 'word' || first.q >= 0 || !(first.cap || DETERMINERS.has(first.lower))) return false;
  for (let j = i + 1; j < b && j < i + 7; j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word' || t.q >= 0) return false;
    if (t.cap || DETERMINERS.has(t.lower)) continue;
    let v = j;
    while (v < b && v < j + 3 && AUXILIARIES.has(tokens[v]!.lower)) v++;
    if (v < b && tokens[v]!.kind === 'word' && cueWords.get(tokens[v]!.lower) === 1) return true;
    if (v > j) return false;
  }
  return false;
}

/** Where content before a cue starts: past the last colon outside quotations ("He scolded him: “…,” she said"). */
function afterColon(tokens: Token[], a: number, end: number): number {
  for (let i = end - 1; i > a; i--) if (isPunct(tokens[i], ':')) return i + 1;
  return a;
}

function wordCount(tokens: Token[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (tokens[i]!.kind === 'word') n++;
  return n;
}

/**
 * Finds the attributions of one sentence: quotations and clauses tied to a speech cue, with the
 * source named before the cue, after it (inversion), or borrowed from the clause's subject for an
 * -ing cue ("…, adding that …").
 */
export function sentenceAttributions(tokens: Token[], quotes: Quote[], sent: Sentence, index: number): Found[] {
  const out: Found[] = [];
  const b = sent.end;
  if (sent.loud) return out;
  // ("BOSTON (Reuters) - A storm …, officials said": the dateline is no part of what was said.)
  const a = datelineEnd(tokens, sent.start, b);
  let consumedTo = a;
  // The sentence's last quoted token, looked for at its first word that may be a cue (-2: not yet).
  let lastQuoteTok = -2;
  for (let i = a; i < b; i++) {
    if (i < consumedTo) continue;
    // Most words are no cue: their classes say so without a call (`cueAt` asks the same first).
    const t = tokens[i]!;
    if (t.q >= 0 || (t.cls & MAY_CUE) === 0) continue;
    if (lastQuoteTok === -2) {
      lastQuoteTok = -1;
      for (let k = b - 1; k >= a; k--) if (tokens[k]!.q >= 0) { lastQuoteTok = k; break; }
    }
    const cue = cueAt(tokens, i, b, i < lastQuoteTok);
    if (!cue) continue;
    const found = cue.kind === 'according' ? according(tokens, quotes, cue, a, b) : verbCue(tokens, quotes, cue, a, b, out[out.length - 1]);
    // "A propósito, señaló que «…», agregó.": a verb with no subject of its own after a quotation already the words of
    // a cue before in the sentence says it again; it is no second act.
    if (!found || (found.dropped && !found.mention && claimedBefore(out, found))) continue;
    // "The survey found that …": a verb of what a document found is a cue only with a document as its subject ("Police
    // found a knife" reports nothing).
    // (Nor inside what someone said: "Sanders said the count shows who is “ready to lead.”")
    if (current.documentVerbs.has(tokens[cue.end - 1]!.lower) && (!documentSubject(tokens, found.mention) || out.some((f) => f.content.spans.some((g) => g.s <= t.s && t.s < g.e)))) continue;
    found.manner = mannerQuote(tokens, quotes, found);
    // "Der Innenminister Klaus Bouillon begründet das so: „…“": a subject holding an attribution before it, its speaker
    // and its verb, is no one's name; that verb was the cue.
    if (found.mention && holdsCueBefore(tokens, out, found.mention)) continue;
    found.sentence = index;
    found.paragraph = tokens[i]!.p;
    // "Man werde nun klagen, sagte Anna Keller.": a verb of saying inside what the cue after it reports, whose own words
    // would be only that cue and its speaker, is no cue.
    const prev = out[out.length - 1];
    if (prev && found.mention && prev.content.spans.length === 1 && prev.content.spans[0]!.s === found.cue.s && prev.content.spans[0]!.e === tokens[found.mention.end - 1]!.e && within(found.content, prev.cue.s)) out.pop();
    out.push(found);
    consumedTo = Math.max(cue.end, found.mention && found.mention.start > cue.start ? found.mention.end : cue.end);
    // "según informó": the cue runs on to the verb the phrase opened.
    while (consumedTo < b && tokens[consumedTo]!.e <= found.cue.e) consumedTo++;
  }
  return out;
}

/** Character `at` lies in a span of `content`. */
function within(content: Found['content'], at: number): boolean {
  for (const g of content.spans) if (g.s <= at && at < g.e) return true;
  return false;
}

/** The subject's first words hold a noun for a document ("the survey", "A report by the inspector general", "Die Studie"). */
function documentSubject(tokens: Token[], m: Found['mention']): boolean {
  if (!m) return false;
  for (let k = m.ms; k < m.me && k < m.ms + 6; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') break;
    const lower = dropPossessive(t.lower);
    if (documentNouns.has(lower) || documentNouns.has(bareLower(lower))) return true;
  }
  return false;
}

/**
 * A role set off by commas from token i ("adjoint au maire, …", "la ministre de la Santé, …"): its words, a role or
 * title among its first two, up to the comma closing it, whose index is returned (-1 for none).
 */
function roleSetOff(tokens: Token[], i: number, b: number): number {
  const first = determiners.has(tokens[i]?.lower ?? '') ? i + 1 : i;
  if (first >= b || (tokens[first]!.cls & (W.ROLE | W.TITLE)) === 0 || tokens[first]!.q >= 0) return -1;
  for (let k = first + 1; k < b && k < i + 10; k++) {
    const t = tokens[k]!;
    if (isPunct(t, ',')) return k;
    if (t.kind !== 'word' || t.q >= 0 || (t.cls & W.CUE) !== 0) return -1;
  }
  return -1;
}

/**
 * Some attribution found before in the sentence has its speaker and its cue inside the subject `m`. (A function of
 * its own, not a closure in the loop over tokens: a closure capturing the loop's variables makes V8 allocate a
 * context for every token the loop visits.)
 */
function holdsCueBefore(tokens: Token[], out: Found[], m: Subject): boolean {
  for (const f of out) if (holds(m, f.mention) && f.cue.s >= tokens[m.ms]!.s && f.cue.e <= tokens[m.me - 1]!.e) return true;
  return false;
}

/** Mention `outer` holds mention `inner` (tokens). */
function holds(outer: Subject, inner: Subject | null): boolean {
  return !!inner && inner.ms >= outer.ms && inner.me <= outer.me;
}

/** Some quotation of the attribution's content is already the content of one found before it in the sentence. */
function claimedBefore(out: Found[], found: Found): boolean {
  for (const f of out) for (const q of f.content.quotes) if (found.content.quotes.includes(q)) return true;
  return false;
}

function cueSpan(tokens: Token[], cue: Cue): { s: number; e: number } {
  return { s: tokens[cue.start]!.s, e: tokens[cue.end - 1]!.e };
}
function according(tokens: Token[], quotes: Quote[], cue: Cue, a: number, b: number): Found | null {
  if (cue.after) return accordingAfter(tokens, quotes, cue, a, b);
  if (cue.own) return accordingOwn(tokens, quotes, cue, a, b);
  // "Pour le ministre, la situation est grave": only opening the sentence, someone named, then a comma.
  if (cue.opening) {
    const np = npForward(tokens, cue.end, b);
    // (Its head ends the phrase or takes a complement: "les experts du climat", not "la première fois".)
    const h = np ? headOf(tokens, np.s, np.e) : -1;
    // ("Pour lui, les contradictions de l’accusé « parlent d’elles-mêmes »": a pronoun for whoever spoke before.)
    const pronoun = !!np && np.e - np.s === 1 && (pronouns.get(tokens[np.s]!.lower) === 'person' || pronouns.get(tokens[np.s]!.lower) === 'group');
    const headed = !!np && (tokens[h]!.cap || isSourceNoun(tokens[h]!.lower) || pronoun) && (h === np.e - 1 || current.nounLinks.has(tokens[h + 1]!.lower));
    // ("le maire de Lyon": the complement goes on to the comma.)
    let e = np ? np.e : b;
    while (e < b && tokens[e]!.kind === 'word' && current.nounLinks.has(tokens[e]!.lower)) e = npForward(tokens, e + 1, b)?.e ?? b;
    // ("Pour le capitaine artésien, Kevin Da Silva, le tournant …": a role, then the name set off by commas.)
    const named = np && cue.start === datelineEnd(tokens, a, b) ? roleThenName(tokens, bareSubject(np.s, e), b) : null;
    if (named) {
      const said = named.end + 1 < b ? contentOf(tokens, quotes, named.end + 1, clauseEnd(tokens, named.end + 1, b)) : null;
      return said ? newFound(cueSpan(tokens, cue), named, said, 0, 0) : null;
    }
    if (cue.start !== datelineEnd(tokens, a, b) || !np || !headed || !isPunct(tokens[e], ',') || !namesSomeone(tokens, np.s, np.e)) return null;
    // "Pour Jean Dupont, adjoint au maire, « … »": a role set off after the name.
    const role = roleSetOff(tokens, e + 1, b);
    const from = role > 0 ? role + 1 : e + 1;
    const content = from < b ? contentOf(tokens, quotes, from, clauseEnd(tokens, from, b)) : null;
    if (content && role > 0) return newFound(cueSpan(tokens, cue), { ms: np.s, me: e, rs: e + 1, re: role, start: np.s, end: role }, content, 0, 0);
    return content ? newFound(cueSpan(tokens, cue), bareSubject(np.s, e), content, 0, 0) : null;
  }
  const verb = accordingVerb(tokens, quotes, cue, a, b);
  if (verb !== undefined) return verb;
  const np = npForward(tokens, cue.end, b);
  if (!np) return null;
  // "according to a computer programmer who has released …": the relative pronoun opens a clause about the source.
  while (np.e - 1 > np.s && pronouns.get(tokens[np.e - 1]!.lower) === 'relative') np.e--;
  // "According to the most recent data available from the FBI, …", "…, according to early results of exit polls
  // conducted by Edison Research.": the source's phrase runs on, through words only, to the comma that ends it or to the
  // sentence's end.
  // (`told`: the end of a phrase naming whom the source spoke to, which is neither the source nor what was said.)
  let told = -1;
  for (let j = np.e; j < b && j < cue.end + 24; j++) {
    const t = tokens[j]!;
    // (A relative clause, "a programmer who has released …", is no part of the name; "selon la préfecture qui n'a pas
    // donné de détails": nor of what was said.)
    if (current.relatives.has(t.lower) || complementizers.has(t.lower)) {
      if (current.relatives.has(t.lower) && j === np.e) told = relativeEnd(tokens, j, b);
      break;
    }
    told = spokenTo(tokens, j, b);
    if (told > 0) {
      np.e = j;
      break;
    }
    if (t.q >= 0 || (t.kind !== 'word' && t.text !== '-' && t.text !== '&') || (t.cls & W.CUE) !== 0) {
      if (j > np.e && tokens[j - 1]!.kind === 'word' && (isPunct(t, ',') ? cue.start === datelineEnd(tokens, a, b) : j === b - 1 && isPunct(t, '.') && isPunct(tokens[cue.start - 1], ','))) np.e = j;
      break;
    }
  }
  let subj: Subject = { ms: np.s, me: np.e, rs: np.e, re: np.e, start: np.s, end: acronymAfter(tokens, np.e, b) };
  // "according to a new report from E! News", "according to a study by the Tax Foundation": the issuer speaks.
  let k = np.e;
  if (k < b && documentNouns.has(tokens[k]!.lower)) k++;
  // "selon un communiqué d’Enedis": a document, then its issuer with "de" written into the name.
  const opened = k === np.e && np.e - np.s > 2 && (determiners.has(tokens[np.s]!.lower) || DETERMINERS.has(tokens[np.s]!.lower)) && documentNouns.has(tokens[np.s + 1]!.lower) && elision(tokens[np.s + 2]!) > 0 ? np.s + 2 : -1;
  if (opened > 0) k = opened;
  if (k > np.e || opened > 0 || documentNouns.has(tokens[np.e - 1]!.lower)) {
    // ("according to a report published by the Government Accountability Office": a participle, then "by" and the issuer.)
    // (A verb of issuing only: "a copy of the letter reviewed by The Post", "a transcript obtained by …" were not theirs.)
    if (k + 1 < b && opened < 0 && tokens[k]!.kind === 'word' && ISSUED.has(tokens[k]!.lower) && tokens[k + 1]!.lower === 'by') k++;
    const by = tokens[k];
    // ("según un comunicado de la empresa", "selon un communiqué d’Enedis": the language's link too.)
    const link = by && (by.lower === 'from' || by.lower === 'by' || by.lower === 'in' || current.nounLinks.has(by.lower));
    const issuer = link ? npForward(tokens, k + 1, b) : by && k < np.e && elision(by) > 0 ? npForward(tokens, k, b) : null;
    const named = !!issuer && (tokens[issuer.e - 1]!.cap || elision(tokens[issuer.e - 1]!) > 0 || (!!by && current.nounLinks.has(by.lower) && isSourceNoun(tokens[issuer.e - 1]!.lower) && !documentNouns.has(tokens[issuer.e - 1]!.lower)));
    // The document is what was said, not a description of who said it: no role.
    if (issuer && named) subj = { ms: issuer.s, me: issuer.e, rs: issuer.s, re: issuer.s, start: np.s, end: Math.max(issuer.e, np.e) };
    // "according to a new case report": the document itself, which the phrase reader stopped short of.
    else {
      // ("…, según un comunicado remitido este martes a la CNMV.": words about the document closing the sentence are
      // no more of what was said.)
      let end = opened > 0 ? np.e : k;
      let tail = end;
      while (tail < b && tokens[tail]!.kind === 'word' && tokens[tail]!.q < 0 && !current.relatives.has(tokens[tail]!.lower) && !complementizers.has(tokens[tail]!.lower)) tail++;
      if (tail > end && !tokens[end]!.cap && !current.nounLinks.has(tokens[end]!.lower) && (tail === b || (tail === b - 1 && isPunct(tokens[tail], '.')))) end = tail;
      subj = { ms: np.s, me: k, rs: k, re: k, start: np.s, end };
    }
  } else {
    // "according to a group representing rural counties in California.": the object of a participle in the phrase runs
    // on through its phrases of place and time, to the end of the clause (`runsOn`).
    let runsOn = false;
    for (let j = np.s + 1; j < np.e && !runsOn; j++) runsOn = tokens[j]!.kind === 'word' && !tokens[j]!.cap && tokens[j]!.lower.length > 5 && tokens[j]!.lower.endsWith('ing');
    // "selon le Syndicat mixte du bassin de la Sorgeline": a body's name written in sentence case, a lower-case word
    // right after its capitalised first word, runs on to the end of the clause.
    for (let j = np.s; j < np.e && !runsOn && current.sentenceCaseNames; j++) {
      const next = tokens[j + 1];
      runsOn = tokens[j]!.cap && (tokens[j]!.cls & W.ORG_NAME) !== 0 && !!next && next.kind === 'word' && !next.cap && next.q < 0 && (next.cls & (W.NP_STOP | W.CUE | W.OPENER)) === 0 && !current.nounLinks.has(next.lower) && !current.relatives.has(next.lower) && !complementizers.has(next.lower);
    }
    let e = np.e;
    while (runsOn && e < b && e < np.e + 6 && tokens[e]!.kind === 'word' && tokens[e]!.q < 0 && !cueWords.has(tokens[e]!.lower)) e++;
    if (e > np.e && (e === b || isPunct(tokens[e], ',.;'))) subj = { ms: np.s, me: e, rs: e, re: e, start: np.s, end: e };
  }
  // "Selon le porte-parole de la mairie, Paul Morin, le marché …", "Según el portavoz del PP, Ignacio Beltrán, …": a
  // role opening the sentence, then the name set off by commas. The name speaks; the role is its role.
  if (cue.start === datelineEnd(tokens, a, b) && subj.rs === subj.me) subj = roleThenName(tokens, subj, b) ?? subj;
  if (told > subj.end) subj.end = told;
  // ("según sus normas religiosas", "according to tradition": lower-case words naming no one attribute nothing.)
  // ("according to a copy of the letter": not where a complement goes on.)
  const next = tokens[subj.me];
  if (subj.me - subj.ms >= 2 && (!next || (next.mark !== 'open' && next.lower !== 'of' && !current.nounLinks.has(next.lower))) && !linkIn(tokens, subj.ms + 1, subj.me) && !hasCapital(tokens, subj.ms, subj.me) && !namesSomeone(tokens, subj.ms, subj.me)) return null;
  let content = contentOf(tokens, quotes, a, cue.start);
  const after = isPunct(tokens[subj.end], ',') ? subj.end + 1 : subj.end;
  const right = after < b ? contentOf(tokens, quotes, after, clauseEnd(tokens, after, b)) : null;
  // "…, was laut Bundesjustizministerium derzeit auf zehn Plattformen zutrifft": inside a clause opened by a comma and
  // a word or two, the phrase attributes the rest of that clause. (English "…, which according to police was …" keeps
  // the words before, as PolNeAR's annotators do.)
  let clause = current.data.code === 'en' ? a : cue.start;
  while (clause > a && !isPunct(tokens[clause - 1], ',;:')) clause--;
  const inClause = clause > a && cue.start - clause <= 2 && after === subj.end && !!right && right.type === 'indirect' && wordCount(tokens, after, b) >= 3;
  // "Die Strecke sei laut einer Sprecherin der Bahn bald wieder frei.": where the verb comes second, the phrase set in
  // the middle of a clause with no comma on either side leaves that clause to go on after its source.
  const midClause = current.verbSecond && after === subj.end && !isPunct(tokens[cue.start - 1], ',;:') && tokens[after]?.kind === 'word' && tokens[after]!.q < 0;
  if (inClause || !content || content.spans.reduce((n, g) => n + g.e - g.s, 0) < 8) content = right;
  else if (right && (after > np.e || midClause) && content.type === 'indirect' && right.type === 'indirect' && (midClause || wordCount(tokens, after, b) >= 3)) {
    // "At the heart of the trouble, according to Ross, was a decision …": both sides.
    content.spans.push(...right.spans);
  }
  if (!content) return null;
  return newFound(cueSpan(tokens, cue), subj, content, 0, 0);
}

/** The relative clause opened at token j, after an 'according to' source: where it ends (its comma or the sentence's end), or -1. */
function relativeEnd(tokens: Token[], j: number, b: number): number {
  let k = j + 1;
  while (k < b && (tokens[k]!.kind === 'word' || isPunct(tokens[k], '-')) && tokens[k]!.q < 0) k++;
  return k >= b || isPunct(tokens[k], ',') || (k === b - 1 && isPunct(tokens[k], '.')) ? k : -1;
}

/**
 * "selon le parquet de Lyon, contacté par franceinfo.", "selon des sources judiciaires à France Télévisions.": after an
 * 'according to' source's phrase, at token j, the outlet or whoever it spoke to (a participle and "par" after a comma,
 * or "à" and an outlet's name), to the next comma or the sentence's end. Where that phrase ends, or -1.
 */
function spokenTo(tokens: Token[], j: number, b: number): number {
  const t = tokens[j]!;
  let k = j + 1;
  if (isPunct(t, ',')) {
    const v = tokens[j + 1];
    const by = tokens[j + 2];
    if (!v || !by || j + 3 >= b || v.kind !== 'word' || v.cap || v.q >= 0 || !leadParticiple(v.lower) || !current.passiveAgent.has(by.lower)) return -1;
    k = j + 3;
  } else {
    if (t.kind !== 'word' || t.q >= 0 || !current.objectArticles.has(t.lower)) return -1;
    let n = k;
    while (n < b && n < k + 3 && tokens[n]!.kind === 'word' && (tokens[n]!.cap || (n === k && elision(tokens[n]!) > 0)) && tokens[n]!.q < 0) n++;
    if (n === k || !outletNames.has(outletKey(tokens.slice(k, n).map((x) => x.text).join(' ')))) return -1;
    k = n;
  }
  while (k < b && tokens[k]!.kind === 'word' && tokens[k]!.q < 0) k++;
  return k >= b || isPunct(tokens[k], ',') || (k === b - 1 && isPunct(tokens[k], '.')) ? k : -1;
}

/**
 * The source [ms, me) a role of a person's ("le porte-parole de la mairie", "el portavoz del PP"), its first noun a
 * title or a role, followed by a comma, a capitalised name of four words at most and a comma: the name as the
 * source, the role as its role. Null otherwise ("Selon la police, Jean Dupont, 45 ans, …": "police" is no one's role).
 */
function roleThenName(tokens: Token[], subj: Subject, b: number): Subject | null {
  const first = tokens[subj.ms]!;
  if (!isPunct(tokens[subj.me], ',') || first.cap || first.kind !== 'word') return null;
  // The noun after the article: "le capitaine artésien", "l’avocat général", "el portavoz del PP".
  const h = determiners.has(first.lower) || first.lower === 'the' ? subj.ms + 1 : subj.ms;
  const head = h < subj.me ? tokens[h]! : null;
  if (!head || head.cap || head.kind !== 'word') return null;
  const c = head.lower.charCodeAt(1);
  const lower = (c === 39 || c === 0x2019) && determiners.has(head.lower.slice(0, 2)) ? head.lower.slice(2) : head.lower;
  // (A title only as the phrase's head: "le maire de Brest", not "la première fois".)
  const headed = h === subj.me - 1 || current.nounLinks.has(tokens[h + 1]!.lower);
  if (!roleNouns.has(lower) && !(titles.has(lower) && headed)) return null;
  let n = subj.me + 1;
  while (n < b && n < subj.me + 5 && tokens[n]!.kind === 'word' && tokens[n]!.cap && tokens[n]!.q < 0) n++;
  if (n === subj.me + 1 || n - subj.me - 1 < 2 || !isPunct(tokens[n], ',') || pronouns.has(tokens[subj.me + 1]!.lower)) return null;
  return { ms: subj.me + 1, me: n, rs: subj.ms, re: subj.me, start: subj.ms, end: n };
}

/** Tokens [rs, b) are a verb of saying and two words at most, to the sentence's end: "hieß es", "sagte er", "so Merz". */
function cueTail(tokens: Token[], rs: number, b: number): boolean {
  if (!isPunct(tokens[rs - 1], ',') || tokens[rs]!.q >= 0 || (tokens[rs]!.cls & W.CUE) === 0) return false;
  let words = 0;
  for (let k = rs; k < b; k++) {
    const t = tokens[k]!;
    if (t.q >= 0 || (t.kind !== 'word' && !(k === b - 1 && isPunct(t, '.!')))) return false;
    if (t.kind === 'word' && ++words > 3) return false;
  }
  return true;
}

function hasCapital(tokens: Token[], s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (tokens[k]!.cap) return true;
  return false;
}

/** A pronoun for a person or people ("er", "sie", "wir", "man"), not for a thing ("es"). */
function isPersonalPronoun(lower: string): boolean {
  const kind = pronouns.get(lower);
  return kind === 'person' || kind === 'speaker' || kind === 'group';
}

const CAPITALS_TWO = /^\p{Lu}.*\p{Lu}/u;

/**
 * "the Centers for Disease Control and Prevention (CDC)", "el Instituto Nacional de Estadística (INE)", "(BfArM)": the
 * name's short form in brackets right after it, two capitals at least, belongs to it. Where the phrase from `e` ends,
 * past those brackets.
 */
function acronymAfter(tokens: Token[], e: number, b: number): number {
  if (e + 2 >= b || !isPunct(tokens[e], '(') || !isPunct(tokens[e + 2], ')')) return e;
  const t = tokens[e + 1]!;
  return t.kind === 'word' && t.q < 0 && t.cap && t.text.length >= 2 && t.text.length <= 8 && CAPITALS_TWO.test(t.text) ? e + 3 : e;
}

/**
 * "Según informó la DGSA, …", "…, según contó la integrante de Coendu", "Según entiende, “…”": an 'according to'
 * word before a verb of saying belongs to the verb, which is the cue; its subject follows it, or, where the language
 * drops subjects and none is written, is whoever spoke before. Undefined when no verb of saying follows.
 */
function accordingVerb(tokens: Token[], quotes: Quote[], cue: Cue, a: number, b: number): Found | null | undefined {
  let v = cue.end;
  while (v < b && tokens[v]!.kind === 'word' && !tokens[v]!.cap && cueModifiers.has(tokens[v]!.lower)) v++;
  const t = tokens[v];
  if (!t || v >= b || t.kind !== 'word' || t.q >= 0 || cueWords.get(t.lower) !== 1) return undefined;
  let subj = subjectAfter(tokens, v + 1, b);
  // "según valoró hacia el final del encuentro el miembro del Buró Político, Roberto Morales Ojeda": an adjunct
  // between the verb and its subject.
  for (let k = v + 2; k < b && k < v + 12 && !(subj && namesSomeone(tokens, subj.ms, subj.me)); k++) {
    const t = tokens[k]!;
    if (t.q >= 0 || t.kind !== 'word') break;
    if (determiners.has(t.lower) && determiners.has(tokens[k - 1]!.lower)) continue;
    if (determiners.has(t.lower) && !current.nounLinks.has(tokens[k - 1]!.lower) && !npStops.has(tokens[k - 1]!.lower)) subj = subjectAfter(tokens, k, b);
  }
  // "Según se informó desde el ente estatal, …": a verb with its helper and no subject, the source after a preposition of `readIn`.
  let named = subj && namesSomeone(tokens, subj.ms, subj.me) ? subj : v > cue.end ? namedIn(tokens, v + 1, b) : null;
  if (!named && !current.dropsSubjects) return null;
  // ("Según informó la policía, el detenido tiene antecedentes.": a description after the comma that runs to the
  // sentence's end is what was said, no appositive.)
  if (named && named.rs > named.me && named.end >= b - 1 && !isPunct(tokens[named.end - 1], ',')) named = bareSubject(named.ms, named.me);
  let after = named ? named.end : v + 1;
  // "a la diaria": whom it was said to is no content.
  while (after < b && !isPunct(tokens[after], ',') && tokens[after]!.q < 0 && !tokens[after]!.mark) after++;
  if (isPunct(tokens[after], ',')) after++;
  const right = after < b ? contentOf(tokens, quotes, after, beforeNextCue(tokens, after, clauseEnd(tokens, after, b))) : null;
  const left = cue.start > a ? contentOf(tokens, quotes, a, cue.start) : null;
  const content = left && left.spans.reduce((n, g) => n + g.e - g.s, 0) >= 8 ? left : right;
  if (!content) return null;
  return newFound({ s: tokens[cue.start]!.s, e: t.e }, named, content, 0, 0, !named);
}

/** A passive cue: the agent after "par", "por", "von" speaks; what lies between the cue and the agent is the content. */
function passiveCue(tokens: Token[], quotes: Quote[], cue: Cue, b: number): Found | null {
  const end = clauseEnd(tokens, cue.end, b);
  for (let k = cue.end; k < end; k++) {
    const t = tokens[k]!;
    if (t.q >= 0 || t.kind !== 'word' || !current.passiveAgent.has(t.lower)) continue;
    const agent = npForward(tokens, k + 1, b);
    if (!agent || !namesSomeone(tokens, agent.s, agent.e) || k === cue.end) return null;
    const content = contentOf(tokens, quotes, cue.end, k);
    return content ? newFound(cueSpan(tokens, cue), bareSubject(agent.s, agent.e), content, 0, 0) : null;
  }
  return null;
}

/** A verb with no subject written and the clause it reports ("que …", a quotation, a colon): the speaker is the one before. */
/**
 * The subject that opens the sentence at token a and ends before the first verb of a clause ending before token e:
 * a noun phrase naming someone, with a description or a name set off by commas ("El portavoz del PNV, Aitor
 * Elorriaga, se abstuvo"), then a lower-case word. Null when the sentence opens otherwise (a phrase of place or time,
 * a quotation).
 */
function firstConjunctSubject(tokens: Token[], a: number, e: number): Subject | null {
  const s = datelineEnd(tokens, a, e);
  const np = npForward(tokens, s, e);
  if (!np || np.s !== s) return null;
  let v = np.e;
  // ("Aitor Elorriaga votó en contra": a name ends at its first lower-case word.)
  if (tokens[s]!.cap && s + 1 < e && tokens[s + 1]!.cap && !determiners.has(tokens[s]!.lower)) for (v = s; v < np.e && tokens[v]!.cap; v++);
  // ("El portavoz del PNV", "La portavoz de la compañía rechazó": the complement goes on, an article and one noun
  // or a name.)
  const head = determiners.has(tokens[s]!.lower) ? s + 1 : s;
  if (v > head + 1 && !tokens[head + 1]!.cap) v = head + 1;
  while (v < e && tokens[v]!.kind === 'word' && current.nounLinks.has(tokens[v]!.lower)) {
    v++;
    if (v < e && determiners.has(tokens[v]!.lower)) v++;
    if (v < e && tokens[v]!.kind === 'word') v++;
    while (v < e && tokens[v]!.kind === 'word' && tokens[v]!.cap) v++;
  }
  if (isPunct(tokens[v], ',')) {
    let j = v + 1;
    while (j < e && j < v + 10 && tokens[j]!.kind === 'word' && tokens[j]!.q < 0) j++;
    if (!isPunct(tokens[j], ',')) return null;
    v = j + 1;
  }
  const verb = tokens[v];
  if (v >= e || !verb || verb.kind !== 'word' || verb.cap || verb.q >= 0 || determiners.has(verb.lower) || current.nounLinks.has(verb.lower) || complementizers.has(verb.lower) || current.relatives.has(verb.lower) || current.conjunctions.has(verb.lower)) return null;
  const subj = subjectBefore(tokens, s, v);
  return subj && subj.start === s && namesSomeone(tokens, subj.ms, subj.me) ? subj : null;
}

function droppedSubject(tokens: Token[], quotes: Quote[], cue: Cue, b: number): Found | null {
  const rs = clauseStart(tokens, cue, b);
  if (rs >= b) return null;
  const opened = (rs > cue.end && complementizers.has(tokens[rs - 1]!.lower)) || tokens[rs]!.mark === 'open' || isPunct(tokens[rs - 1], ':');
  // "Si bien admitió que …, afirmó que …": a later verb of saying after a comma reports words of its own.
  const content = opened ? contentOf(tokens, quotes, rs, beforeNextCue(tokens, rs, clauseEnd(tokens, rs, b))) : null;
  if (!content || (content.type === 'indirect' && wordCount(tokens, rs, b) < 3)) return null;
  return newFound(cueSpan(tokens, cue), null, content, 0, 0, true);
}

/** The word before token i, inside the sentence, is a preposition: a stop word that joins, determines or relates nothing. */
function afterPreposition(tokens: Token[], a: number, i: number): boolean {
  const p = tokens[i - 1];
  if (i - 1 < a || !p || p.kind !== 'word' || p.cap || (p.cls & W.NP_STOP) === 0) return false;
  const w = p.lower;
  return !current.conjunctions.has(w) && !determiners.has(w) && !complementizers.has(w) && !current.relatives.has(w) && !pronouns.has(w) && !SUBORDINATORS.has(w) && !current.subordinators.has(w);
}

/** A word that opens with a complementizer written into it: "qu'une", "qu’il". */
function elidedComplementizer(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  const apostrophe = t.lower.search(/['’]/);
  return apostrophe > 0 && complementizers.has(t.lower.slice(0, apostrophe + 1));
}

/** Some punctuation outside quotations among tokens [s, e) (a comma, a dash, a colon). */
function hasPunct(tokens: Token[], s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (tokens[k]!.kind === 'punct' && tokens[k]!.q < 0) return true;
  return false;
}

/**
 * "Das Auswärtige Amt äußert sich „unter drei“": a short quotation that opens with a preposition, after a cue and its
 * reflexive pronoun, says how the words were given, not what they were.
 */
function mannerQuote(tokens: Token[], quotes: Quote[], found: Found): boolean {
  if (found.content.type === 'indirect' || found.content.quotes.length !== 1) return false;
  const q = quotes[found.content.quotes[0]!]!;
  const first = tokens[q.open + 1];
  if (q.words > 3 || !first || first.kind !== 'word' || first.cap || (first.cls & W.NP_STOP) === 0 || (first.cls & W.PRONOUN) !== 0) return false;
  // After the cue and a reflexive pronoun or an adverb of `afterCue` ("äußert sich"), nothing else: the verb is then one
  // of commenting, whose object is how ('said “for the children”' stays what was said).
  let k = q.open - 1;
  while (k >= 0 && tokens[k]!.kind === 'word' && tokens[k]!.s >= found.cue.e && !tokens[k]!.cap && current.afterCue.has(tokens[k]!.lower)) k--;
  return k >= 0 && k < q.open - 1 && tokens[k]!.kind === 'word' && tokens[k]!.e === found.cue.e;
}

/**
 * "Having announced that he would not send me to prison, Judge Berman proceeded …": a participle opening the sentence
 * (or the cue itself, "Saying that …, X left") holds the cue; the subject after the comma that ends its clause speaks.
 */
function participleLed(tokens: Token[], quotes: Quote[], cue: Cue, a: number, b: number): Found | null {
  const first = tokens[a]!;
  // ("Tras asegurar que …, el alcalde pidió calma": an infinitive's lead opening the sentence.)
  const opens = cue.lead !== undefined ? cue.lead === a && first.cap : cue.start === a ? cue.participle && first.cap : cue.start === a + 1 && first.cap && first.kind === 'word' && (first.cls & W.GIVEN) === 0 && first.lower.length > 4 && leadParticiple(first.lower);
  if (!opens) return null;
  // The comma that ends the participle's clause, outside quotations, a few words on.
  let comma = cue.end;
  while (comma < b && comma < cue.end + 30 && !(isPunct(tokens[comma], ',') && tokens[comma]!.q < 0)) {
    if (tokens[comma]!.q < 0 && isPunct(tokens[comma], '.;:?!')) return null;
    comma++;
  }
  if (comma >= b || !isPunct(tokens[comma], ',')) return null;
  const subject = subjectAfter(tokens, comma + 1, b);
  // (After an infinitive's lead a subject may open with its article: "Tras asegurar que …, el alcalde pidió calma".)
  if (!subject || subject.ms !== comma + 1 || !namesSomeone(tokens, subject.ms, subject.me) || (!tokens[subject.ms]!.cap && cue.lead === undefined)) return null;
  const rs = clauseStart(tokens, cue, comma);
  // ("Writing for a Los Angeles Times panel, …": a phrase of where or for whom is no content.)
  if (rs >= comma || ((tokens[rs]!.cls & W.NP_STOP) !== 0 && !complementizers.has(tokens[rs]!.lower) && tokens[rs]!.q < 0 && !thatBetween(tokens, cue.end, rs))) return null;
  const content = contentOf(tokens, quotes, rs, comma);
  if (!content || (content.type === 'indirect' && wordCount(tokens, rs, comma) < 3)) return null;
  return newFound(cueSpan(tokens, cue), subject, content, 0, 0);
}

/** Tokens [a, e) are one or more adverbs that may open a sentence before its verb ("Luego", "Más tarde,"), nothing else. */
function adverbsOnly(tokens: Token[], a: number, e: number): boolean {
  if (e <= a) return false;
  for (let k = a; k < e; k++) {
    const t = tokens[k]!;
    if (t.q >= 0 || (t.kind === 'word' ? (t.cls & W.OPENER) === 0 && !cueModifiers.has(t.lower) : !isPunct(t, ','))) return false;
  }
  return true;
}

/** Tokens [i, b) hold at most a few words and no clause: no comma, colon, quotation or complementizer before the end. */
function onlyAdjuncts(tokens: Token[], i: number, b: number): boolean {
  for (let k = i, words = 0; k < b; k++) {
    const t = tokens[k]!;
    if (t.q >= 0 || (t.kind === 'punct' && !isPunct(t, '.!')) || complementizers.has(t.lower) || ++words > 8) return false;
  }
  return true;
}

/** The sentence before token a in its paragraph, as content: what "So beschrieb es X" points back to. */
function previousSentence(tokens: Token[], quotes: Quote[], a: number): Content | null {
  const p = tokens[a]!.p;
  if (a === 0 || tokens[a - 1]!.p !== p) return null;
  let s = a - 1;
  while (s > 0 && tokens[s - 1]!.p === p && !(tokens[s - 1]!.q < 0 && isPunct(tokens[s - 1], '.?!'))) s--;
  return contentOf(tokens, quotes, s, a);
}

/** "A su entender, en la comunidad “se conoce muy poco”", "Desde su visión, …": the view of whoever spoke before. */
function accordingOwn(tokens: Token[], quotes: Quote[], cue: Cue, a: number, b: number): Found | null {
  const after = isPunct(tokens[cue.end], ',') ? cue.end + 1 : cue.end;
  const content = (after < b ? contentOf(tokens, quotes, after, clauseEnd(tokens, after, b)) : null) ?? (cue.start > a ? contentOf(tokens, quotes, a, cue.start) : null);
  if (!content) return null;
  return newFound(cueSpan(tokens, cue), null, content, 0, 0, true);
}

/** "Dem Bericht zufolge, …", "Merkel zufolge ist …": a postposition after its source; the content is the rest of the sentence. */
function accordingAfter(tokens: Token[], quotes: Quote[], cue: Cue, a: number, b: number): Found | null {
  // "eine Studie des Branchenverbands Bitkom, wonach …": the phrase may be set off by a comma.
  const np = npBackward(tokens, a, isPunct(tokens[cue.start - 1], ',') ? cue.start - 2 : cue.start - 1);
  if (!np) return null;
  const after = isPunct(tokens[cue.end], ',') ? cue.end + 1 : cue.end;
  // "…, wonach auf Netzwerken Kosten zukommen, für „realistisch“": a phrase that opens a relative clause reports that
  // clause, up to its comma.
  let end = clauseEnd(tokens, after, b);
  if (current.relatives.has(tokens[cue.start]!.lower)) for (let k = after; k < end; k++) if (isPunct(tokens[k], ',')) { end = k; break; }
  let content = after < b ? contentOf(tokens, quotes, after, end) : null;
  if (!content && np.s > a) content = contentOf(tokens, quotes, a, np.s);
  if (!content) return null;
  // "Die Brücke bleibt dem Bericht zufolge bis Juni gesperrt.": where the verb comes second, the phrase set in the middle
  // of a clause with no comma on either side reports both sides of it (but "…, die dem Bericht zufolge …" only the
  // relative clause, after its word or two).
  let clause = np.s;
  while (clause > a && !isPunct(tokens[clause - 1], ',;:')) clause--;
  if (current.verbSecond && after === cue.end && np.s > a && content.type === 'indirect' && !current.relatives.has(tokens[cue.start]!.lower) && !(clause > a && np.s - clause <= 2)) {
    const left = contentOf(tokens, quotes, a, np.s);
    if (left && left.type === 'indirect' && !isPunct(tokens[np.s - 1], ',;:')) content.spans.unshift(...left.spans);
  }
  return newFound(cueSpan(tokens, cue), bareSubject(np.s, np.e), content, 0, 0);
}

/** The capitalised name after a preposition of reading at token i ("dans Les Échos", "sur Le Point"), as a mention. */
function readInAfter(tokens: Token[], i: number, b: number): Subject | null {
  const t = tokens[i];
  if (!t || i + 1 >= b || t.kind !== 'word' || !current.readIn.has(t.lower)) return null;
  const np = npForward(tokens, i + 1, b);
  // "dans Les Échos", or an outlet described: "dans le quotidien du soir".
  // ("via l’AFP": an outlet's name with the article written into it.)
  return np && (tokens[np.s]!.cap || mediaNouns.has(tokens[headOf(tokens, np.s, np.e)]!.lower) || outletNames.has(outletKey(tokens[np.s]!.text))) ? bareSubject(np.s, np.e) : null;
}

/**
 * Someone named after a preposition of `readIn` at token i ("aus dem Ministerium"), within [i, to). ("in der Einleitung
 * des Entwurfs" names no one: the words are kept, their source left unknown.)
 */
function namedIn(tokens: Token[], i: number, to: number): Subject | null {
  const t = tokens[i];
  if (!t || t.kind !== 'word' || !current.readIn.has(t.lower)) return null;
  const np = npForward(tokens, i + 1, to);
  return np && namesSomeone(tokens, np.s, np.e) ? bareSubject(np.s, np.e) : null;
}

/** `verbCue` of a cue holding its impersonal subject ("hieß es"): its source named after a preposition, before or after it. */
function impersonalCue(tokens: Token[], quotes: Quote[], cue: Cue, a: number, b: number): Found | null {
  const inverted = isPunct(tokens[cue.start - 1], ',') && cue.start - 1 > a;
  if (inverted) {
    // "Die Grenze bleibe offen, hieß es aus dem Ministerium.": the words before the comma.
    const content = contentOf(tokens, quotes, afterColon(tokens, a, cue.start - 1), cue.start - 1);
    // (With nothing after it, "…, hieß es." goes on with whoever the article quoted just before, as a dropped subject
    // does; "heißt es in der Einleitung des Entwurfs" is a document's words, whoever spoke last.)
    const named = namedIn(tokens, cue.end, b);
    return content ? newFound(cueSpan(tokens, cue), named, content, 0, 0, !named && wordCount(tokens, cue.end, b) === 0) : null;
  }
  // "Aus Regierungskreisen hieß es, …": the words after the cue, the phrase opening the sentence naming the source.
  const fronted = namedIn(tokens, datelineEnd(tokens, a, cue.start), cue.start);
  let rs = cue.end;
  const after = fronted ? null : namedIn(tokens, rs, b);
  if (after) rs = after.me;
  while (rs < b && (isPunct(tokens[rs], ',:') || complementizers.has(tokens[rs]!.lower))) rs++;
  const content = rs < b ? contentOf(tokens, quotes, rs, clauseEnd(tokens, rs, b)) : nextParagraphQuote(tokens, quotes, b);
  return content ? newFound(cueSpan(tokens, cue), fronted ?? after, content, 0, 0) : null;
}

/**
 * Two to five capitalised words at token i outside quotations that end the clause (the sentence ends, or a comma
 * sets off what follows): "…, afirmó Esteban Lazo Hernández." A name the clause goes on from ("said Ivanka Trump's
 * statement", "recalled Mr. Obama talking") is what was said, not who said it.
 */
function fullNameAt(tokens: Token[], i: number, b: number): boolean {
  let e = i;
  while (e < b && e - i < 6 && tokens[e]!.kind === 'word' && tokens[e]!.cap && tokens[e]!.q < 0) e++;
  const first = tokens[i];
  if (e === i || (e - i < 2 && !isPunct(tokens[e], ',')) || e - i > 5 || !first || (first.cls & (W.NP_STOP | W.OPENER | W.TIME | W.PRONOUN | W.HONORIFIC)) !== 0) return false;
  const next = tokens[e];
  return (e >= b || (!!next && next.kind === 'punct' && '.,;'.includes(next.text))) && !possessive(tokens[e - 1]!.lower);
}

function verbCue(tokens: Token[], quotes: Quote[], cue: Cue, a: number, b: number, prev: Found | undefined): Found | null {
  if (cue.clitic) {
    // "« … », prévient-elle": the quotation before, or the clause after; the pronoun is the verb's own.
    const left = cue.start > a ? contentOf(tokens, quotes, a, cue.start) : null;
    const rs = clauseStart(tokens, cue, b);
    const content = left ?? (rs < b ? contentOf(tokens, quotes, rs, clauseEnd(tokens, rs, b)) : null);
    // "« Nous sommes prêts, explique-t-elle, à tout faire »": the quotation goes on after the cue.
    if (left) addSplitQuote(tokens, quotes, left, cue.end, b);
    return content ? newFound(cueSpan(tokens, cue), bareSubject(cue.start, cue.end), content, 0, 0) : null;
  }
  // "…, hieß es aus dem Ministerium.", "Aus Regierungskreisen hieß es, …", "In dem Entwurf heißt es: „…“": a cue that
  // holds its impersonal subject ("es") is the words of the body or document named after a preposition of `readIn`.
  // ("se lee en el documento": a word of `impersonal` opening the cue does the same.)
  if (cue.end - cue.start >= 2 && current.readIn.size > 0 && (pronouns.get(tokens[cue.end - 1]!.lower) === 'thing' || current.impersonal.has(tokens[cue.start]!.lower))) return impersonalCue(tokens, quotes, cue, a, b);
  // "le ministre est accusé de viol par deux femmes": the agent of a passive cue is its source.
  if (!cue.participle && current.passiveAgent.size > 0 && cue.start - 1 >= a && current.passiveAuxiliaries.has(tokens[cue.start - 1]!.lower)) return passiveCue(tokens, quotes, cue, b);
  const led = participleLed(tokens, quotes, cue, a, b);
  if (led) return led;
  let before = cue.participle ? null : quoteLedSubject(tokens, a, cue.start) ?? subjectBefore(tokens, a, cue.start);
  // The cue's place is before its helpers: "«…», a déclaré le juge", "«…», ha dicho".
  let lead = cue.start;
  while (lead - 1 > a && tokens[lead - 1]!.kind === 'word' && tokens[lead - 1]!.q < 0 && !tokens[lead - 1]!.cap && cueModifiers.has(tokens[lead - 1]!.lower)) lead--;
  const prevTok = tokens[lead - 1];
  const afterQuoteOrComma = lead > a && prevTok && (prevTok.mark === 'close' || isPunct(prevTok, ',—–'));
  // "«…», a-t-il ajouté", "peut-on lire": the subject is the pronoun the verb carries.
  const clitic = cue.start - 1 >= a ? CLITIC.exec(tokens[cue.start - 1]!.lower) : null;
  if (clitic && pronouns.has(clitic[1]!)) {
    // "…», peut-on lire dans Les Échos": the outlet one reads in is the source, and the cue runs from the pronoun.
    const outlet = clitic[1] === 'on' ? readInAfter(tokens, cue.end, b) : null;
    const m = outlet ?? bareSubject(cue.start - 1, cue.start);
    const span = { s: tokens[cue.start - 1]!.s, e: tokens[outlet ? outlet.ms - 1 : cue.end - 1]!.e };
    const left = lead - 1 > a ? contentOf(tokens, quotes, a, cue.start - 1) : null;
    const rs = clauseStart(tokens, cue, b);
    const content = left ?? (rs < b ? contentOf(tokens, quotes, rs, clauseEnd(tokens, rs, b)) : null) ?? nextParagraphQuote(tokens, quotes, b);
    if (left) addSplitQuote(tokens, quotes, left, cue.end, b);
    if (content) return newFound(clitic[1] === 'on' ? span : cueSpan(tokens, cue), m, content, 0, 0);
  }
  // "on lit sur Le Point que …", "on apprend via Reuters que …": the outlet one reads in speaks.
  if (cue.start - 1 >= a && tokens[cue.start - 1]!.lower === 'on' && current.readIn.size > 0) {
    const outlet = readInAfter(tokens, cue.end, b);
    let rs = outlet ? outlet.me : b;
    while (rs < b && (isPunct(tokens[rs], ',') || complementizers.has(tokens[rs]!.lower))) rs++;
    const content = outlet && rs < b && rs > outlet.me ? contentOf(tokens, quotes, rs, clauseEnd(tokens, rs, b)) : null;
    if (outlet && content) return newFound({ s: tokens[cue.start - 1]!.s, e: tokens[outlet.ms - 1]!.e }, outlet, content, 0, 0);
  }
  // "Cliff Roberts, der 1933 sagte, …": where every noun is capitalised, an article after a comma with no noun after it
  // is a relative pronoun, and the name before the comma speaks.
  if (before && current.nounsCapitalised && before.ms >= a + 2 && isPunct(tokens[before.ms - 1], ',') && determiners.has(tokens[before.ms]!.lower)) {
    let noun = false;
    for (let k = before.ms + 1; k < cue.start; k++) if (tokens[k]!.cap && tokens[k]!.kind === 'word') noun = true;
    const name = noun ? null : npBackward(tokens, a, before.ms - 2);
    if (name && tokens[name.e - 1]!.cap) before = { ms: name.s, me: name.e, rs: name.e, re: name.e, start: name.s, end: cue.start };
  }
  // "Concrete and soil, used to fill trenches after earlier repairs, freeze …, said Ian Vance": words before the
  // cue that name no one are no subject; the inverted cue takes the speaker after it.
  if (before && afterQuoteOrComma && !namesSomeone(tokens, before.ms, before.me)) {
    const inverted = subjectAfter(tokens, cue.end, b);
    if (inverted && namesSomeone(tokens, inverted.ms, inverted.me)) before = null;
  }
  // "… killed in Nepal, swept away by an avalanche, said the foreign minister": a noun after a preposition, with a
  // phrase set off after it that describes no one and opens no relative clause, is no subject; the inverted cue takes
  // the speaker after it.
  // (A phrase opened by a preposition is where or when the subject spoke: "since Clinton, at Monday’s debate, cited …".)
  if (before && afterQuoteOrComma && before.rs < before.re && afterPreposition(tokens, a, before.ms) && (tokens[before.rs]!.cls & W.NP_STOP) === 0 && !current.relatives.has(tokens[before.rs]!.lower) && !describesSomeone(tokens, before.rs, before.re)) {
    const inverted = subjectAfter(tokens, cue.end, b);
    if (inverted && namesSomeone(tokens, inverted.ms, inverted.me)) before = null;
  }
  // "Deux corps ont été découverts dans le Var (sud-est de la France), ont annoncé les autorités", "… dans le Var,
  // dans le sud-est de la France, ont annoncé …": so is a noun after a preposition with a place in brackets, or a phrase
  // of where set off, between it and the cue.
  if (before && afterQuoteOrComma && before.rs === before.re && before.me + 1 < lead - 1 && (isPunct(tokens[before.me], '(') || (isPunct(tokens[before.me], ',') && (tokens[before.me + 1]!.cls & W.NP_STOP) !== 0)) && afterPreposition(tokens, a, before.ms)) {
    const inverted = subjectAfter(tokens, cue.end, b);
    if (inverted && namesSomeone(tokens, inverted.ms, inverted.me)) before = null;
  }
  // "…, porque su desempeño es una obligación, afirmó Miguel Mario Cabrera Castellanos": a full name right after a
  // cue that follows a comma is the speaker, whatever the words before the comma look like.
  if (before && afterQuoteOrComma && !cue.tell && fullNameAt(tokens, cue.end, b)) before = null;
  // "Den Journalisten sagte der Minister", "den man den Behörden meldet": a noun phrase in a case no subject takes is
  // whom the words were said to; the subject is elsewhere, or not named.
  // "Der „Rheinischen Post“ sagte er: „…“": where the verb comes second, a personal pronoun right after it is the subject,
  // and the phrase before the verb whom the words were said to.
  const after = tokens[cue.end];
  const pronounAfter = current.verbSecond && !!before && before.ms === a && cue.end < b && !!after && after.kind === 'word' && after.q < 0 && !pronouns.has(tokens[before.ms]!.lower) && isPersonalPronoun(after.lower);
  let oblique = !!before && (current.objectArticles.has(tokens[before.ms]!.lower) || pronounAfter);
  // "Die Firmen hätten ihren Mitarbeitern gesagt, …": the subject comes before it, and a helper of the verb between.
  if (before && oblique) {
    let k = before.start;
    while (k - 1 > a && tokens[k - 1]!.kind === 'word' && !tokens[k - 1]!.cap && tokens[k - 1]!.q < 0 && cueModifiers.has(tokens[k - 1]!.lower)) k--;
    const earlier = k < before.start ? subjectBefore(tokens, a, k) : null;
    if (earlier && !current.objectArticles.has(tokens[earlier.ms]!.lower)) {
      before = earlier;
      oblique = false;
    }
  }
  // "Dann sagte sie, …", "Danach erklärte der Minister, …": an adverb opening the sentence is no subject.
  if (current.verbSecond && before && before.ms === a && before.me === a + 1 && (tokens[a]!.cls & W.OPENER) !== 0 && !determiners.has(tokens[a]!.lower)) before = null;
  // German puts the verb second, after whatever opens the sentence, and the subject may follow it: "Am Sonntag
  // verkündete der Ministerpräsident Tobias Hans, dass …", "Dann erklärte er: „…“".
  // "In einer Stellungnahme, die der Wirtschaftswoche vorliegt, bezeichnet das Unternehmen …": a phrase after a
  // preposition opens the sentence; the subject follows the verb.
  // "In einem Interview mit der Zeitung sagte er, …": a longer phrase of prepositions, where a preposition of
  // `midPrepositions` comes right before what read as the subject and no comma ends the phrase before the verb.
  const fronted = !!before && before.start > a && tokens[before.start - 1]!.kind === 'word' && npStops.has(tokens[before.start - 1]!.lower) && !complementizers.has(tokens[before.start - 1]!.lower) && (before.start - 1 === a || (current.midPrepositions.has(tokens[before.start - 1]!.lower) && !hasPunct(tokens, a, cue.start)));
  // ("Dies teilte die Polizei mit": a word standing for the sentence before is the object, never the subject.)
  const back = !!before && before.me - before.ms === 1 && before.ms === a && current.backReferences.has(tokens[a]!.lower);
  if (current.verbSecond && !cue.participle && (!before || oblique || back || !namesSomeone(tokens, before.ms, before.me) || fronted) && (!afterQuoteOrComma || fronted)) {
    let inverted = subjectAfter(tokens, cue.end, b);
    // "So beschrieb es zumindest einst Lee Trevino": an object pronoun and adverbs come before the subject, and the
    // pronoun stands for what the sentence before said.
    let object = false;
    if (inverted && inverted.me - inverted.ms === 1 && pronouns.get(tokens[inverted.ms]!.lower) === 'thing') {
      let k = inverted.me;
      while (k < b && k < inverted.me + 4 && tokens[k]!.kind === 'word' && !tokens[k]!.cap && tokens[k]!.q < 0) k++;
      const named = k > inverted.me && k < b && tokens[k]!.cap ? subjectAfter(tokens, k, b) : null;
      if (named && tokens[named.ms]!.cap && namesSomeone(tokens, named.ms, named.me)) {
        inverted = named;
        object = true;
      }
    }
    // "Das sagte der Innenminister am Montag in Berlin.": a word standing for the sentence before opens this one as the
    // cue's object; after the subject come only words of when and where.
    if (inverted && !object && cue.start === a + 1 && current.backReferences.has(tokens[a]!.lower) && namesSomeone(tokens, inverted.ms, inverted.me) && onlyAdjuncts(tokens, inverted.end, b)) {
      const said = previousSentence(tokens, quotes, a);
      if (said) return newFound(cueSpan(tokens, cue), inverted, said, 0, 0);
    }
    if (inverted && object && cue.start === a + 1) {
      const said = previousSentence(tokens, quotes, a);
      if (said) return newFound(cueSpan(tokens, cue), bareSubject(inverted.ms, inverted.me), said, 0, 0);
    }
    if (inverted && namesSomeone(tokens, inverted.ms, inverted.me)) {
      let rs = pastParticle(tokens, inverted.end, b);
      while (rs < b && (isPunct(tokens[rs], ',:') || complementizers.has(tokens[rs]!.lower))) rs++;
      const content = (rs < b ? contentOf(tokens, quotes, rs, clauseEnd(tokens, rs, b)) : null) ?? nextParagraphQuote(tokens, quotes, b);
      if (content && (content.type !== 'indirect' || wordCount(tokens, rs, b) >= 3)) return newFound(cueSpan(tokens, cue), inverted, content, 0, 0);
    }
  }
  if (oblique) before = null;
  // "As we’ve noted, a study … concluded that …": the writer pointing back at their own words is no source's act.
  if (before && before.me - before.ms === 1 && before.start - 1 >= a && current.reportAs.has(tokens[before.start - 1]!.lower) && pronouns.get(tokens[before.ms]!.lower.replace(/[’'](?:ve|d|ll)$/, '')) === 'speaker') return null;
  // "if the governor asked for aid", "unless the board says otherwise": what might be said is not said.
  // ("si elle estime que …", "whether she'd attributed …"; but "Si bien admitió que …", although, names no subject.)
  if (before && current.hypothetical.has(tokens[before.start - 1]?.lower ?? '') && (namesSomeone(tokens, before.ms, before.me) || pronouns.has(tokens[before.ms]!.lower.replace(/[’'](?:d|ll|ve|s|re|m)$/, '')))) return null;
  // "En aquel momento afirmó que …", "Sin embargo, señaló que …": where a language drops subjects, words before the
  // verb that name no one are a lead-in, and with no subject after the verb the speaker is the one before.
  // ("Luego explicó que …", "Después agregó: …": an adverb alone before the verb, which the verb-second reading set aside.)
  if (current.dropsSubjects && !cue.participle && (before ? !namesSomeone(tokens, before.ms, before.me) : adverbsOnly(tokens, a, cue.start))) {
    const inverted = subjectAfter(tokens, cue.end, b);
    const dropped = !inverted || !namesSomeone(tokens, inverted.ms, inverted.me) ? droppedSubject(tokens, quotes, cue, b) : null;
    // ("Fuentes de la compañía rechazaron hacer comentarios, aunque insistieron en que …": after a conjunction, the
    // subject opening the sentence.)
    const joined = tokens[cue.start - 1];
    const first = dropped && cue.start - 1 > a && joined!.kind === 'word' && joined!.q < 0 && (current.conjunctions.has(joined!.lower) || current.subordinators.has(joined!.lower)) ? firstConjunctSubject(tokens, a, cue.start - 1) : null;
    if (dropped && first) return newFound(cueSpan(tokens, cue), first, dropped.content, 0, 0);
    if (dropped) return dropped;
  }
  // "La política de cuadros, enfatizó, requiere ser más democrática": a cue set off by commas with no subject of its
  // own; the sentence around it is what was said, by whoever spoke before.
  if (current.dropsSubjects && !cue.participle && isPunct(tokens[cue.start - 1], ',') && isPunct(tokens[cue.end], ',') && cue.start - 1 > a && (!before || !namesSomeone(tokens, before.ms, before.me))) {
    const inverted = subjectAfter(tokens, cue.end + 1, b);
    const left = contentOf(tokens, quotes, a, cue.start - 1);
    const right = cue.end + 1 < b ? contentOf(tokens, quotes, cue.end + 1, clauseEnd(tokens, cue.end + 1, b)) : null;
    if (left && right && left.type === 'indirect' && right.type === 'indirect' && (!inverted || inverted.start > cue.end + 1 || !namesSomeone(tokens, inverted.ms, inverted.me) || !tokens[inverted.ms]!.cap)) {
      left.spans.push(...right.spans);
      return newFound(cueSpan(tokens, cue), null, left, 0, 0, true);
    }
  }
  // "…, as the team reports in Science.", "…, wie das Team in „Science“ berichtet.": the clause the comma ends is what
  // was reported, by the subject after the conjunction.
  const as = reportedAs(tokens, a, cue.start);
  if (as > 0 && !cue.participle && endsAfterAdjunct(tokens, cue.end, b)) {
    const np = npForward(tokens, as + 1, cue.start);
    const said = np && namesSomeone(tokens, np.s, np.e) ? contentOf(tokens, quotes, afterColon(tokens, a, as - 1), as - 1) : null;
    if (np && said && wordCount(tokens, a, as - 1) >= 4) return newFound(cueSpan(tokens, cue), bareSubject(np.s, np.e), said, 0, 0);
  }
  // "«…», y enfatizó: «…»", "contó y sumó que …": a second verb joined by a conjunction, its subject dropped.
  // ("…, al tiempo que ha avanzado que …", "…, por lo que ha explicado que …": after a connective set off by a comma.)
  if (!before && current.dropsSubjects && !cue.participle && prevTok && lead > a && prevTok.kind === 'word' && prevTok.q < 0 && npStops.has(prevTok.lower) && (!complementizers.has(prevTok.lower) || connectiveComma(tokens, a, lead - 1) >= 0)) {
    const dropped = droppedSubject(tokens, quotes, cue, b);
    // "El portavoz del PNV, Aitor Elorriaga, se abstuvo y advirtió de que …", "Fuentes de la compañía rechazaron
    // hacer comentarios, aunque insistieron en que …": the subject opening the sentence, before its first verb, is
    // the second verb's too, not whoever spoke before.
    const first = dropped ? firstConjunctSubject(tokens, a, lead - 1) : null;
    if (dropped && first) return newFound(cueSpan(tokens, cue), first, dropped.content, 0, 0);
    if (dropped) return dropped;
  }
  // ("…, families from Clifton – were told they could return home": a passive after the comma or dash has no speaker
  // after it.)
  if (!before && afterQuoteOrComma && !cue.participle && !(lead < cue.start && isPassive(tokens, a, cue.start))) {
    // Inversion: "“…,” said James Jeffrey, the envoy …" / "…, said X."
    const subj = subjectAfter(tokens, cue.end, b);
    const left = contentOf(tokens, quotes, a, lead);
    // "«…», señaló.": a language that drops subjects leaves the speaker to the sentences before.
    if (!subj && left && current.dropsSubjects && endsClause(tokens, cue.end, b)) return newFound(cueSpan(tokens, cue), null, left, 0, 0, true);
    // "Sin embargo, señaló que …": a lead-in, a comma, the verb with no subject and its clause.
    const dropped = !subj && current.dropsSubjects ? droppedSubject(tokens, quotes, cue, b) : null;
    if (dropped) return dropped;
    if (!subj) return null;
    // "Wenn Helmut Kohl emotional wurde, erinnerte er sich daran, wie …: „…“": a clause of when or if before the cue is
    // no content; the quotation a colon opens after the subject is.
    const start = datelineEnd(tokens, a, lead);
    if (left && left.type === 'indirect' && tokens[start]!.kind === 'word' && (current.subordinators.has(tokens[start]!.lower) || (start + 1 < lead && tokens[start]!.cap && current.subordinators.has(tokens[start + 1]!.lower)))) {
      for (let k = subj.end; k < b - 1; k++) {
        if (tokens[k]!.q >= 0) break;
        if (isPunct(tokens[k], ':') && tokens[k + 1]!.mark === 'open') {
          const quoted = contentOf(tokens, quotes, k + 1, clauseEnd(tokens, k + 1, b));
          if (quoted && quoted.type === 'direct') return newFound(cueSpan(tokens, cue), subj, quoted, 0, 0);
          break;
        }
      }
    }
    // "Am Sonntag, 15. März 2020, verkündete der Ministerpräsident Tobias Hans, dass …": a lead-in before the cue, the
    // reported clause after its subject.
    let after = subj.end;
    while (after < b && isPunct(tokens[after], ',:')) after++;
    if (after < b && after > subj.end - 1 && complementizers.has(tokens[after]!.lower) && (!left || left.type === 'indirect')) {
      const right = after + 1 < b ? contentOf(tokens, quotes, after + 1, clauseEnd(tokens, after + 1, b)) : null;
      if (right) return newFound(cueSpan(tokens, cue), subj, right, 0, 0);
    }
    if (!left) return null;
    // "El cuadro –expresó el dirigente partidista– debe poseer convicciones", "la cual, dijo Perdomo, debe parecerse …",
    // "The plan, said Smith, is dead": the cue and its speaker set off by dashes or commas split the words.
    let close = subj.end;
    const dashed = isPunct(tokens[lead - 1], '—–');
    if (dashed) while (close < b && close < subj.end + 12 && !isPunct(tokens[close], '—–') && tokens[close]!.q < 0 && !isPunct(tokens[close], '.;:')) close++;
    if (left.type === 'indirect' && (dashed ? isPunct(tokens[close], '—–') : isPunct(tokens[close], ',') && subj.re === subj.rs) && close + 1 < b) {
      const right = contentOf(tokens, quotes, close + 1, clauseEnd(tokens, close + 1, b));
      if (right && right.type === 'indirect') {
        left.spans.push(...right.spans);
        return newFound(cueSpan(tokens, cue), subj, left, 0, 0);
      }
    }
    addSplitQuote(tokens, quotes, left, subj.end, b);
    return newFound(cueSpan(tokens, cue), subj, left, 0, 0);
  }
  if (before) {
    const leftEnd = before.start;
    const lt = tokens[leftEnd - 1];
    const leftOk = leftEnd > a && lt && (lt.mark === 'close' || isPunct(lt, ',—–'));
    let left = leftOk ? contentOf(tokens, quotes, afterColon(tokens, a, leftEnd), leftEnd) : null;
    // "Then, last week, Taylor Swift posted …": words of time before the subject say when, not what.
    if (left && left.type === 'indirect' && onlyTime(tokens, a, leftEnd)) left = null;
    // "En coulisses, plusieurs élus reconnaissent …", "In private, some aides admit …": a short phrase of where or how
    // opening the sentence is no content.
    if (left && left.type === 'indirect' && leftEnd - a <= 4 && tokens[a]!.kind === 'word' && (current.placePrepositions.has(tokens[a]!.lower) || ADJUNCT_PREPS.has(tokens[a]!.lower)) && wordCount(tokens, a, leftEnd) <= 3) left = null;
    const rs = clauseStart(tokens, cue, b);
    // ("Un voisin, qui a témoigné à l’audience, a affirmé …", "Barkley, who said he votes Democratic, said …": a
    // relative clause's cue reports at most the words to the comma before the main clause's verb, and nothing before.)
    const main = pronouns.get(tokens[before.me - 1]!.lower) === 'relative' ? mainVerbAfter(tokens, cue.end, b) : -1;
    if (main >= 0) left = null;
    if (main >= 0 && rs >= main) return null;
    const re = main >= 0 ? main : clauseEnd(tokens, rs, b);
    // "…,” McConnell said in June, citing …": a participle phrase is no reported clause (it is
    // read as a cue of its own).
    // ("Fahrgäste sollten sich vor Reiseantritt informieren, hieß es.": a verb of saying, and its subject, ending the
    // sentence after the comma are the cue of the words before, this verb among them.)
    let right = rs < b && ((PARTICIPLES.has(tokens[rs]!.lower) && tokens[rs]!.q < 0) || cueTail(tokens, rs, b)) ? null : contentOf(tokens, quotes, rs, re);
    // "…,” Clinton declared in an interview Thursday": where and when it was said is no content.
    // "said that by refusing to …" is a reported clause, whatever word opens it.
    const that = thatBetween(tokens, cue.end, rs);
    const adjunct = !that && rs < re && adjunctOnly(tokens, rs, re);
    const rightWords = right && !(right.type === 'indirect' && adjunct) ? wordCount(tokens, rs, re) : 0;
    // "Privacy is not a “bolt-on thing,” Cook said, but instead “embedded in who we are.”": the cue splits one
    // statement; what follows ", but" finishes the words before it.
    if (left && right && leftOk && isPunct(tokens[cue.end], ',') && tokens[cue.end + 1]?.lower === 'but' && rs === cue.end + 1) {
      joinContent(left, right);
      return newFound(cueSpan(tokens, cue), before, left, 0, 0);
    }
    // "In an interview on “Face the Nation,” Ryan said the plan …": a clause around a quotation
    // before the source is its content only when nothing follows the cue (Voters “think …,” he said).
    if (left && lt!.mark === 'close' && left.type !== 'direct') {
      const q = quotes[lt!.q];
      // A short quotation is a title or a name ("Face the Nation") unless it opens in lower case ("a “bolt-on thing,”").
      const short = !!q && q.words < 3 && !!tokens[q.open + 1] && tokens[q.open + 1]!.cap;
      // "…, and “we love you for that,” Cook said, most do …": a cue set off by commas between the speaker's quoted
      // words and the rest of the sentence attributes both.
      if (q && q.comma && !short && right && right.type !== 'direct' && isPunct(tokens[cue.end], ',') && rs === cue.end + 1 && rightWords >= 3 && !tokens[q.open + 1]!.cap) {
        joinContent(left, right);
        return newFound(cueSpan(tokens, cue), before, left, 0, 0);
      }
      if (rightWords >= 3 || !q || !q.comma || short) left = null;
    }
    if (left && LEAD_INS.has(tokens[a]!.lower) && rightWords >= 3 && left.type === 'indirect') left = null;
    // "On Twitter, Jeb Bush called Trump “unhinged.”": the quotation after the cue is the content.
    if (left && left.type === 'indirect' && right && right.quotes.length > 0) left = null;
    if (left && (lt!.mark === 'close' || rightWords < 3)) {
      addSplitQuote(tokens, quotes, left, cue.end, b);
      return newFound(cueSpan(tokens, cue), before, left, 0, 0);
    }
    // "Cruz continued:" closing a paragraph, the words in the next: a block quotation.
    if (!right || (right.type === 'indirect' && rightWords <= 12 && re === b - 1)) right = nextParagraphQuote(tokens, quotes, b) ?? right;
    // "versichert ihre Autos", "salue les soldats": a verb that reports only a clause has no plain object for words.
    const object = !that && plainObject(tokens, cue, rs);
    if (right && right.type === 'indirect' && (rightWords < 2 || adjunct || object || particleCloses(tokens, cue, rs, re))) return null;
    if (!right) return null;
    if (left && isPunct(tokens[cue.end], ',') && left.type === 'indirect' && right.type === 'indirect') {
      // "The plan, he said, is working.": the clause around the cue is the content.
      right.spans.unshift(...left.spans);
    }
    return newFound(cueSpan(tokens, cue), before, right, 0, 0);
  }
  if (cue.start === a && !cue.participle && tokens[a]!.cap) {
    // "Said Dorothy Poynter, who grew up with Ali, “We were all so proud of him.”" / "Stated Stone:"
    const subj = subjectAfter(tokens, cue.end, b);
    if (!subj && current.dropsSubjects) {
      // "Agregó que …", "Señaló: «…»": the verb opens the sentence with no subject; the speaker is the last one.
      const rs = clauseStart(tokens, cue, b);
      const content = (rs < b ? contentOf(tokens, quotes, rs, clauseEnd(tokens, rs, b)) : null) ?? nextParagraphQuote(tokens, quotes, b);
      if (content && (content.type !== 'indirect' || wordCount(tokens, rs, b) >= 3)) return newFound(cueSpan(tokens, cue), null, content, 0, 0, true);
    }
    if (!subj) return null;
    let q = subj.end;
    while (q < b && tokens[q]!.mark !== 'open' && q < subj.end + 20) q++;
    const content = q < b && tokens[q]!.mark === 'open' ? contentOf(tokens, quotes, q, clauseEnd(tokens, q, b)) : nextParagraphQuote(tokens, quotes, b);
    if (!content || content.type !== 'direct') return null;
    return newFound(cueSpan(tokens, cue), subj, content, 0, 0);
  }
  // "… and then tweeted that …": a helper word may stand between the conjunction and the verb.
  const conjAt = cue.start - 1 > a && SECOND_SKIP.has(tokens[cue.start - 1]!.lower) ? cue.start - 2 : cue.start - 1;
  const conj = tokens[conjAt];
  if (!cue.participle && conj && conj.kind === 'word' && (conj.lower === 'and' || conj.lower === 'but') && conjAt > a) {
    // "Carson took the stage and called the system “rotten to the core.”": the verb shares the
    // sentence's subject.
    const mention = sentenceSubject(tokens, a, cue.start);
    if (!mention) return null;
    const rs = clauseStart(tokens, cue, b);
    let re = clauseEnd(tokens, rs, b);
    // In an opening subordinate clause ("When X … said she would “…,” the crowd applauded"), the clause's
    // first comma ends it, inside a closing quotation or not.
    if (SUBORDINATORS.has(tokens[a]!.lower)) {
      for (let j = rs + 1; j < re; j++) {
        if (isPunct(tokens[j], ',')) { re = j; break; }
        if (tokens[j]!.mark === 'close' && tokens[j - 1]!.text === ',') { re = j + 1; break; }
      }
    }
    const right = contentOf(tokens, quotes, rs, re);
    // ("… and disclosed personal notes", "… but revealed nothing new": a verb of saying whose other sense takes a plain
    // object reports nothing from it here either.)
    if (!right || (right.type === 'indirect' && (wordCount(tokens, rs, re) < 2 || (!thatBetween(tokens, cue.end, rs) && plainObject(tokens, cue, rs))))) return null;
    return newFound(cueSpan(tokens, cue), mention, right, 0, 0);
  }
  if (cue.participle) {
    // "…, adding that …": the source is the clause's subject, or the sentence's first noun phrase;
    // "with Clinton saying …": the noun phrase right before the cue.
    // ("defendió a los vecinos al señalar que …": an infinitive's subject is never the noun before its lead.)
    const pt = tokens[cue.start - 1];
    const np = pt && pt.kind === 'word' && cue.start - 1 >= a && cue.lead === undefined ? npBackward(tokens, a, cue.start - 1) : null;
    const head = np ? tokens[np.e - 1]! : null;
    // "posted on Twitter accusing …": a noun phrase after a preposition is no subject of the participle.
    const governed = np && np.s - 1 >= a && ADJUNCT_PREPS.has(tokens[np.s - 1]!.lower);
    const own = np && head && !governed && (head.cap || pronouns.has(head.lower) || anonymousNouns.has(head.lower)) && !TIME_ANY.has(head.lower) ? { ms: np.s, me: np.e, rs: np.e, re: np.e, start: np.s, end: np.e } : null;
    const mention = own ?? prev?.mention ?? sentenceSubject(tokens, a, cue.start);
    if (!mention) return null;
    const rs = clauseStart(tokens, cue, b);
    const re = clauseEnd(tokens, rs, b);
    const right = contentOf(tokens, quotes, rs, re);
    if (!right || (right.type === 'indirect' && (wordCount(tokens, rs, re) < 2 || adjunctOnly(tokens, rs, re) || (!thatBetween(tokens, cue.end, rs) && plainObject(tokens, cue, rs))))) return null;
    return newFound(cueSpan(tokens, cue), mention, right, 0, 0);
  }
  return null;
}

// English participles of issuing a document ("a summary released by …", "a letter signed by …").
const ISSUED = new Set('released published issued prepared signed written compiled commissioned filed produced authored'.split(' '));

/** "of" or the language's link between a noun and its complement among tokens [from, to). */
function linkIn(tokens: Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (tokens[j]!.lower === 'of' || current.nounLinks.has(tokens[j]!.lower)) return true;
  return false;
}

/** A complementizer ("that", "dass", "que") among tokens [from, to): what follows is a reported clause. */
function thatBetween(tokens: Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (complementizers.has(tokens[j]!.lower)) return true;
  return false;
}

/**
 * "versichert ihre Autos", "salue les soldats", "are writing custom apps": a verb of saying whose other sense takes a
 * plain object (the language's clauseVerbs) reports nothing from the words right after it, unless a comma or colon
 * sets them off, a complementizer is written into them, or a pronoun opens them as a clause's subject ("Trump writes
 * he would …"). The caller checks for "that" itself.
 */
function plainObject(tokens: Token[], cue: Cue, rs: number): boolean {
  // (A cue that ends the text reports nothing after it.)
  if (rs >= tokens.length) return false;
  return !isPunct(tokens[rs - 1], ',:') && current.clauseVerbs.has(tokens[cue.end - 1]!.lower) && !elidedComplementizer(tokens[rs]) && (tokens[rs]!.cls & W.PRONOUN) === 0 && !finiteAhead(tokens, rs);
}

// English's finite helpers (other languages' are their data's perfect and passive auxiliaries).
const FINITE_HELPERS = new Set('is are was were will would could should can may might must did does has have had'.split(' '));

/** "claimed the election was rigged": a helper verb a few words on makes the words after the cue a clause. */
function finiteAhead(tokens: Token[], rs: number): boolean {
  for (let j = rs + 1; j < tokens.length && j < rs + 8; j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word' || t.q >= 0) return false;
    if (FINITE_HELPERS.has(t.lower) || current.perfectAuxiliaries.has(t.lower) || current.passiveAuxiliaries.has(t.lower)) return true;
    // ("claimed millions voted illegally": a verb in the past after its subject.)
    if (!t.cap && t.lower.length > 4 && t.lower.endsWith('ed') && current.data.code === 'en') return true;
  }
  return false;
}

function sentenceSubject(tokens: Token[], start: number, limit: number): Subject | null {
  // "BUFFALO, N.Y. — …": past the dateline.
  const a = datelineEnd(tokens, start, limit);
  // "Hours before Parise’s two-goal performance Tuesday, Wild coach Bruce Boudreau expressed confidence …, saying":
  // a lead-in before the comma, then a name and its verb.
  const verbed = namedBeforeVerb(tokens, a, limit);
  if (verbed) return verbed;
  // "Mayor Dunn, speaking on local radio, called …": a name and its appositive, not a lead-in phrase.
  const named = npForward(tokens, a, limit);
  // "Sen. Rand Paul (R-Ky.) said …": a party and state after the name.
  let after = named ? named.e : -1;
  if (after > 0 && tokens[after]?.text === '(') {
    let close = after + 1;
    while (close < limit && close < after + 9 && tokens[close]!.text !== ')') close++;
    if (tokens[close]?.text === ')') after = close + 1;
  }
  if (named && tokens[named.s]!.cap && tokens[named.e - 1]!.cap && named.e - named.s <= 4 && (isPunct(tokens[after], ',') || (after > named.e && tokens[after]?.kind === 'word')) && !TIME_ANY.has(tokens[named.s]!.lower)) {
    return bareSubject(named.s, named.e);
  }
  let i = subjectStart(tokens, a, limit);
  // "When Trump later referred to … and said he would …": a cue inside the opening subordinate clause has
  // that clause's subject.
  if (i === a && SUBORDINATORS.has(tokens[a]!.lower)) {
    let comma = false;
    for (let j = a + 1; j < limit; j++) if (isPunct(tokens[j], ',')) comma = true;
    if (!comma) i = a + 1;
  }
  while (i < limit && (tokens[i]!.kind !== 'word' || tokens[i]!.q >= 0)) i++;
  const np = npForward(tokens, i, limit);
  if (!np) return null;
  // "Businesses and residents also have complained …": two phrases joined by "and" are one subject.
  let e = np.e;
  if (tokens[e]?.lower === 'and' && tokens[e]!.q < 0) {
    const more = npForward(tokens, e + 1, limit);
    if (more && more.e - more.s <= 4 && !pronouns.has(tokens[more.s]!.lower) && tokens[more.e]?.kind === 'word') e = more.e;
  }
  const next = tokens[e];
  // "De Blasio, speaking on WOR710, called …": an appositive may follow the subject.
  if (!next || (next.kind !== 'word' && !isPunct(next, ','))) return null;
  return bareSubject(np.s, e);
}

/**
 * After a lead-in ended by a comma, a name and a verb in the past ("…, Wild coach Bruce Boudreau expressed …"): the
 * name is the clause's subject. Null when the sentence opens with its subject, or no such name follows the comma.
 */
function namedBeforeVerb(tokens: Token[], a: number, limit: number): Subject | null {
  if (tokens[a]?.kind === 'word' && tokens[a]!.cap && tokens[a + 1]?.kind === 'word' && tokens[a + 1]!.cap) return null;
  let comma = -1;
  for (let j = a + 1; j < limit && j < a + 16; j++) {
    if (tokens[j]!.q >= 0) return null;
    if (isPunct(tokens[j], ',')) {
      comma = j;
      break;
    }
  }
  if (comma < 0) return null;
  // Words up to a verb in the past, at most eight: "Wild coach Bruce Boudreau | expressed".
  const s = comma + 1;
  let e = s;
  while (e < limit && e - s < 8 && tokens[e]!.kind === 'word' && tokens[e]!.q < 0 && !isPast(tokens[e]!)) e++;
  const v = tokens[e];
  if (e === s || !v || !isPast(v) || !tokens[e - 1]!.cap) return null;
  return bareSubject(s, e);
}

/** A lower-case verb in the past: "expressed", "said", "went". */
function isPast(t: Token): boolean {
  return t.kind === 'word' && !t.cap && t.q < 0 && (/ed$/.test(t.lower) || IRREGULAR_PAST.has(t.lower));
}

/** "“We will,” she said, “and soon.”": the quotation after the cue joins the content. */
function addSplitQuote(tokens: Token[], quotes: Quote[], content: Content, from: number, b: number): void {
  if (content.type !== 'direct') return;
  let i = from;
  while (i < b && tokens[i]!.q < 0 && tokens[i]!.kind !== 'quote' && i < from + 12) {
    if (tokens[i]!.kind === 'punct' && tokens[i]!.text !== ',' && tokens[i]!.text !== ':') return;
    i++;
  }
  // (A dash or comma opening the rest of a quotation whose cue stands inside it opens it as a mark does: quotes.ts.)
  const reopens = tokens[i]?.kind === 'punct' && tokens[i]!.mark === 'open';
  if (i >= b || tokens[i]!.q < 0 || (tokens[i - 1]?.text !== ',' && tokens[i - 1]?.text !== ':' && !reopens)) return;
  const id = tokens[i]!.q;
  if (content.quotes.includes(id)) return;
  content.quotes.push(id);
  for (const g of quotes[id]!.segs) content.spans.push({ s: g.s, e: g.e });
}
