import { useRef } from 'preact/hooks';
import type { Attribution } from '../engine/types';
import type { SeenBefore } from '../memory/seen-before';
import type { SourceEntry, SourceGroup } from './group';
import { t } from './i18n';
import { GROUP_TITLE } from './kind-labels';
import { NAV_ATTRIBUTE, navStops, nextNavIndex } from './roving-focus';
import { STEP_HINT_ID, SourceItem, quoteNavKey, sourceNavKey, type MemoryLink } from './source-item';

export type { MemoryLink } from './source-item';

interface Props {
  groups: SourceGroup[];
  /** The stop that last had focus; when it is filtered away, the first stop takes the tab stop. */
  activeKey: string | null;
  onActiveKey: (key: string) => void;
  onStep: (entry: SourceEntry, direction: 1 | -1) => void;
  onShow: (attribution: Attribution) => void;
  /** ArrowUp on the first stop: focus goes back to the filter box. */
  onExitTop: () => void;
  /** A printable key typed in the list: it goes to the filter box. */
  onTypeAhead: (text: string) => void;
  /** The attribution the page's hover card shows, marked as the current quote. */
  current?: string | null;
  /** Source id -> other remembered articles that quoted it. */
  seen?: ReadonlyMap<string, SeenBefore>;
  /** Where a source's entry in "Your reading" is, and how to open it. */
  memoryLink?: (entry: string) => MemoryLink;
}

/** The first navigation stop of the groups, and whether `key` is one of their stops. */
function stopInfo(groups: SourceGroup[], key: string | null): { first: string | null; has: boolean } {
  let first: string | null = null;
  let has = false;
  for (const group of groups) {
    for (const entry of group.entries) {
      const keys = [...(entry.source ? [sourceNavKey(entry)] : []), ...entry.attributions.map(quoteNavKey)];
      first ??= keys[0] ?? null;
      if (key !== null && keys.includes(key)) has = true;
    }
  }
  return { first, has };
}

/**
 * The sources grouped by kind, as one list with a single tab stop (roving tabindex): arrow keys,
 * Home/End and PageUp/PageDown move between source names and quotes, Enter or Space activates, and
 * typing a letter carries on in the filter box.
 */
export function SourceList({ groups, activeKey, onActiveKey, onStep, onShow, onExitTop, onTypeAhead, current = null, seen, memoryLink }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const { first, has } = stopInfo(groups, activeKey);
  const tabbableKey = has ? activeKey : first;

  const onKeyDown = (event: KeyboardEvent) => {
    if (!ref.current || event.altKey || event.ctrlKey || event.metaKey) return;
    const stops = navStops(ref.current);
    const current = stops.indexOf(event.target as HTMLElement);
    if (current < 0) return;
    if (event.key.length === 1 && event.key !== ' ') {
      event.preventDefault();
      onTypeAhead(event.key);
      return;
    }
    const next = nextNavIndex(event.key, current, stops.length);
    if (next === null) {
      if (event.key === 'ArrowUp') {
        event.preventDefault();
        onExitTop();
      }
      return;
    }
    event.preventDefault();
    stops[next]!.focus();
  };
  const onFocus = (event: FocusEvent) => {
    const key = (event.target as HTMLElement).getAttribute?.(NAV_ATTRIBUTE);
    if (key && key !== activeKey) onActiveKey(key);
  };

  return (
    <div class="source-list" ref={ref} onKeyDown={onKeyDown} onFocusCapture={onFocus}>
      <p id={STEP_HINT_ID} hidden>
        {t('sourceStepHint')}
      </p>
      {groups.map((group) => (
        <section class="group" key={group.kind} aria-labelledby={`group-${group.kind}`}>
          <h2 class="group-heading" id={`group-${group.kind}`}>
            <span>{t(GROUP_TITLE[group.kind])}</span>
            <span class="group-count">{group.entries.filter((entry) => entry.source).length || ''}</span>
          </h2>
          <ul class="sources">
            {group.entries.map((entry) => (
              <SourceItem
                key={entry.key}
                entry={entry}
                tabbableKey={tabbableKey}
                onStep={onStep}
                onShow={onShow}
                current={current}
                seen={entry.source ? seen?.get(entry.source.id) : undefined}
                memoryLink={memoryLink}
              />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
