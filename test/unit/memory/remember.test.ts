// @vitest-environment node
import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { Rememberer } from '../../../src/background/remember';
import type { PageState } from '../../../src/messaging';
import { MEMORY_DB, MemoryStore } from '../../../src/memory/store';
import { reportOf } from './reports';

afterEach(() => deleteDB(MEMORY_DB));

const report = reportOf('Council votes', [{ name: 'Ana Ruiz', kind: 'person', role: 'the mayor' }]);
const read = (url: string): PageState => ({ state: 'article', url, title: 'Council votes', report });

async function stored() {
  const store = await MemoryStore.open();
  const all = await store.all();
  store.close();
  return all;
}

describe('the background’s memory writer', () => {
  it('with the memory off, keeps nothing and does not even create the database', async () => {
    const memory = new Rememberer({ enabled: async () => false });
    expect(await memory.remember(read('https://daily.example/a'))).toBe(false);
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(MEMORY_DB);
  });

  it('with the memory on, keeps each article once however often it is read', async () => {
    let now = 1000;
    const memory = new Rememberer({ enabled: async () => true, now: () => now++ });
    expect(await memory.remember(read('https://daily.example/a'))).toBe(true);
    expect(await memory.remember(read('https://daily.example/a#reloaded'))).toBe(true);
    expect(await memory.remember(read('https://daily.example/b'))).toBe(true);
    expect((await stored()).map((a) => [a.url, a.readAt])).toEqual([
      ['https://daily.example/a', 1000],
      ['https://daily.example/b', 1002],
    ]);
  });

  it.each<[string, PageState]>([
    ['a page that is no article', { state: 'not-article', url: 'https://daily.example/list' }],
    ['a page turned off', { state: 'disabled', url: 'https://daily.example/a' }],
    ['a file on this computer', { state: 'article', url: 'file:///home/me/a.html', title: null, report }],
  ])('ignores %s', async (_what, state) => {
    const memory = new Rememberer({ enabled: async () => true });
    expect(await memory.remember(state)).toBe(false);
  });

  it('a store that cannot be opened is reported, and tried again next time', async () => {
    let opens = 0;
    const memory = new Rememberer({
      enabled: async () => true,
      open: () => (++opens === 1 ? Promise.reject(new Error('no IndexedDB here')) : MemoryStore.open()),
    });
    expect(await memory.remember(read('https://daily.example/a'))).toBe(false);
    expect(await memory.remember(read('https://daily.example/a'))).toBe(true);
    expect(opens).toBe(2);
  });
});
