import { genderOf, kindOf, type Entity } from './entities';
import type { Gender } from './names/given-names';
import type { SourceKind } from './types';

/**
 * Someone the article refers to: a named entity of the index, or an unnamed one met at a cue ("officials",
 * "a source familiar with the talks", "the company's spokesman"). Becomes a report source on its first attribution.
 */
export interface Referent {
  entity: Entity | null;
  /** For an unnamed referent: the fullest phrase used, its head noun, and whether it is one person or a group. */
  phrase: string | null;
  head: string | null;
  plural: boolean;
  kind: SourceKind;
  gender: Gender | null;
  /** Forms used at cues (never pronouns). */
  forms: string[];
  role: string | null;
  sourceId: string | null;
}

/** The referent of a named entity: its kind and gender are read from the entity whenever asked, as evidence may still come in. */
class NamedReferent implements Referent {
  readonly phrase = null;
  readonly head = null;
  readonly plural = false;
  readonly forms: string[] = [];
  sourceId: string | null = null;
  constructor(readonly entity: Entity) {}
  get kind(): SourceKind {
    return kindOf(this.entity);
  }
  get gender(): Gender | null {
    return genderOf(this.entity);
  }
  get role(): string | null {
    return this.entity.role;
  }
}

export function namedReferent(entity: Entity): Referent {
  return new NamedReferent(entity);
}

/** One place the article refers to a referent, in reading order. */
export interface Reference {
  ref: Referent;
  tok: number;
  sentence: number;
  paragraph: number;
  /** Character offset, to leave out what lies inside an attribution's own content. */
  at: number;
  /**
   * Where the words of the speaker end, for a reference at a cue: the sentence and paragraph of the content's last word
   * (else those of the reference). A quotation running on over paragraphs keeps its speaker in mind to its end.
   */
  lastSentence: number;
  lastParagraph: number;
  /** The latest `lastSentence` and `lastParagraph` of this reference and every one before it: where the walk back may stop. */
  reachSentence: number;
  reachParagraph: number;
}

// How far back a pronoun or a description looks for what it points at: a reader's memory, and what keeps
// resolution linear in the article's length. Counted from where the reference's words end: "the minister said, “…
// (four paragraphs of quotation) …” She stressed that …" points back to the minister.
const MAX_SENTENCES = 8;
const MAX_PARAGRAPHS = 3;
const MAX_LOOK = 80;

/**
 * The referent a pronoun or a description points at: among the references before it, the nearest sentence
 * holding a fitting one, and in that sentence the first (a sentence's subject comes first). References at
 * characters [skipFrom, skipTo) (the attribution's own content) are left out.
 */
export function antecedent(
  history: readonly Reference[],
  sentence: number,
  paragraph: number,
  fits: (r: Referent) => boolean,
  skipFrom = -1,
  skipTo = -1,
  inSentence?: (sentence: number) => boolean,
): Referent | null {
  let best: Reference | null = null;
  let bestSentence = -1;
  for (let i = history.length - 1, seen = 0; i >= 0 && seen < MAX_LOOK; i--, seen++) {
    const h = history[i]!;
    // (Past the window, an earlier reference may still be a speaker's whose words run on into it: the walk goes on
    // while one may, MAX_LOOK references at most.)
    if (sentence - h.reachSentence > MAX_SENTENCES || paragraph - h.reachParagraph > MAX_PARAGRAPHS) break;
    if (sentence - h.lastSentence > MAX_SENTENCES || paragraph - h.lastParagraph > MAX_PARAGRAPHS) continue;
    if (best && h.sentence !== bestSentence) break;
    if ((h.at >= skipFrom && h.at < skipTo) || !fits(h.ref) || (inSentence && !inSentence(h.sentence))) continue;
    best = h;
    bestSentence = h.sentence;
  }
  return best ? best.ref : null;
}

/**
 * The issuer of a document named before: in the nearest sentence where `at(sentence)` finds the document's noun (its
 * token, or -1), an outlet right before the noun ("a Bloomberg poll") or the organization named last before it ("after
 * the FAA released a report": the FAA, not the sentence's subject), else the first fitting reference of that sentence
 * ("Sanders said in a statement").
 */
export function namedBefore(
  history: readonly Reference[],
  sentence: number,
  paragraph: number,
  fits: (r: Referent) => boolean,
  at: (sentence: number) => number,
  rightBefore: (tok: number, noun: number) => boolean,
): Referent | null {
  let checked = -1;
  let noun = -1;
  let first: Reference | null = null;
  for (let i = history.length - 1, seen = 0; i >= 0 && seen < MAX_LOOK; i--, seen++) {
    const h = history[i]!;
    if (sentence - h.sentence > MAX_SENTENCES || paragraph - h.paragraph > MAX_PARAGRAPHS) break;
    if (h.sentence !== checked) {
      if (first) return first.ref;
      checked = h.sentence;
      noun = at(h.sentence);
    }
    if (noun < 0) continue;
    // (An outlet only right before the noun, "a Bloomberg poll": one that reported a letter or a statement issued none.)
    if (h.tok < noun && h.ref.kind === 'media' && rightBefore(h.tok, noun)) return h.ref;
    if (!fits(h.ref)) continue;
    if (h.tok < noun && h.ref.kind === 'organization') return h.ref;
    first = h;
  }
  return first ? first.ref : null;
}

/** An organization or an outlet: what "it" stands for. */
export function isThing(r: Referent): boolean {
  return r.kind === 'organization' || r.kind === 'media';
}

/** A group or a body: what "they" stands for. */
export function isGroup(r: Referent): boolean {
  return r.plural || r.kind === 'organization';
}

/** A person, named or not (one unnamed person: "a source", "the spokesman"), of any gender. */
export function isSomeone(r: Referent): boolean {
  return r.kind === 'person' || (r.kind === 'anonymous' && !r.plural);
}

export function isHim(r: Referent): boolean {
  return isSomeone(r) && r.gender !== 'f';
}

export function isHer(r: Referent): boolean {
  return isSomeone(r) && r.gender !== 'm';
}
