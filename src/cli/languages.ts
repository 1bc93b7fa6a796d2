// The languages the engine reads, found on disk as the extension's bundler finds them (src/engine/lang/registry.ts):
// every folder of src/engine/lang with an index.ts that default-exports a language's data.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import en from '../engine/lang/en';
import type { LanguageData } from '../engine/lang/types';

const LANG_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'engine', 'lang');

let loaded: Promise<LanguageData[]> | null = null;

/** English first, then the other folders' languages by code. Loaded once. */
export function loadLanguages(): Promise<LanguageData[]> {
  loaded ??= (async () => {
    const out: LanguageData[] = [en];
    for (const dir of readdirSync(LANG_DIR, { withFileTypes: true })) {
      const index = join(LANG_DIR, dir.name, 'index.ts');
      if (!dir.isDirectory() || dir.name === 'en' || !existsSync(index)) continue;
      const data = ((await import(pathToFileURL(index).href)) as { default: LanguageData }).default;
      out.push(data);
    }
    return [out[0]!, ...out.slice(1).sort((a, b) => a.code.localeCompare(b.code))];
  })();
  return loaded;
}
