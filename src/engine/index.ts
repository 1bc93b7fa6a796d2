import { attachContinuations, reportedSpeech } from './continuations';
import { sentenceAttributions, type Found } from './clauses';
import { paragraphs } from './paragraphs';
import { quotedClauses } from './quoted-clauses';
import { findQuotes } from './quotes';
import { quotesAtLength } from './content';
import { splitSentences } from './sentences';
import { dialogueLines, speakerLines } from './speaker-lines';
import { resolveSources } from './sources';
import { tokenize, type Token } from './tokens';
import en from './lang/en';
import { detectLanguage } from './lang/detect';
import type { LanguageData } from './lang/types';
import { current, useLanguage } from './lexicons';
import type { ArticleInput, Attribution, Report, Source, Span } from './types';

export type * from './types';
export type { LanguageData } from './lang/types';

/** What the engine may read an article as: the languages it has data for (English alone when not given). */
export interface AnalyzeOptions {
  languages?: readonly LanguageData[];
}

function span(text: string, s: number, e: number): Span {
  return { start: s, end: e, text: text.slice(s, e) };
}

/**
 * Reads an article's text and returns who said what in it. Never throws: any string,
 * including the empty one, gets a report whose offsets all lie inside the text.
 * Paragraphs come from `paragraphStarts` when given, else from blank lines.
 */
export function analyze(input: ArticleInput, options: AnalyzeOptions = {}): Report {
  const text = typeof input.text === 'string' ? input.text : '';
  const languages = options.languages && options.languages.length > 0 ? options.languages : [en];
  const declared = typeof input.lang === 'string' ? input.lang.toLowerCase() : null;
  const lang = detectLanguage(text, declared, languages);
  // A text that tells no language (too short, or all names) is read as the first language given.
  const data = languages.find((l) => l.code === lang) ?? (lang === 'und' ? languages[0]! : null);
  const report: Report = { schema: 1, title: input.title ?? null, lang: data ? data.code : lang, textLength: text.length, sources: [], attributions: [] };
  // A language the engine has no data for is not read at all: no report is better than English rules on it.
  if (!data) return report;
  useLanguage(data);
  const paras = paragraphs(text, input.paragraphStarts);
  const tokens: Token[] = [];
  for (let i = 0; i < paras.length; i++) tokenize(text, paras[i]!.start, paras[i]!.end, i, tokens);
  if (tokens.length === 0) return report;
  const quotes = findQuotes(text, tokens, paras);
  const sentences = splitSentences(text, tokens, quotes);
  const found: Found[] = [];
  const firstSentence: number[] = [];
  // Every line starts a sentence (a line break or a new paragraph ends one), so the lines' first tokens are found
  // among the sentences' first tokens, not by a pass over every token.
  const lineStarts: number[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const sent = sentences[i]!;
    const t = tokens[sent.start]!;
    if (firstSentence[t.p] === undefined) firstSentence[t.p] = i;
    if (sent.start === 0 || t.nl || t.p !== tokens[sent.start - 1]!.p) lineStarts.push(sent.start);
    for (const f of sentenceAttributions(tokens, quotes, sent, i)) found.push(f);
  }
  for (const f of speakerLines(tokens, quotes, lineStarts)) {
    f.sentence = firstSentence[f.paragraph] ?? 0;
    found.push(f);
  }
  for (const f of quotedClauses(tokens, quotes, sentences, found)) found.push(f);
  // Quoted words that say how, not what ("äußert sich „unter drei“"), kept only to claim their quotation.
  for (let i = found.length - 1; i >= 0; i--) if (found[i]!.manner) found.splice(i, 1);
  found.sort((x, y) => x.sentence - y.sentence || x.cue.s - y.cue.s);
  if (current.data.dialogueDash) dialogueLines(tokens, found);
  attachContinuations(tokens, quotes, sentences, found);
  const moods = reportedSpeech(tokens, quotes, sentences, found);
  if (moods.length > 0) {
    found.push(...moods);
    found.sort((x, y) => x.sentence - y.sentence || x.cue.s - y.cue.s);
  }
  const { ids, sources } = resolveSources(text, tokens, sentences, found);
  // Reported speech whose subject names no one ("The stock added …", "A faint lilt begins …") is no attribution:
  // none rather than one with a wrong source. A quotation keeps its place, with its speaker unknown.
  // (A word or two in quotation marks inside it, "called the plan “ungeeignet”", does not make it a quotation to keep.)
  const attributions: Attribution[] = [];
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!;
    const id = ids[i] ?? null;
    if ((id === null && !quotesAtLength(f.content, quotes)) || prepositionalObject(text, f)) continue;
    attributions.push({
      id: `a${attributions.length + 1}`,
      sourceId: id,
      type: f.content.type,
      cue: span(text, perfectStart(text, f.cue.s, f.cue.e), f.cue.e),
      mention: f.mention ? span(text, tokens[f.mention.ms]!.s, tokens[f.mention.me - 1]!.e) : null,
      content: f.content.spans.map((g) => span(text, g.s, g.e)),
      paragraph: f.paragraph,
    });
  }
  report.attributions = attributions;
  report.sources = quotedSources(sources, attributions);
  return report;
}

/**
 * The sources some attribution keeps, numbered again in order ("Rebecca Solnit wrote of …" names a source that the
 * attribution dropped after resolving leaves with nothing to show: no reader should find it listed).
 */
function quotedSources(sources: Source[], attributions: Attribution[]): Source[] {
  const used = new Set<string>();
  for (const a of attributions) if (a.sourceId) used.add(a.sourceId);
  if (used.size === sources.length) return sources;
  const ids = new Map<string, string>();
  const kept: Source[] = [];
  for (const s of sources) {
    if (!used.has(s.id)) continue;
    const id = `s${kept.length + 1}`;
    ids.set(s.id, id);
    kept.push({ ...s, id });
  }
  for (const a of attributions) if (a.sourceId) a.sourceId = ids.get(a.sourceId)!;
  return kept;
}

const PARTICIPLE = /(?:ed|en|wn|ld|id|ote)$/;

/**
 * Where a cue starts with the helper of its perfect tense written right before it: "have reported", "has written",
 * "a déclaré", "ha dicho". (English cues take it only when they are participles: "has said", not "has says".)
 */
function perfectStart(text: string, s: number, e: number): number {
  if (s < 2 || text.charCodeAt(s - 1) !== 32 || current.perfectAuxiliaries.size === 0) return s;
  if (current.data.code === 'en' && !PARTICIPLE.test(text.slice(s, e))) return s;
  let k = s - 1;
  while (k > 0 && k > s - 12 && isLetterAt(text, k - 1)) k--;
  // ("s’est félicité": a pronoun written into the helper.)
  if (k > 2 && isApostropheAt(text, k - 1) && isLetterAt(text, k - 2) && !isLetterAt(text, k - 3) && !isWordJoinAt(text, k - 3)) k -= 2;
  if (k === s - 1 || (k > 0 && (isLetterAt(text, k - 1) || isWordJoinAt(text, k - 1)))) return s;
  return current.perfectAuxiliaries.has(text.slice(k, s - 1).toLowerCase()) ? k : s;
}

const LETTER = /\p{L}/u;
const NUMBER_OR_JOIN = /[\p{N}'’-]/u;

/** `/\p{L}/u` of the code unit at i, with no regular expression for ASCII. */
function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(text[i]!);
}

/** `/[\p{N}'’-]/u` of the code unit at i, with no regular expression for ASCII. */
function isWordJoinAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || c === 39 || c === 45;
  return NUMBER_OR_JOIN.test(text[i]!);
}

function isApostropheAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 39 || c === 0x2019;
}

/** A character of `\w`: an ASCII letter, digit or underscore. */
function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/**
 * "Residents complained of poor service and say …", "the report spoke of delays", "Experten warnen vor den Folgen": a
 * verb's object after a preposition of the language's `topicPrepositions` is what was talked about, not what was said.
 * ("called for", "described as" stay: PolNeAR's annotators count them.)
 */
function prepositionalObject(text: string, f: Found): boolean {
  if (f.content.type !== 'indirect' || !f.content.spans.length || current.topicPrepositions.size === 0) return false;
  const s = f.content.spans[0]!.s;
  if (s < f.cue.e) return false;
  // The content's first word, as a word of its own.
  let e = s;
  while (e < text.length && e - s <= 6 && (isWordCode(text.charCodeAt(e)) || isLetterAt(text, e))) e++;
  return e > s && e - s <= 6 && current.topicPrepositions.has(text.slice(s, e).toLowerCase());
}
