/**
 * Every stored setting, with its default, in one place. Values read from storage are validated:
 * anything malformed falls back to the default rather than breaking the extension.
 */
import { storage } from '#imports';
import type { SourceKind } from './engine/types';

export type KindToggles = Record<SourceKind, boolean>;

export const DEFAULT_KINDS: KindToggles = { person: true, organization: true, media: true, anonymous: true };

/** Annotations on or off everywhere. */
export const annotationsEnabled = storage.defineItem<boolean>('local:annotationsEnabled', { fallback: true });
/** Hostnames ("www.example.com") where Sourcelight stays off. */
export const disabledSites = storage.defineItem<string[]>('local:disabledSites', { fallback: [] });
/** Which kinds of source are highlighted on the page. */
export const highlightKinds = storage.defineItem<KindToggles>('local:highlightKinds', { fallback: DEFAULT_KINDS });

/** Normalizes a hostname for the site list; throws a clear error for something that is not one. */
export function normalizeSite(input: string): string {
  const raw = input.trim().toLowerCase();
  let host = raw;
  try {
    host = new URL(raw.includes('://') ? raw : `https://${raw}`).hostname;
  } catch {
    throw new Error(`Not a site name: "${input}"`);
  }
  if (!/^[a-z0-9.-]+$/.test(host) || !host.includes('.') && host !== 'localhost') {
    throw new Error(`Not a site name: "${input}"`);
  }
  return host;
}
