import type { TextSegment } from './types';

/** Paragraph separator in the article text (REPORT.md: paragraphs joined by a blank line). */
export const PARAGRAPH_SEPARATOR = '\n\n';

// JavaScript's \s: ASCII whitespace plus NBSP, thin spaces and the like, all of which read as a space.
const WHITESPACE_RUN = /\s+/g;

/** Where the pending collapsed space comes from: a whitespace character of a node, or a <br> (no node). */
type PendingSpace = { node: Text; offset: number } | 'synthetic' | null;

/**
 * Builds the article text paragraph by paragraph from live Text nodes, collapsing whitespace inside a
 * paragraph to single spaces, trimming each paragraph, and recording which node character every text
 * character comes from. Empty paragraphs (whitespace only) leave no trace.
 */
export class TextBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  readonly segments: TextSegment[] = [];
  readonly paragraphStarts: number[] = [];
  private inParagraph = false;
  private pending: PendingSpace = null;

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
        this.pending = { node, offset: from + m.index };
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
      else this.map(space.node, space.offset, ' ');
    }
    this.map(node, offset, word);
  }

  private map(node: Text, nodeStart: number, s: string): void {
    const start = this.length;
    this.push(s);
    const last = this.segments[this.segments.length - 1];
    if (last && last.node === node && last.end === start && last.nodeStart + (last.end - last.start) === nodeStart) {
      last.end = this.length;
    } else {
      this.segments.push({ node, nodeStart, start, end: this.length });
    }
  }

  private push(s: string): void {
    this.parts.push(s);
    this.length += s.length;
  }

  /** The text built so far. */
  text(): string {
    return this.parts.join('');
  }
}
