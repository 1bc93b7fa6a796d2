/**
 * Every stored setting, with its default, in one place. Values read from storage are validated:
 * anything malformed falls back to the default rather than breaking the extension, and values
 * written through the setters here are checked first, so a bad value gets a clear error instead
 * of being stored.
 */
import { storage, type WxtStorageItem } from '#imports';
import {
  DEFAULT_KINDS,
  DEFAULT_MEMORY_SETTINGS,
  MEMORY_SETTING_KEYS,
  parseMemorySettings,
  type MemorySettings,
  DEFAULT_SETTINGS,
  MAX_DISABLED_SITES,
  SOURCE_KINDS,
  normalizeSite,
  parseDisabledSites,
  parseEnabled,
  parseKinds,
  SETTING_KEYS,
  type KindToggles,
  type Settings,
} from './settings-values';

export * from './settings-values';

/**
 * A stored setting, defined on first use. Defining an item reads it at once (@wxt-dev/storage checks it
 * for an initial value), and the first use of the storage API has the browser build it: on every page the
 * content script loads, that belongs in the task that reads the settings, not in the script's first.
 */
function lazyItem<T>(key: `local:${string}`, fallback: T) {
  let item: WxtStorageItem<T, Record<string, unknown>> | undefined;
  const defined = () => (item ??= storage.defineItem<T>(key, { fallback }));
  return {
    getValue: (): Promise<T> => defined().getValue(),
    setValue: (value: T): Promise<void> => defined().setValue(value),
    watch: (onChange: (value: T, old: T) => void): (() => void) => defined().watch(onChange),
  };
}

/** Annotations on or off everywhere. */
export const annotationsEnabled = lazyItem<boolean>(`local:${SETTING_KEYS.enabled}`, true);
/** Hostnames ("www.example.com") where Sourcelight stays off; an entry also covers its subdomains. */
export const disabledSites = lazyItem<string[]>(`local:${SETTING_KEYS.disabledSites}`, []);
/** Which kinds of source are highlighted on the page. */
export const highlightKinds = lazyItem<KindToggles>(`local:${SETTING_KEYS.kinds}`, DEFAULT_KINDS);

/** The reader's memory of sources on or off (off by default: nothing is remembered until the reader says so). */
export const memoryEnabled = lazyItem<boolean>(`local:${MEMORY_SETTING_KEYS.enabled}`, DEFAULT_MEMORY_SETTINGS.enabled);
/** Whether the popup has asked the reader about the memory (it asks once). */
export const memoryAsked = lazyItem<boolean>(`local:${MEMORY_SETTING_KEYS.asked}`, DEFAULT_MEMORY_SETTINGS.asked);

/** Reads every setting, validated. Never throws: an unreadable store gives the defaults. */
export async function readSettings(): Promise<Settings> {
  try {
    const [enabled, sites, kinds] = await Promise.all([
      annotationsEnabled.getValue(),
      disabledSites.getValue(),
      highlightKinds.getValue(),
    ]);
    return { enabled: parseEnabled(enabled), disabledSites: parseDisabledSites(sites), kinds: parseKinds(kinds) };
  } catch {
    return { ...DEFAULT_SETTINGS, kinds: { ...DEFAULT_KINDS } };
  }
}

/** Calls `onChange` with all settings, validated, whenever any of them changes. Returns the unwatch function. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const refresh = () => void readSettings().then(onChange);
  const unwatch = [annotationsEnabled.watch(refresh), disabledSites.watch(refresh), highlightKinds.watch(refresh)];
  return () => unwatch.forEach((u) => u());
}

/** Turns annotations on or off everywhere; throws for a non-boolean. */
export async function setAnnotationsEnabled(value: boolean): Promise<void> {
  if (typeof value !== 'boolean') throw new Error('annotationsEnabled must be true or false');
  await annotationsEnabled.setValue(value);
}

/** Adds or removes one site (any URL or hostname; normalized); throws for something that is not a site. */
export async function setSiteDisabled(site: string, disabled: boolean): Promise<string[]> {
  const host = normalizeSite(site);
  const current = parseDisabledSites(await disabledSites.getValue());
  const next = disabled ? [...new Set([...current, host])] : current.filter((s) => s !== host);
  if (next.length > MAX_DISABLED_SITES) throw new Error(`At most ${MAX_DISABLED_SITES} sites can be turned off`);
  await disabledSites.setValue(next);
  return next;
}

/** Sets which kinds are highlighted; throws when a kind is missing or not a boolean. */
export async function setHighlightKinds(value: KindToggles): Promise<void> {
  for (const kind of SOURCE_KINDS) {
    if (typeof value?.[kind] !== 'boolean') throw new Error(`highlightKinds.${kind} must be true or false`);
  }
  const clean = Object.fromEntries(SOURCE_KINDS.map((k) => [k, value[k]])) as KindToggles;
  await highlightKinds.setValue(clean);
}

/** Reads the memory settings, validated. Never throws: an unreadable store gives the defaults (memory off). */
export async function readMemorySettings(): Promise<MemorySettings> {
  try {
    const [enabled, asked] = await Promise.all([memoryEnabled.getValue(), memoryAsked.getValue()]);
    return parseMemorySettings({ [MEMORY_SETTING_KEYS.enabled]: enabled, [MEMORY_SETTING_KEYS.asked]: asked });
  } catch {
    return { ...DEFAULT_MEMORY_SETTINGS };
  }
}

/** Turns the memory on or off; either answer also counts as the reader having been asked. Throws for a non-boolean. */
export async function setMemoryEnabled(value: boolean): Promise<void> {
  if (typeof value !== 'boolean') throw new Error('memoryEnabled must be true or false');
  await memoryEnabled.setValue(value);
  await memoryAsked.setValue(true);
}

/** Calls `onChange` with the memory settings, validated, whenever either changes. Returns the unwatch function. */
export function watchMemorySettings(onChange: (settings: MemorySettings) => void): () => void {
  const refresh = () => void readMemorySettings().then(onChange);
  const unwatch = [memoryEnabled.watch(refresh), memoryAsked.watch(refresh)];
  return () => unwatch.forEach((u) => u());
}
