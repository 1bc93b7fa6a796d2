import type { SourceKind } from '../engine/types';
import { type MessageKey, t } from './i18n';
import { KINDS, type Summary } from './summary';
import { SummaryDonut } from './summary-donut';
import { summaryText } from './summary-text';

const LEGEND: Record<SourceKind, MessageKey> = {
  person: 'legendPerson',
  organization: 'legendOrganization',
  media: 'legendMedia',
  anonymous: 'legendAnonymous',
};

/** The page's sourcing at a glance: a ring by kind of source and three short lines of words. */
export function SummaryView({ summary }: { summary: Summary }) {
  const words = summaryText(summary);
  return (
    <section class="summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading" class="visually-hidden">
        {t('summaryHeading')}
      </h2>
      <SummaryDonut summary={summary} />
      <div class="summary-words">
        <p class="summary-sources">{words.sources}</p>
        <p>{words.attributions}</p>
        {words.unnamed && <p class={summary.unnamedShare >= 0.5 ? 'summary-unnamed is-high' : 'summary-unnamed'}>{words.unnamed}</p>}
      </div>
      <ul class="legend" aria-hidden="true">
        {KINDS.filter((kind) => summary.attributionsByKind[kind] > 0).map((kind) => (
          <li key={kind}>
            <span class={`swatch kind-${kind}`} />
            {t(LEGEND[kind])}
          </li>
        ))}
      </ul>
    </section>
  );
}
