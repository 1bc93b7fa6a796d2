import { describe, expect, it } from 'vitest';
import { articleRecord, memoryUrl, siteOf } from '../../../src/memory/record';
import { reportOf } from './reports';

describe('the record of an article', () => {
  it.each([
    ['https://www.daily.example/story#comments', 'https://www.daily.example/story'],
    ['https://daily.example/story?utm_source=x&id=7&fbclid=abc', 'https://daily.example/story?id=7'],
    ['http://127.0.0.1:8080/a.html', 'http://127.0.0.1:8080/a.html'],
  ])('%s is kept under %s', (url, kept) => {
    expect(memoryUrl(url)).toBe(kept);
  });

  it.each(['file:///home/me/a.html', 'not a url'])('%s is no address to keep', (url) => {
    expect(() => memoryUrl(url)).toThrow();
  });

  it.each([
    ['https://www.daily.example/a', 'daily.example'],
    ['https://news.daily.example/a', 'news.daily.example'],
    ['http://127.0.0.1:8080/a', '127.0.0.1:8080'],
  ])('the site of %s is %s', (url, site) => {
    expect(siteOf(url)).toBe(site);
  });

  it('keeps names, kinds, roles and counts, and no article text', () => {
    const report = reportOf('Council votes', [
      { name: 'Ana Ruiz', kind: 'person', role: 'the mayor', types: ['direct', 'indirect'] },
      { name: 'Reuters', kind: 'media', types: ['mixed'] },
      { name: 'officials', kind: 'anonymous', types: ['indirect'] },
    ], 2);
    const record = articleRecord('https://www.daily.example/council#x', null, report, 1234);
    expect(record).toEqual({
      url: 'https://www.daily.example/council',
      id: 0,
      title: 'Council votes',
      site: 'daily.example',
      readAt: 1234,
      sources: [
        { name: 'Ana Ruiz', kind: 'person', role: 'the mayor', attributions: 2 },
        { name: 'Reuters', kind: 'media', role: null, attributions: 1 },
        { name: 'officials', kind: 'anonymous', role: null, attributions: 1 },
      ],
      counts: { person: 2, organization: 0, media: 1, anonymous: 3, direct: 1, indirect: 4, mixed: 1 },
      names: ['person:ana ruiz', 'media:reuters'],
      surnames: ['ruiz'],
    });
    expect(JSON.stringify(record)).not.toMatch(/words of|said/);
  });
});
