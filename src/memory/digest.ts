/**
 * The digests "Your reading" is drawn from, kept in step with the articles: each site's counts day by day
 * (SiteDigest) and each name's articles, spellings and roles (NameDigest). Adding an article adds to
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

/** The local calendar month of `time` as months since January 1970. */
export function monthOf(time: number): number {
  const d = new Date(time);
  return (d.getFullYear() - 1970) * 12 + d.getMonth();
}

/** Local midnight starting a month of monthOf(). */
export function monthStart(month: number): number {
  return new Date(1970 + Math.floor(month / 12), month % 12, 1).getTime();
}

/** A series (DAY_WIDTH numbers a step from `start`) with `by` added to step `at`'s articles and the article's counts; empty steps at either end dropped. */
function addTo(start: number, series: Int32Array, at: number, article: MemoryArticle, by: number): { start: number; series: Int32Array } {
  const length = series.length / DAY_WIDTH;
  const first = length === 0 ? at : Math.min(start, at);
  const last = length === 0 ? at : Math.max(start + length - 1, at);
  const next = new Int32Array((last - first + 1) * DAY_WIDTH);
  if (length > 0) next.set(series, (start - first) * DAY_WIDTH);
  const i = (at - first) * DAY_WIDTH;
  next[i] = next[i]! + by;
  COUNT_FIELDS.forEach((field, k) => (next[i + 1 + k] = next[i + 1 + k]! + by * article.counts[field]));
  let from = 0;
  let to = next.length / DAY_WIDTH;
  while (from < to && next[from * DAY_WIDTH] === 0) from++;
  while (to > from && next[(to - 1) * DAY_WIDTH] === 0) to--;
  return { start: first + from, series: next.slice(from * DAY_WIDTH, to * DAY_WIDTH) };
}

/** A site's digest with `article` added (sign 1) or taken away (-1); null once it holds no article. */
export function applySite(site: SiteDigest | undefined, article: MemoryArticle, sign: 1 | -1): SiteDigest | null {
  const articles = (site?.articles ?? 0) + sign;
  if (articles <= 0) return null;
  const counts = site ? { ...site.counts } : zero();
  for (const field of COUNT_FIELDS) counts[field] += sign * article.counts[field];
  const days = addTo(site?.day0 ?? 0, site?.days ?? new Int32Array(0), dayOf(article.readAt), article, sign);
  const months = addTo(site?.month0 ?? 0, site?.months ?? new Int32Array(0), monthOf(article.readAt), article, sign);
  return {
    site: article.site,
    articles,
    counts,
    firstDay: days.start,
    lastDay: days.start + days.series.length / DAY_WIDTH - 1,
    month0: months.start,
    months: months.series,
    day0: days.start,
    days: days.series,
  };
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
    ? { ...digest, ids: digest.ids.slice(), names: { ...digest.names }, roles: { ...digest.roles } }
    : { key, kind: use.kind, given: parts?.given ?? null, surname: parts?.surname ?? null, ids: [], attributions: 0, names: {}, roles: {} };
  if (sign === 1) next.ids.push(article.id);
  else next.ids = next.ids.filter((id) => id !== article.id);
  next.attributions += sign * use.attributions;
  bump(next.names, use.name, sign);
  bump(next.roles, use.role, sign);
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
