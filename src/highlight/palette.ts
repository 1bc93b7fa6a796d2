/**
 * How a mark looks. Colours are translucent tints over whatever the page's background is, so the page's
 * own text colour stays readable on light and dark pages alike; the text colour itself is never changed.
 * Styles go on the mark's own style attribute with !important: no page rule can beat an inline !important
 * declaration, no stylesheet is added to the page, and a mark costs no style scope of its own (a shadow
 * root per mark made style recalculation the main cost on long pages).
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

// What page CSS most often does to "every element" that would break an inline highlight.
const RESET = [
  'display:inline',
  'margin:0',
  'padding:0',
  'border-style:none', // no border is drawn, whatever its width (the `border` shorthand sets 17 properties)
  'float:none',
  'position:static',
  // The parent's type, property by property (the `font` shorthand sets 19, each copied into every mark).
  'font-family:inherit',
  'font-size:inherit',
  'font-weight:inherit',
  'font-style:inherit',
  'line-height:inherit',
  'color:inherit',
  'letter-spacing:inherit',
  'text-transform:inherit',
  'vertical-align:baseline',
  'border-radius:2px',
  'box-decoration-break:clone',
  '-webkit-box-decoration-break:clone',
];

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

/** The declarations every mark shares, as an inline style value (each !important). */
export const RESET_CSS = RESET.map((d) => `${d}!important`).join(';');

/**
 * One string per look: marks with the same key look the same, and marks that look the same share a key
 * (what lookDeclarations reads: the part, the colour, unnamed or not, and for quoted words direct or
 * reported). Each key costs the marker one styled template, so a long article's dozens of sources come
 * to a few dozen keys.
 */
export function lookKey(look: MarkLook): string {
  const anonymous = look.kind === null || look.kind === 'anonymous';
  const colour = toneColor(look.kind, look.tone);
  return look.part === 'content' ? `content|${anonymous}|${look.type === 'indirect'}|${colour}` : `${look.part}|${anonymous}|${colour}`;
}

/** What sets one look apart from the others, as [property, value] pairs (each set !important after RESET). */
export function lookDeclarations(look: MarkLook): Array<[string, string]> {
  const c = toneColor(look.kind, look.tone);
  const anonymous = look.kind === null || look.kind === 'anonymous';
  if (look.part === 'content') {
    // Direct words get the full tint; reported speech is quieter; unnamed sources are hatched.
    const alpha = look.type === 'indirect' ? 0.14 : 0.3;
    return [
      [
        'background',
        anonymous ? `repeating-linear-gradient(135deg,rgb(${c} / ${alpha + 0.1}) 0 3px,rgb(${c} / ${alpha / 2}) 3px 6px)` : `rgb(${c} / ${alpha})`,
      ],
    ];
  }
  const style = anonymous ? 'dashed' : 'solid';
  const width = look.part === 'mention' ? '2px' : '1.5px';
  return [
    ['background', 'none'],
    ['text-decoration', `underline ${style} rgb(${c}) ${width}`],
    ['text-underline-offset', '3px'],
  ];
}

const cache = new Map<string, string>();

/** The inline style of a mark (a style attribute value, every declaration !important); one string per look, cached. */
export function markStyle(look: MarkLook): string {
  const key = lookKey(look);
  const hit = cache.get(key);
  if (hit) return hit;
  const css = [RESET_CSS, ...lookDeclarations(look).map(([p, v]) => `${p}:${v}!important`)].join(';');
  cache.set(key, css);
  return css;
}

/** The focus ring of the reader's current quote (keyboard reading), in the source's colour. */
export function focusRing(look: MarkLook): string {
  return `rgb(${toneColor(look.kind, look.tone)}) solid 2px`;
}

/** Keyframes that draw the eye to a mark for a moment (the popup's "show me this quote"); a steady ring when motion is reduced. */
export function flashFrames(look: MarkLook, reducedMotion: boolean): Keyframe[] {
  const c = toneColor(look.kind, look.tone);
  return reducedMotion
    ? [{ outline: `3px solid rgb(${c})` }, { outline: `3px solid rgb(${c})` }]
    : [{ boxShadow: `0 0 0 4px rgb(${c})` }, { boxShadow: `0 0 0 4px rgb(${c})`, offset: 0.6 }, { boxShadow: `0 0 0 0 rgb(${c} / 0)` }];
}
