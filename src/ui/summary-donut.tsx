import type { SourceKind } from '../engine/types';
import { KINDS, type Summary } from './summary';

// The ring's circumference is 100 so each segment's dash length is its percentage.
const RADIUS = 100 / (2 * Math.PI);

/**
 * A ring of the page's attributions by kind of source, with the number of sources in the middle.
 * Decorative: the summary's words say the same, so the picture is hidden from assistive technology.
 */
export function SummaryDonut({ summary }: { summary: Summary }) {
  let offset = 0;
  const segments: { kind: SourceKind; length: number; start: number }[] = [];
  for (const kind of KINDS) {
    const count = summary.attributionsByKind[kind];
    if (count === 0 || summary.attributions === 0) continue;
    const length = (count / summary.attributions) * 100;
    segments.push({ kind, length, start: offset });
    offset += length;
  }
  return (
    <svg class="donut" viewBox="0 0 42 42" aria-hidden="true" focusable="false">
      <circle class="donut-track" cx="21" cy="21" r={RADIUS} />
      {segments.map(({ kind, length, start }) => (
        <circle
          key={kind}
          class={`donut-segment kind-${kind}`}
          cx="21"
          cy="21"
          r={RADIUS}
          stroke-dasharray={`${Math.max(length - (segments.length > 1 ? 1 : 0), 0.5)} ${100 - length + (segments.length > 1 ? 1 : 0)}`}
          // Start at twelve o'clock and run clockwise.
          stroke-dashoffset={25 - start}
        />
      ))}
      <text class="donut-number" x="21" y="21" text-anchor="middle" dominant-baseline="central">
        {summary.sources}
      </text>
    </svg>
  );
}
