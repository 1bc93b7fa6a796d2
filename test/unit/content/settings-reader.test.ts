/**
 * The content script's settings reader (src/content/settings-reader.ts) against the settings module the
 * extension's pages write with (src/settings.ts): the same values, the same defaults for junk, and a watcher
 * that hears the three settings and nothing else.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { readSettings, watchSettings } from '../../../src/content/settings-reader';
import * as stored from '../../../src/settings';

const settle = () => new Promise((r) => setTimeout(r, 20));

describe('the content script’s settings reader', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads the defaults from an empty store, as the settings module does', async () => {
    expect(await readSettings()).toEqual({ enabled: true, disabledSites: [], kinds: { person: true, organization: true, media: true, anonymous: true } });
    expect(await readSettings()).toEqual(await stored.readSettings());
  });

  it('reads what the options page and popup write', async () => {
    await stored.setAnnotationsEnabled(false);
    await stored.setSiteDisabled('https://News.Example.com/a', true);
    await stored.setHighlightKinds({ person: true, organization: false, media: true, anonymous: false });
    const read = await readSettings();
    expect(read).toEqual({ enabled: false, disabledSites: ['news.example.com'], kinds: { person: true, organization: false, media: true, anonymous: false } });
    expect(read).toEqual(await stored.readSettings());
  });

  it('falls back per value when the store holds junk, as the settings module does', async () => {
    await fakeBrowser.storage.local.set({ annotationsEnabled: 'yes', disabledSites: ['Example.com', 42, 'not a site'], highlightKinds: { person: false, media: 'no' } });
    expect(await readSettings()).toEqual({ enabled: true, disabledSites: ['example.com'], kinds: { person: false, organization: true, media: true, anonymous: true } });
    expect(await readSettings()).toEqual(await stored.readSettings());
  });

  it('listens to the local storage area only (the background writes every tab’s state to the session area)', () => {
    const local = vi.spyOn(fakeBrowser.storage.local.onChanged, 'addListener');
    const any = vi.spyOn(fakeBrowser.storage.onChanged, 'addListener');
    const session = vi.spyOn(fakeBrowser.storage.session.onChanged, 'addListener');
    const unwatch = watchSettings(() => {});
    expect(local).toHaveBeenCalledTimes(1);
    expect(any).not.toHaveBeenCalled();
    expect(session).not.toHaveBeenCalled();
    const listener = local.mock.calls[0]![0];
    expect(fakeBrowser.storage.local.onChanged.hasListener(listener)).toBe(true);
    unwatch();
    expect(fakeBrowser.storage.local.onChanged.hasListener(listener)).toBe(false);
    vi.restoreAllMocks();
  });

  it('tells its watcher about each change of a setting, validated, and of nothing else; unwatched, no more', async () => {
    const seen: Array<{ enabled: boolean; sites: string[] }> = [];
    const unwatch = watchSettings((s) => seen.push({ enabled: s.enabled, sites: s.disabledSites }));
    await stored.setAnnotationsEnabled(false);
    await settle();
    await fakeBrowser.storage.local.set({ somethingElse: 1 });
    await fakeBrowser.storage.session.set({ annotationsEnabled: true });
    await settle();
    await stored.setSiteDisabled('example.org', true);
    await settle();
    unwatch();
    await stored.setAnnotationsEnabled(true);
    await settle();
    expect(seen).toEqual([
      { enabled: false, sites: [] },
      { enabled: false, sites: ['example.org'] },
    ]);
  });
});
