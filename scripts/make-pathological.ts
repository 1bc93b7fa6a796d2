/**
 * `npm run fixtures:pathological [-- DIR]`: writes the pathological pages (scripts/pathological-pages.ts)
 * to test/fixtures/pathological/ (ignored by git: several are megabytes) or to DIR, and lists them.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makePathologicalPages } from './pathological-pages';

export const PATHOLOGICAL_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../test/fixtures/pathological');

/** Writes every page into `dir` (created if missing) and returns the paths written. */
export async function writePathologicalPages(dir: string = PATHOLOGICAL_DIR): Promise<string[]> {
  await fs.mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const p of makePathologicalPages()) {
    const file = path.join(dir, p.name);
    await fs.writeFile(file, p.html);
    written.push(file);
  }
  return written;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = path.resolve(process.argv[2] ?? PATHOLOGICAL_DIR);
  const files = await writePathologicalPages(dir);
  for (const f of files) {
    const { size } = await fs.stat(f);
    console.log(`${(size / 1024).toFixed(0).padStart(6)} KB  ${path.relative(process.cwd(), f)}`);
  }
}
