import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Report } from '../../../src/engine/types';
import { Popup } from '../../../src/ui/popup';
import { NAV_ATTRIBUTE } from '../../../src/ui/roving-focus';
import { largeReport } from './fixtures/generated-reports';
import { installEnglish } from './fixtures/fake-i18n';
import { PAGE_URL, fakeHost } from './fixtures/fake-host';
import { SEED_TITLE, seedReport } from './fixtures/seed-report';

beforeEach(installEnglish);
afterEach(cleanup);

async function open(report: Report) {
  const host = fakeHost({ state: { state: 'article', url: PAGE_URL, title: SEED_TITLE, report } });
  const view = render(<Popup host={host} />);
  await screen.findByRole('search');
  return { host, container: view.container };
}

const stops = (container: Element) => Array.from(container.querySelectorAll<HTMLElement>(`[${NAV_ATTRIBUTE}]`));
const names = (container: Element) => Array.from(container.querySelectorAll('.source-name-text'), (el) => el.textContent);
const quotes = (container: Element) => Array.from(container.querySelectorAll('.quote-text'), (el) => el.textContent);
const filterBox = () => screen.getByRole('searchbox', { name: 'Filter sources and quotes' });
const type = (text: string) => fireEvent.input(filterBox(), { target: { value: text } });

describe('the filter box', () => {
  it('keeps sources whose name, alias or role matches, with all their quotes', async () => {
    const { container } = await open(seedReport);
    type('spokesman');
    expect(names(container)).toEqual(['Mervan Qamishlo']);
    expect(screen.getByText('1 source and 1 quote match.')).toBeTruthy();
    type('AP');
    expect(names(container)).toEqual(['The Associated Press']);
    expect(quotes(container)).toHaveLength(2);
  });

  it('keeps only the quotes whose words match', async () => {
    const { container } = await open(seedReport);
    type('troops');
    expect(names(container)).toEqual(['The Associated Press']);
    expect(quotes(container)).toEqual(['Iranian-backed Iraqi militiamen who once focused on fighting the militants have turned their attention to evicting U.S. troops from the Middle East']);
    expect(screen.getByText('1 source and 1 quote match.')).toBeTruthy();
  });

  it('says when nothing matches, and Escape clears it', async () => {
    const { container } = await open(seedReport);
    type('zebra');
    expect(names(container)).toEqual([]);
    expect(screen.getByText('Nothing matches “zebra”.')).toBeTruthy();
    fireEvent.keyDown(filterBox(), { key: 'Escape' });
    expect(names(container)).toHaveLength(8);
    expect((filterBox() as HTMLInputElement).value).toBe('');
  });
});

describe('keyboard navigation', () => {
  it('has one tab stop and moves it with the arrow keys, Home and End', async () => {
    const { container } = await open(seedReport);
    const all = stops(container);
    expect(all).toHaveLength(8 + 10);
    expect(all.filter((el) => el.tabIndex === 0)).toEqual([all[0]]);
    fireEvent.keyDown(filterBox(), { key: 'ArrowDown' });
    expect(document.activeElement).toBe(all[0]);
    fireEvent.keyDown(all[0]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(all[1]);
    expect(stops(container).filter((el) => el.tabIndex === 0)).toEqual([all[1]]);
    fireEvent.keyDown(all[1]!, { key: 'End' });
    expect(document.activeElement?.textContent).toContain('seeing any particular increase in Daesh activities');
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(document.activeElement).toBe(all[0]);
    fireEvent.keyDown(all[0]!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(filterBox());
  });

  it('carries typing in the list over to the filter box', async () => {
    const { container } = await open(seedReport);
    const first = stops(container)[0]!;
    first.focus();
    fireEvent.keyDown(first, { key: 'j' });
    expect(document.activeElement).toBe(filterBox());
    expect((filterBox() as HTMLInputElement).value).toBe('j');
    // "j" starts James, Jeffrey, jihadi (Ali's role) and Jan. (a quote of the activists).
    expect(names(container)).toEqual(['Abdullah Suleiman Ali', 'James Jeffrey', 'Activists and residents']);
  });

  it('activates the focused stop with Enter, as a button', async () => {
    const { container, host } = await open(seedReport);
    const quote = stops(container).find((el) => el.textContent?.includes('They haven’t taken advantage'))!;
    quote.focus();
    fireEvent.click(quote); // a button's Enter and Space arrive as a click
    expect(host.scrollTo).toHaveBeenCalledWith('a6');
  });

  it('moves the tab stop to the first match when the focused one is filtered away', async () => {
    const { container } = await open(seedReport);
    stops(container)[3]!.focus();
    type('Qamishlo');
    const left = stops(container);
    expect(left.filter((el) => el.tabIndex === 0)).toEqual([left[0]]);
  });
});

describe('a large report: 60 sources, 300 quotes', () => {
  it('lists every source and quote, and filters down to one quote', async () => {
    const { container } = await open(largeReport());
    expect(screen.getByText('60 sources: 15 people, 15 organizations, 15 media outlets, 15 unnamed.')).toBeTruthy();
    expect(container.querySelectorAll('.source-name')).toHaveLength(60);
    expect(container.querySelectorAll('.quote')).toHaveLength(300);
    type('token257');
    expect(quotes(container)).toEqual(['statement token257 about the budget']);
    expect(screen.getByText('1 source and 1 quote match.')).toBeTruthy();
    type('');
    expect(container.querySelectorAll('.quote')).toHaveLength(300);
  });

  it('puts the most-cited sources of each kind first', async () => {
    const { container } = await open(largeReport());
    const people = Array.from(container.querySelectorAll('.group')[0]!.querySelectorAll('.source-counts'), (el) => el.textContent!.split(' ')[0]);
    expect(people.map(Number)).toEqual([...people.map(Number)].sort((a, b) => b - a));
  });

  it('renders a number of elements linear in the size of the report', async () => {
    const small = (await open(largeReport(60, 300))).container.querySelectorAll('*').length;
    cleanup();
    const double = (await open(largeReport(120, 600))).container.querySelectorAll('*').length;
    expect(double / small).toBeGreaterThan(1.8);
    expect(double / small).toBeLessThan(2.1);
  });
});
