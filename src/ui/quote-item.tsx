import type { Attribution } from '../engine/types';
import { useEffect, useRef } from 'preact/hooks';
import { t } from './i18n';
import { oneLine, quoteText } from './quote-text';
import { NAV_ATTRIBUTE } from './roving-focus';

interface Props {
  attribution: Attribution;
  /** The source's name, to leave out a mention that only repeats it. */
  sourceName: string | null;
  navKey: string;
  tabbable: boolean;
  /** The page's hover card shows this quote: marked, and scrolled into view in the list. */
  current?: boolean;
  onShow: (attribution: Attribution) => void;
}

/**
 * One attributed statement as a button that shows it on the page: direct quotes in quotation marks,
 * reported speech as reported, then its cue, how the source is named there (when not by name) and
 * its paragraph. Page text goes in as text nodes only.
 */
export function QuoteItem({ attribution, sourceName, navKey, tabbable, current = false, onShow }: Props) {
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (current) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [current]);
  const words = quoteText(attribution);
  const mention = attribution.mention ? oneLine(attribution.mention.text) : '';
  const meta = [
    oneLine(attribution.cue.text),
    mention && mention !== sourceName ? t('quoteMention', mention) : '',
    t('quoteParagraph', attribution.paragraph + 1),
  ].filter((part) => part !== '');
  return (
    <li class="quote-row">
      <button
        ref={ref}
        type="button"
        class={`quote is-${attribution.type}${current ? ' is-current' : ''}`}
        aria-current={current ? 'true' : undefined}
        {...{ [NAV_ATTRIBUTE]: navKey }}
        tabIndex={tabbable ? 0 : -1}
        onClick={() => onShow(attribution)}
      >
        <span class="quote-text">{attribution.type === 'direct' ? t('quoted', words) : words}</span>
        <span class="quote-meta">{meta.join(' · ')}</span>
      </button>
    </li>
  );
}
