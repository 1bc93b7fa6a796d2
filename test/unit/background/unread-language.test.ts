import { describe, expect, it } from 'vitest';
import { unreadLanguage } from '../../../src/background/unread-language';
import { READ_LANGUAGES, readsLanguage } from '../../../src/engine/lang/reads';
import type { Report } from '../../../src/engine/types';

const report = (lang?: string | null): Report => ({ schema: 1, title: null, textLength: 0, sources: [], attributions: [], ...(lang !== undefined ? { lang } : {}) }) as Report;

describe('readsLanguage (the stand-in until the engine’s language registry)', () => {
  it.each<[string | null | undefined, boolean]>([
    ['en', true],
    [null, true],
    [undefined, true],
    ['it', false],
  ])('%j: %j', (code, reads) => expect(readsLanguage(code)).toBe(reads));

  it('reads exactly the languages it lists', () => {
    expect(READ_LANGUAGES.every((code) => readsLanguage(code))).toBe(true);
  });
});

describe('unreadLanguage', () => {
  it.each<[string, string | null | undefined, string | null | undefined, string | null, string | null | undefined]>([
    ['the engine’s language wins over the page’s', 'en', 'it', null, 'en'],
    ['the engine’s language, not read', 'it', 'en', 'it', 'it'],
    ['the page’s language stands in when the engine says none', undefined, 'it', 'it', 'it'],
    ['English declared, nothing from the engine', undefined, 'en', null, 'en'],
    ['no language known at all: read as English', undefined, null, null, undefined],
    ['nothing declared, nothing from the engine', undefined, undefined, null, undefined],
    ['the engine says it does not know: the page’s language stands in', null, 'it', 'it', 'it'],
    ['the engine does not know, the page declares nothing', null, null, null, null],
  ])('%s', (_, engine, declared, unread, settled) => {
    const r = report(engine);
    expect(unreadLanguage(r, declared)).toBe(unread);
    expect((r as Report & { lang?: string | null }).lang).toBe(settled);
  });
});
