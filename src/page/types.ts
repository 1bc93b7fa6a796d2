/**
 * One run of article text that maps character for character onto a live Text node:
 * `text.slice(start, end)` corresponds to `node.data.slice(nodeStart, nodeStart + (end - start))`.
 * The only characters that may differ are whitespace: a collapsed run ("\n   ") is one " " in the text,
 * mapped to the run's first character.
 */
export interface TextSegment {
  node: Text;
  nodeStart: number;
  start: number;
  end: number;
}

/** A piece of a live Text node: what a highlighter wraps (one mark per piece). */
export interface DomPiece {
  node: Text;
  startOffset: number;
  endOffset: number;
}

/** The article as the page reader finds it: its text (paragraphs joined by "\n\n") and how that text maps to the DOM. */
export interface ArticleText {
  title: string | null;
  /** Paragraph texts joined by a blank line ("\n\n"): the text every report offset refers to. */
  text: string;
  /** Start offset of each paragraph in `text`. */
  paragraphStarts: number[];
  /** Runs of `text` that come from live Text nodes, in text order, non-overlapping. */
  segments: TextSegment[];
  /** The smallest live element holding every segment (null when the text is empty). */
  root: Element | null;
  /**
   * The live Text node pieces that cover text[start, end), in reading order. Separators ("\n\n" between
   * paragraphs, the space a <br> stands for) have no node and yield no piece; whitespace that the text
   * collapsed is included when it lies between two covered characters of the same node. Out-of-range or
   * empty ranges give [].
   */
  domRangesFor(start: number, end: number): DomPiece[];
  /** True when the reader stopped at its character budget: the text is the article's first part only. */
  truncated?: boolean;
  /**
   * The language the page declares (a primary subtag such as "de": src/page/declared-language.ts), null when
   * it declares none; absent when unknown (an article tied back to the page from a read done elsewhere).
   */
  lang?: string | null;
}
