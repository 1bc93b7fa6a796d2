/**
 * Shape checks for every message payload of src/messaging.ts. A message is untrusted until one of these
 * says yes: handlers throw `BadMessage` (a clear error back to the sender) instead of acting on junk.
 */
import type { Attribution, Report, Source, Span } from './engine/types';
import type { AnalyzeRequest, PageState, PageTiming, ReadPageRequest } from './message-types';
import type { RemoteArticle } from './page/remote-read';

export class BadMessage extends Error {
  constructor(what: string) {
    super(`Bad message: ${what}`);
    this.name = 'BadMessage';
  }
}

/** Articles longer than this (about 1.5 million words) are not analyzed: the page gets no annotations. */
export const MAX_TEXT_LENGTH = 10_000_000;
const MAX_ID_LENGTH = 64;
const KINDS = new Set(['person', 'organization', 'media', 'anonymous']);
const TYPES = new Set(['direct', 'indirect', 'mixed']);

export const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
/** A whole number from 0 up: an offset, an index, a count. */
export const isIndex = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isStringOrNull = (v: unknown) => v === null || typeof v === 'string';

/** A language as the protocol names it: a lowercase BCP 47 primary subtag ("de", "fil"). */
export const isLanguage = (v: unknown): v is string => typeof v === 'string' && /^[a-z]{2,3}$/.test(v);

/** An optional declared language: absent, null, or a primary subtag; throws BadMessage otherwise. */
function declaredLang(v: unknown): { lang?: string | null } {
  if (v === undefined) return {};
  if (v !== null && !isLanguage(v)) throw new BadMessage('lang must be a language subtag such as "de", or null');
  return { lang: v };
}

/** A short id such as "a12" or "s3" (at most 64 characters, no whitespace). */
export function isId(v: unknown): v is string {
  return typeof v === 'string' && v.length > 0 && v.length <= MAX_ID_LENGTH && !/\s/.test(v);
}

/** A browser tab id: a non-negative integer. */
export function isTabId(v: unknown): v is number {
  return isIndex(v);
}

function isSpan(v: unknown, textLength: number): v is Span {
  return isObject(v) && isIndex(v.start) && isIndex(v.end) && v.start <= v.end && v.end <= textLength && typeof v.text === 'string';
}

function isSource(v: unknown): v is Source {
  return (
    isObject(v) &&
    isId(v.id) &&
    typeof v.name === 'string' &&
    KINDS.has(v.kind as string) &&
    isStringOrNull(v.role) &&
    Array.isArray(v.aliases) &&
    v.aliases.every((a) => typeof a === 'string')
  );
}

function isAttribution(v: unknown, textLength: number): v is Attribution {
  return (
    isObject(v) &&
    isId(v.id) &&
    (v.sourceId === null || isId(v.sourceId)) &&
    TYPES.has(v.type as string) &&
    isSpan(v.cue, textLength) &&
    (v.mention === null || isSpan(v.mention, textLength)) &&
    Array.isArray(v.content) &&
    v.content.every((s) => isSpan(s, textLength)) &&
    isIndex(v.paragraph)
  );
}

/**
 * A report as REPORT.md describes it, with every offset inside `textLength` and `lang`, when set, a primary
 * subtag (null: unknown). Other extra fields are allowed.
 */
export function isReport(v: unknown): v is Report {
  return (
    isObject(v) &&
    v.schema === 1 &&
    isStringOrNull(v.title) &&
    (v.lang === undefined || v.lang === null || isLanguage(v.lang)) &&
    isIndex(v.textLength) &&
    Array.isArray(v.sources) &&
    v.sources.every(isSource) &&
    Array.isArray(v.attributions) &&
    v.attributions.every((a) => isAttribution(a, v.textLength as number))
  );
}

function parseTiming(v: unknown): { timing?: PageTiming } {
  if (!isObject(v)) return {};
  const fields = ['busyMs', 'wallMs', 'marks', 'setupMs', 'checkMs', 'readMs', 'markMs', 'startedAt', 'loadMs', 'readElsewhere', 'cardMs'] as const;
  const timing: Record<string, number> = {};
  for (const f of fields) {
    const n = v[f];
    if (typeof n === 'number' && Number.isFinite(n) && n >= 0) timing[f] = n;
    else if (n !== undefined || f === 'busyMs' || f === 'wallMs' || f === 'marks') return {};
  }
  return { timing: timing as unknown as PageTiming };
}

/** A page state from a content script; throws BadMessage naming what is wrong. */
export function parsePageState(v: unknown): PageState {
  if (!isObject(v) || typeof v.url !== 'string') throw new BadMessage('page state needs a url');
  switch (v.state) {
    case 'article':
      if (!isStringOrNull(v.title)) throw new BadMessage('article title must be a string or null');
      if (!isReport(v.report)) throw new BadMessage('article report is malformed');
      return { state: 'article', url: v.url, title: v.title as string | null, report: v.report, ...parseTiming(v.timing), ...(v.partial === true ? { partial: true } : {}) };
    case 'not-article':
    case 'disabled':
      return { state: v.state, url: v.url };
    case 'unsupported-language':
      if (!isLanguage(v.lang)) throw new BadMessage('unsupported-language state needs a language subtag');
      return { state: 'unsupported-language', url: v.url, lang: v.lang };
    case 'error':
      if (typeof v.message !== 'string') throw new BadMessage('error state needs a message');
      return { state: 'error', url: v.url, message: v.message };
    default:
      throw new BadMessage(`unknown page state ${JSON.stringify(String(v.state)).slice(0, 40)}`);
  }
}

/** Paragraph starts: ascending offsets inside a text of `len` characters; throws BadMessage otherwise. */
function ascendingOffsets(starts: unknown, len: number): number[] {
  const bad = () => new BadMessage('paragraphStarts must be ascending offsets inside the text');
  if (!Array.isArray(starts)) throw bad();
  let last = -1;
  for (let i = 0; i < starts.length; i++) {
    const s = starts[i];
    if (!isIndex(s) || s > len || s <= last) throw bad();
    last = s;
  }
  return starts as number[];
}

/** The text to analyze; throws BadMessage for a non-string text, oversize text, bad paragraph starts or a bad lang. */
export function parseAnalyzeRequest(v: unknown): AnalyzeRequest {
  if (!isObject(v) || typeof v.text !== 'string') throw new BadMessage('analyze needs a text');
  if (v.text.length > MAX_TEXT_LENGTH) throw new BadMessage('text too long to analyze');
  if (!isStringOrNull(v.title)) throw new BadMessage('title must be a string or null');
  const starts = v.paragraphStarts;
  const len = v.text.length;
  const paragraphStarts = ascendingOffsets(starts, len);
  return { text: v.text, title: v.title as string | null, paragraphStarts, ...declaredLang(v.lang) };
}

/** Pages whose HTML is longer than this are read in the page itself (they are large pages anyway). */
export const MAX_HTML_LENGTH = 20_000_000;

export function parseReadPageRequest(v: unknown): ReadPageRequest {
  if (!isObject(v) || typeof v.html !== 'string') throw new BadMessage('read needs the page’s html');
  if (v.html.length > MAX_HTML_LENGTH) throw new BadMessage('html too long to read');
  if (!isIndex(v.maxChars) || v.maxChars === 0 || v.maxChars > MAX_TEXT_LENGTH) throw new BadMessage('maxChars must be a positive whole number');
  const kinds = v.kinds;
  if (!isObject(kinds) || ![...KINDS].every((k) => typeof kinds[k] === 'boolean')) throw new BadMessage('kinds must say true or false for each kind of source');
  return {
    html: v.html,
    maxChars: v.maxChars,
    kinds: Object.fromEntries([...KINDS].map((k) => [k, kinds[k]])) as ReadPageRequest['kinds'],
    ...declaredLang(v.lang),
  };
}

/** A remote read's article (src/page/remote-read.ts), or null: runs of three offsets, inside the text. */
export function parseRemoteArticle(v: unknown): RemoteArticle | null {
  if (v === null) return null;
  if (!isObject(v) || typeof v.text !== 'string' || v.text.length > MAX_TEXT_LENGTH) throw new BadMessage('article needs a text');
  if (!isStringOrNull(v.title)) throw new BadMessage('title must be a string or null');
  const len = v.text.length;
  const starts = v.paragraphStarts;
  const paragraphStarts = ascendingOffsets(starts, len);
  // Plain loops: this runs once per page load on the page's main thread, where code is interpreted.
  const runs = v.runs;
  if (!Array.isArray(runs) || runs.length % 3 !== 0) throw new BadMessage('runs must be triples of offsets');
  for (let i = 0; i < runs.length; i += 3) {
    const at = runs[i];
    const start = runs[i + 1];
    const end = runs[i + 2];
    if (!isIndex(at) || !isIndex(start) || !isIndex(end) || end > len) throw new BadMessage('runs must be triples of offsets');
    if (start > end) throw new BadMessage('a run ends before it starts');
  }
  if (v.truncated !== undefined && typeof v.truncated !== 'boolean') throw new BadMessage('truncated must be a boolean');
  const nodes = v.nodes;
  if (nodes !== undefined) {
    if (!Array.isArray(nodes) || nodes.length !== (runs.length / 3) * 2) throw new BadMessage('nodes must be a pair of indices per run');
    for (let i = 0; i < nodes.length; i++) if (!isIndex(nodes[i])) throw new BadMessage('nodes must be a pair of indices per run');
  }
  return {
    title: v.title as string | null,
    text: v.text,
    paragraphStarts,
    runs: runs as number[],
    ...(nodes ? { nodes: nodes as number[] } : {}),
    ...(v.truncated ? { truncated: true } : {}),
  };
}
