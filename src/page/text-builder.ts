import { Segments } from './segments';

/** Paragraph separator in the article text (REPORT.md: paragraphs joined by a blank line). */
export const PARAGRAPH_SEPARATOR = '\n\n';

// JavaScript's \s: ASCII whitespace plus NBSP, thin spaces and the like, all of which read as a space.
const WHITESPACE_RUN = /\s+/g;
const PARTS_PER_CHUNK = 512;

/** Where the pending collapsed space comes from: a whitespace character of a node, or a <br> (no node). */
type PendingSpace = { node: Text; offset: number; anchor: Element | null; ordinal: number } | 'synthetic' | null;

/**
 * Builds the article text paragraph by paragraph from live Text nodes, collapsing whitespace inside a
 * paragraph to single spaces, trimming each paragraph, and recording which node character every text
 * character comes from. Empty paragraphs (whitespace only) leave no trace.
 */
export class TextBuilder {
  // The text in pieces: a piece per word and space, joined into a chunk every PARTS_PER_CHUNK pieces, so
  // that the words of a long article die young instead of living (and being copied by the garbage
  // collector) until the end of the read.
  private readonly chunks: string[] = [];
  private parts: string[] = [];
  private length = 0;
  readonly segments = new Segments();
  readonly paragraphStarts: number[] = [];
  private inParagraph = false;
  private pending: PendingSpace = null;
  private anchor: Element | null = null;
  private ordinal = 0;

  /**
   * Names the Text nodes added from now on by their place, the `ordinal`-th Text node under `anchor`, or
   * (anchor null) by the node itself: see Segments, which then holds no reference to the node.
   */
  placeNext(anchor: Element | null, ordinal = 0): void {
    this.anchor = anchor;
    this.ordinal = ordinal;
  }

  /** Ends the current paragraph, if any; the next character starts a new one. */
  breakParagraph(): void {
    this.inParagraph = false;
    this.pending = null;
  }

  /** A <br> or similar soft break: reads as one space inside the paragraph. */
  softSpace(): void {
    if (this.inParagraph && this.pending === null) this.pending = 'synthetic';
  }

  /**
   * Appends a live Text node's data, or its part [from, to) (a long node comes in pieces cut at
   * whitespace, in order: the result is the same as in one go); whitespace only adds a pending space.
   */
  addText(node: Text, from = 0, to = node.data.length): void {
    const data = from === 0 && to === node.data.length ? node.data : node.data.slice(from, to);
    let i = 0;
    WHITESPACE_RUN.lastIndex = 0;
    for (let m = WHITESPACE_RUN.exec(data); m !== null; m = WHITESPACE_RUN.exec(data)) {
      if (m.index > i) this.emitWord(node, from + i, data.slice(i, m.index));
      // The run collapses to one space, mapped to its first character; a <br> before it gives way to it.
      if (this.inParagraph && (this.pending === null || this.pending === 'synthetic')) {
        this.pending = { node, offset: from + m.index, anchor: this.anchor, ordinal: this.ordinal };
      }
      i = m.index + m[0].length;
    }
    if (i < data.length) this.emitWord(node, from + i, data.slice(i));
  }

  /** Characters of text so far. */
  get textLength(): number {
    return this.length;
  }

  private emitWord(node: Text, offset: number, word: string): void {
    if (!this.inParagraph) {
      if (this.paragraphStarts.length > 0) this.push(PARAGRAPH_SEPARATOR);
      this.paragraphStarts.push(this.length);
      this.inParagraph = true;
    } else if (this.pending !== null) {
      const space = this.pending;
      this.pending = null;
      if (space === 'synthetic') this.push(' ');
      else this.map(space.node, space.offset, ' ', space.anchor, space.ordinal);
    }
    this.map(node, offset, word, this.anchor, this.ordinal);
  }

  private map(node: Text, nodeStart: number, s: string, anchor: Element | null, ordinal: number): void {
    const start = this.length;
    this.push(s);
    this.segments.extend(node, anchor, ordinal, nodeStart, start, this.length);
  }

  private push(s: string): void {
    this.parts.push(s);
    this.length += s.length;
    if (this.parts.length >= PARTS_PER_CHUNK) {
      this.chunks.push(this.parts.join(''));
      this.parts = [];
    }
  }

  /** The text built so far. */
  text(): string {
    return this.chunks.join('') + this.parts.join('');
  }
}
