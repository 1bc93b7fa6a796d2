import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainTextInput, readInput } from '../../src/cli/read-input';

describe('plainTextInput', () => {
  it.each([
    ['title and two paragraphs', 'Title\n\nOne.\n\nTwo.', 'Title', [0, 7, 13]],
    ['several blank lines and spaces on them', 'Title\n \n\n  One.\n\t\nTwo.', 'Title', [0, 11, 18]],
    ['Windows line ends', 'Title\r\n\r\nOne.\r\n\r\nTwo.', 'Title', [0, 9, 17]],
    ['leading blank lines before the title', '\n\n  Title\n\nOne.', 'Title', [4, 11]],
    ['a single line break is not a paragraph break', 'Title\nstill title paragraph\n\nOne.', 'Title', [0, 29]],
    ['an empty file', '', null, []],
    ['only whitespace', ' \n\n \n', null, []],
  ])('%s', (_name, text, title, starts) => {
    const input = plainTextInput(text);
    expect(input.text).toBe(text);
    expect(input.title).toBe(title);
    expect(input.paragraphStarts).toEqual(starts);
  });
});

describe('readInput', { timeout: 60_000 }, () => {
  it.each([
    ['an Italian news page', 'test/fixtures/languages/italian-news.html', 'it'],
    ['the English seed article', 'test/fixtures/seed-article.html', 'en'],
  ])('passes on the language %s declares', async (_, file, lang) => {
    expect((await readInput(resolve(file))).lang).toBe(lang);
  });
});
