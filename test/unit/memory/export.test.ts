import { describe, expect, it } from 'vitest';
import { MEMORY_CSV_COLUMNS, memoryCsv, memoryJson } from '../../../src/memory/export';
import { article } from './reports';

const records = [
  article('https://daily.example/a', [{ name: 'Ana Ruiz', kind: 'person', role: 'the mayor, "acting"' }, { name: '=HYPERLINK("x")', kind: 'organization' }], 0, 'Council votes, again'),
  article('https://courier.example/b', [], 1, 'Quiet day'),
];

describe('exporting the memory', () => {
  it('JSON holds every stored record, without its lookup keys and id, dates in ISO 8601', () => {
    const parsed = JSON.parse(memoryJson(records));
    expect(parsed.format).toBe('sourcelight-memory');
    expect(parsed.articles).toEqual(
      records.map(({ names: _n, surnames: _s, id: _id, readAt, ...rest }) => ({ ...rest, readAt: new Date(readAt).toISOString() })),
    );
  });

  it('CSV has a row per source, an empty-source row for an article that quoted no one, and safe cells', () => {
    const lines = memoryCsv(records).split('\r\n');
    expect(lines[0]).toBe(MEMORY_CSV_COLUMNS.join(','));
    const when = (n: number) => new Date(records[n]!.readAt).toISOString();
    expect(lines.slice(1)).toEqual([
      `https://daily.example/a,"Council votes, again",daily.example,${when(0)},Ana Ruiz,person,"the mayor, ""acting""",1`,
      `https://daily.example/a,"Council votes, again",daily.example,${when(0)},"'=HYPERLINK(""x"")",organization,,1`,
      `https://courier.example/b,Quiet day,courier.example,${when(1)},,,,`,
      '',
    ]);
  });
});
