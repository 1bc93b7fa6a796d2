import axe from 'axe-core';
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Popup } from '../../../src/ui/popup';
import type { TabFacts } from '../../../src/ui/view-state';
import { emptyReport } from './fixtures/generated-reports';
import { installEnglish } from './fixtures/fake-i18n';
import { PAGE_URL, fakeHost } from './fixtures/fake-host';
import { SEED_TITLE, seedReport } from './fixtures/seed-report';

beforeEach(installEnglish);
afterEach(cleanup);

/** Rule ids axe reports as violated in the rendered popup. Colour contrast needs layout, so it is checked in Chromium. */
async function violations(container: Element): Promise<string[]> {
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } }, resultTypes: ['violations'] });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('accessibility (axe-core)', () => {
  it.each<[string, Partial<TabFacts>, string]>([
    ['the seed article', { state: { state: 'article', url: PAGE_URL, title: SEED_TITLE, report: seedReport } }, 'James Jeffrey'],
    ['an article with no attributions', { state: { state: 'article', url: PAGE_URL, title: 'Quiet', report: emptyReport } }, 'No one is quoted here'],
    ['the permission request', { url: 'https://news.example/', hasPermission: false }, 'Allow Sourcelight on this site?'],
    ['the reload state', {}, 'Reload to see sources'],
    ['an error', { state: { state: 'error', url: PAGE_URL, message: 'boom' } }, 'Something went wrong'],
  ])('finds no violations on %s', async (_, facts, marker) => {
    document.documentElement.lang = 'en';
    document.title = 'Sourcelight';
    const { container } = render(<Popup host={fakeHost(facts)} staleGraceMs={0} />);
    await screen.findByText(marker);
    expect(await violations(container)).toEqual([]);
  });

  it('can fail: an unnamed button and an unlabeled input are reported', async () => {
    const { container } = render(
      <div>
        <button type="button" />
        <input type="search" />
      </div>,
    );
    expect((await violations(container)).map((v) => v.split(':')[0])).toEqual(expect.arrayContaining(['button-name', 'label']));
  });
});
