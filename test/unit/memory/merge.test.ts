import { describe, expect, it } from 'vitest';
import { mergeEntities } from '../../../src/memory/merge';
import type { MemoryArticle } from '../../../src/memory/types';
import { article } from './reports';

const A = 'https://daily.example/a';
const B = 'https://courier.example/b';
const C = 'https://courier.example/c';

/** Merges the articles; `urls(entity)` gives the addresses of the articles an entry stands on. */
function merge(articles: MemoryArticle[]) {
  const byId = new Map(articles.map((a) => [a.id, a.url]));
  const merged = mergeEntities(articles);
  const urls = (e: (typeof merged)[number]) => e.ids.map((id) => byId.get(id)!).sort();
  return { merged, urls, lines: merged.map((e) => `${e.kind}:${e.name} <- ${urls(e).map((u) => u.slice(-1)).sort().join(',')}`).sort() };
}

/** The entries as "kind:name <- articles" lines, for readable expectations. */
const entries = (articles: MemoryArticle[]) => merge(articles).lines;

describe('names across articles merge conservatively', () => {
  it('the same full name is one person, whatever the roles', () => {
    const { merged, lines } = merge([
      article(A, [{ name: 'Maria Alvarez', kind: 'person', role: 'the housing director' }]),
      article(B, [{ name: 'María Álvarez', kind: 'person', role: null }]),
    ]);
    expect(lines).toEqual(['person:Maria Alvarez <- a,b']);
    expect(merged[0]!.names).toEqual(['Maria Alvarez', 'María Álvarez']);
    expect(merged[0]!.roles).toEqual([{ role: 'the housing director', count: 1 }]);
  });

  it('"James Jeffrey" and "Jim Jeffrey, the U.S. envoy" are one person when both are called an envoy', () => {
    const { merged, urls } = merge([
      article(A, [{ name: 'James Jeffrey', kind: 'person', role: 'the State Department’s special envoy to Syria' }], 0),
      article(B, [{ name: 'Jim Jeffrey', kind: 'person', role: 'the U.S. envoy' }], 1),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.names.sort()).toEqual(['James Jeffrey', 'Jim Jeffrey']);
    expect(merged[0]!.keys.sort()).toEqual(['person:james jeffrey', 'person:jim jeffrey']);
    expect(merged[0]!.roles.map((r) => r.role).sort()).toEqual(['the State Department’s special envoy to Syria', 'the U.S. envoy']);
    // The articles the entry stands on.
    expect(urls(merged[0]!)).toEqual([B, A]);
  });

  it.each([
    ['no role on one side', { name: 'Jim Jeffrey', role: null }],
    ['roles that share no telling word', { name: 'Jim Jeffrey', role: 'a retired plumber' }],
    ['roles that share only weak words', { name: 'Jim Jeffrey', role: 'the former senior adviser' }],
    ['given names with other first letters', { name: 'Tom Jeffrey', role: 'the U.S. envoy' }],
  ])('the same surname stays apart with %s', (_why, other) => {
    const { merged } = merge([
      article(A, [{ name: 'James Jeffrey', kind: 'person', role: 'the former senior envoy' }]),
      article(B, [{ kind: 'person', ...other }]),
    ]);
    expect(merged).toHaveLength(2);
  });

  it('a bare surname joins the one full name whose role fits', () => {
    const lines = entries([
      article(A, [{ name: 'James Jeffrey', kind: 'person', role: 'the envoy to Syria' }]),
      article(B, [{ name: 'Jeffrey', kind: 'person', role: 'the envoy' }]),
    ]);
    expect(lines).toEqual(['person:James Jeffrey <- a,b']);
  });

  it('a bare surname that two different people fit stays on its own', () => {
    const lines = entries([
      article(A, [{ name: 'James Jeffrey', kind: 'person', role: 'the envoy to Syria' }]),
      article(B, [{ name: 'Sarah Jeffrey', kind: 'person', role: 'the envoy to Iraq' }]),
      article(C, [{ name: 'Jeffrey', kind: 'person', role: 'the envoy' }]),
    ]);
    expect(lines).toEqual(['person:James Jeffrey <- a', 'person:Jeffrey <- c', 'person:Sarah Jeffrey <- b']);
  });

  it('organizations and media merge by the same name only; a person and an organization never', () => {
    const lines = entries([
      article(A, [
        { name: 'The Associated Press', kind: 'media' },
        { name: 'Pentagon', kind: 'organization', role: 'the defense department' },
      ]),
      article(B, [
        { name: 'the Associated Press', kind: 'media' },
        { name: 'Reuters', kind: 'media' },
        { name: 'Pentagon', kind: 'person' },
      ]),
    ]);
    expect(lines).toEqual([
      'media:Reuters <- b',
      'media:The Associated Press <- a,b',
      'organization:Pentagon <- a',
      'person:Pentagon <- b',
    ]);
  });

  it('unnamed sources are never entries', () => {
    const merged = mergeEntities([
      article(A, [{ name: 'officials', kind: 'anonymous' }]),
      article(B, [{ name: 'officials', kind: 'anonymous' }]),
    ]);
    expect(merged).toEqual([]);
  });

  it('an article naming one person two ways counts once, its attributions added up', () => {
    const { merged, urls } = merge([
      article(A, [
        { name: 'James Jeffrey', kind: 'person', role: 'the envoy', types: ['direct', 'indirect'] },
        { name: 'Jim Jeffrey', kind: 'person', role: 'the U.S. envoy' },
      ], 0),
      article(B, [{ name: 'James Jeffrey', kind: 'person', role: 'envoy' }], 1),
    ]);
    expect(merged).toHaveLength(1);
    expect(urls(merged[0]!)).toEqual([B, A]);
    expect(merged[0]!.ids).toHaveLength(2);
    expect(merged[0]!.attributions).toBe(4);
    expect(merged[0]!.id).toBe('person:james jeffrey');
  });

  it('lists the most-read entries first', () => {
    const merged = mergeEntities([
      article(A, [{ name: 'Reuters', kind: 'media' }, { name: 'Ana Ruiz', kind: 'person' }]),
      article(B, [{ name: 'Ana Ruiz', kind: 'person' }]),
    ]);
    expect(merged.map((e) => e.name)).toEqual(['Ana Ruiz', 'Reuters']);
  });
});
