import type { Report, SourceKind } from '../engine/types';

export const KINDS: readonly SourceKind[] = ['person', 'organization', 'media', 'anonymous'];

export interface Summary {
  /** Distinct sources in the report. */
  sources: number;
  /** Sources of each kind. */
  sourcesByKind: Record<SourceKind, number>;
  attributions: number;
  /** Attributions resting on each kind of source; those with no source at all count as anonymous. */
  attributionsByKind: Record<SourceKind, number>;
  direct: number;
  indirect: number;
  mixed: number;
  /** Attributions resting on an unnamed source or on none. */
  unnamed: number;
  /** unnamed / attributions, from 0 to 1; 0 when there are no attributions. */
  unnamedShare: number;
}

const zero = (): Record<SourceKind, number> => ({ person: 0, organization: 0, media: 0, anonymous: 0 });

/**
 * Counts a report's sourcing in one pass over sources and one over attributions. An attribution whose
 * sourceId is null or names no source in the report counts as unnamed; an empty report gives all zeros.
 */
export function summarize(report: Report): Summary {
  const kindOf = new Map<string, SourceKind>();
  const sourcesByKind = zero();
  for (const source of report.sources) {
    kindOf.set(source.id, source.kind);
    sourcesByKind[source.kind] += 1;
  }
  const attributionsByKind = zero();
  let direct = 0;
  let indirect = 0;
  let mixed = 0;
  for (const attribution of report.attributions) {
    const kind = (attribution.sourceId !== null && kindOf.get(attribution.sourceId)) || 'anonymous';
    attributionsByKind[kind] += 1;
    if (attribution.type === 'direct') direct += 1;
    else if (attribution.type === 'indirect') indirect += 1;
    else mixed += 1;
  }
  const attributions = report.attributions.length;
  const unnamed = attributionsByKind.anonymous;
  return {
    sources: report.sources.length,
    sourcesByKind,
    attributions,
    attributionsByKind,
    direct,
    indirect,
    mixed,
    unnamed,
    unnamedShare: attributions === 0 ? 0 : unnamed / attributions,
  };
}
