/**
 * The one way UI text is produced: every visible string lives in public/_locales/<lang>/messages.json
 * and is read through browser.i18n, so a translation needs no code change.
 */
import { browser } from 'wxt/browser';

type Messages = typeof import('../../public/_locales/en/messages.json');

/** Every key of the English catalogue. */
export type MessageKey = Extract<keyof Messages, string>;

/** Keys that come as a pair `<base>_one` / `<base>_other`, for counts (browser.i18n has no plural rules). */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer B}_one` ? B : never) : never;

export type Substitution = string | number;

/** A translator: the signature the pure exporters take, so tests and pages pass their own in. */
export type Translate = (key: MessageKey, subs?: Substitution | Substitution[]) => string;

/**
 * Looks a message up. A key missing from the catalogue comes back as the key itself, so a gap shows
 * up on screen and in tests instead of as blank space.
 */
export const t: Translate = (key, subs) => {
  const list = subs === undefined ? undefined : (Array.isArray(subs) ? subs : [subs]).map(String);
  return browser.i18n.getMessage(key, list) || key;
};

/** Picks `<base>_one` for exactly 1 and `<base>_other` otherwise (English rules), with the count as $1. */
export function tn(base: PluralKey, count: number, more: Substitution[] = [], tr: Translate = t): string {
  const key = `${base}_${count === 1 ? 'one' : 'other'}` as MessageKey;
  return tr(key, [count, ...more]);
}
