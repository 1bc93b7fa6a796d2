/** Where the hover card goes: pure geometry, so it can be tested without layout. */

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

const GAP = 6;
const MARGIN = 8;

/**
 * Top-left corner for a card of `card` size next to `anchor` (the hovered line of the mark): below it
 * when it fits, else above, and always clamped inside the viewport (a card taller or wider than the
 * viewport is pinned to its top-left margin).
 */
export function placeCard(anchor: Box, card: { width: number; height: number }, viewport: { width: number; height: number }): { left: number; top: number } {
  const maxLeft = Math.max(MARGIN, viewport.width - card.width - MARGIN);
  const maxTop = Math.max(MARGIN, viewport.height - card.height - MARGIN);
  const left = Math.min(Math.max(anchor.left, MARGIN), maxLeft);
  const below = anchor.top + anchor.height + GAP;
  const above = anchor.top - GAP - card.height;
  let top = below;
  if (below + card.height > viewport.height - MARGIN && above >= MARGIN) top = above;
  return { left: Math.round(left), top: Math.round(Math.min(Math.max(top, MARGIN), maxTop)) };
}
