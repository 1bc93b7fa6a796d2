import type { Attribution } from '../engine/types';
import type { SeenBefore } from '../memory/seen-before';
import type { SourceEntry } from './group';
import { t, tn } from './i18n';
import { oneLine } from './quote-text';
import { QuoteItem } from './quote-item';
import { NAV_ATTRIBUTE } from './roving-focus';

/** Where a source's entry in "Your reading" is, and how to open it. */
export interface MemoryLink {
  href: string;
  open: () => void;
}

interface Props {
  entry: SourceEntry;
  /** The stop that holds the list's single tab stop, if it is in this entry. */
  tabbableKey: string | null;
  onStep: (entry: SourceEntry, direction: 1 | -1) => void;
  onShow: (attribution: Attribution) => void;
  /** The attribution the page's hover card shows. */
  current?: string | null;
  /** Other remembered articles that quoted this source. */
  seen?: SeenBefore;
  memoryLink?: (entry: string) => MemoryLink;
}

/** Id of the one hidden element that tells what a source's button does (source-list.tsx renders it). */
export const STEP_HINT_ID = 'source-step-hint';

export const sourceNavKey = (entry: SourceEntry) => `source:${entry.key}`;
export const quoteNavKey = (attribution: Attribution) => `quote:${attribution.id}`;

/**
 * One source: its name (a button that steps through its mentions on the page; with Shift, backwards),
 * role, other names, counts and its statements. Attributions with no source get a plain heading.
 */
export function SourceItem({ entry, tabbableKey, onStep, onShow, current = null, seen, memoryLink }: Props) {
  const { source } = entry;
  const name = source ? oneLine(source.name) : t('groupNone');
  const counts = [
    tn('countAttributions', entry.attributions.length),
    entry.direct > 0 ? tn('countDirect', entry.direct) : '',
    entry.indirect > 0 ? tn('countIndirect', entry.indirect) : '',
    entry.mixed > 0 ? tn('countMixed', entry.mixed) : '',
  ].filter((part) => part !== '');
  return (
    <li class={`source kind-${source?.kind ?? 'anonymous'}`}>
      <h3 class="source-heading">
        {source ? (
          <button
            type="button"
            class="source-name"
            aria-describedby={STEP_HINT_ID}
            {...{ [NAV_ATTRIBUTE]: sourceNavKey(entry) }}
            tabIndex={tabbableKey === sourceNavKey(entry) ? 0 : -1}
            onClick={(event) => onStep(entry, event.shiftKey ? -1 : 1)}
          >
            <span class="swatch" aria-hidden="true" />
            <span class="source-name-text">{name}</span>
          </button>
        ) : (
          <span class="source-name is-none">{name}</span>
        )}
      </h3>
      {source?.role && <p class="source-role">{oneLine(source.role)}</p>}
      {source && source.aliases.length > 0 && (
        <p class="source-aliases">{t('aliasesLine', source.aliases.map(oneLine).join(t('listSeparator')))}</p>
      )}
      <p class="source-counts">{counts.join(' · ')}</p>
      {seen && memoryLink && <SeenBeforeLink seen={seen} link={memoryLink(seen.entry)} />}
      {entry.attributions.length > 0 && (
        <ul class="quotes" aria-label={t('quotesOf', name)}>
          {entry.attributions.map((attribution) => (
            <QuoteItem
              key={attribution.id}
              attribution={attribution}
              sourceName={source ? oneLine(source.name) : null}
              navKey={quoteNavKey(attribution)}
              tabbable={tabbableKey === quoteNavKey(attribution)}
              current={current === attribution.id}
              onShow={onShow}
            />
          ))}
        </ul>
      )}
    </li>
  );
}

/** "Quoted in 3 other articles you read", linking to the source's entry in "Your reading" (opened in a tab). */
function SeenBeforeLink({ seen, link }: { seen: SeenBefore; link: MemoryLink }) {
  return (
    <p class="seen-before">
      <a
        href={link.href}
        target="_blank"
        rel="noopener"
        onClick={(event) => {
          event.preventDefault();
          link.open();
        }}
      >
        {tn('seenBefore', seen.others)}
      </a>
    </p>
  );
}
