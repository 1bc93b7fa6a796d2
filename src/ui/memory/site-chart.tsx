/**
 * A site's sourcing over time in two small charts drawn as plain SVG (no library, nothing inline but
 * attributes: the extension pages' CSP allows no inline style). Each column is one period: who the
 * attributions rest on (named at the bottom, then media, then unnamed), and the share quoted directly.
 * Columns carry their numbers as <title> tooltips; the words beside the charts say the same for screen readers.
 */
import { type Period, type PeriodCounts, shares } from '../../memory/profile';
import { t } from '../i18n';
import { formatPeriod } from './format-date';

const COLUMN = 7;
const GAP = 2;
const HEIGHT = 36;

const pct = (share: number) => Math.round(share * 100);

function periodTitle(p: PeriodCounts, name: string): string {
  if (p.articles === 0) return t('memoryPeriodEmpty', name);
  const s = shares(p.counts);
  return t('memoryPeriod', [name, String(p.articles), pct(s.named), pct(s.media), pct(s.unnamed), pct(s.direct)]);
}

interface Props {
  periods: PeriodCounts[];
  /** The periods' names (periodNames), the same for every site's chart. */
  names: string[];
}

/** The names of the chart's periods, made once for all the sites' charts. */
export function periodNames(periods: PeriodCounts[], period: Period, language: string): string[] {
  return periods.map((p) => formatPeriod(p.start, period, language));
}

/** The stacked columns of named, media and unnamed sources, and beside them the columns of direct quotes. */
export function SiteChart({ periods, names }: Props) {
  const width = periods.length * (COLUMN + GAP) - GAP;
  const titles = periods.map((p, i) => periodTitle(p, names[i]!));
  return (
    <div class="site-charts" aria-hidden="true">
      <figure class="site-chart">
        <svg class="chart cited" viewBox={`0 0 ${width} ${HEIGHT}`} focusable="false">
          {periods.map((p, i) => {
            const x = i * (COLUMN + GAP);
            const s = shares(p.counts);
            if (s.attributions === 0) {
              return (
                <g key={p.start}>
                  <title>{titles[i]}</title>
                  <rect class="bar-empty" x={x} y={HEIGHT - 1} width={COLUMN} height={1} />
                </g>
              );
            }
            const named = s.named * HEIGHT;
            const media = s.media * HEIGHT;
            const unnamed = HEIGHT - named - media;
            return (
              <g key={p.start}>
                <title>{titles[i]}</title>
                <rect class="bar-named" x={x} y={HEIGHT - named} width={COLUMN} height={named} />
                <rect class="bar-media" x={x} y={HEIGHT - named - media} width={COLUMN} height={media} />
                <rect class="bar-unnamed" x={x} y={0} width={COLUMN} height={Math.max(unnamed, 0)} />
              </g>
            );
          })}
        </svg>
        <figcaption>{t('memoryChartCited')}</figcaption>
      </figure>
      <figure class="site-chart">
        <svg class="chart direct" viewBox={`0 0 ${width} ${HEIGHT}`} focusable="false">
          {periods.map((p, i) => {
            const x = i * (COLUMN + GAP);
            const s = shares(p.counts);
            const h = s.attributions === 0 ? 1 : Math.max(s.direct * HEIGHT, 1);
            return (
              <g key={p.start}>
                <title>{titles[i]}</title>
                <rect class="bar-track" x={x} y={0} width={COLUMN} height={HEIGHT} />
                <rect class={s.attributions === 0 ? 'bar-empty' : 'bar-direct'} x={x} y={HEIGHT - h} width={COLUMN} height={h} />
              </g>
            );
          })}
        </svg>
        <figcaption>{t('memoryChartDirect')}</figcaption>
      </figure>
    </div>
  );
}

/** A site's sourcing in words: the charts' totals. */
export function profileWords(counts: PeriodCounts['counts']): string {
  const s = shares(counts);
  return t('memoryProfile', [pct(s.named), pct(s.media), pct(s.unnamed), pct(s.direct)]);
}
