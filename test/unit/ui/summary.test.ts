import { beforeEach, describe, expect, it } from 'vitest';
import type { Report } from '../../../src/engine/types';
import { summarize } from '../../../src/ui/summary';
import { summaryText } from '../../../src/ui/summary-text';
import { emptyReport, largeReport } from './fixtures/generated-reports';
import { installEnglish } from './fixtures/fake-i18n';
import { seedReport } from './fixtures/seed-report';

beforeEach(installEnglish);

const orphan: Report = {
  ...emptyReport,
  sources: [{ id: 's1', name: 'Reuters', kind: 'media', role: null, aliases: [] }],
  attributions: [
    { id: 'a1', sourceId: null, type: 'mixed', cue: { start: 0, end: 4, text: 'said' }, mention: null, content: [], paragraph: 0 },
    { id: 'a2', sourceId: 's9', type: 'direct', cue: { start: 5, end: 9, text: 'said' }, mention: null, content: [], paragraph: 0 },
    { id: 'a3', sourceId: 's1', type: 'indirect', cue: { start: 9, end: 20, text: 'according to' }, mention: null, content: [], paragraph: 0 },
  ],
};

describe('summarize', () => {
  it.each([
    ['the seed article', seedReport, { sources: 8, person: 3, organization: 1, media: 1, anonymous: 3, attributions: 10, direct: 2, indirect: 8, mixed: 0, unnamed: 3 }],
    ['an empty report', emptyReport, { sources: 0, person: 0, organization: 0, media: 0, anonymous: 0, attributions: 0, direct: 0, indirect: 0, mixed: 0, unnamed: 0 }],
    ['attributions with no or an unknown source, counted as unnamed', orphan, { sources: 1, person: 0, organization: 0, media: 1, anonymous: 0, attributions: 3, direct: 1, indirect: 1, mixed: 1, unnamed: 2 }],
    ['a large report', largeReport(), { sources: 60, person: 15, organization: 15, media: 15, anonymous: 15, attributions: 300, direct: 60, indirect: 240, mixed: 0, unnamed: 75 }],
  ])('counts %s', (_, report, expected) => {
    const s = summarize(report);
    expect({ sources: s.sources, ...s.sourcesByKind, attributions: s.attributions, direct: s.direct, indirect: s.indirect, mixed: s.mixed, unnamed: s.unnamed }).toEqual(expected);
    expect(s.unnamedShare).toBe(expected.attributions === 0 ? 0 : expected.unnamed / expected.attributions);
  });
});

describe('summaryText', () => {
  it.each([
    ['the seed article', seedReport, {
      sources: '8 sources: 3 people, 1 organization, 1 media outlet, 3 unnamed.',
      attributions: '10 attributions: 2 direct, 8 indirect.',
      unnamed: '30% of attributions rest on unnamed sources.',
    }],
    ['an empty report, without zeros', emptyReport, { sources: 'No sources found.', attributions: 'No attributions found.', unnamed: '' }],
    ['singulars and mixed speech', orphan, {
      sources: '1 source: 1 media outlet.',
      attributions: '3 attributions: 1 direct, 1 indirect, 1 mixed.',
      unnamed: '67% of attributions rest on unnamed sources.',
    }],
  ])('puts %s into words', (_, report, expected) => {
    expect(summaryText(summarize(report))).toEqual(expected);
  });
});
