import type { LanguageData } from '../types';
import { ANONYMOUS_NOUNS } from './anonymous-nouns';
import { DOCUMENT_NOUNS } from './document-nouns';
import { ABBREVIATIONS, CUE_MODIFIERS, NP_STOPS, TIME_WORDS } from './function-words';
import { ACCORDING_TO, COMMON_WORDS, COMPLEMENTIZERS, DETERMINERS, QUOTATION_MARKS } from './grammar';
import { MEDIA_NOUNS } from './media-nouns';
import { BUSINESS_NOUNS, ORG_NAME_WORDS, ORG_NOUNS, PUBLIC_BODY_WORDS } from './org-words';
import { OUTLETS } from './outlets';
import { PRONOUNS } from './pronouns';
import { QUOTE_VERBS } from './quote-verbs';
import { FEMALE_NOUNS, MALE_NOUNS, ROLE_NOUNS, STAFF_ROLES } from './role-nouns';
import { SPEECH_VERBS } from './speech-verbs';
import { HONORIFICS, TITLES } from './titles';

/** English: the language the engine was first written for, and the one it falls back to. */
const en: LanguageData = {
  code: 'en',
  nounLast: true,
  commonWords: COMMON_WORDS,
  speechVerbs: SPEECH_VERBS,
  quoteVerbs: QUOTE_VERBS,
  // Verbs of saying whose other sense takes a plain object: "writing custom apps", "wrote songs about him", "claimed
  // victory", "declared a disaster", "explained her vote"; "posted a notice", "observed a strike", "revealed a new
  // logo", "disclosed the figures".
  clauseVerbs: `
post
posts
posted
posting
observe
observes
observed
observing
reveal
reveals
revealed
revealing
disclose
discloses
disclosed
disclosing
write
writes
wrote
writing
written
claim
claims
claimed
claiming
declare
declares
declared
declaring
explain
explains
explained
explaining
`,
  accordingTo: ACCORDING_TO,
  anonymousNouns: ANONYMOUS_NOUNS,
  titles: TITLES,
  honorifics: HONORIFICS,
  roleNouns: ROLE_NOUNS,
  femaleNouns: FEMALE_NOUNS,
  maleNouns: MALE_NOUNS,
  staffRoles: STAFF_ROLES,
  placePrepositions: 'in\nnear\nacross\noutside\nthroughout\naround',
  // "The survey found that …", "a report by the inspector general showed": what a document found. (Not "show" and
  // "find", as often nouns: "the show", "a rare find".)
  documentVerbs: 'finds\nfound\nshows\nshowed\nshown',
  orgNameWords: ORG_NAME_WORDS,
  orgNouns: ORG_NOUNS,
  businessNouns: BUSINESS_NOUNS,
  publicBodyWords: PUBLIC_BODY_WORDS,
  documentNouns: DOCUMENT_NOUNS,
  mediaNouns: MEDIA_NOUNS,
  pronouns: PRONOUNS,
  npStops: NP_STOPS,
  cueModifiers: CUE_MODIFIERS,
  timeWords: TIME_WORDS,
  abbreviations: ABBREVIATIONS,
  determiners: DETERMINERS,
  perfectAuxiliaries: 'has\nhave\nhad',
  hypothetical: 'if\nunless\nwhether',
  // "complained of poor service", "spoke of delays": what was talked about.
  topicPrepositions: 'of',
  turnPhrases: 'for her part\nfor his part\nfor their part\nfor its part',
  indefiniteArticles: 'a\nan\none',
  definiteArticles: 'the\nthis\nthat\nthese\nthose',
  relatives: 'which\nwho\nwhom\nwhose',
  reportAs: 'as',
  conjunctions: 'and',
  leadParticiples: 'ing\ned',
  subordinators: 'when\nwhile\nif\nbecause\nalthough\nthough\nafter\nbefore\nonce\nsince\nwhereas',
  scareMarkers: 'so-called\nself-styled\nself-proclaimed\nself-declared\nalleged\npurported',
  complementizers: COMPLEMENTIZERS,
  outlets: OUTLETS,
  quotationMarks: QUOTATION_MARKS,
};

export default en;
