/**
 * Which languages Sourcelight reads. The background asks after every analysis (a page in another language
 * gets no marks and the popup says so); the popup lists READ_LANGUAGES in that message.
 * The list is the folders of src/engine/lang that hold a language (their names only: the bundler lists them without
 * loading their data, so the popup stays small).
 */

const folders = Object.keys(import.meta.glob('./*/index.ts')).map((path) => path.split('/')[1]!);

/** The languages Sourcelight reads, as BCP 47 primary subtags, English first, then by code. */
export const READ_LANGUAGES: readonly string[] = ['en', ...folders.filter((c) => c !== 'en').sort()];

/**
 * True when Sourcelight reads `code` (a primary subtag such as "de"). An unknown language (null or
 * undefined: the page declares none and the engine did not say) is read as English.
 */
export function readsLanguage(code: string | null | undefined): boolean {
  return code === null || code === undefined || READ_LANGUAGES.includes(code);
}
