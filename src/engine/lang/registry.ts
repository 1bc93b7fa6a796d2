/**
 * Every language Sourcelight reads: each folder of src/engine/lang whose index.ts default-exports its data, found
 * by the bundler (Vite's import.meta.glob, in the extension and in tests), so adding a language is adding a folder.
 * The command line finds the same folders on disk (src/cli/languages.ts).
 */
import en from './en';
import type { LanguageData } from './types';

const found = import.meta.glob<LanguageData>('./*/index.ts', { eager: true, import: 'default' });

/** English first (the language the engine falls back to), then the others by code. */
export const LANGUAGES: readonly LanguageData[] = [en, ...Object.values(found).filter((l) => l !== en).sort((a, b) => a.code.localeCompare(b.code))];
