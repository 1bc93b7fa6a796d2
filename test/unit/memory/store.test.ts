// @vitest-environment node
import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dayOf, digestsOf } from '../../../src/memory/digest';
import type { NameDigest } from '../../../src/memory/types';
import { MEMORY_DB, MemoryStore, NAME_SHARDS, shardOf } from '../../../src/memory/store';
import { MAX_ARTICLES } from '../../../src/memory/types';
import { article, day } from './reports';

let store: MemoryStore;
beforeEach(async () => {
  store = await MemoryStore.open();
});
afterEach(async () => {
  store.close();
  await deleteDB(MEMORY_DB);
});

const ana = { name: 'Ana Ruiz', kind: 'person' as const, role: 'the mayor' };

/** The store's digests are what the articles it holds give, built from nothing (order aside). */
async function expectDigestsInStep() {
  const held = await store.digests();
  const built = digestsOf(await store.all());
  const bySite = (list: { site: string }[]) => [...list].sort((a, b) => a.site.localeCompare(b.site));
  const byKey = (list: NameDigest[]) =>
    list.map((d) => ({ ...d, ids: [...d.ids].sort() })).sort((a, b) => a.key.localeCompare(b.key));
  expect(bySite(held.sites)).toEqual(bySite(built.sites));
  expect(byKey(held.names)).toEqual(byKey(built.names));
  expect(held.articles).toBe(await store.count());
}

describe('the memory store', () => {
  it('keeps the names the merge could join in one shard: people by surname', () => {
    const shard = shardOf('person:james jeffrey');
    expect([shardOf('person:jim jeffrey'), shardOf('person:jeffrey'), shardOf('person:dr j jeffrey jr')]).toEqual([shard, shard, shard]);
    const spread = new Set(['media:reuters', 'organization:pentagon', 'person:ana ruiz', 'person:tom baker', 'media:cnn'].map(shardOf));
    expect(spread.size).toBeGreaterThan(1);
    for (const s of spread) expect(s >= 0 && s < NAME_SHARDS).toBe(true);
  });

  it('keeps an article once per address: reading it again replaces it and keeps the first date', async () => {
    await store.remember(article('https://daily.example/a#top', [ana], 0));
    await store.remember(article('https://daily.example/a?utm_source=feed', [ana, { name: 'Reuters', kind: 'media' }], 3));
    const all = await store.all();
    expect(all).toHaveLength(1);
    expect(all[0]!.url).toBe('https://daily.example/a');
    expect(all[0]!.readAt).toBe(day(0));
    expect(all[0]!.sources.map((s) => s.name)).toEqual(['Ana Ruiz', 'Reuters']);
    await expectDigestsInStep();
    const { names, sites } = await store.digests();
    expect(names.find((n) => n.key === 'person:ana ruiz')!.ids).toEqual([all[0]!.id]);
    expect(sites.map((site) => [site.site, site.articles])).toEqual([['daily.example', 1]]);
  });

  it('reads the sites’ day series only for a reading short enough to chart by day or week', async () => {
    await store.remember(article('https://daily.example/a', [ana], 0));
    await store.remember(article('https://daily.example/b', [ana], 100));
    expect((await store.digests()).sites[0]!.days.length).toBeGreaterThan(0);
    await store.remember(article('https://daily.example/c', [ana], 200));
    const [site] = (await store.digests()).sites;
    expect(site!.days).toEqual(new Int32Array(0));
    expect([site!.firstDay, site!.lastDay, site!.articles]).toEqual([dayOf(day(0)), dayOf(day(200)), 3]);
  });

  it('lists every article, oldest read first', async () => {
    await store.remember(article('https://daily.example/late', [ana], 5));
    await store.remember(article('https://daily.example/early', [ana], 1));
    expect((await store.all()).map((a) => a.url)).toEqual(['https://daily.example/early', 'https://daily.example/late']);
  });

  it('finds the articles that quoted a name, and the names that share a surname', async () => {
    await store.remember(article('https://daily.example/a', [ana, { name: 'Reuters', kind: 'media' }]));
    await store.remember(article('https://daily.example/b', [{ name: 'Luis Ruiz', kind: 'person' }]));
    await store.remember(article('https://daily.example/c', [{ name: 'officials', kind: 'anonymous' }]));
    expect((await store.withName('person:ana ruiz')).map((a) => a.url)).toEqual(['https://daily.example/a']);
    expect((await store.withName('media:reuters')).map((a) => a.url)).toEqual(['https://daily.example/a']);
    expect((await store.namesWithSurname('ruiz')).map((n) => n.key).sort()).toEqual(['person:ana ruiz', 'person:luis ruiz']);
    expect((await store.name('media:reuters'))!.ids).toHaveLength(1);
    expect(await store.withName('anonymous:officials')).toEqual([]);
    expect(await store.name('anonymous:officials')).toBeUndefined();
    await expectDigestsInStep();
  });

  it('drops the articles read longest ago past its bound', async () => {
    for (const [i, days] of [3, 1, 4, 0, 2].entries()) await store.remember(article(`https://daily.example/${i}`, [ana], days), 3);
    expect(await store.count()).toBe(3);
    expect((await store.all()).map((a) => a.readAt)).toEqual([day(2), day(3), day(4)]);
    await expectDigestsInStep();
  });

  it('is bound to 10,000 articles by default', async () => {
    expect(MAX_ARTICLES).toBe(10_000);
    const first = article('https://daily.example/0', [ana], 0);
    const records = Array.from({ length: MAX_ARTICLES }, (_, i) => ({ ...first, url: `https://daily.example/${i}`, readAt: day(0) + i }));
    for (const record of records) await store.remember(record);
    expect(await store.count()).toBe(MAX_ARTICLES);
    await store.remember({ ...first, url: 'https://daily.example/next', readAt: day(1) });
    expect(await store.count()).toBe(MAX_ARTICLES);
    const all = await store.all();
    expect(all[0]!.url).toBe('https://daily.example/1');
    expect(all.at(-1)!.url).toBe('https://daily.example/next');
  });

  it('forgets one site, then everything', async () => {
    await store.remember(article('https://daily.example/a', [ana]));
    await store.remember(article('https://www.courier.example/b', [ana]));
    await store.remember(article('https://courier.example/c', [ana]));
    expect(await store.forgetSite('courier.example')).toBe(2);
    expect((await store.all()).map((a) => a.site)).toEqual(['daily.example']);
    await expectDigestsInStep();
    await store.forgetAll();
    expect(await store.count()).toBe(0);
    expect(await store.digests()).toEqual({ articles: 0, sites: [], names: [] });
  });
});
