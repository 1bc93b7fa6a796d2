import type { Attribution } from '../engine/types';

const WHITESPACE = /\s+/g;
// Explicit bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069): in page text they could
// reverse the popup's own words after them ("Trojan Source"). Right-to-left names need none of them; the
// marks U+200E/U+200F and the joiners are left alone.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * Page text made safe to show on one line: bidi control characters dropped, runs of whitespace (line
 * breaks, tabs, paragraph gaps) collapsed into single spaces, trimmed. The empty string stays empty.
 */
export function oneLine(text: string): string {
  return text.replace(BIDI_CONTROLS, '').replace(WHITESPACE, ' ').trim();
}

/**
 * The attributed words of one attribution on one line: its content spans joined by " … " (a quote split
 * by its cue), whitespace collapsed. With no content at all, the cue's text stands in, so nothing is blank.
 */
export function quoteText(attribution: Attribution): string {
  const parts = attribution.content.map((span) => oneLine(span.text)).filter((part) => part !== '');
  return parts.length > 0 ? parts.join(' … ') : oneLine(attribution.cue.text);
}

/** Direct quotes are shown in quotation marks; indirect and mixed ones as reported, without marks. */
export function isQuoted(attribution: Attribution): boolean {
  return attribution.type === 'direct';
}
