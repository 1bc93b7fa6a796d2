/**
 * The project's own import graph, read with TypeScript's own scanner (`ts.preProcessFile`: static imports,
 * `import type`, re-exports, dynamic `import()`; comments and strings are never mistaken for imports).
 * Only relative specifiers are followed: packages cannot import our files back.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const EXTENSIONS = ['.ts', '.tsx', '.mts', '.js', '.mjs'];

/** Every TypeScript or JavaScript file under `dirs` (relative to `root`), as paths relative to `root`. */
export function sourceFiles(root: string, dirs: string[]): string[] {
  return dirs
    .flatMap((dir) => readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true }).map((e) => path.join(e.parentPath, e.name)))
    .filter((file) => EXTENSIONS.includes(path.extname(file)) && !file.endsWith('.d.ts') && statSync(file).isFile())
    .map((file) => path.relative(root, file))
    .sort();
}

/** The file a relative specifier names, as the bundler finds it (`./x` is x.ts, x.tsx, ... or x/index.ts), or null. */
function resolve(root: string, from: string, specifier: string): string | null {
  const base = path.join(path.dirname(path.join(root, from)), specifier);
  const stem = base.replace(/\.(m?js)$/, ''); // `./x.js` written for ESM names x.ts
  const candidates = [base, ...EXTENSIONS.map((e) => stem + e), ...EXTENSIONS.map((e) => path.join(base, `index${e}`))];
  const found = candidates.find((c) => existsSync(c) && statSync(c).isFile() && EXTENSIONS.includes(path.extname(c)));
  return found ? path.relative(root, found) : null;
}

/** Each file's relative imports (files under `root`), keyed by the importing file. */
export function importGraph(root: string, files: string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(path.join(root, file), 'utf8'), true, true);
    const targets = importedFiles
      .map((i) => i.fileName)
      .filter((s) => s.startsWith('./') || s.startsWith('../'))
      .map((s) => resolve(root, file, s))
      .filter((t): t is string => t !== null);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/**
 * The import circles of `graph`, one per strongly connected group of files (Tarjan's algorithm), each as
 * the path around it: ['a.ts', 'b.ts', 'a.ts']. Empty when imports go one way only. A file importing
 * itself is a circle too.
 */
export function importCircles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  let next = 0;

  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1 || (graph.get(v) ?? []).includes(v)) groups.push(group);
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return groups.map((group) => circleThrough(graph, new Set(group), [...group].sort()[0]!));
}

/** One path from `start` back to itself inside `group` (breadth first: the shortest). */
function circleThrough(graph: Map<string, string[]>, group: Set<string>, start: string): string[] {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const v = queue.shift()!;
    for (const w of graph.get(v) ?? []) {
      if (!group.has(w)) continue;
      if (w === start) {
        const circle = [start];
        for (let at: string | undefined = v; at !== undefined && at !== start; at = cameFrom.get(at)) circle.splice(1, 0, at);
        return [...circle, start];
      }
      if (!cameFrom.has(w)) {
        cameFrom.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start, start];
}
