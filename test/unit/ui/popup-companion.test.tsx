/**
 * The popup's parts of the reading companion: the side panel button, the one question about the memory,
 * "quoted in N other articles you read", and the quote the page's hover card shows, marked in the list.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Popup } from '../../../src/ui/popup';
import { installEnglish } from './fixtures/fake-i18n';
import { PAGE_URL, fakeHost } from './fixtures/fake-host';
import { SEED_TITLE, seedReport } from './fixtures/seed-report';

beforeEach(installEnglish);
afterEach(cleanup);

const seed = { state: { state: 'article' as const, url: PAGE_URL, title: SEED_TITLE, report: seedReport } };
const SUMMARY = '8 sources: 3 people, 1 organization, 1 media outlet, 3 unnamed.';
const QUESTION = 'Remember the sources of the articles you read? Stored only in this browser.';

describe('opening the side panel', () => {
  it('the popup opens it from its button, then closes itself', async () => {
    const host = fakeHost(seed);
    const onClose = vi.fn();
    render(<Popup host={host} onClose={onClose} />);
    await screen.findByText(SUMMARY);
    fireEvent.click(screen.getByRole('button', { name: 'Open in the side panel' }));
    expect(host.openSidePanel).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
  });

  it('says so when the panel cannot be opened, and stays open', async () => {
    const host = fakeHost(seed);
    host.openSidePanel.mockRejectedValue(new Error('no gesture'));
    const onClose = vi.fn();
    render(<Popup host={host} onClose={onClose} />);
    await screen.findByText(SUMMARY);
    fireEvent.click(screen.getByRole('button', { name: 'Open in the side panel' }));
    await screen.findByText('The side panel could not be opened.');
    expect(onClose).not.toHaveBeenCalled();
  });

  it.each([
    ['in the side panel itself', 'panel' as const, true],
    ['where the browser has none', 'popup' as const, false],
  ])('has no such button %s', async (_where, surface, hasPanel) => {
    const host = fakeHost(seed);
    host.hasSidePanel.mockReturnValue(hasPanel);
    render(<Popup host={host} surface={surface} />);
    await screen.findByText(SUMMARY);
    expect(screen.queryByRole('button', { name: 'Open in the side panel' })).toBeNull();
  });
});

describe('the one question about the memory', () => {
  it('is asked on an article until answered; yes turns the memory on', async () => {
    const host = fakeHost(seed, undefined, { enabled: false, asked: false });
    render(<Popup host={host} />);
    await screen.findByText(QUESTION);
    fireEvent.click(screen.getByRole('button', { name: 'Remember' }));
    expect(host.answerMemory).toHaveBeenCalledWith(true);
    await screen.findByText('Sourcelight will remember the sources of the articles you read, in this browser only.');
    expect(screen.queryByText(QUESTION)).toBeNull();
  });

  it('"Not now" leaves it off and does not ask again', async () => {
    const host = fakeHost(seed, undefined, { enabled: false, asked: false });
    render(<Popup host={host} />);
    await screen.findByText(QUESTION);
    fireEvent.click(screen.getByRole('button', { name: 'Not now' }));
    expect(host.answerMemory).toHaveBeenCalledWith(false);
    await waitFor(() => expect(screen.queryByText(QUESTION)).toBeNull());
  });

  it.each([
    ['once answered', { state: seed.state }, { enabled: true, asked: true }],
    ['on a page that is not an article', { state: { state: 'not-article' as const, url: PAGE_URL } }, { enabled: false, asked: false }],
  ])('is not asked %s', async (_when, facts, memory) => {
    render(<Popup host={fakeHost(facts, undefined, memory)} />);
    await screen.findByRole('heading', { level: 1 });
    await waitFor(() => expect(screen.queryByText(/./, { selector: '.state-title, .summary-sources' })).not.toBeNull());
    expect(screen.queryByText(QUESTION)).toBeNull();
  });
});

describe('a source seen before', () => {
  it('says in how many other articles, and links to its entry in “Your reading”', async () => {
    const host = fakeHost(seed, undefined, { enabled: true, asked: true });
    host.seenBefore.mockResolvedValue(
      new Map([
        ['s5', { others: 3, entry: 'person:james jeffrey' }],
        ['s1', { others: 1, entry: 'media:the associated press' }],
      ]),
    );
    render(<Popup host={host} />);
    const jeffrey = await screen.findByRole('link', { name: 'Quoted in 3 other articles you read' });
    expect(jeffrey.getAttribute('href')).toBe('chrome-extension://id/memory.html?entry=person%3Ajames%20jeffrey');
    expect(jeffrey.closest('li.source')!.querySelector('.source-name-text')!.textContent).toBe('James Jeffrey');
    expect(screen.getByRole('link', { name: 'Quoted in 1 other article you read' })).toBeTruthy();
    expect(host.seenBefore).toHaveBeenCalledWith(seedReport, PAGE_URL, SEED_TITLE);
    fireEvent.click(jeffrey);
    expect(host.openMemoryPage).toHaveBeenCalledWith('person:james jeffrey');
  });

  it('is not looked up while the memory is off', async () => {
    const host = fakeHost(seed, undefined, { enabled: false, asked: true });
    render(<Popup host={host} />);
    await screen.findByText(SUMMARY);
    expect(host.seenBefore).not.toHaveBeenCalled();
    expect(screen.queryByRole('link', { name: /other article/ })).toBeNull();
  });
});

describe('the list and the page’s hover card in step', () => {
  const quote = (words: string) => screen.getByText(words, { exact: false }).closest('button')!;

  it('marks the quote the card shows, and moves the mark with the card', async () => {
    const host = fakeHost(seed);
    render(<Popup host={host} surface="panel" />);
    await screen.findByText(SUMMARY);
    // Effects run after the frame that drew the list: the view listens from then on.
    await waitFor(() => expect(host.watchCard).toHaveBeenCalled());
    host.card('a6');
    await waitFor(() => expect(quote('They haven’t taken advantage').getAttribute('aria-current')).toBe('true'));
    host.card('a9');
    await waitFor(() => expect(quote('This tension will for sure').getAttribute('aria-current')).toBe('true'));
    expect(quote('They haven’t taken advantage').hasAttribute('aria-current')).toBe(false);
    host.card(null);
    await waitFor(() => expect(document.querySelector('[aria-current]')).toBeNull());
  });

  it('a click on a quote shows it on the page and marks it here', async () => {
    const host = fakeHost(seed);
    render(<Popup host={host} surface="panel" />);
    await screen.findByText(SUMMARY);
    fireEvent.click(quote('This tension will for sure'));
    expect(host.scrollTo).toHaveBeenCalledWith('a9');
    await waitFor(() => expect(quote('This tension will for sure').getAttribute('aria-current')).toBe('true'));
  });
});
