import { beforeEach, describe, expect, it } from 'vitest';
import type { Report } from '../../../src/engine/types';
import { cardContent } from '../../../src/highlight/card/card-content';
import { placeCard } from '../../../src/highlight/card/card-position';
import { CardView } from '../../../src/highlight/card/card-view';
import { installCatalogue, installEnglish } from '../ui/fixtures/fake-i18n';

beforeEach(installEnglish);

const span = (text: string, start = 0) => ({ start, end: start + text.length, text });
const report: Report = {
  schema: 1,
  title: null,
  textLength: 1000,
  sources: [
    { id: 's1', name: 'Abdullah Suleiman Ali', kind: 'person', role: 'a Syrian researcher', aliases: ['Ali'] },
    { id: 's2', name: 'U.S. officials', kind: 'anonymous', role: null, aliases: [] },
  ],
  attributions: [
    { id: 'a1', sourceId: 's1', type: 'direct', cue: span('warned'), mention: span('Abdullah Suleiman Ali'), content: [span('x')], paragraph: 0 },
    { id: 'a2', sourceId: 's1', type: 'indirect', cue: span('said'), mention: span('he'), content: [span('y')], paragraph: 1 },
    { id: 'a3', sourceId: 's2', type: 'mixed', cue: span('deny'), mention: span('U.S. officials'), content: [span('z')], paragraph: 2 },
    { id: 'a4', sourceId: null, type: 'indirect', cue: span('reportedly'), mention: null, content: [span('w')], paragraph: 3 },
  ],
};

describe('cardContent', () => {
  it('names the source, its kind and role, the cue and how often it is cited', () => {
    expect(cardContent(report, 'a1')).toMatchObject({
      name: 'Abdullah Suleiman Ali',
      kindLabel: 'Person',
      role: 'a Syrian researcher',
      typeLabel: 'Direct quote',
      cue: 'warned',
      cueLabel: 'Direct quote, cue:',
      cueQuoted: '“warned”',
      countLabel: 'Cited 2 times in this article',
      resolves: null,
    });
  });

  it('says the whole card in one line for screen readers', () => {
    expect(cardContent(report, 'a2')!.announcement).toBe(
      'Reported speech from Abdullah Suleiman Ali. Person, a Syrian researcher. “he” is Abdullah Suleiman Ali. Cue: said. Cited 2 times in this article',
    );
  });

  it('says who "he" is', () => {
    expect(cardContent(report, 'a2')!.resolves).toBe('“he” is Abdullah Suleiman Ali');
    expect(cardContent(report, 'a2')!.announcement).toContain('“he” is Abdullah Suleiman Ali');
  });

  it('labels unnamed sources and attributions with no source', () => {
    expect(cardContent(report, 'a3')).toMatchObject({ kindLabel: 'Unnamed source', countLabel: 'Cited once in this article', typeLabel: 'Partly quoted' });
    expect(cardContent(report, 'a4')).toMatchObject({ name: 'Unknown source', resolves: null });
    expect(cardContent(report, 'a9')).toBeNull();
  });

  it('cuts a 10,000-character name', () => {
    const long: Report = { ...report, sources: [{ ...report.sources[0]!, name: 'N'.repeat(10_000) }, report.sources[1]!] };
    expect(cardContent(long, 'a1')!.name.length).toBe(300);
  });
});

describe('cardContent in the reader’s language', () => {
  it.each([
    ['de', { kindLabel: 'Person', typeLabel: 'Indirekte Rede', cueLabel: 'Indirekte Rede, eingeleitet mit', cueQuoted: '„said“', countLabel: '2-mal in diesem Artikel zitiert', resolves: '„he“ ist Abdullah Suleiman Ali' }],
    ['fr', { kindLabel: 'Personne', typeLabel: 'Discours rapporté', cueLabel: 'Discours rapporté – attribution\u00a0:', cueQuoted: '«\u00a0said\u00a0»', countLabel: 'Source citée 2 fois dans cet article', resolves: '«\u00a0he\u00a0» désigne Abdullah Suleiman Ali' }],
    ['es', { kindLabel: 'Persona', typeLabel: 'Discurso indirecto', cueLabel: 'Discurso indirecto – atribución:', cueQuoted: '«said»', countLabel: 'Fuente citada 2 veces en este artículo', resolves: '«he» es Abdullah Suleiman Ali' }],
  ])('speaks %s', (lang, expected) => {
    installCatalogue(lang);
    expect(cardContent(report, 'a2')).toMatchObject(expected);
  });

  it('says "once" in German for a source cited once', () => {
    installCatalogue('de');
    expect(cardContent(report, 'a3')).toMatchObject({ kindLabel: 'Ungenannte Quelle', countLabel: 'Einmal in diesem Artikel zitiert', typeLabel: 'Teilweise zitiert' });
    expect(cardContent(report, 'a4')!.name).toBe('Unbekannte Quelle');
  });
});

describe('placeCard', () => {
  const viewport = { width: 1000, height: 800 };
  const card = { width: 300, height: 120 };
  it.each([
    ['below the mark when it fits', { left: 100, top: 100, width: 50, height: 20 }, { left: 100, top: 126 }],
    ['above the mark near the bottom', { left: 100, top: 750, width: 50, height: 20 }, { left: 100, top: 624 }],
    ['pulled left at the right edge', { left: 950, top: 100, width: 40, height: 20 }, { left: 692, top: 126 }],
    ['pushed right at the left edge', { left: -30, top: 100, width: 40, height: 20 }, { left: 8, top: 126 }],
    ['kept inside when the mark is above the viewport', { left: 100, top: -200, width: 40, height: 20 }, { left: 100, top: 8 }],
  ])('%s', (_name, anchor, spot) => {
    expect(placeCard(anchor, card, viewport)).toEqual(spot);
  });

  it('pins a card bigger than the viewport to the top-left margin', () => {
    expect(placeCard({ left: 500, top: 500, width: 10, height: 10 }, { width: 2000, height: 2000 }, viewport)).toEqual({ left: 8, top: 8 });
  });
});

describe('CardView', () => {
  it('renders page text as text, never as markup', () => {
    const view = new CardView(document);
    const hostile = '<img src=x onerror="alert(1)"><b>Mallory</b>';
    view.show(
      { name: hostile, kindLabel: 'Person', role: hostile, typeLabel: 'Direct quote', cue: hostile, cueLabel: 'Direct quote, cue:', cueQuoted: hostile, countLabel: 'Cited once', resolves: hostile, announcement: hostile },
      { left: 0, top: 0, width: 10, height: 10 },
      '0 0 0',
    );
    view.announce(hostile);
    expect(view.card.querySelector('img, b')).toBeNull();
    expect(view.card.textContent).toContain(hostile);
    expect(document.querySelector('img')).toBeNull();
    view.destroy();
    expect(view.host.isConnected).toBe(false);
  });
});
