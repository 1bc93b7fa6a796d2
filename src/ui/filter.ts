import type { SourceEntry, SourceGroup } from './group';
import { quoteText } from './quote-text';

interface IndexedEntry {
  entry: SourceEntry;
  /** Name, aliases and role, folded. */
  sourceText: string;
  /** Each attribution's words (and cue and mention), folded, in the entry's order. */
  quoteTexts: string[];
}

export interface FilterIndex {
  groups: { group: SourceGroup; entries: IndexedEntry[] }[];
}

const MARKS = /\p{M}+/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/**
 * Folds text for matching: lower case, accents dropped ("qamíshlo" matches "Qamishlo"), and every run of
 * punctuation or space made one space, with one in front, so " word" finds a word start.
 */
export function fold(text: string): string {
  return ` ${text.normalize('NFD').replace(MARKS, '').toLowerCase().replace(NOT_WORD, ' ').trim()}`;
}

/** Folds every searchable word of the groups once, so each keystroke only scans prepared strings. */
export function buildFilterIndex(groups: SourceGroup[]): FilterIndex {
  return {
    groups: groups.map((group) => ({
      group,
      entries: group.entries.map((entry) => ({
        entry,
        sourceText: entry.source
          ? fold([entry.source.name, ...entry.source.aliases, entry.source.role ?? ''].join('\n'))
          : '',
        quoteTexts: entry.attributions.map((a) =>
          fold([quoteText(a), a.cue.text, a.mention?.text ?? ''].join('\n')),
        ),
      })),
    })),
  };
}

/**
 * Keeps what matches every word of the query, each as the start of a word (any order, case, accents and
 * punctuation ignored: "ali" finds "Ali" but not "caliphate"). A source whose
 * name, alias or role matches keeps all its quotes; otherwise it keeps only the quotes that match, where
 * a word may match the source or the quote. A blank query keeps everything; entries and groups left with
 * nothing are dropped. One pass over the prepared index: linear in its size times the number of words.
 */
export function filterGroups(index: FilterIndex, query: string): SourceGroup[] {
  const words = fold(query).split(' ').filter((word) => word !== '').map((word) => ` ${word}`);
  if (words.length === 0) return index.groups.map(({ group }) => group);
  const result: SourceGroup[] = [];
  for (const { group, entries } of index.groups) {
    const kept: SourceEntry[] = [];
    for (const { entry, sourceText, quoteTexts } of entries) {
      const missing = words.filter((word) => !sourceText.includes(word));
      if (missing.length === 0) {
        kept.push(entry);
        continue;
      }
      const attributions = entry.attributions.filter((_, i) => missing.every((word) => quoteTexts[i]!.includes(word)));
      if (attributions.length > 0) kept.push({ ...entry, attributions });
    }
    if (kept.length > 0) result.push({ ...group, entries: kept });
  }
  return result;
}
