import type { Report } from '../engine/types';

/** The report exactly as the engine made it (REPORT.md's shape), pretty-printed with a final newline. */
export function exportJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
