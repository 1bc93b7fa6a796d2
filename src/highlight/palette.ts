/**
 * How a mark looks. Colours are translucent tints over whatever the page's background is, so the page's
 * own text colour stays readable on light and dark pages alike; the text colour itself is never changed.
 * A mark carries its look's name (`data-look`); one stylesheet, declared in the manifest for the content
 * script (built from this file: see MARKS_CSS_PATH), draws every look. The browser injects it: it is no
 * node of the page, page scripts do not see it in `document.styleSheets`, and a mark costs no inline style
 * (copying 30 declarations into each mark was most of the time marking a long article took).
 * Every declaration is !important behind a selector of four ids' weight: a page rule beats it only with
 * !important and more than four ids aimed at every element.
 */
import type { AttributionType, SourceKind } from '../engine/types';
import { MARK_TAG, type MarkPart } from './names';

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
  'border:none',
  'float:none',
  'position:static',
  'font:inherit', // the parent's type
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

/**
 * The name of a look: marks with the same name look the same, and marks that look the same share a name
 * (what lookDeclarations reads: the part, the colour, unnamed or not, and for quoted words direct or
 * reported). `content-direct-3`, `content-indirect-anon`, `cue-0`, `mention-anon`.
 */
export function lookName(look: MarkLook): string {
  const colour = look.kind === null || look.kind === 'anonymous' || look.tone < 0 ? 'anon' : String(look.tone % HUES.length);
  return look.part === 'content' ? `content-${look.type === 'indirect' ? 'indirect' : 'direct'}-${colour}` : `${look.part}-${colour}`;
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
        anonymous ? `repeating-linear-gradient(135deg,rgb(${c} / ${+(alpha + 0.1).toFixed(2)}) 0 3px,rgb(${c} / ${alpha / 2}) 3px 6px)` : `rgb(${c} / ${alpha})`,
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

/** One look of each name, for the stylesheet: every part, direct and reported words, each colour and unnamed. */
export function allLooks(): MarkLook[] {
  const looks: MarkLook[] = [];
  for (let tone = -1; tone < HUES.length; tone++) {
    const kind: SourceKind = tone < 0 ? 'anonymous' : 'person';
    for (const type of ['direct', 'indirect'] as const) looks.push({ part: 'content', kind, type, tone });
    looks.push({ part: 'cue', kind, type: 'direct', tone }, { part: 'mention', kind, type: 'direct', tone });
  }
  return looks;
}

/** Where the built extension keeps the marks' stylesheet (the manifest names it for the content script). */
export const MARKS_CSS_PATH = 'content-scripts/marks.css';
// Four ids' weight for a selector that matches every mark: `:is()` weighs as its heaviest argument, and `*` matches.
const WEIGHT = ':is(#sl#sl#sl#sl,*)';

/** The marks' stylesheet: the shared reset for every mark, then each look by name, every declaration !important. */
export function marksCss(): string {
  const rule = (selector: string, declarations: Array<[string, string]>) =>
    `${selector}{${declarations.map(([p, v]) => `${p}:${v}!important`).join(';')}}`;
  const reset = RESET.map((d) => d.split(':') as [string, string]);
  return [
    rule(`${MARK_TAG}${WEIGHT}`, reset),
    ...allLooks().map((look) => rule(`${MARK_TAG}[data-look="${lookName(look)}"]${WEIGHT}`, lookDeclarations(look))),
  ].join('\n');
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
