// The port of score-pages.py's scoring: its name rules, and the counts on small reports written by hand.
import { describe, expect, it } from 'vitest';
import type { Attribution, Report, Source } from '../../src/engine/types';
import { bare, figures, goldNames, scorePage, type Gold } from './helpers/score-pages';

describe('bare names', () => {
  it.each([
    ['an honorific', 'Mr. Michaels', 'michaels'],
    ['a title and a possessive', 'Senator Ann Cole’s', 'ann cole'],
    ['curly quotes and no-break spaces', 'Claire\u00a0Fontanel', 'claire fontanel'],
    ['accented letters kept', 'Hélène Rouvier', 'hélène rouvier'],
    ['a lone title stays', 'Senator', 'senator'],
  ])('%s: %s -> %s', (_, name, want) => {
    expect(bare(name)).toBe(want);
  });
});

describe('the names a gold source is known by', () => {
  it.each([
    ['a surname sharing a word with the name', { name: 'Ana Ruiz', kind: 'person', aliases: ['Ms. Ruiz'] }, ['ana ruiz', 'ruiz']],
    ['not a description', { name: 'Whole Foods', kind: 'organization', aliases: ['The company'] }, ['whole foods']],
    ['an acronym', { name: 'The Associated Press', kind: 'media', aliases: ['AP'] }, ['associated press', 'ap']],
    ['every alias of an unnamed source', { name: 'Con Edison officials', kind: 'anonymous', aliases: ['the officials'] }, ['con edison officials', 'officials']],
  ] as const)('%s', (_, source, want) => {
    expect([...goldNames({ ...source, aliases: [...source.aliases], role: null, attributions: 1 })].sort()).toEqual([...want].sort());
  });
});

const span = (text: string) => ({ start: 0, end: text.length, text });
const src = (id: string, name: string, kind: Source['kind'], aliases: string[] = []): Source => ({ id, name, kind, role: null, aliases });
const att = (id: string, sourceId: string | null, type: Attribution['type'], cue: string, mention: string, content: string): Attribution => ({
  id,
  sourceId,
  type,
  cue: span(cue),
  mention: mention ? span(mention) : null,
  content: [span(content)],
  paragraph: 0,
});
const report = (sources: Source[], attributions: Attribution[]): Report => ({ schema: 1, title: null, textLength: 0, sources, attributions });

const GOLD: Gold = {
  sources: [
    { name: 'Ana Ruiz', kind: 'person', role: null, aliases: ['Ms. Ruiz'], attributions: 1 },
    { name: 'city officials', kind: 'anonymous', role: null, aliases: [], attributions: 1 },
  ],
  attributions: [
    { source: 'Ana Ruiz', type: 'direct', cue: 'said', mention: 'Ms. Ruiz', contentIncludes: 'Every break we fix uncovers two more' },
    { source: 'city officials', type: 'indirect', cue: 'said', mention: 'city officials', contentIncludes: 'woke up without running water' },
  ],
  optional: ['the thaw is coming'],
};

describe('scorePage', () => {
  it('counts a report that says what the gold says as all right', () => {
    const r = report(
      [src('s1', 'Ana Ruiz', 'person', ['Ms. Ruiz']), src('s2', 'city officials', 'anonymous')],
      [
        att('a1', 's1', 'direct', 'said', 'Ms. Ruiz', '“Every break we fix uncovers two more,”'),
        att('a2', 's2', 'indirect', 'said', 'city officials', 'Thousands woke up without running water'),
        att('a3', 's1', 'indirect', 'said', 'She', 'the thaw is coming'),
      ],
    );
    const s = scorePage(r, GOLD);
    expect(s.misses).toEqual([]);
    expect(figures([s])).toEqual({ attributions: 1, found: 1, extra: 0, sources: 1, spurious: 0, split: 0 });
  });

  it('counts a wrong speaker, an extra, a surname-only source, a spurious one and a split', () => {
    const r = report(
      [src('s1', 'Ruiz', 'person'), src('s2', 'Ms. Ruiz', 'person'), src('s3', 'fill trenches', 'anonymous')],
      [
        att('a1', 's3', 'direct', 'said', 'fill trenches', 'Every break we fix uncovers two more'),
        att('a2', 's1', 'indirect', 'told', 'Ruiz', 'nothing the gold knows'),
      ],
    );
    const s = scorePage(r, GOLD);
    expect(s).toMatchObject({ right: 0, found: 1, gold: 2, extra: 1, sourcesFound: 0, sourcesGold: 2, spurious: 1, listed: 3, split: 1 });
    expect(s.misses).toEqual([
      'wrong: Ana Ruiz "Every break we fix uncovers two more": source="fill trenches", mention="fill trenches"',
      'missing: city officials said "woke up without running water"',
      'extra: "nothing the gold knows"',
      'source wrong: Ana Ruiz (person): listed as "Ruiz" (person), "Ms. Ruiz" (person)',
      'source split: Ana Ruiz: "Ruiz", "Ms. Ruiz"',
      'source missing: city officials',
      'spurious source: "fill trenches" (anonymous)',
    ]);
    expect(figures([s])).toMatchObject({ attributions: 0, found: 0.5, extra: 0.5, spurious: 1 / 3, split: 0.5 });
  });
});
