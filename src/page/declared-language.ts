/**
 * The language a page says its article is in, from its markup: `<html lang>` / `xml:lang`, then the head's
 * `og:locale`, `content-language` and `language` metadata. A hint, not a verdict: the engine checks it
 * against the text.
 */

// The head's metadata that declares a language, in the order it is asked: each meta's property, name or
// http-equiv, lowercased (matched here rather than by selectors' `i` flag, which happy-dom, the command
// line's parser, does not know).
const META_KEYS = ['og:locale', 'content-language', 'language', 'dc.language'];

// Tags that name no language: undetermined, no linguistic content, several, uncoded.
const NO_LANGUAGE = new Set(['und', 'zxx', 'mul', 'mis']);
const SHAPE = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i;

/**
 * The primary language subtag of a BCP 47 tag, lowercase and canonical: "de-DE" -> "de", "fr_FR" -> "fr"
 * (the underscore of og:locale), "EN-us" -> "en", "iw" -> "he" (a deprecated code). The first entry of a
 * comma-separated list ("de, en", as content-language allows). Null for junk: "", "*", "x-klingon",
 * "ISO639-2 fre", "und" and other tags that name no language.
 */
export function primaryLanguage(raw: string | null | undefined): string | null {
  if (typeof raw !== 'string') return null;
  const tag = (raw.split(',')[0] ?? '').trim().replace(/_/g, '-');
  if (!SHAPE.test(tag)) return null;
  let language: string;
  try {
    language = new Intl.Locale(tag).language.toLowerCase();
  } catch {
    return null; // well-shaped but no valid tag ("en-x", a subtag too long)
  }
  return /^[a-z]{2,3}$/.test(language) && !NO_LANGUAGE.has(language) ? language : null;
}

/**
 * The language `doc` declares for itself (a primary subtag such as "de"), or null when it declares none
 * that is valid. The first valid declaration wins, with one exception: English gives way to any other
 * language the page declares. Page templates ship with lang="en" (html5-boilerplate's
 * `<html class="no-js" lang="en">`), and sites in other languages keep it while their metadata says
 * fr_FR; a page that declares a language other than English did so on purpose.
 */
export function declaredLanguage(doc: Document): string | null {
  const root = doc.documentElement;
  if (!root) return null;
  const found: string[] = [];
  const add = (raw: string | null | undefined) => {
    const language = primaryLanguage(raw);
    if (language) found.push(language);
  };
  add(root.getAttribute('lang'));
  add(root.getAttribute('xml:lang'));
  const metas = new Map<string, string | null>();
  for (const meta of doc.head?.querySelectorAll('meta') ?? []) {
    for (const attribute of ['property', 'name', 'http-equiv']) {
      const key = meta.getAttribute(attribute)?.trim().toLowerCase();
      if (key && META_KEYS.includes(key) && !metas.has(key)) metas.set(key, meta.getAttribute('content'));
    }
  }
  for (const key of META_KEYS) add(metas.get(key));
  return found.find((language) => language !== 'en') ?? found[0] ?? null;
}
