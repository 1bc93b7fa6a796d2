const TEXT_NODE = 3;
/** NodeFilter.SHOW_TEXT: a TreeWalker that hands script the Text nodes only. */
export const SHOW_TEXT = 4;

/**
 * Every Text node under `root`, in document order, leaving out the subtrees of the elements `skip` names
 * (by local name). A plain loop over firstChild/nextSibling: no recursion (pages nest thousands deep) and
 * several times faster than a TreeWalker under happy-dom.
 */
export function textNodesIn(root: Node, skip?: ReadonlySet<string>): Text[] {
  const out: Text[] = [];
  let node: Node | null = root.firstChild;
  while (node) {
    if (node.nodeType === TEXT_NODE) out.push(node as Text);
    else if (node.firstChild && !skip?.has((node as Element).localName)) {
      node = node.firstChild;
      continue;
    }
    while (node && !node.nextSibling) node = node.parentNode === root ? null : node.parentNode;
    node = node ? node.nextSibling : null;
  }
  return out;
}
