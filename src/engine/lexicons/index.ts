/**
 * The lexicons of the language being read, as lookup tables. `useLanguage` compiles a language's data once (and
 * keeps it) and makes it current; every module of the engine reads the current tables through these live
 * bindings. `analyze` sets the language before it reads an article and reads it start to finish in one go, so
 * one article never sees two languages.
 */
import en from '../lang/en';
import type { LanguageData } from '../lang/types';
import { givenNames as englishGivenNames, type Gender } from '../names/given-names';
import { entries } from './parse';

export { entries } from './parse';

/** A language's data as the engine reads it. */
export interface Lexicons {
  data: LanguageData;
  speechVerbs: ReadonlySet<string>;
  quoteVerbs: ReadonlySet<string>;
  /** Present participles of verbs of saying that borrow their clause's subject ("ajoutant"): speech verbs as well. */
  participleCues: ReadonlySet<string>;
  /**
   * Every cue word in one table: 1 for a speech verb, 2 for a verb that needs a quotation next to it, 3 for one that
   * needs a quotation closed right before it.
   */
  cueWords: ReadonlyMap<string, 1 | 2 | 3>;
  /** Verbs of saying of several words ("hizo referencia", "hizo hincapié"), by their first word: the words after it. */
  cuePhrases: ReadonlyMap<string, string[][]>;
  /** "according to" phrases by their first word: the words after it, and whether the source comes first. */
  according: ReadonlyMap<string, Array<{ rest: string[]; after: boolean; own?: boolean; opening?: boolean }>>;
  anonymousNouns: ReadonlySet<string>;
  titles: ReadonlySet<string>;
  honorifics: ReadonlySet<string>;
  cueModifiers: ReadonlySet<string>;
  npStops: ReadonlySet<string>;
  timeWords: ReadonlySet<string>;
  /** Numbers take a period as ordinals (German "15. März"). */
  ordinalPeriod: boolean;
  abbreviations: ReadonlySet<string>;
  roleNouns: ReadonlySet<string>;
  femaleNouns: ReadonlySet<string>;
  maleNouns: ReadonlySet<string>;
  orgNameWords: ReadonlySet<string>;
  orgNouns: ReadonlySet<string>;
  businessNouns: ReadonlySet<string>;
  publicBodyWords: ReadonlySet<string>;
  documentNouns: ReadonlySet<string>;
  mediaNouns: ReadonlySet<string>;
  determiners: ReadonlySet<string>;
  /** Definite articles and demonstratives: a description after one points back. */
  definites: ReadonlySet<string>;
  indefinites: ReadonlySet<string>;
  /** Prepositions inside a source's noun phrase ("de", "du"). */
  nounLinks: ReadonlySet<string>;
  /** Prepositions before the outlet one reads in ("dans", "sur"). */
  readIn: ReadonlySet<string>;
  /** Prepositions of a phrase between a subject and its clause-final verb ("am", "auf"). */
  midPrepositions: ReadonlySet<string>;
  clauseVerbs: ReadonlySet<string>;
  impersonal: ReadonlySet<string>;
  particles: ReadonlySet<string>;
  afterCue: ReadonlySet<string>;
  hypothetical: ReadonlySet<string>;
  objectArticles: ReadonlySet<string>;
  topicPrepositions: ReadonlySet<string>;
  backReferences: ReadonlySet<string>;
  /** The passive's auxiliaries and its agent's preposition ("est"; "par"). */
  passiveAuxiliaries: ReadonlySet<string>;
  passiveAgent: ReadonlySet<string>;
  /** Auxiliaries of the perfect ("has", "a", "ha"). */
  perfectAuxiliaries: ReadonlySet<string>;
  complementizers: ReadonlySet<string>;
  relatives: ReadonlySet<string>;
  /** `turnPhrases`, each as its words. */
  turnPhrases: ReadonlyArray<readonly string[]>;
  reportAs: ReadonlySet<string>;
  conjunctions: ReadonlySet<string>;
  subordinators: ReadonlySet<string>;
  /** Endings of a participle opening a sentence before its subject ("ing", "é", "ado"). */
  leadParticiples: readonly string[];
  /** `infinitiveLeads` by their last word: the words before it ("de" -> [["después"], ["antes"]]; "tras" -> [[]]). */
  infinitiveLeads: ReadonlyMap<string, string[][]>;
  /** `speechInfinitives`: cues only after a lead of `infinitiveLeads`. */
  infinitives: ReadonlySet<string>;
  adjectiveEndings: readonly string[];
  ageWords: ReadonlySet<string>;
  staffRoles: ReadonlySet<string>;
  placePrepositions: ReadonlySet<string>;
  documentVerbs: ReadonlySet<string>;
  nameLinks: ReadonlySet<string>;
  pluralToo: ReadonlySet<string>;
  pluralVerbEndings: readonly string[];
  scareMarkers: ReadonlySet<string>;
  reportedMood: ReadonlySet<string>;
  commonWords: ReadonlySet<string>;
  pronouns: ReadonlyMap<string, string>;
  /** Pronouns for a person of one gender ("he", "she", "er", "elle"). */
  pronounGender: ReadonlyMap<string, Gender>;
  givenNames: ReadonlyMap<string, Gender | null>;
  outletNames: ReadonlyMap<string, string>;
  /** Words of outlets' names that end with "!" ("e!", "yahoo!"): the tokenizer keeps the mark in the word. */
  bangWords: ReadonlySet<string>;
  outletStarts: ReadonlySet<string>;
  /** Opening mark -> the closing marks that end it. */
  quotePairs: ReadonlyMap<string, ReadonlySet<string>>;
  nounsCapitalised: boolean;
  sentenceCaseNames: boolean;
  verbSecond: boolean;
  dropsSubjects: boolean;
  nounLast: boolean;
}

/**
 * The month names of a language, long and short ("january", "jan", "jan."), from the platform's own calendar
 * data (Intl, CLDR): no list to type or keep.
 */
export function monthNames(locale: string): string[] {
  const out: string[] = [];
  for (const month of ['long', 'short'] as const) {
    const format = new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' });
    for (let m = 0; m < 12; m++) {
      const name = format.format(Date.UTC(2001, m, 15)).toLowerCase();
      out.push(name, name.endsWith('.') ? name.slice(0, -1) : `${name}.`);
    }
  }
  return out;
}

/**
 * True when the language writes a day's number as an ordinal with a period ("am 15. März", "zum 18. Grün"), by the
 * platform's own calendar data: a number and its period before a capitalised word then end no sentence.
 */
export function ordinalPeriod(locale: string): boolean {
  return /\d\./.test(new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(2001, 2, 15)));
}

const QUOTED_NAME = /[„“”«»]/;
const QUOTED_NAME_G = /[„“”«»]/g;

/** The name without the quotation marks written around it ("der „Spiegel“" -> "der Spiegel"); unchanged when it has none. */
export function withoutQuoteMarks(name: string): string {
  return QUOTED_NAME.test(name) ? name.replace(QUOTED_NAME_G, '') : name;
}

/** Lower-cases a name and drops a leading article, so "The AP" and "AP" compare equal. */
export function outletKey(name: string): string {
  let key = name.toLowerCase();
  // ("der „Spiegel“": the quotation marks around an outlet's name, which the tokenizer reads as no quotation.)
  key = withoutQuoteMarks(key);
  // Names come in one line with single spaces nearly always: the regular expressions only when they would change something.
  if (!singleSpaced(key) && /\s\s|[\t\n\r\u00a0]|^\s|\s$/.test(key)) key = key.replace(/\s+/g, ' ').trim();
  return key.startsWith('the ') ? key.slice(4) : withoutElision(key);
}

/** A word or name without the article written into it ("l’afp" -> "afp", "L'Express" -> "Express"). */
export function withoutElision(w: string): string {
  const c = w.charCodeAt(1);
  return (c === 0x2019 || c === 39) && w.length > 2 && (w.charCodeAt(0) | 32) === 108 ? w.slice(2) : w;
}

/** True when the string's only blanks are single spaces between other characters (what `outletKey` leaves as is). */
function singleSpaced(key: string): boolean {
  const n = key.length;
  for (let i = 0; i < n; i++) {
    const c = key.charCodeAt(i);
    if (c === 32) {
      if (i === 0 || i === n - 1 || key.charCodeAt(i - 1) === 32) return false;
    } else if (c < 32 || (c >= 127 && isBlankCode(c))) return false;
  }
  return true;
}

/** The code units above ASCII that `\s` matches, and a few it does not (DEL, NEL): those only send the key to the regular expression. */
function isBlankCode(c: number): boolean {
  return c === 127 || c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const set = (text: string | undefined): ReadonlySet<string> => new Set(text ? entries(text) : []);

function compile(data: LanguageData): Lexicons {
  // (A document's verbs are cues as speech verbs are; the clause reader keeps them only with a document as subject.)
  const documentVerbs = set(data.documentVerbs);
  const participleCues = set(data.participleCues);
  const speech = new Set([...set(data.speechVerbs), ...documentVerbs, ...participleCues]);
  // ("gibt <": only after a quotation.)
  const quoteLines = set(data.quoteVerbs);
  const quote = new Set([...quoteLines].map((w) => (w.endsWith(' <') ? w.slice(0, -2) : w)));
  const cuePhrases = new Map<string, string[][]>();
  for (const line of speech) {
    const words = line.toLowerCase().split(/\s+/);
    if (words.length < 2) continue;
    cuePhrases.set(words[0]!, [...(cuePhrases.get(words[0]!) ?? []), words.slice(1)]);
  }
  const cueWords = new Map<string, 1 | 2 | 3>([...[...quoteLines].map((w) => (w.endsWith(' <') ? ([w.slice(0, -2), 3] as [string, 3]) : ([w, 2] as [string, 2]))), ...[...speech].filter((w) => !w.includes(' ')).map((w) => [w, 1] as [string, 1])]);
  // ("tras asegurar que …": an infinitive is a cue word, read as one only after its lead.)
  const infinitives = new Set([...set(data.speechInfinitives)].filter((w) => !cueWords.has(w)));
  for (const w of infinitives) cueWords.set(w, 1);
  const infinitiveLeads = new Map<string, string[][]>();
  for (const line of data.infinitiveLeads ? entries(data.infinitiveLeads) : []) {
    const words = line.toLowerCase().split(/\s+/);
    const last = words.pop()!;
    infinitiveLeads.set(last, [...(infinitiveLeads.get(last) ?? []), words]);
  }
  const according = new Map<string, Array<{ rest: string[]; after: boolean; own?: boolean; opening?: boolean }>>();
  for (const line of entries(data.accordingTo)) {
    const words = line.toLowerCase().split(/\s+/);
    const after = words[words.length - 1] === '_';
    const own = words[words.length - 1] === '.';
    const opening = words[words.length - 1] === ',';
    if (after || own || opening) words.pop();
    const list = according.get(words[0]!) ?? [];
    list.push(own ? { rest: words.slice(1), after, own } : opening ? { rest: words.slice(1), after, opening } : { rest: words.slice(1), after });
    according.set(words[0]!, list);
  }
  const given = new Map<string, Gender | null>(englishGivenNames);
  for (const line of data.givenNames ? entries(data.givenNames) : []) {
    const [name, gender] = line.split('|');
    const key = name!.toLowerCase();
    const g: Gender | null = gender === 'm' || gender === 'f' ? gender : null;
    given.set(key, given.has(key) && given.get(key) !== g ? null : g);
  }
  const outletNames = new Map<string, string>();
  for (const text of [data.outlets, data === en ? undefined : en.outlets]) {
    for (const line of text ? entries(text) : []) {
      const names = line.split('|').map((n) => n.trim());
      for (const n of names) {
        const key = outletKey(n);
        if (!outletNames.has(key)) outletNames.set(key, names[0]!);
      }
    }
  }
  const quotePairs = new Map<string, Set<string>>();
  for (const line of entries(data.quotationMarks)) {
    const [open, close] = line.split(/\s+/);
    if (!open || !close) continue;
    const closes = quotePairs.get(open) ?? new Set<string>();
    closes.add(close);
    quotePairs.set(open, closes);
  }
  return {
    data,
    speechVerbs: speech,
    quoteVerbs: quote,
    participleCues,
    cueWords,
    cuePhrases,
    according,
    anonymousNouns: set(data.anonymousNouns),
    titles: set(data.titles),
    honorifics: set(data.honorifics),
    cueModifiers: set(data.cueModifiers),
    npStops: set(data.npStops),
    timeWords: new Set([...entries(data.timeWords), ...monthNames(data.code)]),
    ordinalPeriod: ordinalPeriod(data.code),
    // ("Dr.", "z.B.": written with their period, looked up by the tokenizer without it.)
    abbreviations: new Set([...set(data.abbreviations)].map((w) => (w.endsWith('.') ? w.slice(0, -1) : w))),
    roleNouns: set(data.roleNouns),
    femaleNouns: set(data.femaleNouns),
    maleNouns: set(data.maleNouns),
    orgNameWords: set(data.orgNameWords),
    orgNouns: set(data.orgNouns),
    businessNouns: set(data.businessNouns),
    publicBodyWords: set(data.publicBodyWords),
    documentNouns: set(data.documentNouns),
    mediaNouns: set(data.mediaNouns),
    determiners: set(data.determiners),
    definites: set(data.definiteArticles),
    indefinites: set(data.indefiniteArticles),
    nounLinks: set(data.nounLinks),
    readIn: set(data.readIn),
    midPrepositions: set(data.midPrepositions),
    clauseVerbs: set(data.clauseVerbs),
    impersonal: set(data.impersonal),
    particles: set(data.particles),
    afterCue: set(data.afterCue),
    hypothetical: set(data.hypothetical),
    objectArticles: set(data.objectArticles),
    topicPrepositions: set(data.topicPrepositions),
    backReferences: set(data.backReferences),
    passiveAuxiliaries: set(data.passiveAuxiliaries),
    passiveAgent: set(data.passiveAgent),
    perfectAuxiliaries: set(data.perfectAuxiliaries),
    complementizers: set(data.complementizers),
    relatives: set(data.relatives),
    turnPhrases: [...set(data.turnPhrases)].map((line) => line.split(' ')),
    reportAs: set(data.reportAs),
    conjunctions: set(data.conjunctions),
    subordinators: set(data.subordinators),
    leadParticiples: [...set(data.leadParticiples)],
    infinitiveLeads,
    infinitives,
    adjectiveEndings: [...set(data.adjectiveEndings)],
    ageWords: set(data.ageWords),
    staffRoles: set(data.staffRoles),
    placePrepositions: set(data.placePrepositions),
    documentVerbs,
    nameLinks: set(data.nameLinks),
    pluralToo: set(data.pluralToo),
    pluralVerbEndings: [...set(data.pluralVerbEndings)],
    scareMarkers: set(data.scareMarkers),
    reportedMood: set(data.reportedMood),
    commonWords: set(data.commonWords),
    pronouns: new Map(entries(data.pronouns).map((line) => line.split('|').slice(0, 2) as [string, string])),
    pronounGender: new Map(entries(data.pronouns).map((line) => line.split('|')).filter((f) => f[2] === 'm' || f[2] === 'f').map((f) => [f[0]!, f[2] as Gender])),
    givenNames: given,
    outletNames,
    outletStarts: new Set([...outletNames.keys()].map((k) => k.split(' ')[0]!)),
    bangWords: new Set([...outletNames.keys()].flatMap((k) => k.split(' ')).filter((w) => w.length > 1 && w.endsWith('!'))),
    quotePairs,
    nounsCapitalised: data.nounsCapitalised === true,
    sentenceCaseNames: data.sentenceCaseNames === true,
    verbSecond: data.verbSecond === true,
    dropsSubjects: data.dropsSubjects === true,
    nounLast: data.nounLast === true,
  };
}

const compiled = new Map<LanguageData, Lexicons>();

/** The language's tables, compiled on first use and kept. */
export function lexiconsOf(data: LanguageData): Lexicons {
  let lex = compiled.get(data);
  if (!lex) {
    lex = compile(data);
    compiled.set(data, lex);
  }
  return lex;
}

export let current: Lexicons = lexiconsOf(en);
export let speechVerbs = current.speechVerbs;
export let quoteVerbs = current.quoteVerbs;
export let cueWords = current.cueWords;
export let anonymousNouns = current.anonymousNouns;
export let titles = current.titles;
export let honorifics = current.honorifics;
export let cueModifiers = current.cueModifiers;
export let npStops = current.npStops;
export let timeWords = current.timeWords;
export let abbreviations = current.abbreviations;
export let roleNouns = current.roleNouns;
export let femaleNouns = current.femaleNouns;
export let maleNouns = current.maleNouns;
export let orgNameWords = current.orgNameWords;
export let orgNouns = current.orgNouns;
export let businessNouns = current.businessNouns;
export let publicBodyWords = current.publicBodyWords;
export let documentNouns = current.documentNouns;
export let mediaNouns = current.mediaNouns;
export let determiners = current.determiners;
export let complementizers = current.complementizers;
export let pronouns = current.pronouns;
export let pronounGender = current.pronounGender;
export let outletNames = current.outletNames;
export let outletStarts = current.outletStarts;
export let bangWords = current.bangWords;
export let givenNames = current.givenNames;

const listeners: Array<(lex: Lexicons) => void> = [];

/** Registers a module's own per-language tables (the word classes) to follow the current language. */
export function onLanguage(listener: (lex: Lexicons) => void): void {
  listeners.push(listener);
  listener(current);
}

/** Makes `data` the language every module of the engine reads by, until the next call. */
export function useLanguage(data: LanguageData): void {
  const lex = lexiconsOf(data);
  if (lex === current) return;
  current = lex;
  speechVerbs = lex.speechVerbs;
  quoteVerbs = lex.quoteVerbs;
  cueWords = lex.cueWords;
  anonymousNouns = lex.anonymousNouns;
  titles = lex.titles;
  honorifics = lex.honorifics;
  cueModifiers = lex.cueModifiers;
  npStops = lex.npStops;
  timeWords = lex.timeWords;
  abbreviations = lex.abbreviations;
  roleNouns = lex.roleNouns;
  femaleNouns = lex.femaleNouns;
  maleNouns = lex.maleNouns;
  orgNameWords = lex.orgNameWords;
  orgNouns = lex.orgNouns;
  businessNouns = lex.businessNouns;
  publicBodyWords = lex.publicBodyWords;
  documentNouns = lex.documentNouns;
  mediaNouns = lex.mediaNouns;
  determiners = lex.determiners;
  complementizers = lex.complementizers;
  pronouns = lex.pronouns;
  pronounGender = lex.pronounGender;
  outletNames = lex.outletNames;
  outletStarts = lex.outletStarts;
  bangWords = lex.bangWords;
  givenNames = lex.givenNames;
  for (const listener of listeners) listener(lex);
}
