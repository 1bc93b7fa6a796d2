import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from './index';

// The seed article's ten paragraphs, read from the fixture page the simple way (the page reader in
// src/page is tested on its own); the expectations come from seed-article.expected.json, written by
// hand from reading the article.
const root = join(dirname(fileURLToPath(import.meta.url)), '../../test/fixtures');
const html = readFileSync(join(root, 'seed-article.html'), 'utf8');
const expected = JSON.parse(readFileSync(join(root, 'seed-article.expected.json'), 'utf8')) as {
  sources: Array<{ name: string; kind: string; role?: string; aliases?: string[]; attributions: number }>;
  attributions: Array<{ source: string; type: string; cue: string; mention: string; contentIncludes: string }>;
  optional: string[];
};
const doc = new DOMParser().parseFromString(html, 'text/html');
const text = [...doc.querySelectorAll('.entry-content p')].map((p) => p.textContent ?? '').join('\n\n');
const report = analyze({ text, title: 'Daesh Attempts to Stage Comeback Amid Rising U.S.-Iran Tensions' });
const byId = new Map(report.sources.map((s) => [s.id, s]));
const contentOf = (a: (typeof report.attributions)[number]) => a.content.map((c) => c.text).join(' ');

describe('the seed article', () => {
  it('reads ten paragraphs of article text', () => {
    expect(text.split('\n\n')).toHaveLength(10);
  });

  it.each(expected.attributions)('finds $source ($cue): “$contentIncludes”', (want) => {
    const found = report.attributions.filter((a) => contentOf(a).includes(want.contentIncludes));
    expect(found).toHaveLength(1);
    const a = found[0]!;
    const source = byId.get(a.sourceId ?? '');
    expect([source?.name, ...(source?.aliases ?? [])]).toContain(want.source);
    expect(a.type).toBe(want.type);
    expect(a.cue.text).toBe(want.cue);
    expect(a.mention?.text).toBe(want.mention);
  });

  it.each(expected.sources)('has the source $name ($kind) with its role, aliases and count', (want) => {
    const s = report.sources.find((x) => x.name === want.name);
    expect(s).toBeDefined();
    expect(s!.kind).toBe(want.kind);
    if (want.role) expect(s!.role).toBe(want.role);
    for (const alias of want.aliases ?? []) expect(s!.aliases).toContain(alias);
    expect(report.attributions.filter((a) => a.sourceId === s!.id)).toHaveLength(want.attributions);
  });

  it('reports nothing beyond the expected and optional attributions', () => {
    const extra = report.attributions.filter(
      (a) => !expected.attributions.some((w) => contentOf(a).includes(w.contentIncludes)) && !expected.optional.some((o) => contentOf(a).includes(o)),
    );
    expect(extra).toEqual([]);
    expect(report.sources.filter((s) => !expected.sources.some((w) => w.name === s.name)).length).toBeLessThanOrEqual(1);
  });

  it('quotes nobody for the scare-quoted “caliphate”', () => {
    expect(report.attributions.some((a) => a.content.some((c) => c.text === 'caliphate'))).toBe(false);
    expect(report.attributions.find((a) => contentOf(a).includes('caliphate'))?.type).toBe('indirect');
  });

  it('gives every span the text at its offsets', () => {
    for (const a of report.attributions) {
      for (const span of [a.cue, ...(a.mention ? [a.mention] : []), ...a.content]) expect(text.slice(span.start, span.end)).toBe(span.text);
    }
  });
});
