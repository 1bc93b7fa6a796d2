import { describe, expect, it } from 'vitest';
import { BadMessage, isReport, parseAnalyzeRequest, parsePageState } from '../../../src/message-guards';
import { isOwnSender } from '../../../src/messaging';

const report = {
  schema: 1,
  title: 'T',
  textLength: 20,
  sources: [{ id: 's1', name: 'Ann', kind: 'person', role: null, aliases: [] }],
  attributions: [{ id: 'a1', sourceId: 's1', type: 'direct', cue: { start: 0, end: 4, text: 'said' }, mention: null, content: [{ start: 5, end: 9, text: 'word' }], paragraph: 0 }],
};

describe('message guards', () => {
  it('accepts a well-formed report and page states', () => {
    expect(isReport(report)).toBe(true);
    expect(parsePageState({ state: 'article', url: 'https://a.b/', title: null, report })).toMatchObject({ state: 'article' });
    expect(parsePageState({ state: 'not-article', url: 'https://a.b/', extra: 1 })).toEqual({ state: 'not-article', url: 'https://a.b/' });
  });

  it('keeps an article state\'s partial flag only when it is exactly true', () => {
    expect(parsePageState({ state: 'article', url: 'https://a.b/', title: null, report, partial: true })).toMatchObject({ partial: true });
    expect(parsePageState({ state: 'article', url: 'https://a.b/', title: null, report, partial: 'yes' })).not.toHaveProperty('partial');
    expect(parsePageState({ state: 'article', url: 'https://a.b/', title: null, report })).not.toHaveProperty('partial');
  });

  it.each([
    ['a span past the text', { ...report, textLength: 3 }],
    ['an unknown kind', { ...report, sources: [{ ...report.sources[0], kind: 'alien' }] }],
    ['a name that is markup in an object', { ...report, sources: [{ ...report.sources[0], name: { html: '<b>' } }] }],
    ['a wrong schema', { ...report, schema: 2 }],
    ['an id with spaces', { ...report, attributions: [{ ...report.attributions[0], id: 'a 1' }] }],
  ])('rejects a report with %s', (_name, bad) => {
    expect(isReport(bad)).toBe(false);
    expect(() => parsePageState({ state: 'article', url: 'u', title: null, report: bad })).toThrow(BadMessage);
  });

  it.each([null, 'x', { state: 'bogus', url: 'u' }, { state: 'error', url: 'u' }, { state: 'article' }])('rejects page state %j', (bad) => {
    expect(() => parsePageState(bad)).toThrow(BadMessage);
  });

  it('checks analyze requests', () => {
    expect(parseAnalyzeRequest({ text: 'a\n\nb', title: null, paragraphStarts: [0, 3] })).toEqual({ text: 'a\n\nb', title: null, paragraphStarts: [0, 3] });
    expect(() => parseAnalyzeRequest({ text: 'ab', title: null, paragraphStarts: [1, 0] })).toThrow(/ascending/);
    expect(() => parseAnalyzeRequest({ text: 'ab', title: 5, paragraphStarts: [] })).toThrow(/title/);
    expect(() => parseAnalyzeRequest({ text: 42 })).toThrow(/text/);
  });

  it('accepts messages only from this extension', () => {
    expect(isOwnSender({ id: 'me' }, 'me')).toBe(true);
    expect(isOwnSender({ id: 'other' }, 'me')).toBe(false);
    expect(isOwnSender({}, 'me')).toBe(false);
    expect(isOwnSender(undefined, 'me')).toBe(false);
  });
});
