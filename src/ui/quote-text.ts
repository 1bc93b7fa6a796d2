import type { Attribution } from '../engine/types';

const WHITESPACE = /\s+/g;

/** Collapses runs of whitespace (line breaks, tabs, paragraph gaps) into single spaces and trims. */
export function oneLine(text: string): string {
  return text.replace(WHITESPACE, ' ').trim();
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
