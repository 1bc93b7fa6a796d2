import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportCsv } from '../../../src/ui/export-csv';
import { exportMarkdown } from '../../../src/ui/export-markdown';
import { Popup } from '../../../src/ui/popup';
import { BOLD, IMG, hostileReport } from './fixtures/generated-reports';
import { installEnglish } from './fixtures/fake-i18n';
import { PAGE_URL, fakeHost } from './fixtures/fake-host';

beforeEach(installEnglish);
afterEach(cleanup);

const INJECTED = 'img, b, script, a, iframe, object, embed';

describe('page text is text, never markup', () => {
  it('renders names, roles, quotes, cues and the title as literal text', async () => {
    const host = fakeHost({ state: { state: 'article', url: PAGE_URL, title: `${BOLD} ${IMG}`, report: hostileReport } });
    const { container } = render(<Popup host={host} />);
    await screen.findByRole('search');
    expect(container.querySelectorAll(INJECTED)).toHaveLength(0);
    expect(document.querySelectorAll(INJECTED)).toHaveLength(0);
    expect(container.querySelector('.source-name-text')!.textContent).toBe(BOLD);
    expect(container.querySelector('.source-role')!.textContent).toBe(IMG);
    expect(container.querySelector('.page-title')!.textContent).toBe(`${BOLD} ${IMG}`);
    expect(container.querySelector('.quote-text')!.textContent).toBe(`“${IMG}”`);
    expect(screen.getByText('Also: <script>alert(2)</script>')).toBeTruthy();

    // The filter echoes what was typed as text too.
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: '<b>zzz</b>' } });
    expect(screen.getByText('Nothing matches “<b>zzz</b>”.')).toBeTruthy();
    expect(container.querySelectorAll(INJECTED)).toHaveLength(0);
  });

  it('drops bidi overrides from page text, so they cannot turn the popup’s own words around', async () => {
    const report = {
      ...hostileReport,
      sources: [{ ...hostileReport.sources[0]!, name: 'Mallory\u202E evil', role: '\u2066role\u2069' }],
    };
    const host = fakeHost({ state: { state: 'article', url: PAGE_URL, title: 'T\u202Eitle', report } });
    const { container } = render(<Popup host={host} />);
    await screen.findByRole('search');
    expect(container.textContent).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(container.querySelector('.source-name-text')!.textContent).toBe('Mallory evil');
  });

  it('keeps an error message from the page as text', async () => {
    const host = fakeHost({ state: { state: 'error', url: PAGE_URL, message: IMG } });
    const { container } = render(<Popup host={host} />);
    await screen.findByText(IMG);
    expect(container.querySelectorAll(INJECTED)).toHaveLength(0);
  });

  it('escapes every angle bracket of page text in the Markdown, so a Markdown viewer renders no element', () => {
    const markdown = exportMarkdown(hostileReport, { title: null, url: PAGE_URL });
    const unescaped = markdown.split('\n').filter((line) => !line.startsWith('<http') && /(^|[^\\])[<>]/.test(line));
    expect(unescaped).toEqual([]);
    // CSV is data: the text stays as written, quoted where needed, and formulas are defused.
    expect(exportCsv(hostileReport, PAGE_URL)).toContain(`,"'=HYPERLINK(""http://evil"") ${IMG}",`);
  });
});
