/**
 * The background's verdict on a report's language (the contract with the engine: `report.lang`, the primary
 * subtag of the language it read the article as). Until the engine sets it, the page's declared language
 * stands in: `report.lang ??= declared`, which stays right once the engine does set it.
 */
import { readsLanguage } from '../engine/lang/reads';
import type { Report } from '../engine/types';

/**
 * Fills in `report.lang` from the page's declared language when the engine left it unset, then returns that
 * language when Sourcelight does not read it (the page gets no marks), or null when it does or none is known.
 */
export function unreadLanguage(report: Report, declared: string | null | undefined): string | null {
  const withLang = report as Report & { lang?: string | null };
  if ((withLang.lang === undefined || withLang.lang === null) && declared) withLang.lang = declared;
  return typeof withLang.lang === 'string' && !readsLanguage(withLang.lang) ? withLang.lang : null;
}
