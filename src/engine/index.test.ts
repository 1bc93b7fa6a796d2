import { describe, expect, it } from 'vitest';
import { analyze } from './index';

describe('analyze', () => {
  it('returns an empty report for empty text', () => {
    expect(analyze({ text: '' })).toEqual({ schema: 1, title: null, lang: 'en', textLength: 0, sources: [], attributions: [] });
  });
});
