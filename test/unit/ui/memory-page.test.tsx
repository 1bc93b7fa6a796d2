/**
 * "Your reading" over a real store (fake-indexeddb): the sites with their charts, the people and outlets
 * quoted most with the articles they stand on, search, the entry a popup link opens, export and forgetting.
 */
import 'fake-indexeddb/auto';
import axe from 'axe-core';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { deleteDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryCsv, memoryJson } from '../../../src/memory/export';
import { entityArticles } from '../../../src/memory/entity-articles';
import { MEMORY_DB, MemoryStore } from '../../../src/memory/store';
import type { MemorySettings } from '../../../src/settings-values';
import type { MemoryHost } from '../../../src/ui/memory/memory-host';
import { MemoryPage } from '../../../src/ui/memory/memory-page';
import { article } from '../memory/reports';
import { installEnglish } from './fixtures/fake-i18n';

let store: MemoryStore;
beforeEach(async () => {
  installEnglish();
  store = await MemoryStore.open();
  await store.remember(article('https://www.daily.example/syria', [
    { name: 'James Jeffrey', kind: 'person', role: 'the State Department’s envoy to Syria', types: ['direct', 'indirect'] },
    { name: 'Reuters', kind: 'media', types: ['indirect'] },
    { name: 'officials', kind: 'anonymous', types: ['indirect', 'indirect'] },
  ], 0, 'Envoy warns of comeback'));
  await store.remember(article('https://courier.example/iraq', [
    { name: 'Jim Jeffrey', kind: 'person', role: 'the U.S. envoy' },
    { name: 'Reuters', kind: 'media', types: ['indirect'] },
  ], 1, 'Talks stall in Baghdad'));
  await store.remember(article('https://www.daily.example/library', [{ name: 'Ana Ruiz', kind: 'person', role: 'the mayor' }], 2, 'Library stays open'));
});
afterEach(async () => {
  cleanup();
  store.close();
  await deleteDB(MEMORY_DB);
});

function host(settings: MemorySettings = { enabled: true, asked: true }) {
  return {
    digests: () => store.digests(),
    articlesOf: (entity) => entityArticles(entity, store),
    all: () => store.all(),
    settings: vi.fn(async () => settings),
    setEnabled: vi.fn(async () => {}),
    forgetSite: (site: string) => store.forgetSite(site),
    forgetAll: () => store.forgetAll(),
    download: vi.fn<MemoryHost['download']>(),
    language: 'en-GB',
  } satisfies MemoryHost;
}

const entry = (name: string) => screen.getByRole('heading', { name, level: 3 }).closest('li')!;

describe('“Your reading”', () => {
  it('shows the reading’s size, what is kept and the bound', async () => {
    render(<MemoryPage host={host()} />);
    await screen.findByText('3 articles from 2 sites, since 1 March 2026.');
    expect(screen.getByText(/Stored only in this browser: never synced, never sent anywhere/)).toBeTruthy();
    expect(screen.getByText('Up to 10,000 articles are kept; past that, the ones read longest ago are dropped first.')).toBeTruthy();
  });

  it('lists the sites most read first, each with its sourcing in words and two small charts', async () => {
    const { container } = render(<MemoryPage host={host()} />);
    await screen.findByRole('heading', { name: 'Sites you read' });
    const cards = [...container.querySelectorAll('.site-card')];
    expect(cards.map((c) => c.querySelector('.site-name')!.textContent)).toEqual(['daily.example', 'courier.example']);
    // daily.example: 3 to James Jeffrey and Ana Ruiz (named), 1 to Reuters, 2 to officials; 2 of 6 direct.
    expect(within(cards[0] as HTMLElement).getByText('50% named, 17% media, 33% unnamed; 33% quoted directly.')).toBeTruthy();
    const charts = cards[0]!.querySelectorAll('svg.chart');
    expect(charts).toHaveLength(2);
    // Its two days of reading are two drawn columns of the last twelve; the others are empty.
    expect(charts[0]!.querySelectorAll('g')).toHaveLength(12);
    expect(charts[0]!.querySelectorAll('rect.bar-named')).toHaveLength(2);
    expect(charts[0]!.querySelectorAll('title')[11]!.textContent).toBe('3 Mar: 1; 100% named, 0% media, 0% unnamed; 100% quoted directly');
    expect(container.querySelector('[style]')).toBeNull();
  });

  it('merges James and Jim Jeffrey, the envoy, and shows the articles the entry stands on', async () => {
    render(<MemoryPage host={host()} />);
    await screen.findByRole('heading', { name: 'People quoted most' });
    const jeffrey = entry('James Jeffrey');
    expect(within(jeffrey).getByText('in 2 articles')).toBeTruthy();
    expect(within(jeffrey).getByText('Also named: Jim Jeffrey')).toBeTruthy();
    expect(within(jeffrey).getByText(/^Called: /).textContent).toBe('Called: the State Department’s envoy to Syria, the U.S. envoy');
    fireEvent.click(within(jeffrey).getByText('The articles'));
    const links = await within(jeffrey).findAllByRole('link');
    expect(within(jeffrey).getByText('Quoted by: courier.example, daily.example')).toBeTruthy();
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Talks stall in Baghdad', 'https://courier.example/iraq'],
      ['Envoy warns of comeback', 'https://www.daily.example/syria'],
    ]);
    expect(within(jeffrey).getByText(/as “Jim Jeffrey”/)).toBeTruthy();
    expect(within(entry('Reuters')).getByText('in 2 articles')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'officials' })).toBeNull();
  });

  it('opens at the entry a popup link names, its articles shown', async () => {
    render(<MemoryPage host={host()} entry="person:jim jeffrey" />);
    await screen.findByRole('heading', { name: 'People quoted most' });
    const jeffrey = entry('James Jeffrey');
    expect(jeffrey.classList.contains('is-focused')).toBe(true);
    await waitFor(() => expect(within(jeffrey).getAllByRole('link')).toHaveLength(2));
  });

  it('searches people, roles and sites', async () => {
    render(<MemoryPage host={host()} />);
    const box = await screen.findByRole('searchbox', { name: 'Search your reading' });
    fireEvent.input(box, { target: { value: 'mayor' } });
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'James Jeffrey' })).toBeNull());
    expect(screen.getByRole('heading', { name: 'Ana Ruiz' })).toBeTruthy();
    fireEvent.input(box, { target: { value: 'courier' } });
    await waitFor(() => expect(document.querySelectorAll('.site-card')).toHaveLength(1));
    fireEvent.input(box, { target: { value: 'nobody at all' } });
    await screen.findByText('Nothing matches “nobody at all”.');
  });

  it('exports what is stored, as JSON and as CSV', async () => {
    const h = host();
    render(<MemoryPage host={h} />);
    await screen.findByRole('heading', { name: 'Sites you read' });
    fireEvent.click(screen.getByRole('button', { name: 'Download JSON' }));
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    const all = await store.all();
    expect(h.download.mock.calls).toEqual([
      [memoryJson(all), 'json', 'sourcelight-reading.json'],
      [memoryCsv(all), 'csv', 'sourcelight-reading.csv'],
    ]);
  });

  it('forgets one site, then, once confirmed, everything', async () => {
    render(<MemoryPage host={host()} />);
    await screen.findByRole('heading', { name: 'Sites you read' });
    fireEvent.click(screen.getByRole('button', { name: 'Forget courier.example' }));
    await screen.findByText('Forgot courier.example.');
    expect((await store.all()).map((a) => a.site)).toEqual(['daily.example', 'daily.example']);
    await waitFor(() => expect(document.querySelectorAll('.site-card')).toHaveLength(1));

    fireEvent.click(screen.getByRole('button', { name: 'Forget everything' }));
    expect(await store.count()).toBe(2);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    fireEvent.click(screen.getByRole('button', { name: 'Forget everything' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, forget everything' }));
    await screen.findByText('Sourcelight forgot everything it remembered.');
    expect(await store.count()).toBe(0);
    await screen.findByText(/Nothing remembered yet/);
  });

  it('says when the memory is off, and turns it on', async () => {
    const h = host({ enabled: false, asked: true });
    render(<MemoryPage host={h} />);
    await screen.findByText('The memory is off: Sourcelight is not remembering what you read.');
    fireEvent.click(screen.getByRole('button', { name: 'Turn it on' }));
    expect(h.setEnabled).toHaveBeenCalledWith(true);
    await waitFor(() => expect(screen.queryByText(/The memory is off/)).toBeNull());
  });

  it('finds no accessibility violations (axe-core)', async () => {
    document.documentElement.lang = 'en';
    document.title = 'Your reading';
    const { container } = render(<MemoryPage host={host()} />);
    await screen.findByRole('heading', { name: 'People quoted most' });
    const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } }, resultTypes: ['violations'] });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });
});
