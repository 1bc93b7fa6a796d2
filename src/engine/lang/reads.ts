/**
 * Which languages Sourcelight reads. The background asks after every analysis (a page in another language
 * gets no marks and the popup says so); the popup lists READ_LANGUAGES in that message.
 * For now a stand-in: English only, which is what the engine reads today. The engine's language registry
 * (issue 23) replaces this body and derives the list from its language folders; keep the signatures.
 * Imported by the popup and the background: keep it free of language data.
 */

/** The languages Sourcelight reads, as BCP 47 primary subtags, in the order the popup names them. */
export const READ_LANGUAGES: readonly string[] = ['en'];

/**
 * True when Sourcelight reads `code` (a primary subtag such as "de"). An unknown language (null or
 * undefined: the page declares none and the engine did not say) is read as English.
 */
export function readsLanguage(code: string | null | undefined): boolean {
  return code === null || code === undefined || READ_LANGUAGES.includes(code);
}
