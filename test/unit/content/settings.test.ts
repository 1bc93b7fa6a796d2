import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  annotationsEnabled,
  disabledSites,
  highlightKinds,
  isSiteDisabled,
  normalizeSite,
  parseDisabledSites,
  parseKinds,
  readSettings,
  setHighlightKinds,
  setSiteDisabled,
  watchSettings,
} from '../../../src/settings';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads the defaults from an empty store', async () => {
    expect(await readSettings()).toEqual({ enabled: true, disabledSites: [], kinds: { person: true, organization: true, media: true, anonymous: true } });
  });

  it('falls back per value when the store holds junk', async () => {
    await fakeBrowser.storage.local.set({ annotationsEnabled: 'yes', disabledSites: ['Example.com', 42, 'not a site', 'example.com'], highlightKinds: { person: false, media: 'no', alien: true } });
    expect(await readSettings()).toEqual({
      enabled: true,
      disabledSites: ['example.com'],
      kinds: { person: false, organization: true, media: true, anonymous: true },
    });
    expect(parseDisabledSites('example.com')).toEqual([]);
    expect(parseKinds(null)).toEqual({ person: true, organization: true, media: true, anonymous: true });
  });

  it.each([
    ['https://www.Example.com/news/1', 'www.example.com'],
    ['news.example.co.uk', 'news.example.co.uk'],
    ['localhost', 'localhost'],
  ])('normalizes %s to %s', (input, host) => expect(normalizeSite(input)).toBe(host));

  it.each(['', '   ', 'no spaces allowed.com x', 'justaword'])('refuses %j as a site', (input) => {
    expect(() => normalizeSite(input)).toThrow(/Not a site/);
  });

  it('turns a site and its subdomains off, and on again', async () => {
    expect(await setSiteDisabled('https://example.com/x', true)).toEqual(['example.com']);
    const sites = await disabledSites.getValue();
    expect(isSiteDisabled('news.example.com', sites)).toBe(true);
    expect(isSiteDisabled('badexample.com', sites)).toBe(false);
    expect(await setSiteDisabled('example.com', false)).toEqual([]);
  });

  it('refuses bad kinds instead of storing them', async () => {
    await expect(setHighlightKinds({ person: true } as never)).rejects.toThrow(/organization/);
    expect(await highlightKinds.getValue()).toEqual({ person: true, organization: true, media: true, anonymous: true });
  });

  it('tells watchers about every change, validated', async () => {
    const seen: boolean[] = [];
    const unwatch = watchSettings((s) => seen.push(s.enabled));
    await annotationsEnabled.setValue(false);
    await new Promise((r) => setTimeout(r, 20));
    unwatch();
    await annotationsEnabled.setValue(true);
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toEqual([false]);
  });
});
