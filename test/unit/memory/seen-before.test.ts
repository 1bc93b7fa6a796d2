// @vitest-environment node
import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mergeNames } from '../../../src/memory/merge';
import { seenBefore } from '../../../src/memory/seen-before';
import { MEMORY_DB, MemoryStore } from '../../../src/memory/store';
import { article, reportOf } from './reports';

let store: MemoryStore;
beforeEach(async () => {
  store = await MemoryStore.open();
});
afterEach(async () => {
  store.close();
  await deleteDB(MEMORY_DB);
});

describe('a source seen before', () => {
  it('counts the other articles that quoted the same entry, by the page’s rule', async () => {
    await store.remember(article('https://daily.example/a', [{ name: 'James Jeffrey', kind: 'person', role: 'the special envoy to Syria' }], 0));
    await store.remember(article('https://courier.example/b', [{ name: 'James Jeffrey', kind: 'person', role: null }, { name: 'Reuters', kind: 'media' }], 1));
    await store.remember(article('https://courier.example/c', [{ name: 'Tom Jeffrey', kind: 'person', role: 'the envoy' }, { name: 'officials', kind: 'anonymous' }], 2));
    const here = 'https://herald.example/today';
    const report = reportOf('Today', [
      { name: 'Jim Jeffrey', kind: 'person', role: 'the U.S. envoy' },
      { name: 'Reuters', kind: 'media' },
      { name: 'officials', kind: 'anonymous' },
      { name: 'Lena Park', kind: 'person' },
    ]);
    const seen = await seenBefore(report, here, null, store);
    expect([...seen]).toEqual([
      ['s1', { others: 2, entry: 'person:jim jeffrey' }],
      ['s2', { others: 1, entry: 'media:reuters' }],
    ]);
    // The same entry on the "Your reading" page, once this article is kept too, stands on the same articles.
    await store.remember(article(here, [{ name: 'Jim Jeffrey', kind: 'person', role: 'the U.S. envoy' }], 3));
    const all = await store.all();
    const entry = mergeNames((await store.digests()).names).find((e) => e.keys.includes('person:jim jeffrey'))!;
    expect(entry.ids.map((id) => all.find((a) => a.id === id)!.url).sort()).toEqual(['https://courier.example/b', 'https://daily.example/a', here]);
  });

  it('counts an article read here before the memory kept it only once', async () => {
    await store.remember(article('https://daily.example/a', [{ name: 'Ana Ruiz', kind: 'person', role: 'the mayor' }]));
    const report = reportOf('B', [{ name: 'Ana Ruiz', kind: 'person', role: 'the mayor' }, { name: 'Luis Ruiz', kind: 'person', role: 'a fisherman' }]);
    const seen = await seenBefore(report, 'https://courier.example/b', null, store);
    expect([...seen]).toEqual([['s1', { others: 1, entry: 'person:ana ruiz' }]]);
  });

  it('does not count the article being read, kept or not', async () => {
    await store.remember(article('https://daily.example/a', [{ name: 'Ana Ruiz', kind: 'person' }]));
    const seen = await seenBefore(reportOf('A', [{ name: 'Ana Ruiz', kind: 'person' }]), 'https://daily.example/a#again', null, store);
    expect(seen.size).toBe(0);
  });
});
