import { beforeEach, describe, expect, it } from 'vitest';
import { checkSiteInput } from '../../../src/ui/site-input';
import { installEnglish } from './fixtures/fake-i18n';

beforeEach(installEnglish);

describe('checkSiteInput', () => {
  it.each([
    ['a hostname', 'example.com', [], { ok: true, host: 'example.com' }],
    ['a URL, reduced to its host', 'https://News.Example.com/politics/story?id=1', [], { ok: true, host: 'news.example.com' }],
    ['spaces around', '  example.org ', [], { ok: true, host: 'example.org' }],
    ['localhost', 'localhost', [], { ok: true, host: 'localhost' }],
    ['nothing typed', '   ', [], { ok: false, error: 'Type a site name first, like example.com.' }],
    ['a word that is not a site', 'news', [], { ok: false, error: '“news” is not a site name. Try something like example.com.' }],
    ['spaces inside', 'exa mple.com', [], { ok: false, error: '“exa mple.com” is not a site name. Try something like example.com.' }],
    ['a site already listed', 'EXAMPLE.com', ['example.com'], { ok: false, error: 'example.com is already on the list.' }],
    ['a subdomain of a listed site', 'news.example.com', ['example.com'], { ok: false, error: 'news.example.com is already covered by example.com.' }],
    ['a parent of a listed site is fine', 'example.com', ['news.example.com'], { ok: true, host: 'example.com' }],
  ])('%s', (_, input, sites, expected) => {
    expect(checkSiteInput(input, sites)).toEqual(expected);
  });
});
