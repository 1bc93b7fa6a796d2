const TOKENIZE = /\W+/u;

function tokens(s: string): string[] {
  return s.toLowerCase().split(TOKENIZE).filter(Boolean);
}

/**
 * True when a heading repeats the article title: most of the heading's words occur in the title
 * (Readability's measure, threshold 0.75), so "Headline" matches "Headline | Site". Empty text never matches.
 */
export function headingRepeatsTitle(heading: string, title: string | null): boolean {
  if (!title) return false;
  const a = tokens(title);
  const b = tokens(heading);
  if (a.length === 0 || b.length === 0) return false;
  const inTitle = new Set(a);
  const unique = b.filter((t) => !inTitle.has(t));
  return 1 - unique.join(' ').length / b.join(' ').length > 0.75;
}
