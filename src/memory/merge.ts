/**
 * Who is who across articles. Sources with the same kind and the same name (normalized) are one entry.
 * People go further, conservatively: two names with the same surname are one person only when their given
 * names could be the same (same first letter: "James" and "Jim"; or one gives only the surname) and some
 * article gave each a role sharing a telling word ("the U.S. envoy", "the State Department's envoy to Syria").
 * A surname alone ("Jeffrey, the envoy") joins a full name only when exactly one full name fits, never two.
 * Unnamed sources are never merged: "officials" in two articles are not the same officials.
 */
import type { SourceKind } from '../engine/types';
import { normalizeName, overlaps, personParts, roleWords } from './names';
import { nameKey } from './record';
import type { MemoryArticle } from './types';

export type EntityKind = Exclude<SourceKind, 'anonymous'>;

/** One article's mention of an entity. */
export interface EntityArticle {
  url: string;
  title: string | null;
  site: string;
  readAt: number;
  /** The name and role this article gave. */
  name: string;
  role: string | null;
  attributions: number;
}

export interface MemoryEntity {
  /** The key of the entity's most used name ("person:james jeffrey"): stable while its articles are. */
  id: string;
  kind: EntityKind;
  /** The name most articles used (the longest of equals). */
  name: string;
  /** Every name used for it, most used first. */
  names: string[];
  /** The lookup keys of those names (src/memory/record.ts nameKey). */
  keys: string[];
  /** The roles articles gave it, most given first. */
  roles: { role: string; count: number }[];
  /** The articles it stands on, latest read first. */
  articles: EntityArticle[];
  /** Attributions across those articles. */
  attributions: number;
}

interface NameGroup {
  key: string;
  kind: EntityKind;
  given: string | null;
  surname: string | null;
  roles: Set<string>;
  mentions: EntityArticle[];
}

/** Union-find over name groups. */
class Groups {
  private readonly parent = new Map<NameGroup, NameGroup>();
  find(g: NameGroup): NameGroup {
    let root = g;
    while (this.parent.get(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    this.parent.set(g, root);
    return root;
  }
  union(a: NameGroup, b: NameGroup): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

/** True when two different names of people with the same surname may be the same person, as the rule above says. */
function samePerson(a: NameGroup, b: NameGroup): boolean {
  const givenFits = a.given === null || b.given === null || a.given[0] === b.given[0];
  return givenFits && overlaps(a.roles, b.roles);
}

/** Counts values and returns them most frequent first (ties: longer first, then as first seen). */
function byFrequency(values: string[]): { value: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({ value, count })).sort((x, y) => y.count - x.count || y.value.length - x.value.length);
}

function nameGroups(articles: Iterable<MemoryArticle>): Map<string, NameGroup> {
  const groups = new Map<string, NameGroup>();
  for (const article of articles) {
    for (const source of article.sources) {
      if (source.kind === 'anonymous') continue;
      const normalized = normalizeName(source.name);
      if (normalized === '') continue;
      const key = nameKey(source.kind, source.name);
      let group = groups.get(key);
      if (!group) {
        const parts = source.kind === 'person' ? personParts(normalized) : null;
        group = { key, kind: source.kind, given: parts?.given ?? null, surname: parts?.surname ?? null, roles: new Set(), mentions: [] };
        groups.set(key, group);
      }
      for (const word of roleWords(source.role)) group.roles.add(word);
      group.mentions.push({ url: article.url, title: article.title, site: article.site, readAt: article.readAt, name: source.name, role: source.role, attributions: source.attributions });
    }
  }
  return groups;
}

/** Joins the people's name groups that the rule says are one person. */
function joinPeople(groups: Iterable<NameGroup>, sets: Groups): void {
  const bySurname = new Map<string, NameGroup[]>();
  for (const group of groups) {
    if (group.kind !== 'person' || group.surname === null) continue;
    const list = bySurname.get(group.surname) ?? [];
    list.push(group);
    bySurname.set(group.surname, list);
  }
  for (const list of bySurname.values()) {
    if (list.length < 2) continue;
    const full = list.filter((g) => g.given !== null);
    for (let i = 0; i < full.length; i++) {
      for (let j = i + 1; j < full.length; j++) if (samePerson(full[i]!, full[j]!)) sets.union(full[i]!, full[j]!);
    }
    for (const bare of list.filter((g) => g.given === null)) {
      const fits = new Set(full.filter((g) => samePerson(bare, g)).map((g) => sets.find(g)));
      if (fits.size === 1) sets.union([...fits][0]!, bare);
    }
  }
}

/**
 * The people, organizations and media outlets of the given articles as entries, each on the articles it
 * stands on, most articles first (then most attributions). An article that names an entry twice (two names
 * the rule joins) counts once, under the name it used first.
 */
export function mergeEntities(articles: Iterable<MemoryArticle>): MemoryEntity[] {
  const groups = nameGroups(articles);
  const sets = new Groups();
  joinPeople(groups.values(), sets);
  const members = new Map<NameGroup, NameGroup[]>();
  for (const group of groups.values()) {
    const root = sets.find(group);
    const list = members.get(root) ?? [];
    list.push(group);
    members.set(root, list);
  }
  const entities: MemoryEntity[] = [];
  for (const list of members.values()) {
    const byUrl = new Map<string, EntityArticle>();
    for (const group of list) {
      for (const mention of group.mentions) {
        const held = byUrl.get(mention.url);
        if (held) held.attributions += mention.attributions;
        else byUrl.set(mention.url, { ...mention });
      }
    }
    const all = list.flatMap((g) => g.mentions);
    const names = byFrequency(all.map((m) => m.name)).map((n) => n.value);
    const keys = byFrequency(list.flatMap((g) => g.mentions.map(() => g.key))).map((k) => k.value);
    const roles = byFrequency(all.flatMap((m) => (m.role ? [m.role] : []))).map(({ value, count }) => ({ role: value, count }));
    const entityArticles = [...byUrl.values()].sort((a, b) => b.readAt - a.readAt);
    entities.push({
      id: keys[0]!,
      kind: list[0]!.kind,
      name: names[0]!,
      names,
      keys,
      roles,
      articles: entityArticles,
      attributions: entityArticles.reduce((sum, a) => sum + a.attributions, 0),
    });
  }
  return entities.sort((a, b) => b.articles.length - a.articles.length || b.attributions - a.attributions || a.name.localeCompare(b.name));
}
