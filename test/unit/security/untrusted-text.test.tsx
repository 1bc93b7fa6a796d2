/**
 * Untrusted text end to end: an article whose quotes, names and roles carry markup, script, bidi controls,
 * zero-width characters, emoji and a 10,000-character name goes through the real engine, and what it
 * reports goes through every place page text is shown or exported: the popup, the hover card, Markdown,
 * CSV and JSON. None of it may become an element, and the words must survive as text.
 * (The popup and card tests check hand-made hostile reports; this one checks what the engine really hands them.)
 */
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyze, type Report } from '../../../src/engine';
import { cardContent } from '../../../src/highlight/card/card-content';
import { CardView } from '../../../src/highlight/card/card-view';
import { exportCsv } from '../../../src/ui/export-csv';
import { exportJson } from '../../../src/ui/export-json';
import { exportMarkdown } from '../../../src/ui/export-markdown';
import { Popup } from '../../../src/ui/popup';
import { installEnglish } from '../ui/fixtures/fake-i18n';
import { PAGE_URL, fakeHost } from '../ui/fixtures/fake-host';

const LONG_NAME = `John ${'Q'.repeat(10_000)} Adams`;
const PARAGRAPHS = [
  '“<img src=x onerror=alert(1)>,” said <b>Mallory</b>, a <script>alert(2)</script> consultant.',
  '“The vote was \u202Efixed\u202C and the count was wrong,” said Eve\u200B Smith\u200D, a spokeswoman for the \u2066city\u2069 council.',
  '“We won 🎉👩‍👩‍👧 and we will win again,” said Ana Lopez 🦄, the mayor of Springfield.',
  `“This cannot stand,” said ${LONG_NAME}, the governor.`,
  'Officials said <iframe src=javascript:alert(3)></iframe> would be removed.',
  '“<svg onload=alert(4)>,” the mayor said.',
];
const TEXT = PARAGRAPHS.join('\n\n');
const TITLE = '<b>Breaking</b> <img src=x onerror=alert(5)>';
// Anything the page text could smuggle in as an element (the popup's own icons are svg, so svg counts by its onload).
const INJECTED = 'img, b, script, iframe, object, embed, a[href^="javascript"], [onerror], [onload]';

let report: Report;
beforeEach(() => {
  installEnglish();
  report = analyze({ text: TEXT, title: TITLE });
});
afterEach(cleanup);

/** Every string of the report that came from the page: names, roles, aliases, cues, mentions, content. */
function pageStrings(r: Report): string[] {
  return [
    ...r.sources.flatMap((s) => [s.name, s.role ?? '', ...s.aliases]),
    ...r.attributions.flatMap((a) => [a.cue.text, a.mention?.text ?? '', ...a.content.map((c) => c.text)]),
  ].filter((s) => s !== '');
}

describe('the engine on hostile text', () => {
  it('reports the hostile strings verbatim, so the renderers below really get them', () => {
    const strings = pageStrings(report).join('\n');
    expect(strings).toContain('<iframe src=javascript:alert(3)></iframe>');
    expect(strings).toContain('\u202Efixed\u202C');
    expect(strings).toContain('🎉👩‍👩‍👧');
    expect(report.sources.some((s) => s.name.length > 10_000)).toBe(true);
  });

  it('keeps every offset inside the text, and each span is the text at its offsets', () => {
    for (const a of report.attributions) {
      for (const s of [a.cue, ...(a.mention ? [a.mention] : []), ...a.content]) {
        expect(s.end).toBeLessThanOrEqual(TEXT.length);
        expect(TEXT.slice(s.start, s.end)).toBe(s.text);
      }
    }
  });
});

describe('what the engine reports stays text', () => {
  it('in the popup', async () => {
    const host = fakeHost({ state: { state: 'article', url: PAGE_URL, title: TITLE, report } });
    const { container } = render(<Popup host={host} />);
    await screen.findByRole('search');
    expect([...document.querySelectorAll(INJECTED)].map((e) => e.outerHTML.slice(0, 120))).toEqual([]);
    expect(container.textContent).toContain('<iframe src=javascript:alert(3)></iframe>');
    expect(container.textContent).toContain(TITLE);
  });

  it('in the hover card, for every attribution', () => {
    const view = new CardView(document);
    for (const a of report.attributions) {
      const content = cardContent(report, a.id)!;
      view.show(content, { left: 10, top: 10, width: 50, height: 20 }, '0 0 0');
      // The card's root is closed to page scripts; the view holds it. Nothing in it but our own p/span.
      expect(view.card.querySelectorAll(INJECTED)).toHaveLength(0);
      expect([...view.card.querySelectorAll('*')].map((e) => e.tagName.toLowerCase()).filter((t) => t !== 'p' && t !== 'span')).toEqual([]);
    }
    expect(document.querySelectorAll(INJECTED)).toHaveLength(0);
    view.host.remove();
  });

  it('in the Markdown export: every angle bracket of page text escaped, so a viewer renders no element', () => {
    const md = exportMarkdown(report, { title: TITLE, url: PAGE_URL });
    const raw = md.split('\n').filter((line) => !line.startsWith('<http') && /(^|[^\\])[<>]/.test(line));
    expect(raw).toEqual([]);
    expect(md).toContain('\\<iframe src=javascript:alert(3)\\>\\</iframe\\>');
  });

  it('in the CSV export: the text as written, one row per attribution, no formula', () => {
    const csv = exportCsv(report, PAGE_URL);
    const rows = csv.trimEnd().split('\r\n');
    expect(rows).toHaveLength(report.attributions.length + 1);
    expect(csv).toContain('<iframe src=javascript:alert(3)></iframe>');
    expect(rows.slice(1).every((row) => !/^[=+\-@]/.test(row) && !/,[=+\-@]/.test(row))).toBe(true);
  });

  it('in the JSON export: the same report back, byte for byte in every string', () => {
    expect(JSON.parse(exportJson(report))).toEqual(report);
  });
});
