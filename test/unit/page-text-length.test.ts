import { describe, expect, it } from 'vitest';
import { textLength } from '../../src/page/text-length';
import { parse } from './page-fixtures';

describe('textLength', () => {
  const doc = parse(`<!doctype html><html><head><title>T</title><style>p { color: red }</style></head><body>
<article><h1>Héadline</h1><p>One <em>two</em> <!-- a comment --> three.</p><p>Four 🎉 five.</p></article></body></html>`);

  it('counts what textContent holds, comments left out, without building it', () => {
    for (const el of [doc.body, doc.querySelector('article')!, doc.querySelector('p')!, doc.querySelector('h1')!]) {
      expect(textLength(el)).toBe(el.textContent!.length);
    }
    expect(textLength(doc.querySelector('p')!.firstChild!)).toBe(4);
  });

  it('stops counting once past the cap, with a number above it', () => {
    const n = textLength(doc.body, 5);
    expect(n).toBeGreaterThan(5);
    expect(n).toBeLessThan(doc.body.textContent!.length);
  });

  it('counts nothing in a comment, and a whole document through its elements', () => {
    const comment = doc.createComment('hidden words');
    expect(textLength(comment)).toBe(0);
    expect(textLength(doc)).toBe(doc.documentElement.textContent!.length);
  });
});
