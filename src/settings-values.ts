/**
 * The settings' values without their storage: types, defaults, validation and the site rule. The annotator
 * bundle needs these and nothing of the storage library (src/settings.ts stores and reads them).
 */
import type { SourceKind } from './engine/types';

export type KindToggles = Record<SourceKind, boolean>;

export const SOURCE_KINDS: readonly SourceKind[] = ['person', 'organization', 'media', 'anonymous'];
export const DEFAULT_KINDS: KindToggles = { person: true, organization: true, media: true, anonymous: true };
/** More sites than anyone types by hand; a cap keeps a corrupted list from slowing every page. */
export const MAX_DISABLED_SITES = 1000;

/** All settings at once, validated. */
export interface Settings {
  enabled: boolean;
  disabledSites: string[];
  kinds: KindToggles;
}

export const DEFAULT_SETTINGS: Settings = { enabled: true, disabledSites: [], kinds: DEFAULT_KINDS };

/** Where each setting is kept in the extension's local storage (the value itself, under this key). */
export const SETTING_KEYS = { enabled: 'annotationsEnabled', disabledSites: 'disabledSites', kinds: 'highlightKinds' } as const;

/** The stored values as read (anything, or undefined when unset), validated: malformed values give the defaults. */
export function parseSettings(stored: Record<string, unknown>): Settings {
  return {
    enabled: parseEnabled(stored[SETTING_KEYS.enabled]),
    disabledSites: parseDisabledSites(stored[SETTING_KEYS.disabledSites]),
    kinds: parseKinds(stored[SETTING_KEYS.kinds]),
  };
}

const HOST_RE = /^[a-z0-9.-]+$/;

/** Normalizes a hostname for the site list; throws a clear error for something that is not one (empty, spaces, a path-only string). */
export function normalizeSite(input: string): string {
  if (typeof input !== 'string') throw new Error('Not a site name: expected a string');
  const raw = input.trim().toLowerCase();
  let host: string;
  try {
    host = new URL(raw.includes('://') ? raw : `https://${raw}`).hostname;
  } catch {
    throw new Error(`Not a site name: "${input}"`);
  }
  if (!HOST_RE.test(host) || (!host.includes('.') && host !== 'localhost') || host.startsWith('.')) {
    throw new Error(`Not a site name: "${input}"`);
  }
  return host;
}

/** A stored on/off value, or the default when it is not a boolean. */
export function parseEnabled(value: unknown): boolean {
  return typeof value === 'boolean' ? value : DEFAULT_SETTINGS.enabled;
}

/** A stored site list: malformed entries are dropped, duplicates removed, the list capped; a non-array gives []. */
export function parseDisabledSites(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const out = new Set<string>();
  for (const entry of value) {
    if (out.size >= MAX_DISABLED_SITES) break;
    if (typeof entry !== 'string') continue;
    try {
      out.add(normalizeSite(entry));
    } catch {
      // A malformed entry is skipped; the rest of the list still applies.
    }
  }
  return [...out];
}

/** Stored kind toggles: each kind that is not a boolean falls back to on; unknown keys are dropped. */
export function parseKinds(value: unknown): KindToggles {
  const out = { ...DEFAULT_KINDS };
  if (!value || typeof value !== 'object' || Array.isArray(value)) return out;
  for (const kind of SOURCE_KINDS) {
    const v = (value as Record<string, unknown>)[kind];
    if (typeof v === 'boolean') out[kind] = v;
  }
  return out;
}

/** True when both say the same of every kind of source. */
export function sameKinds(a: KindToggles, b: KindToggles): boolean {
  return SOURCE_KINDS.every((kind) => a[kind] === b[kind]);
}

/** True when two sets of settings are the same, value for value. */
export function sameSettings(a: Settings, b: Settings): boolean {
  return (
    a.enabled === b.enabled &&
    a.disabledSites.length === b.disabledSites.length &&
    a.disabledSites.every((site, i) => site === b.disabledSites[i]) &&
    sameKinds(a.kinds, b.kinds)
  );
}

/** True when `hostname` is on the list, itself or as a subdomain of an entry ("news.example.com" under "example.com"). */
export function isSiteDisabled(hostname: string, sites: readonly string[]): boolean {
  const host = hostname.toLowerCase();
  return sites.some((s) => host === s || host.endsWith(`.${s}`));
}

/**
 * The reader's memory of sources across articles (src/memory): off until the reader turns it on, and asked
 * about once. Kept apart from `Settings`, which the content script reads on every page and needs none of this.
 */
export interface MemorySettings {
  /** Remember the sources of the articles read (in this browser only). */
  enabled: boolean;
  /** The popup asked the reader about it once; it does not ask again. */
  asked: boolean;
}

export const DEFAULT_MEMORY_SETTINGS: MemorySettings = { enabled: false, asked: false };

export const MEMORY_SETTING_KEYS = { enabled: 'memoryEnabled', asked: 'memoryAsked' } as const;

/** Stored memory settings as read (anything, or undefined when unset): each that is not a boolean gives its default. */
export function parseMemorySettings(stored: Record<string, unknown>): MemorySettings {
  const enabled = stored[MEMORY_SETTING_KEYS.enabled];
  const asked = stored[MEMORY_SETTING_KEYS.asked];
  return {
    enabled: typeof enabled === 'boolean' ? enabled : DEFAULT_MEMORY_SETTINGS.enabled,
    asked: typeof asked === 'boolean' ? asked : DEFAULT_MEMORY_SETTINGS.asked,
  };
}
