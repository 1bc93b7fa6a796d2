// @vitest-environment node
/**
 * Imports go one way: no file under src/ or entrypoints/ imports, through any chain of relative imports
 * (type-only ones included), a file that imports it back. A circle means neither file can be read or
 * tested on its own, and which one runs first depends on who imported whom.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCircles, importGraph, sourceFiles } from './helpers/import-graph';

const ROOT = path.resolve(__dirname, '../..');

describe('the import circle finder', () => {
  const graph = (edges: Record<string, string[]>) => new Map(Object.entries(edges));

  it.each([
    ['a chain', { 'a.ts': ['b.ts'], 'b.ts': ['c.ts'], 'c.ts': [] }, []],
    ['a diamond', { 'a.ts': ['b.ts', 'c.ts'], 'b.ts': ['d.ts'], 'c.ts': ['d.ts'], 'd.ts': [] }, []],
    ['two files importing each other', { 'a.ts': ['b.ts'], 'b.ts': ['a.ts'] }, [['a.ts', 'b.ts', 'a.ts']]],
    ['a file importing itself', { 'a.ts': ['a.ts'], 'b.ts': ['a.ts'] }, [['a.ts', 'a.ts']]],
    [
      'a circle of three behind a file outside it',
      { 'x.ts': ['m.ts'], 'm.ts': ['u.ts'], 'u.ts': ['g.ts'], 'g.ts': ['m.ts'] },
      [['g.ts', 'm.ts', 'u.ts', 'g.ts']],
    ],
  ])('%s', (_name, edges, circles) => {
    expect(importCircles(graph(edges))).toEqual(circles);
  });

  it('reads type-only imports, re-exports and dynamic imports, and resolves folders and extensions', () => {
    const files = sourceFiles(ROOT, ['src', 'entrypoints']);
    const imports = importGraph(ROOT, files);
    // import type { Attribution, ... } from './engine/types'
    expect(imports.get('src/message-guards.ts')).toContain('src/engine/types.ts');
    // export { pack, unpack } from './packed'
    expect(imports.get('src/messaging.ts')).toContain('src/packed.ts');
    // await import('./parse-html')
    expect(imports.get('src/cli/read-input.ts')).toContain('src/cli/parse-html.ts');
    // '../engine' is src/engine/index.ts
    expect(imports.get('src/background/start.ts')).toContain('src/engine/index.ts');
  });
});

describe('src/ and entrypoints/', () => {
  const files = sourceFiles(ROOT, ['src', 'entrypoints']);

  it('finds the source files', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files).toContain('entrypoints/content-script.ts');
  });

  it('import in one direction only: no circle', () => {
    const circles = importCircles(importGraph(ROOT, files)).map((c) => c.join(' -> '));
    expect(circles).toEqual([]);
  });
});
