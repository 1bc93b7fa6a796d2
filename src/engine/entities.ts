import { cueWords, femaleNouns, honorifics, maleNouns, npStops, orgNameWords, orgNouns, outletKey, outletNames, outletStarts, roleNouns, timeWords, titles } from './lexicons';
import { countryNames } from './names/countries';
import { givenNames, type Gender } from './names/given-names';
import { datelineEnd } from './mentions';
import type { Sentence } from './sentences';
import type { Token } from './tokens';

/** Someone or something the article names: a person, an organization or outlet, or a name not yet told apart. */
export interface Entity {
  id: number;
  /** The fullest form of the name the article gives, without titles or honorifics. */
  name: string;
  /** Lower-cased words of the name, possessive dropped. */
  words: string[];
  /** For a person's name: its last word (lower case), which later mentions use alone. */
  surname: string | null;
  /** The description the article gives: an appositive, or a title before the name (never an honorific). */
  role: string | null;
  /** Where the role came from: an appositive outranks a title before the name. */
  roleRank: number;
  /** Evidence for a person and for an organization (see `kindOf`). */
  person: number;
  org: number;
  media: string | null;
  /** Evidence for a place ("Linden Avenue", "in Harbor Point"): a place never speaks. */
  place: number;
  /** Gender evidence: from a title or role noun (strong), from pronouns after its mentions, from the given name. */
  strongGender: Gender | null;
  he: number;
  she: number;
  nameGender: Gender | null;
  /** Other forms of the name used in the article ("Ms. Ruiz", "Ruiz", "Big Machine"). */
  forms: Set<string>;
  /**
   * Named only as the first word of sentences, one word, with no evidence of what it is ("Concrete and soil …"):
   * perhaps a name, perhaps a capitalised common word. It may speak at a cue, but nothing points back to it.
   */
  weak: boolean;
}

/** One place where the article names an entity: the name proper [s, e), its titles from `ts`. */
export interface NameMention {
  entity: Entity;
  ts: number;
  s: number;
  e: number;
  sentence: number;
}

export interface NameIndex {
  entities: Entity[];
  /** Every mention, in text order. */
  mentions: NameMention[];
  /** The mention covering a token, if any. */
  at(token: number): NameMention | undefined;
  /**
   * The entity a name seen outside the index stands for (a name inside a quotation, a transcript's "PENCE:"):
   * its full name, its surname or acronym, or else a new entity of its own.
   */
  lookup(src: string, tokens: Token[], s: number, e: number): Entity;
}

// Lower-case words inside a name: "Monica de Bolle", "Ludwig van Beethoven", "Abu Bakr al-Baghdadi".
const PARTICLES = new Set('de del della der den di da das dos du la le van von ter ten al el bin ibn st.'.split(' '));
const ROLE_STOPS = new Set('a an the this that these those his her their its our my your and or but of for to in on at by with from as'.split(' '));
const APPOSITIVE_OPENERS = new Set('a an the'.split(' '));
const NOT_APPOSITIVE = new Set('who which whose where when while and but or who’s although though because as said says told added also however meanwhile'.split(' '));
const PLACE_WORDS = new Set('street st avenue ave road rd boulevard blvd lane drive highway square park bridge river lake mountain mountains island islands bay coast valley county city town village state province district airport station harbor harbour port beach'.split(' '));
// Words that open a sentence before its subject: "Maybe Instagram likes it", "Perhaps Smith …" (with any adverb in -ly).
const ARTICLES = new Set(['the', 'a', 'an']);
const OPENING_ADVERBS = new Set('maybe perhaps yet still now then also even instead indeed meanwhile later earlier today yesterday last next first finally so thus hence'.split(' '));
// Words of a title that describe no role on their own ("former NASA", "acting", "senior"): no title before a name alone.
const ROLE_MODIFIERS = new Set('former then acting deputy senior top vice interim incoming outgoing retired late'.split(' '));
// Nouns a person or a company can be ("Boeing, prime contractor for …", "the owner"): they tell no kind.
const EITHER = new Set('contractor contractors partner partners owner owners developer publisher operator provider supplier producer distributor investor lender client customer member sponsor leader maker'.split(' '));
const PLACE_PREPS = new Set(['in', 'near', 'across', 'outside', 'throughout', 'around']);
const POSSESSIVE = /['’]s$/;
const MAX_ROLE = 24;

function isCapWord(t: Token | undefined): t is Token {
  return !!t && t.cap && t.q < 0 && t.kind === 'word' && t.text !== 'I';
}

/** The word without a possessive ending: "Steenburgen’s" -> "steenburgen". */
/** True when the word ends in a possessive "'s" or "’s". */
function possessive(w: string): boolean {
  const n = w.length;
  if (n < 3 || (w.charCodeAt(n - 1) !== 115 && w.charCodeAt(n - 1) !== 83)) return false;
  const c = w.charCodeAt(n - 2);
  return c === 39 || c === 0x2019;
}

function bareLower(t: Token): string {
  return possessive(t.lower) ? t.lower.slice(0, -2) : t.lower;
}

function bareText(t: Token): string {
  return possessive(t.text) ? t.text.slice(0, -2) : t.text;
}

function isTitle(t: Token): boolean {
  return titles.has(t.lower) || honorifics.has(t.lower) || (t.abbr && titles.has(t.lower.replace(/\.$/, '')));
}

const ACRONYM = /^\p{Lu}[\p{Lu}&.\d-]+$/u;

/** "NASA", "PG&E", "U.N.": capitals only, two or more. */
function isAcronym(t: Token): boolean {
  return isAcronymText(bareText(t));
}

function isAcronymText(w: string): boolean {
  if (w.length < 2) return false;
  const c = w.charCodeAt(1);
  if (c >= 97 && c <= 122) return false;
  return ACRONYM.test(w) && w.replace(/[^\p{Lu}]/gu, '').length >= 2;
}

interface Run {
  s: number;
  e: number;
  sentence: number;
  /** The run opens its sentence. */
  initial: boolean;
}

/**
 * The capitalised names of a sentence outside quotations: runs of capitalised words joined by initials,
 * name particles ("de"), "&", and in an organization's name "of", "for" and "and" ("Department of Design
 * and Construction"). A possessive ends a run ("Steenburgen’s son"). A sentence's first word starts no run when it
 * is an article, a function word, a cue or an adverb ("The", "But", "Said", "Maybe", "Unsurprisingly"); other
 * capitalised common words there ("Concrete and soil …") become names seen only there (`weak`).
 */
function runsOf(tokens: Token[], sent: Sentence, index: number, out: Run[]): void {
  const a = datelineEnd(tokens, sent.start, sent.end);
  const b = sent.end;
  let first = a;
  while (first < b && tokens[first]!.kind !== 'word') first++;
  let i = a;
  while (i < b) {
    const t = tokens[i]!;
    if (!isCapWord(t) || timeWords.has(t.lower)) {
      i++;
      continue;
    }
    let s = i;
    let e = i + 1;
    let connected = false;
    while (e < b && !possessive(tokens[e - 1]!.text)) {
      const n = tokens[e]!;
      if (isCapWord(n) && !timeWords.has(n.lower) && !n.nl) {
        e++;
        continue;
      }
      const after = tokens[e + 1];
      if (n.kind === 'word' && PARTICLES.has(n.lower) && isCapWord(after)) {
        e += 2;
        continue;
      }
      if (n.text === '&' && isCapWord(after)) {
        e += 2;
        continue;
      }
      if ((n.lower === 'of' || n.lower === 'for') && isCapWord(after) && !timeWords.has(after.lower) && (hasOrgWord(tokens, s, e) || orgAhead(tokens, e + 1, b))) {
        e += 2;
        connected = true;
        continue;
      }
      if (n.lower === 'and' && connected && isCapWord(after)) {
        e += 2;
        continue;
      }
      break;
    }
    // A sentence's first word is capitalised whatever it is: "Teachers with instruments …", "But Smith …".
    if (s === first && (npStops.has(t.lower) || ARTICLES.has(t.lower) || cueWords.has(t.lower) || OPENING_ADVERBS.has(t.lower) || ((t.lower.endsWith('ly') || t.lower.endsWith('ing')) && !givenNames.has(t.lower)))) s++;
    while (s < e && tokens[s]!.kind !== 'word') s++;
    if (s < e) out.push({ s, e, sentence: index, initial: s === first });
    i = e;
  }
}

function hasOrgWord(tokens: Token[], s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (orgNameWords.has(bareLower(tokens[k]!))) return true;
  return false;
}

function orgAhead(tokens: Token[], i: number, b: number): boolean {
  for (let k = i; k < b && k < i + 5 && isCapWord(tokens[k]); k++) if (orgNameWords.has(bareLower(tokens[k]!))) return true;
  return false;
}

function text(src: string, tokens: Token[], s: number, e: number): string {
  return src.slice(tokens[s]!.s, tokens[e - 1]!.e);
}

/** A name's text with a possessive on its last word dropped: "Steenburgen’s" -> "Steenburgen". */
function nameText(src: string, tokens: Token[], s: number, e: number): string {
  const t = text(src, tokens, s, e);
  return possessive(t) ? t.slice(0, -2) : t;
}

/**
 * A description before a name: the title words inside its run ("Indiana State Teachers Association President
 * Keith Gambill") and the role words before it ("retired aerospace executive Tom Young", "White House press
 * secretary Dan Lee"), when the word next to the name is a title or a role noun.
 */
function roleBefore(tokens: Token[], runStart: number, core: number, limit: number): number {
  let k = core;
  const inRun = core > runStart;
  if (inRun) k = runStart;
  const prev = tokens[k - 1];
  const roleNext = inRun || (!!prev && prev.kind === 'word' && prev.q < 0 && !ROLE_MODIFIERS.has(prev.lower) && (roleNouns.has(prev.lower) || isTitle(prev)));
  if (!roleNext) return core;
  while (k > limit && core - k < 8) {
    const t = tokens[k - 1]!;
    if (t.kind !== 'word' || t.q >= 0 || ROLE_STOPS.has(t.lower) || npStops.has(t.lower) || cueWords.has(t.lower) || possessive(t.text)) break;
    k--;
  }
  return k;
}

/**
 * An appositive after a name: ", a spokesman for the city," / ", the ranking member of the committee," /
 * ", Director, IIFL Securities" (a title first). Skips an age (", 62,") and a party and state ("(R-OK)").
 * Returns the appositive's tokens, or null when what follows is a clause (", who …") or nothing.
 */
function appositiveAfter(tokens: Token[], e: number, b: number): { s: number; e: number } | null {
  let k = e;
  if (tokens[k]?.text === '(') {
    let j = k + 1;
    while (j < b && j < k + 10 && tokens[j]!.text !== ')') j++;
    if (j >= b || tokens[j]!.text !== ')') return null;
    k = j + 1;
  }
  if (tokens[k]?.text !== ',') return null;
  k++;
  if (tokens[k] && /^\d+$/.test(tokens[k]!.text) && tokens[k + 1]?.text === ',') k += 2;
  const first = tokens[k];
  if (!first || first.kind !== 'word' || first.q >= 0 || NOT_APPOSITIVE.has(first.lower) || cueWords.has(first.lower)) return null;
  let end = k;
  let headed = APPOSITIVE_OPENERS.has(first.lower) || possessive(first.text);
  while (end < b && end - k < MAX_ROLE) {
    const t = tokens[end]!;
    if (t.q >= 0 || (t.kind === 'punct' && t.text !== '-' && t.text !== '&' && t.text !== '’' && t.text !== "'") || (t.kind === 'quote' && t.mark !== null)) break;
    if (end > k && cueWords.get(t.lower) === 1 && !roleNouns.has(t.lower)) return null;
    if (roleNouns.has(t.lower) || titles.has(t.lower) || orgNouns.has(t.lower)) headed = true;
    end++;
  }
  if (!headed || end === k) return null;
  // "NASA, Rep. Robert Aderholt, …", "Boeing, Lockheed Martin and …": another name, not a description.
  for (let j = k; j < end - 1; j++) {
    const t = tokens[j]!;
    const n = tokens[j + 1]!;
    if ((givenNames.has(t.lower) || isTitle(t)) && t.cap && n.cap && n.kind === 'word') return null;
  }
  return { s: k, e: end };
}

/** What the appositive or title says the name is: 'person', 'org', or null, by its first telling noun. */
export function describes(tokens: Token[], s: number, e: number): { kind: 'person' | 'org' | null; gender: Gender | null } {
  for (let k = s; k < e; k++) {
    const w = tokens[k]!.lower;
    if (w === 'of' || w === 'at' || w === 'for' || w === 'who' || w === 'that' || w === 'which') break;
    if (EITHER.has(w)) return { kind: null, gender: null };
    if (femaleNouns.has(w)) return { kind: 'person', gender: 'f' };
    if (maleNouns.has(w)) return { kind: 'person', gender: 'm' };
    if (orgNouns.has(w)) return { kind: 'org', gender: null };
    if (roleNouns.has(w) || titles.has(w)) return { kind: 'person', gender: null };
  }
  return { kind: null, gender: null };
}

const HE = new Set(['he', 'him', 'his', 'himself']);
const SHE = new Set(['she', 'her', 'hers', 'herself']);

/**
 * Builds the article-wide index of who it names: every capitalised name outside quotations, grouped into
 * entities (a full name and the surname, honorific or title forms used later; an organization and its shorter
 * form or acronym), each with the description the article gives it and the evidence for its kind and gender.
 * Linear in the article's length: each name is looked up in maps, never compared with every other.
 */
export function buildNameIndex(src: string, tokens: Token[], sentences: Sentence[]): NameIndex {
  const runs: Run[] = [];
  sentences.forEach((sent, i) => {
    if (!sent.loud) runsOf(tokens, sent, i, runs);
  });

  const entities: Entity[] = [];
  const byKey = new Map<string, Entity>();
  const bySurname = new Map<string, Entity[]>();
  const byFirst = new Map<string, Entity[]>();
  const byAcronym = new Map<string, Entity>();
  const bySuffix = new Map<string, Entity>();
  const make = (name: string, words: string[]): Entity => {
    const entity: Entity = { id: entities.length, name, words, surname: null, role: null, roleRank: 0, person: 0, org: 0, media: null, place: 0, strongGender: null, he: 0, she: 0, nameGender: null, forms: new Set(), weak: true };
    entities.push(entity);
    const key = words.join(' ');
    byKey.set(key, entity);
    nameEvidence(entity, key);
    // The acronym of an organization's name stands for it: "PG&E" for "Pacific Gas & Electric Co.".
    if (words.length >= 2 && entity.org > 0) byAcronym.set(acronymOf(name), entity);
    return entity;
  };
  const asPerson = (entity: Entity) => {
    const surname = entity.words[entity.words.length - 1]!;
    if (entity.surname === surname) return;
    entity.surname = surname;
    const list = bySurname.get(surname) ?? [];
    list.push(entity);
    bySurname.set(surname, list);
    if (entity.words.length >= 3) bySuffix.set(entity.words.slice(1).join(' '), entity);
    const first = entity.words[0]!;
    // "Taylor" for Taylor Swift; but "Boeing" is not "Boeing Defense", whose first word is no given name.
    if (entity.words.length > 1 && givenNames.has(first)) {
      const firsts = byFirst.get(first) ?? [];
      firsts.push(entity);
      byFirst.set(first, firsts);
    }
  };
  const setRole = (entity: Entity, role: string, rank: number) => {
    if (rank > entity.roleRank) {
      entity.role = role;
      entity.roleRank = rank;
    }
  };

  interface Pending { run: Run; core: number; title: number; words: string[] }
  const pending: Pending[] = [];
  const mentions: NameMention[] = [];
  // First pass: full names (two words or more, or a single word with a title), so that a later surname alone
  // finds its full name wherever the full name stands.
  for (const run of runs) {
    let title = run.s;
    while (title < run.e - 1 && isTitle(tokens[title]!)) title++;
    if (title === run.e - 1 && isTitle(tokens[title]!) && !isCapWord(tokens[title + 1])) continue; // "the President said"
    let core = title;
    for (let k = title; k < run.e - 1; k++) {
      if (givenNames.has(tokens[k]!.lower) && !hasOrgWord(tokens, k, run.e)) {
        core = k;
        break;
      }
      // "CPUC President Marybel Batjer": after a title inside the run comes the name, known given name or not.
      if (k > title && isTitle(tokens[k]!) && !ROLE_MODIFIERS.has(tokens[k]!.lower) && !hasOrgWord(tokens, k + 1, run.e) && run.e - k >= 3) {
        core = k + 1;
        title = k + 1;
        break;
      }
    }
    const words: string[] = [];
    for (let k = core; k < run.e; k++) words.push(bareLower(tokens[k]!));
    pending.push({ run, core, title, words });
  }

  const resolveSingle = (word: string, at: number): Entity | undefined => {
    const people = bySurname.get(word);
    if (people) return nearest(people, at);
    const firsts = byFirst.get(word);
    if (firsts && firsts.length === 1) return firsts[0];
    return byKey.get(word) ?? byAcronym.get(word);
  };
  const nearestMention = new Map<Entity, number>();
  const nearest = (list: Entity[], at: number): Entity => {
    let best = list[0]!;
    let bestAt = -1;
    for (const x of list) {
      const m = nearestMention.get(x) ?? -1;
      if (m <= at && m > bestAt) {
        best = x;
        bestAt = m;
      }
    }
    return best;
  };

  // Entities for full names first (in text order), then every run becomes a mention.
  for (const p of pending) {
    const { run, core, title, words } = p;
    const given = core > title || givenNames.has(tokens[core]!.lower);
    const full = words.length >= 2 && (given || title > run.s || !hasOrgWord(tokens, core, run.e));
    if (!full) continue;
    const key = words.join(' ');
    if (byKey.has(key)) continue;
    const name = nameText(src, tokens, core, run.e);
    const outlet = outletNames.get(outletKey(name));
    const orgish = hasOrgWord(tokens, core, run.e) || !!outlet || countryNames.has(key);
    if (!orgish && given) {
      // "Owen Dempsey" and "Owen John Dempsey": one person, named in full the second time.
      const same = (bySurname.get(words[words.length - 1]!) ?? []).find((x) => x.words[0] === words[0]);
      if (same) {
        byKey.set(key, same);
        if (words.length > same.words.length) {
          same.forms.add(same.name);
          same.name = name;
          same.words = words;
        }
        continue;
      }
    }
    const entity = make(name, words);
    // A name of two words or more with no word of an organization's is a person's, whether or not its given name is
    // a common English one ("Caitlyn Smith", "Feliciano Lopez"): its surname alone stands for it later.
    if (!orgish && !countryNames.has(key) && !PLACE_WORDS.has(words[words.length - 1]!)) asPerson(entity);
  }
  for (const p of pending) {
    const { run, core, title, words } = p;
    if (words.length === 0) continue;
    const key = words.join(' ');
    const name = nameText(src, tokens, core, run.e);
    let entity = byKey.get(key);
    if (!entity && words.length === 1) entity = resolveSingle(words[0]!, run.s);
    // "Eriksson Ek" after "Joel Eriksson Ek": a surname of several words.
    if (!entity && words.length > 1 && core === run.s && !givenNames.has(words[0]!)) entity = bySuffix.get(key);
    if (!entity) {
      // "Big Machine" before or after "Big Machine Records": a shorter form of an organization's name.
      const acronym = words.length === 1 && isAcronym(tokens[core]!) ? byAcronym.get(words[0]!) : undefined;
      entity = acronym ?? make(name, words);
      if (!acronym && (title > run.s)) asPerson(entity);
    }
    if (name !== entity.name) entity.forms.add(name);
    if (!run.initial || words.length > 1 || title > run.s) entity.weak = false;
    nearestMention.set(entity, run.s);
    const mention: NameMention = { entity, ts: run.s, s: core, e: run.e, sentence: run.sentence };
    mentions.push(mention);
    collectEvidence(src, tokens, sentences[run.sentence]!, mention, title, entity, setRole);
  }
  // Shorter forms of organization names: "Big Machine" is "Big Machine Records" when both appear.
  for (const entity of entities) {
    if (entity.surname || entity.words.length < 1) continue;
    for (let n = entity.words.length - 1; n >= 1; n--) {
      const shorter = byKey.get(entity.words.slice(0, n).join(' '));
      if (shorter && shorter !== entity && !shorter.surname && entity.org > 0) {
        mergeInto(entity, shorter, mentions, entities);
        break;
      }
    }
  }
  for (const entity of entities) if (entity.weak && (entity.person > 0 || entity.org > 0 || entity.media)) entity.weak = false;
  const byToken = new Int32Array(tokens.length).fill(-1);
  mentions.forEach((m, i) => byToken.fill(i, m.ts, m.e));
  const lookup = (text: string, toks: Token[], s: number, e: number): Entity => {
    while (s < e - 1 && isTitle(toks[s]!)) s++;
    const words: string[] = [];
    for (let k = s; k < e; k++) if (toks[k]!.kind === 'word') words.push(bareLower(toks[k]!));
    const key = words.join(' ');
    const hit = byKey.get(key) ?? (words.length === 1 ? resolveSingle(words[0]!, toks[s]!.s) : undefined);
    if (hit) return hit;
    const entity = make(nameText(text, toks, s, e), words);
    entity.weak = false;
    return entity;
  };
  return { entities, mentions, at: (token) => (token >= 0 && token < byToken.length && byToken[token]! >= 0 ? mentions[byToken[token]!] : undefined), lookup };
}

/** The capital letters of a name's words, organization suffixes aside: "Pacific Gas & Electric Co." -> "pge". */
function acronymOf(name: string): string {
  return name
    .split(/[\s&]+/)
    .filter((w) => w && !/^(co\.?|inc\.?|corp\.?|llc|ltd\.?|of|for|and|the)$/i.test(w))
    .map((w) => w[0]!.toLowerCase())
    .join('');
}

function mergeInto(into: Entity, from: Entity, mentions: NameMention[], entities: Entity[]): void {
  into.forms.add(from.name);
  for (const f of from.forms) into.forms.add(f);
  into.org += from.org;
  into.person += from.person;
  if (!into.role && from.role) {
    into.role = from.role;
    into.roleRank = from.roleRank;
  }
  for (const m of mentions) if (m.entity === from) m.entity = into;
  const i = entities.indexOf(from);
  if (i >= 0) entities.splice(i, 1);
}

/** What the name itself says: an outlet's, a country's, an organization's (a word like Records or Ministry, an acronym), a person's (a given name first), a place's (Street, County). */
function nameEvidence(entity: Entity, key: string): void {
  const words = entity.words;
  entity.media = outletStarts.has(words[0] === 'the' && words.length > 1 ? words[1]! : words[0]!) ? (outletNames.get(outletKey(entity.name)) ?? null) : null;
  if (countryNames.has(key)) entity.org += 3;
  if (words.some((w) => orgNameWords.has(w))) entity.org += 3;
  if (words.length === 1 && words[0]!.length >= 2 && isAcronymText(entity.name)) entity.org += 2;
  // "Dick Clark Productions", "Goldman Sachs Group": a word of an organization's outweighs the given name before it.
  if (words.length > 1 && givenNames.has(words[0]!) && entity.org === 0) {
    entity.person += 3;
    entity.nameGender = givenNames.get(words[0]!) ?? null;
  }
  if (PLACE_WORDS.has(words[words.length - 1]!)) entity.place += 3;
}

/** Reads what one mention says of its entity: titles and roles, appositives, kind words, and pronouns after it. */
function collectEvidence(
  src: string,
  tokens: Token[],
  sent: Sentence,
  m: NameMention,
  title: number,
  entity: Entity,
  setRole: (entity: Entity, role: string, rank: number) => void,
): void {
  for (let k = m.ts; k < title; k++) {
    const t = tokens[k]!;
    entity.person += 3;
    if (t.lower === 'mr.' || t.lower === 'mr') entity.strongGender = 'm';
    if (t.lower === 'ms.' || t.lower === 'ms' || t.lower === 'mrs.' || t.lower === 'mrs' || t.lower === 'miss') entity.strongGender = 'f';
  }
  const prev = tokens[m.ts - 1];
  if (prev && prev.kind === 'word' && m.ts > sent.start) {
    // "in Harbor Point", "near Rochester": a place; "the Whole Foods store", "the Chicago set": no person's name.
    if (PLACE_PREPS.has(prev.lower)) entity.place += 1;
    if (prev.lower === 'the' && !givenNames.has(entity.words[0]!)) entity.org += 1;
  }
  // A title or role before the name.
  const before = roleBefore(tokens, m.ts, m.s, sent.start);
  if (before < m.s) {
    let end = m.s;
    while (end > before && honorifics.has(tokens[end - 1]!.lower)) end--;
    if (end > before) {
      setRole(entity, text(src, tokens, before, end), 1);
      const d = describes(tokens, before, end);
      if (d.kind === 'person') entity.person += 2;
      if (d.gender) entity.strongGender = d.gender;
    }
  }
  // An appositive after it.
  const app = appositiveAfter(tokens, m.e, sent.end);
  if (app) {
    const d = describes(tokens, app.s, app.e);
    if (d.kind === 'person') entity.person += 2;
    if (d.kind === 'org') entity.org += 2;
    if (d.gender) entity.strongGender = d.gender;
    if (d.kind) setRole(entity, text(src, tokens, app.s, app.e), 2);
  }
  // ", which …" follows a thing or a body, ", who …" a person.
  const rel = tokens[m.e]?.text === ',' ? tokens[m.e + 1] : undefined;
  if (rel?.lower === 'which') entity.org += 2;
  if (rel?.lower === 'who') entity.person += 1;
  // The first gendered pronoun after the name in its sentence, with no other name between, when the name opens
  // the sentence as its subject ("Taylor Swift posted …, accusing Big Machine of trying to stop her …"); a name in a
  // phrase ("In a Tumblr post at the time she …") says nothing of the pronoun.
  if (m.ts - datelineEnd(tokens, sent.start, sent.end) > 1) return;
  for (let k = m.e; k < sent.end && k < m.e + 25; k++) {
    const t = tokens[k]!;
    if (t.q >= 0) continue;
    if (isCapWord(t) && !isTitle(t) && k > m.e && givenNames.has(t.lower)) break;
    if (HE.has(t.lower)) {
      entity.he++;
      entity.person++;
      break;
    }
    if (SHE.has(t.lower)) {
      entity.she++;
      entity.person++;
      break;
    }
  }
}

/** The entity's gender: a title or role noun says it outright; else the pronouns after its mentions; else the given name. */
export function genderOf(entity: Entity): Gender | null {
  if (entity.strongGender) return entity.strongGender;
  if (entity.he > entity.she) return 'm';
  if (entity.she > entity.he) return 'f';
  return entity.nameGender;
}

/** True when the evidence says the name is a place's (a street, a town named only after "in"), which never speaks. */
export function isPlace(entity: Entity): boolean {
  return !entity.media && entity.place > entity.person + entity.org;
}

/** The kind the evidence points to: an outlet is media; more organization evidence than person evidence an organization. */
export function kindOf(entity: Entity): 'person' | 'organization' | 'media' {
  if (entity.media) return 'media';
  if (entity.org > entity.person) return 'organization';
  if (entity.person > 0) return 'person';
  // No evidence either way: two words or more read as a person's name ("Nisan Ahmado"), one word as a body's ("Boeing").
  return entity.words.length >= 2 ? 'person' : 'organization';
}
