import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Popup } from '../../../src/ui/popup';
import type { SiteSettings } from '../../../src/ui/popup-host';
import type { TabFacts } from '../../../src/ui/view-state';
import { emptyReport } from './fixtures/generated-reports';
import { installEnglish } from './fixtures/fake-i18n';
import { PAGE_URL, fakeHost } from './fixtures/fake-host';

beforeEach(installEnglish);
afterEach(cleanup);

const ON: SiteSettings = { siteOn: true, globalOn: true };

/** The state message's title and text as the reader sees them, once the title is `expected`. */
async function stateShown(facts: Partial<TabFacts> | Error | 'pending', site: SiteSettings, expected: string) {
  const host = fakeHost(facts, site);
  render(<Popup host={host} staleGraceMs={0} />);
  const title = await screen.findByText(expected, { selector: '.state-title' });
  const state = title.closest('.state')!;
  return { host, title: title.textContent, text: state.querySelector('p')?.textContent ?? null, state };
}

describe('every state says what is going on', () => {
  it.each<[string, Partial<TabFacts>, string, string | null]>([
    ['a browser page', { url: 'chrome://settings/' }, 'Sourcelight can’t run here', 'Browsers keep their own pages, like settings and new tabs, off-limits to extensions. Open a news article to see who said what.'],
    ['an about: page', { url: 'about:preferences' }, 'Sourcelight can’t run here', 'Browsers keep their own pages, like settings and new tabs, off-limits to extensions. Open a news article to see who said what.'],
    ['view-source:', { url: 'view-source:https://a.example/' }, 'Sourcelight can’t run here', 'Browsers keep their own pages, like settings and new tabs, off-limits to extensions. Open a news article to see who said what.'],
    ['the Chrome Web Store', { url: 'https://chromewebstore.google.com/detail/x' }, 'Sourcelight can’t run here', 'Browsers don’t let extensions run on extension stores and account pages.'],
    ['addons.mozilla.org', { url: 'https://addons.mozilla.org/firefox/' }, 'Sourcelight can’t run here', 'Browsers don’t let extensions run on extension stores and account pages.'],
    ['a PDF', { url: 'https://a.example/paper.pdf' }, 'This is a PDF', 'The browser shows it in its own PDF viewer, where extensions cannot run.'],
    ['a local file without access', { url: 'file:///home/me/story.html' }, 'Sourcelight can’t run here', 'To read pages saved on this computer, turn on “Allow access to file URLs” in Sourcelight’s details in the browser’s extensions page.'],
    ['a tab whose address we cannot see', { url: null }, 'Sourcelight can’t run here', 'Sourcelight can’t see this page. It may be a browser page, or one Sourcelight has no access to.'],
    ['a page that is not an article', { state: { state: 'not-article', url: PAGE_URL } }, 'This doesn’t look like an article', 'Sourcelight reads news stories and leaves search results, shops, feeds and web apps alone.'],
    ['an article with no attributions', { state: { state: 'article', url: PAGE_URL, title: 'Quiet news', report: emptyReport } }, 'No one is quoted here', 'Sourcelight read this article and found no quotes, no reported speech and no cited sources.'],
    ['a site the reader turned off', { state: { state: 'disabled', url: PAGE_URL } }, 'Sourcelight is off on this site', 'You turned it off on 127.0.0.1. Use the switch above to turn it back on.'],
    ['an error on the page', { state: { state: 'error', url: PAGE_URL, message: 'Reader failed' } }, 'Something went wrong', 'Sourcelight couldn’t read this page. Reloading it usually helps.'],
    // The languages Sourcelight reads are the folders of src/engine/lang (src/engine/lang/reads.ts).
    ['a page in a language Sourcelight does not read', { state: { state: 'unsupported-language', url: PAGE_URL, lang: 'it' } }, 'Sourcelight doesn’t read this language', 'This page is in Italian. Sourcelight reads English, German, Spanish, and French.'],
    ['a page in a language the browser has no name for', { state: { state: 'unsupported-language', url: PAGE_URL, lang: 'qqq' } }, 'Sourcelight doesn’t read this language', 'This page is in another language. Sourcelight reads English, German, Spanish, and French.'],
    ['a page still loading', { status: 'loading' }, 'Reading the page…', null],
  ])('%s', async (_, facts, title, text) => {
    const shown = await stateShown(facts, facts.state?.state === 'disabled' ? { siteOn: false, globalOn: true } : ON, title);
    expect([shown.title, shown.text]).toEqual([title, text]);
  });

  it('keeps the site switch on a page in a language Sourcelight does not read', async () => {
    await stateShown({ state: { state: 'unsupported-language', url: PAGE_URL, lang: 'it' } }, ON, 'Sourcelight doesn’t read this language');
    await waitFor(() => expect(screen.getByRole('switch', { name: 'On this site' }).getAttribute('aria-checked')).toBe('true'));
  });

  it('says it is reading while the tab is asked', async () => {
    const shown = await stateShown('pending', ON, 'Reading the page…');
    expect(shown.title).toBe('Reading the page…');
    expect(shown.state.getAttribute('aria-busy')).toBe('true');
  });

  it('shows an error, with its details, when the tab cannot be asked', async () => {
    const shown = await stateShown(new Error('Could not establish connection.'), ON, 'Something went wrong');
    expect(shown.title).toBe('Something went wrong');
    expect(screen.getByText('Could not establish connection.').closest('details')).toBeTruthy();
  });

  it('offers to reload a page opened before Sourcelight was installed or updated', async () => {
    const shown = await stateShown({}, ON, 'Reload to see sources');
    expect([shown.title, shown.text]).toEqual(['Reload to see sources', 'This page was opened before Sourcelight was installed or updated, so it hasn’t been read yet.']);
    fireEvent.click(screen.getByRole('button', { name: 'Reload page' }));
    expect(shown.host.reloadTab).toHaveBeenCalledTimes(1);
    await screen.findByText('Reading the page…');
  });

  it('gives a loaded page a moment to report before saying no content script answered', async () => {
    const host = fakeHost({});
    render(<Popup host={host} staleGraceMs={200} />);
    await screen.findByText('Reading the page…');
    await screen.findByText('Reload to see sources', {}, { timeout: 2000 });
  });

  it('shows the report when the content script speaks within that moment', async () => {
    const host = fakeHost({});
    render(<Popup host={host} staleGraceMs={60_000} />);
    await screen.findByText('Reading the page…');
    host.report({ state: 'article', url: PAGE_URL, title: 'Quiet news', report: emptyReport });
    await screen.findByText('No one is quoted here');
  });

  it('asks for the site permission, then reloads the tab so Sourcelight can read it', async () => {
    const shown = await stateShown({ url: 'https://news.example/story', hasPermission: false }, ON, 'Allow Sourcelight on this site?');
    expect([shown.title, shown.text]).toEqual(['Allow Sourcelight on this site?', 'Sourcelight needs your permission to read news.example. Everything stays on your computer.']);
    fireEvent.click(screen.getByRole('button', { name: 'Allow on news.example' }));
    expect(shown.host.requestPermission).toHaveBeenCalledWith('https://news.example/*');
    await waitFor(() => expect(shown.host.reloadTab).toHaveBeenCalledTimes(1));
  });

  it('says so when the permission is refused', async () => {
    const shown = await stateShown({ url: 'https://news.example/story', hasPermission: false }, ON, 'Allow Sourcelight on this site?');
    shown.host.requestPermission.mockResolvedValueOnce(false);
    fireEvent.click(screen.getByRole('button', { name: 'Allow on news.example' }));
    await screen.findByText('Permission was not given.');
    expect(shown.host.reloadTab).not.toHaveBeenCalled();
  });

  it('tells a page turned off everywhere from one turned off on this tab', async () => {
    const everywhere = await stateShown({ state: { state: 'disabled', url: PAGE_URL } }, { siteOn: true, globalOn: false }, 'Highlights are off everywhere');
    expect(everywhere.title).toBe('Highlights are off everywhere');
    fireEvent.click(screen.getAllByRole('button', { name: 'Settings' }).at(-1)!);
    expect(everywhere.host.openOptions).toHaveBeenCalled();
    cleanup();
    const tab = await stateShown({ state: { state: 'disabled', url: PAGE_URL } }, ON, 'Highlights are off on this tab');
    expect([tab.title, tab.text]).toEqual(['Highlights are off on this tab', 'They were turned off here with the keyboard shortcut. Other tabs are not affected.']);
  });

  it('shows the site switch only on web pages', async () => {
    await stateShown({ url: 'chrome://newtab/' }, ON, 'Sourcelight can’t run here');
    expect(screen.queryByRole('switch')).toBeNull();
    cleanup();
    await stateShown({ state: { state: 'not-article', url: PAGE_URL } }, ON, 'This doesn’t look like an article');
    expect(await screen.findByRole('switch', { name: 'On this site' })).toBeTruthy();
  });
});
