import type { Attribution, Report, Source, SourceKind } from '../engine/types';
import { KINDS } from './summary';

export interface SourceEntry {
  /** The source, or null for the attributions that name none. */
  source: Source | null;
  /** Stable key for lists and focus: the source id, or "none". */
  key: string;
  /** This source's attributions, in reading order. */
  attributions: Attribution[];
  direct: number;
  indirect: number;
  mixed: number;
}

export type GroupKind = SourceKind | 'none';

export interface SourceGroup {
  kind: GroupKind;
  entries: SourceEntry[];
}

export const GROUP_ORDER: readonly GroupKind[] = [...KINDS, 'none'];

/**
 * Groups a report's sources by kind (people, organizations, media, unnamed, then attributions with no
 * source), each group's sources most-cited first, ties in order of first appearance. Empty groups are
 * left out; a source with no attributions still appears, last in its group; an attribution whose
 * sourceId names no source in the report joins the "none" entry. Linear in the report's size plus the sort.
 */
export function groupSources(report: Report): SourceGroup[] {
  const entries = new Map<string, SourceEntry>();
  const order: SourceEntry[] = [];
  for (const source of report.sources) {
    if (entries.has(source.id)) continue; // a duplicate id would otherwise list the source twice
    const entry: SourceEntry = { source, key: source.id, attributions: [], direct: 0, indirect: 0, mixed: 0 };
    entries.set(source.id, entry);
    order.push(entry);
  }
  let none: SourceEntry | null = null;
  for (const attribution of report.attributions) {
    let entry = attribution.sourceId === null ? undefined : entries.get(attribution.sourceId);
    if (!entry) {
      none ??= { source: null, key: 'none', attributions: [], direct: 0, indirect: 0, mixed: 0 };
      entry = none;
    }
    entry.attributions.push(attribution);
    entry[attribution.type === 'direct' ? 'direct' : attribution.type === 'indirect' ? 'indirect' : 'mixed'] += 1;
  }
  const rank = new Map(order.map((entry, index) => [entry, index]));
  const byKind = new Map<GroupKind, SourceEntry[]>();
  for (const entry of order) {
    const list = byKind.get(entry.source!.kind) ?? [];
    list.push(entry);
    byKind.set(entry.source!.kind, list);
  }
  if (none) byKind.set('none', [none]);
  const groups: SourceGroup[] = [];
  for (const kind of GROUP_ORDER) {
    const list = byKind.get(kind);
    if (!list) continue;
    list.sort((a, b) => b.attributions.length - a.attributions.length || rank.get(a)! - rank.get(b)!);
    groups.push({ kind, entries: list });
  }
  return groups;
}
