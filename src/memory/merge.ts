/**
 * Who is who across articles. Sources with the same kind and the same name (normalized) are one entry.
 * People go further, conservatively: two names with the same surname are one person only when their given
 * names could be the same (same first letter: "James" and "Jim"; or one gives only the surname) and some
 * article gave each a role sharing a telling word ("the U.S. envoy", "the State Department's envoy to Syria").
 * A surname alone ("Jeffrey, the envoy") joins a full name only when exactly one full name fits, never two.
 * Unnamed sources are never merged: "officials" in two articles are not the same officials.
 * Works on the names' digests (src/memory/digest.ts), so the whole memory merges without reading every article.
 */
import { digestsOf } from './digest';
import { overlaps, roleWords } from './names';
import type { EntityKind, MemoryArticle, NameDigest } from './types';

export type { EntityKind };

export interface MemoryEntity {
  /** The key of the entity's most used name ("person:james jeffrey"). */
  readonly id: string;
  kind: EntityKind;
  /** The name most articles used (the longest of equals). */
  name: string;
  /** Every name used for it, most used first. */
  names: string[];
  /** The lookup keys of its names (src/memory/record.ts nameKey): where its articles are found. */
  keys: string[];
  /** The roles articles gave it, most given first. */
  roles: { role: string; count: number }[];
  /** The ids of the articles it stands on (an article that used two of its names counts once). */
  ids: number[];
  /** Attributions across those articles. */
  attributions: number;
}

/** Union-find over names. */
class Sets {
  private readonly parent = new Map<NameDigest, NameDigest>();
  find(g: NameDigest): NameDigest {
    let root = g;
    for (let up = this.parent.get(root); up && up !== root; up = this.parent.get(root)) root = up;
    if (root !== g) this.parent.set(g, root);
    return root;
  }
  union(a: NameDigest, b: NameDigest): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

// Role words per role, worked out once per distinct role however many names share it.
const wordsOfRole = new Map<string, Set<string>>();
function wordsOf(digest: NameDigest): Set<string> {
  const out = new Set<string>();
  for (const role of Object.keys(digest.roles)) {
    let words = wordsOfRole.get(role);
    if (!words) {
      words = roleWords(role);
      if (wordsOfRole.size > 50_000) wordsOfRole.clear();
      wordsOfRole.set(role, words);
    }
    for (const w of words) out.add(w);
  }
  return out;
}

/** True when two different names of people with the same surname may be the same person, as the rule above says. */
function samePerson(a: NameDigest, b: NameDigest, words: (d: NameDigest) => Set<string>): boolean {
  const givenFits = a.given === null || b.given === null || a.given[0] === b.given[0];
  return givenFits && overlaps(words(a), words(b));
}

/** Joins the people's names that the rule says are one person. */
function joinPeople(names: readonly NameDigest[], sets: Sets): void {
  const bySurname = new Map<string, NameDigest[]>();
  for (const name of names) {
    if (name.kind !== 'person' || name.surname === null) continue;
    const list = bySurname.get(name.surname);
    if (list) list.push(name);
    else bySurname.set(name.surname, [name]);
  }
  const cache = new Map<NameDigest, Set<string>>();
  const words = (d: NameDigest) => {
    let w = cache.get(d);
    if (!w) cache.set(d, (w = wordsOf(d)));
    return w;
  };
  for (const list of bySurname.values()) {
    if (list.length < 2) continue;
    const full = list.filter((g) => g.given !== null);
    for (let i = 0; i < full.length; i++) {
      for (let j = i + 1; j < full.length; j++) if (samePerson(full[i]!, full[j]!, words)) sets.union(full[i]!, full[j]!);
    }
    for (const bare of list.filter((g) => g.given === null)) {
      const fits = new Set(full.filter((g) => samePerson(bare, g, words)).map((g) => sets.find(g)));
      if (fits.size === 1) sets.union([...fits][0]!, bare);
    }
  }
}

/** Adds up count maps and returns their keys most counted first (ties: longer first, then as first seen). */
function ranked(maps: Record<string, number>[]): { value: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const map of maps) for (const k in map) counts.set(k, (counts.get(k) ?? 0) + map[k]!);
  return [...counts].map(([value, count]) => ({ value, count })).sort((x, y) => y.count - x.count || y.value.length - x.value.length);
}

/**
 * An entry as merged: its names and ids at once, the words shown about it (spellings, roles) worked out
 * when first asked for, since the page shows a few dozen of thousands.
 */
class Entity implements MemoryEntity {
  readonly id: string;
  readonly kind: EntityKind;
  readonly keys: string[];
  readonly ids: number[];
  readonly attributions: number;
  private spellings: string[] | null = null;
  private givenRoles: { role: string; count: number }[] | null = null;

  constructor(private readonly members: NameDigest[]) {
    this.kind = members[0]!.kind;
    this.ids = members.length === 1 ? members[0]!.ids : [...new Set(members.flatMap((g) => g.ids))];
    this.keys = members.length === 1 ? [members[0]!.key] : [...members].sort((a, b) => b.ids.length - a.ids.length || b.key.length - a.key.length).map((g) => g.key);
    this.id = this.keys[0]!;
    let attributions = 0;
    for (const g of members) attributions += g.attributions;
    this.attributions = attributions;
  }

  get names(): string[] {
    return (this.spellings ??= ranked(this.members.map((g) => g.names)).map((n) => n.value));
  }
  get name(): string {
    return this.names[0]!;
  }
  get roles(): { role: string; count: number }[] {
    return (this.givenRoles ??= ranked(this.members.map((g) => g.roles)).map(({ value, count }) => ({ role: value, count })));
  }
}

/**
 * The entries of a memory's names: the people, organizations and media outlets, each on the articles it
 * stands on, most articles first (then most attributions, then by key).
 */
export function mergeNames(names: readonly NameDigest[]): MemoryEntity[] {
  const sets = new Sets();
  joinPeople(names, sets);
  const members = new Map<NameDigest, NameDigest[]>();
  for (const name of names) {
    const root = sets.find(name);
    const list = members.get(root);
    if (list) list.push(name);
    else members.set(root, [name]);
  }
  const entities: MemoryEntity[] = [];
  for (const list of members.values()) entities.push(new Entity(list));
  return entities.sort((a, b) => b.ids.length - a.ids.length || b.attributions - a.attributions || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The entries of a list of articles (each with its id), as mergeNames gives them for the same articles stored. */
export function mergeEntities(articles: Iterable<MemoryArticle>): MemoryEntity[] {
  return mergeNames(digestsOf(articles).names);
}
