/**
 * The settings as the content script reads them: the same keys, defaults and validation as src/settings.ts
 * (src/settings-values.ts), read straight from the extension's local storage. @wxt-dev/storage, which the
 * extension's pages and background use to write them, was a third of the content script's code, compiled
 * on every page the reader opens, and built its storage drivers as the script started; the content script
 * only reads three values and hears when they change.
 */
import { browser } from 'wxt/browser';
import { DEFAULT_KINDS, DEFAULT_SETTINGS, parseSettings, SETTING_KEYS, type Settings } from '../settings-values';

const KEYS: readonly string[] = Object.values(SETTING_KEYS);

/** Every setting, validated. Never throws: an unreadable store gives the defaults. */
export async function readSettings(): Promise<Settings> {
  try {
    return parseSettings(await browser.storage.local.get([...KEYS]));
  } catch {
    return { ...DEFAULT_SETTINGS, kinds: { ...DEFAULT_KINDS } };
  }
}

/**
 * Calls `onChange` with all settings, validated, whenever any of them changes. Returns the unwatch function.
 * Listens to the local area only: `storage.onChanged` would also bring every write the background makes to
 * its session area (each tab's state, report included) into every page's content script.
 */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, unknown>) => {
    if (KEYS.some((key) => key in changes)) void readSettings().then(onChange);
  };
  browser.storage.local.onChanged.addListener(listener);
  return () => browser.storage.local.onChanged.removeListener(listener);
}
