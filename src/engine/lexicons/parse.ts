/**
 * Turns a lexicon's text (one entry a line, `#` starts a comment, blank lines ignored) into entries.
 * Entries are trimmed; an empty text gives an empty list.
 */
export function entries(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split('\n')) {
    const hash = raw.indexOf('#');
    const line = (hash >= 0 ? raw.slice(0, hash) : raw).trim();
    if (!line) continue;
    out.push(line);
    // Swiss German writes "ss" for "ß" ("hiess es", "gemäss", "Strasse"): each entry holding one matches both.
    if (line.includes('ß')) out.push(line.replaceAll('ß', 'ss'));
  }
  return out;
}
