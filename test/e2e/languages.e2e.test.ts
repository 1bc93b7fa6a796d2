/**
 * Languages in real Chromium. A page in a language Sourcelight does not read (an Italian news page of our
 * own, `<html lang="it">`) gets no marks, no badge count, and a popup and toolbar tooltip that say why. A
 * browser whose UI is German (`--lang=de`) gets the popup, the toolbar tooltip and the hover card in German.
 *
 * The engine sets the report's language from the page's text and its declared language; the background also
 * takes the page's declared one when the engine leaves it unset (src/background/unread-language.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cliReport, startSession, waitForMarks, type ChromeApi, type CliReport, type Session } from './lib';
import { cardProbe } from './card-probe';

declare const chrome: ChromeApi;

const ITALIAN = 'languages/italian-news.html';
const SEED = 'seed-article.html';

/** The popup's state message (title, then text) once it shows `title`. */
async function stateMessage(popup: Page, title: string): Promise<[string, string]> {
  await popup.locator('.state-title', { hasText: title }).waitFor({ timeout: 20_000 });
  return [(await popup.locator('.state-title').textContent())!, (await popup.locator('.state p').first().textContent())!];
}

const tooltip = (session: Session, tabId: number) => session.browser.serviceWorker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId);

describe('a page in a language Sourcelight does not read', () => {
  let session: Session;
  let italian: CliReport;
  beforeAll(async () => {
    [session, italian] = await Promise.all([startSession(), cliReport(`test/fixtures/${ITALIAN}`)]);
  });
  afterAll(() => session?.close());

  it('gets no marks, no count on the badge, and a popup and tooltip that say it is Italian', async () => {
    // The engine itself tells the page is Italian (it declares lang="it" and its text is in none of the languages
    // Sourcelight reads), and reads nothing in it.
    expect(italian.lang).toBe('it');
    expect(italian.attributions).toEqual([]);
    const { page, tabId } = await session.openPage(ITALIAN);
    const popup = await session.browser.openPopup(tabId);
    // The languages Sourcelight reads are the folders of src/engine/lang (src/engine/lang/reads.ts).
    expect(await stateMessage(popup, 'Sourcelight doesn’t read this language')).toEqual([
      'Sourcelight doesn’t read this language',
      'This page is in Italian. Sourcelight reads English, German, Spanish, and French.',
    ]);
    // The content script has spoken for the page (its state is what the popup shows): no mark is left on it.
    expect(await page.locator('sourcelight-mark').count()).toBe(0);
    expect(await session.browser.badgeText(tabId)).toBe('');
    expect(await tooltip(session, tabId)).toBe('Sourcelight doesn’t read Italian, the language of this page');
    await popup.close();
    await page.close();
  });

  it('made no network request beyond 127.0.0.1 and the extension', () => {
    session.network.assertNoOutsideRequests();
  });
});

describe('a browser whose UI is German', () => {
  let session: Session;
  let report: CliReport;
  beforeAll(async () => {
    // --lang picks the UI language (and so the extension's catalogue) in headless Chromium; the LANGUAGE
    // variable alone does not there.
    [session, report] = await Promise.all([startSession({ launch: { args: ['--lang=de'] } }), cliReport(`test/fixtures/${SEED}`)]);
  });
  afterAll(() => session?.close());

  it('gets the extension’s German catalogue', async () => {
    const said = await session.browser.serviceWorker.evaluate(() => chrome.i18n.getMessage('messagesLocale'));
    expect(said).toBe('de');
  });

  it('shows the popup of an English article in German, counting its sources as German does', async () => {
    const { page, tabId } = await session.openPage(SEED);
    await waitForMarks(page);
    const popup = await session.browser.openPopup(tabId);
    const n = report.sources.length;
    const sources = popup.locator('.summary-sources');
    await sources.waitFor({ timeout: 20_000 });
    expect(await sources.textContent()).toMatch(new RegExp(`^${n} Quellen: `));
    expect(await popup.evaluate(() => [document.documentElement.lang, document.title])).toEqual(['de', 'Sourcelight']);
    expect(await popup.getByRole('button', { name: 'Kopieren' }).count()).toBe(1);
    expect(await popup.getByRole('searchbox').getAttribute('placeholder')).toBe('Nach Name, Funktion oder Zitat filtern');
    expect(await tooltip(session, tabId)).toBe(`Sourcelight: ${n} Quellen auf dieser Seite`);

    // The hover card on the page, opened from the keyboard, speaks German too.
    const card = await cardProbe(page);
    await page.bringToFront();
    await page.locator('.cat-links a').focus();
    await page.keyboard.press('Alt+Shift+ArrowDown');
    await expect.poll(async () => (await card()).open, { timeout: 10_000 }).toBe(true);
    const shown = await card();
    expect(shown.text).toMatch(/(Direktes Zitat|Indirekte Rede|Teilweise zitiert), eingeleitet mit/);
    expect(shown.text).toMatch(/(Einmal|\d+-mal) in diesem Artikel zitiert/);
    await popup.close();
    await page.close();
  });

  it('says in German that an Italian page is in a language Sourcelight does not read', async () => {
    const { page, tabId } = await session.openPage(ITALIAN);
    const popup = await session.browser.openPopup(tabId);
    expect(await stateMessage(popup, 'Sourcelight liest diese Sprache nicht')).toEqual([
      'Sourcelight liest diese Sprache nicht',
      'Diese Seite ist auf Italienisch. Sourcelight liest Englisch, Deutsch, Spanisch und Französisch.',
    ]);
    expect(await tooltip(session, tabId)).toBe('Sourcelight liest kein Italienisch, die Sprache dieser Seite');
    await popup.close();
    await page.close();
  });
});
