/**
 * A language is data: the engine reads a language it was never written for, given only its folder's data
 * (test/fixtures/lang-eo), and every folder of src/engine/lang is a language the registry and the popup know.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine';
import { LANGUAGES } from '../../src/engine/lang/registry';
import { READ_LANGUAGES } from '../../src/engine/lang/reads';
import eo from '../fixtures/lang-eo';

// A short Esperanto story written for this test.
const STORY = [
  'Nova ponto por la urbo',
  'La urba konsilio decidis hieraŭ konstrui novan ponton super la rivero, kaj la laboroj komenciĝos en majo.',
  '“La ponto estas la plej grava projekto de la jaro,” diris urbestro Klara Verda. “Ni ne plu atendos.”',
  'Laŭ la urba konsilio, la ponto kostos du milionojn da eŭroj.',
  'Petro Blanka, proparolanto de la loĝantoj, diris ke la kvartalo longe atendis tion.',
].join('\n\n');

describe('a language the engine was never written for', () => {
  it('is read from its data alone: cues, quotation marks, titles and names', () => {
    const report = analyze({ text: STORY, lang: 'eo' }, { languages: [...LANGUAGES, eo] });
    expect(report.lang).toBe('eo');
    const byContent = (words: string) => report.attributions.find((a) => a.content.some((c) => c.text.includes(words)));
    const sourceOf = (words: string) => report.sources.find((s) => s.id === byContent(words)?.sourceId);
    expect(byContent('La ponto estas la plej grava projekto')).toMatchObject({ type: 'direct', cue: { text: 'diris' } });
    expect(sourceOf('La ponto estas la plej grava projekto')).toMatchObject({ name: 'Klara Verda', kind: 'person', role: 'urbestro' });
    expect(byContent('la ponto kostos du milionojn')).toMatchObject({ type: 'indirect', cue: { text: 'Laŭ' } });
    expect(sourceOf('la kvartalo longe atendis tion')).toMatchObject({ name: 'Petro Blanka', kind: 'person' });
  });

  it('is not read when it is not given: the page is in a language the engine has no data for', () => {
    const report = analyze({ text: STORY, lang: 'eo' }, { languages: LANGUAGES });
    expect(report.lang).toBe('eo');
    expect(report.attributions).toEqual([]);
  });
});

describe('the languages Sourcelight reads', () => {
  const folders = readdirSync(resolve('src/engine/lang'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();

  it('are the folders of src/engine/lang, for the engine and for the popup alike', () => {
    expect(LANGUAGES.map((l) => l.code).sort()).toEqual(folders);
    expect([...READ_LANGUAGES].sort()).toEqual(folders);
    expect(READ_LANGUAGES[0]).toBe('en');
  });
});
