import { describe, expect, it } from 'vitest';
import { exportJson } from '../../../src/ui/export-json';
import { emptyReport, hostileReport } from './fixtures/generated-reports';
import { seedReport } from './fixtures/seed-report';

describe('exportJson', () => {
  it.each([
    ['the seed report', seedReport],
    ['an empty report', emptyReport],
    ['a hostile report', hostileReport],
  ])('writes %s as it is, pretty-printed, with a final newline', (_, report) => {
    const json = exportJson(report);
    expect(JSON.parse(json)).toEqual(report);
    expect(json.endsWith('}\n')).toBe(true);
  });

  it('writes the empty report exactly', () => {
    expect(exportJson(emptyReport)).toBe(
      '{\n  "schema": 1,\n  "title": "Markets close higher as oil prices steady",\n  "textLength": 1200,\n  "sources": [],\n  "attributions": []\n}\n',
    );
  });
});
