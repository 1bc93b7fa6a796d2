import { describe, expect, it } from 'vitest';
import { BadMessage, isReport, MAX_HTML_LENGTH, parseAnalyzeRequest, parsePageState, parseReadPageRequest, parseRemoteArticle } from '../../../src/message-guards';
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

  it('carries the page’s declared language in analyze and read-page requests: a primary subtag or null', () => {
    const kinds = { person: true, organization: true, media: true, anonymous: true };
    expect(parseAnalyzeRequest({ text: 'ab', title: null, paragraphStarts: [0], lang: 'it' })).toEqual({ text: 'ab', title: null, paragraphStarts: [0], lang: 'it' });
    expect(parseAnalyzeRequest({ text: 'ab', title: null, paragraphStarts: [0], lang: null })).toEqual({ text: 'ab', title: null, paragraphStarts: [0], lang: null });
    expect(parseReadPageRequest({ html: '<p>x</p>', maxChars: 100, kinds, lang: 'fil' })).toEqual({ html: '<p>x</p>', maxChars: 100, kinds, lang: 'fil' });
    expect(parseReadPageRequest({ html: '<p>x</p>', maxChars: 100, kinds })).not.toHaveProperty('lang');
    for (const bad of ['de-DE', 'DE', 'english', '', 7, {}]) {
      expect(() => parseAnalyzeRequest({ text: 'ab', title: null, paragraphStarts: [0], lang: bad })).toThrow(/lang/);
      expect(() => parseReadPageRequest({ html: '<p>x</p>', maxChars: 100, kinds, lang: bad })).toThrow(/lang/);
    }
  });

  it('accepts the unsupported-language state with its language, and a report’s language when it has one', () => {
    expect(parsePageState({ state: 'unsupported-language', url: 'https://a.b/', lang: 'it', extra: 1 })).toEqual({ state: 'unsupported-language', url: 'https://a.b/', lang: 'it' });
    for (const lang of [undefined, null, 'it-IT', '<b>it</b>', 3]) {
      expect(() => parsePageState({ state: 'unsupported-language', url: 'https://a.b/', lang })).toThrow(/language/);
    }
    expect(isReport({ ...report, lang: 'de' })).toBe(true);
    expect(isReport({ ...report, lang: 'de-DE' })).toBe(false);
    expect(isReport({ ...report, lang: null })).toBe(true);
    expect(isReport({ ...report, lang: 7 })).toBe(false);
  });

  it('checks read-page requests: the page as HTML, a character budget and every kind toggle', () => {
    const kinds = { person: true, organization: false, media: true, anonymous: true };
    expect(parseReadPageRequest({ html: '<p>x</p>', maxChars: 100, kinds, extra: 1 })).toEqual({ html: '<p>x</p>', maxChars: 100, kinds });
    expect(() => parseReadPageRequest({ html: 5, maxChars: 100, kinds })).toThrow(/html/);
    expect(() => parseReadPageRequest({ html: 'x'.repeat(MAX_HTML_LENGTH + 1), maxChars: 100, kinds })).toThrow(/too long/);
    expect(() => parseReadPageRequest({ html: '', maxChars: 0, kinds })).toThrow(/maxChars/);
    expect(() => parseReadPageRequest({ html: '', maxChars: 1.5, kinds })).toThrow(/maxChars/);
    expect(() => parseReadPageRequest({ html: '', maxChars: 10, kinds: { ...kinds, media: 'yes' } })).toThrow(/kinds/);
    expect(() => parseReadPageRequest({ html: '', maxChars: 10 })).toThrow(/kinds/);
  });

  it('checks a remote read’s article: runs of three offsets inside its text', () => {
    const article = { title: 'T', text: 'Hello world', paragraphStarts: [0], runs: [120, 0, 11] };
    expect(parseRemoteArticle(article)).toEqual(article);
    expect(parseRemoteArticle(null)).toBeNull();
    expect(parseRemoteArticle({ ...article, truncated: true })).toEqual({ ...article, truncated: true });
    expect(() => parseRemoteArticle({ ...article, runs: [120, 0] })).toThrow(/triples/);
    expect(() => parseRemoteArticle({ ...article, runs: [120, 0, 12] })).toThrow(/triples/);
    expect(() => parseRemoteArticle({ ...article, runs: [120, 5, 2] })).toThrow(/ends before/);
    expect(() => parseRemoteArticle({ ...article, runs: [120, 0, 11, -1, 0, 3] })).toThrow(/triples/);
    expect(() => parseRemoteArticle({ ...article, runs: [120, 0.5, 11] })).toThrow(/triples/);
    expect(() => parseRemoteArticle({ ...article, runs: [120, '0', 11] })).toThrow(/triples/);
    expect(() => parseRemoteArticle({ ...article, paragraphStarts: [0, 0] })).toThrow(/ascending/);
    expect(() => parseRemoteArticle({ ...article, paragraphStarts: [0, 12] })).toThrow(/ascending/);
    expect(() => parseRemoteArticle({ ...article, paragraphStarts: [3, 1] })).toThrow(/ascending/);
    expect(() => parseRemoteArticle({ ...article, text: 7 })).toThrow(/text/);
    expect(() => parseRemoteArticle({ ...article, truncated: 'no' })).toThrow(/truncated/);
    expect(parseRemoteArticle({ ...article, nodes: [7, 0] })).toEqual({ ...article, nodes: [7, 0] });
    expect(() => parseRemoteArticle({ ...article, nodes: [7] })).toThrow(/pair/);
    expect(() => parseRemoteArticle({ ...article, nodes: [7, -1] })).toThrow(/pair/);
  });

  it('accepts messages only from this extension', () => {
    expect(isOwnSender({ id: 'me' }, 'me')).toBe(true);
    expect(isOwnSender({ id: 'other' }, 'me')).toBe(false);
    expect(isOwnSender({}, 'me')).toBe(false);
    expect(isOwnSender(undefined, 'me')).toBe(false);
  });
});
