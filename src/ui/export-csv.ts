import type { Report } from '../engine/types';
import { groupSources } from './group';
import { oneLine, quoteText } from './quote-text';

/**
 * Column names: the report's own field names, so a spreadsheet and the JSON read alike. Not translated:
 * scripts that read an export must not depend on the browser's language (docs/i18n.md).
 */
export const CSV_COLUMNS = [
  'source',
  'kind',
  'role',
  'aliases',
  'type',
  'cue',
  'mention',
  'content',
  'paragraph_number',
  'url',
] as const;

// A cell a spreadsheet would run as a formula (OWASP "CSV injection"): = + - @ and the tab and carriage
// return that some programs skip before looking for them.
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV cell: formula-looking text gets a leading apostrophe, and any cell holding a comma, quotation
 * mark or line break is quoted with inner quotation marks doubled (RFC 4180). The empty string stays empty.
 */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The report as CSV, one row per attribution in the popup's order (sources grouped by kind, most-cited
 * first), with a header row and CRLF line ends. Page text is collapsed to one line; an attribution with
 * no source gets empty source cells; paragraph_number counts from 1. A report with no attributions is the header alone.
 */
export function exportCsv(report: Report, url: string): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const group of groupSources(report)) {
    for (const entry of group.entries) {
      const source = entry.source;
      for (const attribution of entry.attributions) {
        rows.push([
          oneLine(source?.name ?? ''),
          source?.kind ?? '',
          oneLine(source?.role ?? ''),
          source ? source.aliases.map(oneLine).join('; ') : '',
          attribution.type,
          oneLine(attribution.cue.text),
          oneLine(attribution.mention?.text ?? ''),
          quoteText(attribution),
          String(attribution.paragraph + 1),
          url,
        ]);
      }
    }
  }
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
