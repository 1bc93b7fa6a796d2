import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Report } from '../../../src/engine/types';
import { exportCsv } from '../../../src/ui/export-csv';
import { exportJson } from '../../../src/ui/export-json';
import { exportMarkdown } from '../../../src/ui/export-markdown';
import { Popup } from '../../../src/ui/popup';
import { installEnglish } from './fixtures/fake-i18n';
import { PAGE_URL, fakeHost } from './fixtures/fake-host';
import { SEED_TITLE, seedReport } from './fixtures/seed-report';

beforeEach(installEnglish);
afterEach(cleanup);

const article = (report: Report, title: string | null = SEED_TITLE) => ({ state: { state: 'article' as const, url: PAGE_URL, title, report } });

async function openSeed() {
  const host = fakeHost(article(seedReport));
  const view = render(<Popup host={host} />);
  await screen.findByText('8 sources: 3 people, 1 organization, 1 media outlet, 3 unnamed.');
  return { host, view };
}

/** The visible outline of the list: group headings, source names and quote texts, in order. */
function outline(container: Element): string[] {
  return Array.from(container.querySelectorAll('.group-heading > span:first-child, .source-name-text, .quote-text'), (el) => el.textContent!);
}

describe('the popup on the seed article', () => {
  it('shows the title, the summary in words, and every source grouped by kind, most-cited first', async () => {
    const { view } = await openSeed();
    expect(screen.getByText(SEED_TITLE)).toBeTruthy();
    expect(screen.getByText('10 attributions: 2 direct, 8 indirect.')).toBeTruthy();
    expect(screen.getByText('30% of attributions rest on unnamed sources.')).toBeTruthy();
    expect(outline(view.container)).toEqual([
      'People',
      'Abdullah Suleiman Ali',
      '“This tension will for sure help Daesh, as all forces fighting it become busy with other matters”',
      'Iran-U.S. tensions help give IS the opportunity to restructure as its new leader, Abu Ibrahim al-Hashimi al-Qurayshi, strengthens his grip',
      'James Jeffrey',
      '“They haven’t taken advantage of it, as far as we can see”',
      'Mervan Qamishlo',
      'the intensification of Daesh attacks began even earlier, since October, when Turkey began a military operation against Kurdish fighters in northern Syria',
      'Organizations',
      'The U.S.-led coalition',
      'it had resumed those operations after a 10-day halt',
      'Media',
      'The Associated Press',
      'Daesh’s self-styled “caliphate” across parts of Iraq and Syria seemed largely defeated last year, with the loss of its territory, the killing of its founder in a U.S. raid and an unprecedented crackdown on its social media propaganda machine',
      'Iranian-backed Iraqi militiamen who once focused on fighting the militants have turned their attention to evicting U.S. troops from the Middle East',
      'Unnamed sources',
      'experts',
      'tensions between the United States and Iran and the resulting clash over the U.S. military presence in the region provide a comeback opportunity for the extremist group, whose remnants have been gradually building up a guerrilla campaign over the past year',
      'Activists and residents',
      'the attacks have intensified since the U.S. killed top Iranian general Qassem Soleimani in a Jan. 3 drone strike at Baghdad’s airport',
      'U.S. officials',
      'seeing any particular increase in Daesh activities',
    ]);
  });

  it('gives each source its role, other names and counts, and each quote its cue, mention and paragraph', async () => {
    await openSeed();
    const ali = screen.getByText('Abdullah Suleiman Ali').closest('li')!;
    expect(within(ali).getByText('a Syrian researcher who focuses on jihadi groups')).toBeTruthy();
    expect(within(ali).getByText('2 attributions · 1 direct · 1 indirect')).toBeTruthy();
    expect(within(ali).getByText('warned · paragraph 9')).toBeTruthy();
    expect(within(ali).getByText('said · as “he” · paragraph 10')).toBeTruthy();
    const ap = screen.getByText('The Associated Press').closest('li')!;
    expect(within(ap).getByText('Also: AP')).toBeTruthy();
    expect(within(ap).getByText('added · as “AP” · paragraph 3')).toBeTruthy();
    expect(screen.getByText('a spokesman for Syria’s U.S.-backed Kurdish-led force')).toBeTruthy();
    expect(screen.getByText('the State Department envoy to the international coalition fighting the Islamic State')).toBeTruthy();
  });

  it('asks the tab to scroll to a clicked quote and says whether it could', async () => {
    const { host } = await openSeed();
    fireEvent.click(screen.getByText('“They haven’t taken advantage of it, as far as we can see”'));
    expect(host.scrollTo).toHaveBeenCalledWith('a6');
    await screen.findByText('Showing the quote on the page.');
    host.scrollTo.mockResolvedValueOnce(false);
    fireEvent.click(screen.getByText('seeing any particular increase in Daesh activities'));
    expect(host.scrollTo).toHaveBeenLastCalledWith('a5');
    await screen.findByText('This quote is not highlighted on the page right now.');
    host.scrollTo.mockRejectedValueOnce(new Error('No response'));
    fireEvent.click(screen.getByText('seeing any particular increase in Daesh activities'));
    await screen.findByText('The page is not answering. Try reloading it.');
  });

  it('steps through a source’s mentions when its name is clicked, backwards with Shift', async () => {
    const { host } = await openSeed();
    const name = screen.getByRole('button', { name: 'Abdullah Suleiman Ali' });
    expect(name.getAttribute('aria-describedby')).toBe('source-step-hint');
    expect(document.getElementById('source-step-hint')!.textContent).toBe('Shows where the article names this source, one by one. Shift goes back.');
    fireEvent.click(name);
    expect(host.stepSource).toHaveBeenLastCalledWith('s8', 1);
    await screen.findByText('Showing mention 1 of 2.');
    host.stepSource.mockResolvedValueOnce(1);
    fireEvent.click(name, { shiftKey: true });
    expect(host.stepSource).toHaveBeenLastCalledWith('s8', -1);
    await screen.findByText('Showing mention 2 of 2.');
    host.stepSource.mockResolvedValueOnce(-1);
    fireEvent.click(name);
    await screen.findByText('This source is not highlighted on the page right now.');
  });

  it('copies and downloads Markdown, CSV and JSON exactly as the exporters write them', async () => {
    const { host } = await openSeed();
    const format = screen.getByRole('combobox', { name: 'Export format' });
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    expect(host.copyText).toHaveBeenLastCalledWith(exportMarkdown(seedReport, { title: SEED_TITLE, url: PAGE_URL }));
    await screen.findByText('Copied the Markdown to the clipboard.');
    fireEvent.change(format, { target: { value: 'csv' } });
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    expect(host.copyText).toHaveBeenLastCalledWith(exportCsv(seedReport, PAGE_URL));
    fireEvent.click(screen.getByRole('button', { name: 'Download' }));
    expect(host.download).toHaveBeenLastCalledWith(
      exportCsv(seedReport, PAGE_URL),
      'csv',
      'sourcelight-daesh-attempts-to-stage-comeback-amid-rising-u-s-iran.csv',
    );
    await screen.findByText('Saved the CSV file.');
    fireEvent.change(format, { target: { value: 'json' } });
    fireEvent.click(screen.getByRole('button', { name: 'Download' }));
    expect(host.download).toHaveBeenLastCalledWith(exportJson(seedReport), 'json', 'sourcelight-daesh-attempts-to-stage-comeback-amid-rising-u-s-iran.json');
    host.copyText.mockRejectedValueOnce(new Error('denied'));
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await screen.findByText('Could not copy to the clipboard.');
  });

  it('switches annotations off for the site and opens the settings', async () => {
    const { host } = await openSeed();
    const toggle = await screen.findByRole('switch', { name: 'On this site' });
    await waitFor(() => expect(toggle.getAttribute('aria-checked')).toBe('true'));
    fireEvent.click(toggle);
    expect(host.setSiteOn).toHaveBeenCalledWith('127.0.0.1', false);
    await screen.findByText('Sourcelight is off for 127.0.0.1.');
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
    expect(host.openOptions).toHaveBeenCalledTimes(1);
  });

  it('follows the tab: a new state from the content script replaces the view', async () => {
    const { host } = await openSeed();
    host.report({ state: 'disabled', url: PAGE_URL });
    await screen.findByText('Highlights are off on this tab');
    fireEvent.click(screen.getByRole('button', { name: 'Turn on here' }));
    expect(host.setTabOn).toHaveBeenCalledWith(true);
    host.report({ state: 'article', url: PAGE_URL, title: SEED_TITLE, report: seedReport });
    await screen.findByText('James Jeffrey');
  });
});

describe('a page longer than Sourcelight reads', () => {
  it('says under the summary that only the first part was read, and not on a whole page', async () => {
    const partial = fakeHost({ state: { ...article(seedReport).state, partial: true } });
    const view = render(<Popup host={partial} />);
    await screen.findByText('8 sources: 3 people, 1 organization, 1 media outlet, 3 unnamed.');
    expect(view.container.querySelector('.partial-note')?.textContent).toBe('This page is very long: Sourcelight read and marked only its first part.');
    cleanup();
    const whole = render(<Popup host={fakeHost(article(seedReport))} />);
    await screen.findByText('8 sources: 3 people, 1 organization, 1 media outlet, 3 unnamed.');
    expect(whole.container.querySelector('.partial-note')).toBeNull();
  });
});
