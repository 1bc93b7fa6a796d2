/** The address of the "Your reading" page, relative to the extension's pages: opened at one entry when given. */
export const MEMORY_PAGE = 'memory.html' as const;
export const ENTRY_PARAM = 'entry';

/** "memory.html" or "memory.html?entry=person%3Ajim%20jeffrey". */
export function memoryPagePath(entry?: string): `${typeof MEMORY_PAGE}${string}` {
  return entry ? `${MEMORY_PAGE}?${new URLSearchParams({ [ENTRY_PARAM]: entry })}` : MEMORY_PAGE;
}

/** The entry a "Your reading" address asks for, or null. */
export function entryOf(search: string): string | null {
  const entry = new URLSearchParams(search).get(ENTRY_PARAM);
  return entry && entry.length <= 500 ? entry : null;
}
