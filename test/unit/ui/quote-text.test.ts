import { describe, expect, it } from 'vitest';
import type { Attribution } from '../../../src/engine/types';
import { oneLine, quoteText } from '../../../src/ui/quote-text';

const span = (text: string) => ({ start: 0, end: text.length, text });
const attribution = (content: string[], cue = 'said'): Attribution => ({
  id: 'a1',
  sourceId: 's1',
  type: 'direct',
  cue: span(cue),
  mention: null,
  content: content.map(span),
  paragraph: 0,
});

describe('oneLine', () => {
  it.each([
    ['plain text stays', 'James Jeffrey', 'James Jeffrey'],
    ['line breaks and tabs collapse', ' one\n\ntwo\t three ', 'one two three'],
    ['bidi overrides and isolates are dropped', 'Mallory\u202E said \u2066x\u2069', 'Mallory said x'],
    ['right-to-left text and its marks stay', 'عبد الله\u200F', 'عبد الله\u200F'],
    ['zero-width joiners in emoji stay', '👩\u200D💻', '👩\u200D💻'],
    ['empty stays empty', '', ''],
  ])('%s', (_, input, output) => {
    expect(oneLine(input)).toBe(output);
  });
});

describe('quoteText', () => {
  it.each([
    ['one span', ['We will win'], 'We will win'],
    ['a quote split by its cue', ['We will win,', 'and soon.'], 'We will win, … and soon.'],
    ['blank spans are skipped', ['  ', 'Only this'], 'Only this'],
    ['no content falls back to the cue', [], 'according to'],
  ])('%s', (_, content, expected) => {
    expect(quoteText(attribution(content, 'according to'))).toBe(expected);
  });
});
