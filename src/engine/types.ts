/**
 * The attribution report: Sourcelight's one data contract (see ../shared/docs/REPORT.md).
 * Fields may be added; none may change meaning.
 */

/** A stretch of the article text. Offsets are JavaScript string indices, end exclusive. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export type SourceKind = 'person' | 'organization' | 'media' | 'anonymous';
export type AttributionType = 'direct' | 'indirect' | 'mixed';

export interface Source {
  /** Stable within one report: "s1", "s2", ... in order of first appearance. */
  id: string;
  /** The fullest name the article gives. */
  name: string;
  kind: SourceKind;
  /** The description the article gives ("the State Department envoy to ..."), or null. */
  role: string | null;
  /** Other names used for the same source in this article. */
  aliases: string[];
}

export interface Attribution {
  /** Stable within one report: "a1", "a2", ... in reading order. */
  id: string;
  /** Null only when no source is named or recoverable at all. */
  sourceId: string | null;
  type: AttributionType;
  cue: Span;
  mention: Span | null;
  content: Span[];
  /** 0-based index of the article paragraph where the content starts. */
  paragraph: number;
}

export interface Report {
  schema: 1;
  file?: string;
  title: string | null;
  /** The language the article was read as (a BCP 47 primary subtag: "en", "de"), or "und" when the text tells none. */
  lang?: string;
  textLength: number;
  text?: string;
  sources: Source[];
  attributions: Attribution[];
}

/** What the engine reads: the article text and, when known, its title and paragraph boundaries. */
export interface ArticleInput {
  text: string;
  title?: string | null;
  /**
   * Start offsets of each paragraph in `text`, ascending. When absent, paragraphs are
   * split on blank lines ("\n\n" or more), which is how the page reader joins them.
   */
  paragraphStarts?: number[];
  lang?: string | null; // the language the page declares (a primary subtag, "de"), a hint to check against the text; null or absent: unknown
}
