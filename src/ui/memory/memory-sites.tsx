import { useMemo, useState } from 'preact/hooks';
import type { Period, SiteProfile } from '../../memory/profile';
import { t, tn } from '../i18n';
import { oneLine } from '../quote-text';
import { formatDay } from './format-date';
import { SiteChart, periodNames, profileWords } from './site-chart';

const FIRST_SHOWN = 12;

interface Props {
  profiles: SiteProfile[];
  period: Period;
  language: string;
  onForget: (site: string) => void;
}

/** The sites read, most read first: each with its article count, dates, sourcing in words and charts, and "forget this site". */
export function MemorySites({ profiles, period, language, onForget }: Props) {
  const [shown, setShown] = useState(FIRST_SHOWN);
  const more = profiles.length - shown;
  // Every site's chart has the same periods.
  const first = profiles[0]?.periods;
  const names = useMemo(() => (first ? periodNames(first, period, language) : []), [first, period, language]);
  return (
    <section class="memory-section" aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('memorySitesHeading')}</h2>
      <ul class="legend chart-legend" aria-hidden="true">
        <li>
          <span class="swatch kind-person" />
          {t('memoryLegendNamed')}
        </li>
        <li>
          <span class="swatch kind-media" />
          {t('memoryLegendMedia')}
        </li>
        <li>
          <span class="swatch is-unnamed" />
          {t('memoryLegendUnnamed')}
        </li>
        <li>
          <span class="swatch is-direct" />
          {t('memoryChartDirect')}
        </li>
      </ul>
      <ul class="memory-sites">
        {profiles.slice(0, shown).map((p) => (
          <li class="site-card" key={p.site}>
            <div class="site-head">
              <h3 class="site-name">{oneLine(p.site)}</h3>
              <span class="site-count">{tn('memoryArticles', p.articles)}</span>
            </div>
            <p class="site-dates">{p.first === p.last ? formatDay(p.first, language) : `${formatDay(p.first, language)} – ${formatDay(p.last, language)}`}</p>
            <p class="site-profile">{profileWords(p.counts)}</p>
            <SiteChart periods={p.periods} names={names} />
            <button type="button" class="button forget-site" aria-label={t('memoryForgetSiteLabel', p.site)} onClick={() => onForget(p.site)}>
              {t('memoryForgetSite')}
            </button>
          </li>
        ))}
      </ul>
      {more > 0 && (
        <button type="button" class="button show-more" onClick={() => setShown((n) => n + FIRST_SHOWN * 2)}>
          {t('memoryShowMore', String(Math.min(more, FIRST_SHOWN * 2)))}
        </button>
      )}
    </section>
  );
}
