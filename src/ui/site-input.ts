import { isSiteDisabled, normalizeSite } from '../settings';
import { type MessageKey, t } from './i18n';

export type SiteCheck = { ok: true; host: string } | { ok: false; error: string };

/** The parent entry on the list that already covers `host` ("example.com" covers "news.example.com"), if any. */
function coveringEntry(host: string, sites: readonly string[]): string | undefined {
  return sites.find((site) => site !== host && isSiteDisabled(host, [site]));
}

/**
 * Checks what the reader typed into "add a site": a hostname or a URL, normalized to its hostname.
 * Says plainly what is wrong: empty, not a site, already on the list, or already covered by a parent entry.
 */
export function checkSiteInput(input: string, sites: readonly string[]): SiteCheck {
  const fail = (key: MessageKey, subs?: string | string[]): SiteCheck => ({ ok: false, error: t(key, subs) });
  if (input.trim() === '') return fail('siteEmpty');
  let host: string;
  try {
    host = normalizeSite(input);
  } catch {
    return fail('siteInvalid', input.trim().slice(0, 80));
  }
  if (sites.includes(host)) return fail('siteDuplicate', host);
  const parent = coveringEntry(host, sites);
  if (parent) return fail('siteCovered', [host, parent]);
  return { ok: true, host };
}
