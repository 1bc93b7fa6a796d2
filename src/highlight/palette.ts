/**
 * How a mark looks. Colours are translucent tints over whatever the page's background is, so the page's
 * own text colour stays readable on light and dark pages alike; the text colour itself is never changed.
 */
import type { AttributionType, SourceKind } from '../engine/types';
import type { MarkPart } from './names';

// Eight hues far apart on the wheel, each legible as a 30% tint under dark text on white and under
// light text on near-black (checked by eye on the seed article in both schemes).
const HUES: readonly string[] = [
  '255 184 0', // amber
  '0 160 240', // sky
  '60 180 75', // green
  '240 50 120', // pink
  '150 80 220', // violet
  '0 170 160', // teal
  '255 110 40', // orange
  '90 110 230', // indigo
];
// Unnamed sources all share one neutral slate, drawn hatched: "officials said" should look unlike any named person.
const ANONYMOUS = '130 140 160';

export interface MarkLook {
  part: MarkPart;
  kind: SourceKind | null;
  type: AttributionType;
  tone: number;
}

/** The colour of a source ("r g b"): the palette by its position in the report, slate for anonymous or missing sources. */
export function toneColor(kind: SourceKind | null, tone: number): string {
  if (kind === null || kind === 'anonymous' || tone < 0) return ANONYMOUS;
  return HUES[tone % HUES.length]!;
}

/** CSS for one mark's shadow root (`:host` is the mark). Every declaration is !important: inside a shadow root that beats any page rule. */
export function markCss(look: MarkLook): string {
  const c = toneColor(look.kind, look.tone);
  const anonymous = look.kind === null || look.kind === 'anonymous';
  const decl: string[] = ['all:unset', 'display:inline', 'border-radius:2px', 'box-decoration-break:clone', '-webkit-box-decoration-break:clone'];
  if (look.part === 'content') {
    // Direct words get the full tint; reported speech is quieter; unnamed sources are hatched.
    const alpha = look.type === 'indirect' ? 0.14 : 0.3;
    decl.push(
      anonymous
        ? `background:repeating-linear-gradient(135deg,rgb(${c} / ${alpha + 0.1}) 0 3px,rgb(${c} / ${alpha / 2}) 3px 6px)`
        : `background:rgb(${c} / ${alpha})`,
    );
  } else {
    const style = anonymous ? 'dashed' : 'solid';
    const width = look.part === 'mention' ? '2px' : '1.5px';
    decl.push(`text-decoration:underline ${style} rgb(${c}) ${width}`, 'text-underline-offset:3px');
  }
  const host = decl.map((d) => `${d}!important`).join(';');
  return `:host{${host}}:host(:focus){outline:2px solid rgb(${c})!important;outline-offset:1px!important}`;
}

/** CSS added for a moment to draw the eye to a mark (the popup's "show me this quote"). */
export function flashCss(look: MarkLook): string {
  const c = toneColor(look.kind, look.tone);
  return `@keyframes sl-flash{0%,60%{box-shadow:0 0 0 3px rgb(${c})}100%{box-shadow:0 0 0 0 rgb(${c} / 0)}}:host{animation:sl-flash 1.2s ease-out!important}@media (prefers-reduced-motion:reduce){:host{animation:none!important;outline:3px solid rgb(${c})!important}}`;
}
