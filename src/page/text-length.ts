/**
 * How many characters of text a node holds, without building that text: `textContent` copies every
 * character into a new string (70 ms for a one-megabyte paragraph on a slow laptop, each time it is
 * asked), while a Text node's `length` is free. Counting stops once it passes `cap`. A plain walk over
 * first children and next siblings: no tree walker to create for each of 50,000 paragraphs.
 */
export function textLength(node: Node, cap = Infinity): number {
  if (node.nodeType === 3) return (node as CharacterData).length;
  if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return 0;
  let n = 0;
  let at: Node | null = node.firstChild;
  while (at) {
    if (at.nodeType === 3) {
      n += (at as CharacterData).length;
      if (n > cap) return n;
    } else if (at.nodeType === 1 && at.firstChild) {
      at = at.firstChild;
      continue;
    }
    while (at && at !== node && !at.nextSibling) at = at.parentNode;
    if (!at || at === node) break;
    at = at.nextSibling;
  }
  return n;
}

/**
 * A paragraph's length touching as few nodes as possible: its Text children when it has no element child (a
 * one-megabyte paragraph, counted without copying it), else its text in one string (no descendant handed to
 * script: every node script touches gets a wrapper, and on big pages the collector's work on them costs most).
 */
export function blockLength(el: Element): number {
  // firstElementChild, not childElementCount: a count walks every child.
  return el.firstElementChild === null ? textLength(el) : (el.textContent?.length ?? 0);
}
