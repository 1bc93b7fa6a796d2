/** Attribute that marks an element as one stop of the list's keyboard navigation; its value is the stop's key. */
export const NAV_ATTRIBUTE = 'data-nav-key';

/**
 * Where a key press moves focus among `count` stops from `current`: ArrowDown/ArrowUp by one (stopping at
 * the ends), Home/End to the first/last, PageDown/PageUp by ten. Null for any other key, or when the
 * move would leave the list going up from the first stop (the caller then returns focus to the filter box).
 */
export function nextNavIndex(key: string, current: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowDown':
      return Math.min(current + 1, count - 1);
    case 'ArrowUp':
      return current <= 0 ? null : current - 1;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    case 'PageDown':
      return Math.min(current + 10, count - 1);
    case 'PageUp':
      return Math.max(current - 10, 0);
    default:
      return null;
  }
}

/** The navigation stops inside a container, in document order. */
export function navStops(container: Element): HTMLElement[] {
  return Array.from(container.querySelectorAll<HTMLElement>(`[${NAV_ATTRIBUTE}]`));
}
