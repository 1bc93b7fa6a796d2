/**
 * Languages by name in the UI language ("Italienisch" in German, "italien" in French), written by the
 * browser (Intl.DisplayNames, Intl.ListFormat): no list of names of our own to keep.
 */
import { type Translate, t, uiLocale } from './i18n';

/** The name of language `code` ("it") in the UI language, or null when the browser knows no name for it. */
export function languageName(code: string, tr: Translate = t): string | null {
  try {
    return new Intl.DisplayNames([uiLocale(tr)], { type: 'language', fallback: 'none' }).of(code) ?? null;
  } catch {
    return null; // not a language tag at all
  }
}

/** The names of `codes` as a list in running text: "English, German, and French"; a code with no name stays a code. */
export function languageList(codes: readonly string[], tr: Translate = t): string {
  const names = codes.map((code) => languageName(code, tr) ?? code);
  try {
    return new Intl.ListFormat([uiLocale(tr)], { type: 'conjunction' }).format(names);
  } catch {
    return names.join(tr('listSeparator'));
  }
}
