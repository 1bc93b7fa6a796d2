import type { SourceKind } from '../engine/types';
import { type PluralKey, type Translate, t, tn } from './i18n';
import type { Summary } from './summary';

const KIND_COUNT: Record<SourceKind, PluralKey> = {
  person: 'countPerson',
  organization: 'countOrganization',
  media: 'countMedia',
  anonymous: 'countAnonymous',
};

export interface SummaryText {
  /** "8 sources: 3 people, 1 organization, 1 media outlet, 3 unnamed." */
  sources: string;
  /** "10 attributions: 2 direct, 8 indirect." */
  attributions: string;
  /** "30% of attributions rest on unnamed sources." Empty when there are no attributions. */
  unnamed: string;
}

/**
 * Puts a summary into words. Kinds and types with a count of zero are left out of the lists; a report
 * with no sources or no attributions says so plainly instead of listing zeros.
 */
export function summaryText(summary: Summary, tr: Translate = t): SummaryText {
  const separator = tr('listSeparator');
  const kinds = (Object.keys(KIND_COUNT) as SourceKind[])
    .filter((kind) => summary.sourcesByKind[kind] > 0)
    .map((kind) => tn(KIND_COUNT[kind], summary.sourcesByKind[kind], [], tr));
  const types = [
    summary.direct > 0 ? tn('countDirect', summary.direct, [], tr) : '',
    summary.indirect > 0 ? tn('countIndirect', summary.indirect, [], tr) : '',
    summary.mixed > 0 ? tn('countMixed', summary.mixed, [], tr) : '',
  ].filter((part) => part !== '');
  return {
    sources:
      summary.sources === 0
        ? tr('summaryNoSources')
        : tr('summaryLine', [tn('countSources', summary.sources, [], tr), kinds.join(separator)]),
    attributions:
      summary.attributions === 0
        ? tr('summaryNoAttributions')
        : tr('summaryLine', [tn('countAttributions', summary.attributions, [], tr), types.join(separator)]),
    unnamed:
      summary.attributions === 0 ? '' : tr('summaryUnnamedShare', Math.round(summary.unnamedShare * 100)),
  };
}
