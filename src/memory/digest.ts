/**
 * The digests "Your reading" is drawn from, kept in step with the articles: each site's counts day by day
 * (SiteDigest) and each name's articles, spellings, roles and sites (NameDigest). Adding an article adds to
 * them; forgetting one takes it away again, so the page reads a few thousand small records, never all the
 * articles. Pure: src/memory/store.ts applies these inside the transaction that writes the article.
 */
import { normalizeName, personParts } from './names';
import { nameKey } from './record';
import { COUNT_FIELDS, DAY_WIDTH, type EntityKind, type MemoryArticle, type MemoryCounts, type NameDigest, type SiteDigest } from './types';

const DAY = 24 * 60 * 60 * 1000;

/** The local calendar date of `time` as days since 1970. */
export function dayOf(time: number): number {
  const d = new Date(time);
  return Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / DAY;
}

/** Local midnight starting a day of dayOf(). */
export function dayStart(day: number): number {
  const d = new Date(day * DAY);
  return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()).getTime();
}

const zero = (): MemoryCounts => ({ person: 0, organization: 0, media: 0, anonymous: 0, direct: 0, indirect: 0, mixed: 0 });

/** The series grown (or kept) to hold `day`. */
function reach(site: SiteDigest, day: number): SiteDigest {
  const length = site.days.length / DAY_WIDTH;
  if (length > 0 && day >= site.day0 && day < site.day0 + length) return site;
  const first = length === 0 ? day : Math.min(site.day0, day);
  const last = length === 0 ? day : Math.max(site.day0 + length - 1, day);
  const days = new Int32Array((last - first + 1) * DAY_WIDTH);
  days.set(site.days, (site.day0 - first) * DAY_WIDTH);
  return { ...site, day0: first, days };
}

/** The series without its empty days at either end. */
function trim(site: SiteDigest): SiteDigest {
  const length = site.days.length / DAY_WIDTH;
  let from = 0;
  let to = length;
  while (from < to && site.days[from * DAY_WIDTH] === 0) from++;
  while (to > from && site.days[(to - 1) * DAY_WIDTH] === 0) to--;
  if (from === 0 && to === length) return site;
  return { ...site, day0: site.day0 + from, days: site.days.slice(from * DAY_WIDTH, to * DAY_WIDTH) };
}

/** A site's digest with `article` added (sign 1) or taken away (-1); null once it holds no article. */
export function applySite(site: SiteDigest | undefined, article: MemoryArticle, sign: 1 | -1): SiteDigest | null {
  const day = dayOf(article.readAt);
  let next = reach(site ? { ...site, counts: { ...site.counts } } : { site: article.site, articles: 0, counts: zero(), day0: day, days: new Int32Array(0) }, day);
  if (next.days === site?.days) next = { ...next, days: next.days.slice() };
  next.articles += sign;
  const at = (day - next.day0) * DAY_WIDTH;
  const days = next.days;
  days[at] = days[at]! + sign;
  COUNT_FIELDS.forEach((field, i) => {
    next.counts[field] += sign * article.counts[field];
    days[at + 1 + i] = days[at + 1 + i]! + sign * article.counts[field];
  });
  return next.articles <= 0 ? null : trim(next);
}

/** What one article says of each name it used: its spelling, role, attributions (an article naming one key twice counts once). */
export function namesOf(article: MemoryArticle): Map<string, { kind: EntityKind; name: string; role: string | null; attributions: number }> {
  const out = new Map<string, { kind: EntityKind; name: string; role: string | null; attributions: number }>();
  for (const source of article.sources) {
    if (source.kind === 'anonymous' || normalizeName(source.name) === '') continue;
    const key = nameKey(source.kind, source.name);
    const held = out.get(key);
    if (held) {
      held.attributions += source.attributions;
      held.role ??= source.role;
    } else out.set(key, { kind: source.kind, name: source.name, role: source.role, attributions: source.attributions });
  }
  return out;
}

function bump(map: Record<string, number>, key: string | null, by: number): void {
  if (key === null) return;
  const n = (map[key] ?? 0) + by;
  if (n > 0) map[key] = n;
  else delete map[key];
}

/** A name's digest with `article`'s use of it added (1) or taken away (-1); null once no article uses it. */
export function applyName(
  digest: NameDigest | undefined,
  key: string,
  use: { kind: EntityKind; name: string; role: string | null; attributions: number },
  article: MemoryArticle,
  sign: 1 | -1,
): NameDigest | null {
  const parts = use.kind === 'person' ? personParts(normalizeName(use.name)) : null;
  const next: NameDigest = digest
    ? { ...digest, ids: digest.ids.slice(), names: { ...digest.names }, roles: { ...digest.roles }, sites: { ...digest.sites } }
    : { key, kind: use.kind, given: parts?.given ?? null, surname: parts?.surname ?? null, ids: [], attributions: 0, names: {}, roles: {}, sites: {} };
  if (sign === 1) next.ids.push(article.id);
  else next.ids = next.ids.filter((id) => id !== article.id);
  next.attributions += sign * use.attributions;
  bump(next.names, use.name, sign);
  bump(next.roles, use.role, sign);
  bump(next.sites, article.site, sign);
  return next.ids.length === 0 ? null : next;
}

/** The digests of a list of articles, built from nothing (tests, and the store's own checks). Articles need their ids. */
export function digestsOf(articles: Iterable<MemoryArticle>): { sites: SiteDigest[]; names: NameDigest[] } {
  const sites = new Map<string, SiteDigest>();
  const names = new Map<string, NameDigest>();
  for (const article of articles) {
    const site = applySite(sites.get(article.site), article, 1);
    if (site) sites.set(article.site, site);
    for (const [key, use] of namesOf(article)) {
      const name = applyName(names.get(key), key, use, article, 1);
      if (name) names.set(key, name);
    }
  }
  return { sites: [...sites.values()], names: [...names.values()] };
}
