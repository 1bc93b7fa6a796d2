/**
 * The popup in the reader's language: the same views under the German, French and Spanish catalogues,
 * with counts in each language's plural forms.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Report } from '../../../src/engine/types';
import { Popup } from '../../../src/ui/popup';
import { installCatalogue } from './fixtures/fake-i18n';
import { PAGE_URL, fakeHost } from './fixtures/fake-host';
import { largeReport } from './fixtures/generated-reports';

afterEach(cleanup);

const article = (report: Report) => ({ state: { state: 'article' as const, url: PAGE_URL, title: 'Haushalt', report } });

/**
 * The summary's lines once the popup shows `first`, compared character for character (no-break spaces
 * included: French puts one before a colon), which findByText's whitespace folding would hide.
 */
async function summaryOf(report: Report, first: string): Promise<string[]> {
  const view = render(<Popup host={fakeHost(article(report))} />);
  const lines = () => Array.from(view.container.querySelectorAll('.summary-words p'), (p) => p.textContent!);
  await waitFor(() => expect(lines()[0]).toBe(first));
  return lines();
}

/** The visible group headings of the list. */
const groupHeadings = (): string[] => Array.from(document.querySelectorAll('.group-heading > span:first-child'), (el) => el.textContent!);

describe('the popup in German', () => {
  it('counts one source as "1 Quelle"', async () => {
    installCatalogue('de', 'de-DE');
    expect(await summaryOf(largeReport(1, 1), '1 Quelle: 1 Person.')).toEqual([
      '1 Quelle: 1 Person.',
      '1 Aussage: 1 direkt.',
      '0\u00a0% der Aussagen stützen sich auf ungenannte Quellen.',
    ]);
  });

  it('counts two sources as "2 Quellen"', async () => {
    installCatalogue('de', 'de-DE');
    expect(await summaryOf(largeReport(2, 2), '2 Quellen: 1 Person, 1 Organisation.')).toEqual([
      '2 Quellen: 1 Person, 1 Organisation.',
      '2 Aussagen: 1 direkt, 1 indirekt.',
      '0\u00a0% der Aussagen stützen sich auf ungenannte Quellen.',
    ]);
    expect(groupHeadings()).toEqual(['Personen', 'Organisationen']);
    expect(screen.getByRole('button', { name: 'Kopieren' })).toBeTruthy();
  });

  it('says a page is no article in German', async () => {
    installCatalogue('de');
    render(<Popup host={fakeHost({ state: { state: 'not-article', url: PAGE_URL } })} staleGraceMs={0} />);
    const title = await screen.findByText('Das sieht nicht nach einem Artikel aus');
    expect(title.closest('.state')!.querySelector('p')!.textContent).toBe(
      'Sourcelight liest Nachrichtenartikel und lässt Suchergebnisse, Shops, Feeds und Web-Apps in Ruhe.',
    );
  });
});

describe('a page in a language Sourcelight does not read', () => {
  /** The state's title and text once shown. */
  async function languageState(lang: string): Promise<[string, string]> {
    render(<Popup host={fakeHost({ state: { state: 'unsupported-language', url: PAGE_URL, lang } })} staleGraceMs={0} />);
    let state: Element | null = null;
    await waitFor(() => expect((state = document.querySelector('.state'))).not.toBeNull());
    return [state!.querySelector('.state-title')!.textContent!, state!.querySelector('p')!.textContent!];
  }

  // The languages Sourcelight reads are the folders of src/engine/lang (src/engine/lang/reads.ts).
  it.each([
    ['en', 'it', ['Sourcelight doesn’t read this language', 'This page is in Italian. Sourcelight reads English, German, Spanish, and French.']],
    ['de', 'it', ['Sourcelight liest diese Sprache nicht', 'Diese Seite ist auf Italienisch. Sourcelight liest Englisch, Deutsch, Spanisch und Französisch.']],
    ['de', 'qqq', ['Sourcelight liest diese Sprache nicht', 'Diese Seite ist in einer anderen Sprache. Sourcelight liest Englisch, Deutsch, Spanisch und Französisch.']],
    ['fr', 'it', ['Sourcelight ne lit pas cette langue', 'Cette page est en italien. Sourcelight lit les pages en anglais, allemand, espagnol et français.']],
    ['es', 'it', ['Sourcelight no lee este idioma', 'Esta página está en italiano. Sourcelight lee inglés, alemán, español y francés.']],
  ])('says so in the %s UI for a page in %s', async (ui, lang, expected) => {
    installCatalogue(ui);
    expect(await languageState(lang)).toEqual(expected);
  });
});

describe('the popup in French', () => {
  it('counts sources and statements, agreeing "directe" with "déclaration"', async () => {
    installCatalogue('fr', 'fr-FR');
    const lines = await summaryOf(largeReport(2, 2), '2 sources\u00a0: 1 personne, 1 organisation.');
    expect(lines.slice(0, 2)).toEqual(['2 sources\u00a0: 1 personne, 1 organisation.', '2 déclarations\u00a0: 1 directe, 1 indirecte.']);
  });

  it('says "0 source" in the singular, as French does', async () => {
    installCatalogue('fr', 'fr-FR');
    const report = largeReport(2, 2);
    report.attributions[1]!.sourceId = null; // a statement credited to no one
    await summaryOf(report, '2 sources\u00a0: 1 personne, 1 organisation.');
    // A filter that finds that statement only: no source, one quote.
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'token1' } });
    await waitFor(() => expect(document.querySelector('.filter-result')!.textContent).toBe('Résultats\u00a0: 0 source et 1 citation.'));
  });
});

describe('the popup in Spanish', () => {
  it('agrees the counts with "fuente" and "declaración"', async () => {
    installCatalogue('es', 'es-ES');
    const lines = await summaryOf(largeReport(4, 8), '4 fuentes: 1 persona, 1 organización, 1 medio, 1 anónima.');
    expect(lines).toEqual([
      '4 fuentes: 1 persona, 1 organización, 1 medio, 1 anónima.',
      '8 declaraciones: 2 directas, 6 indirectas.',
      'El 25\u00a0% de las declaraciones se basa en fuentes anónimas.',
    ]);
  });
});
