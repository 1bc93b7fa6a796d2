/**
 * Hand-written annotation fixtures (test/fixtures/**\/marks.expected.json): who is cited for what, as
 * phrases, and how many marks each part becomes. `reportFor` turns the phrases into a report with real
 * offsets in the page reader's text, the way the engine would, so the highlighter is tested without
 * depending on what the engine finds today.
 */
import { readFileSync } from 'node:fs';
import type { Attribution, Report, Source, Span } from '../../../src/engine/types';

export type Phrase = string | { text: string; in: string };

export interface SpecAttribution {
  id: string;
  sourceId: string | null;
  type: Attribution['type'];
  content: Phrase[];
  cue: Phrase;
  mention: Phrase | null;
  /** Only in the text once the page has added its late paragraphs. */
  late?: boolean;
  marks: { content: number; cue: number; mention: number };
}

export interface MarksSpec {
  sources: Source[];
  attributions: SpecAttribution[];
}

export function loadSpec(file: string): MarksSpec {
  return JSON.parse(readFileSync(file, 'utf8')) as MarksSpec;
}

/** The span of `phrase` in `text`; throws unless the phrase (or its context) occurs exactly once. */
export function locate(text: string, phrase: Phrase): Span {
  const context = typeof phrase === 'string' ? phrase : phrase.in;
  const inner = typeof phrase === 'string' ? phrase : phrase.text;
  const at = text.indexOf(context);
  if (at < 0) throw new Error(`not in the text: ${JSON.stringify(context)}`);
  if (text.indexOf(context, at + 1) >= 0) throw new Error(`more than once in the text: ${JSON.stringify(context)}`);
  const offset = context.indexOf(inner);
  if (offset < 0) throw new Error(`${JSON.stringify(inner)} is not inside ${JSON.stringify(context)}`);
  return { start: at + offset, end: at + offset + inner.length, text: inner };
}

/** The report for `text`, with the late attributions only when `withLate`. */
export function reportFor(spec: MarksSpec, text: string, title: string | null, withLate: boolean): Report {
  const attributions = spec.attributions
    .filter((a) => withLate || !a.late)
    .map((a): Attribution => {
      const content = a.content.map((p) => locate(text, p));
      const paragraph = text.slice(0, content[0]!.start).split('\n\n').length - 1;
      return {
        id: a.id,
        sourceId: a.sourceId,
        type: a.type,
        cue: locate(text, a.cue),
        mention: a.mention === null ? null : locate(text, a.mention),
        content,
        paragraph,
      };
    });
  return { schema: 1, title, textLength: text.length, sources: spec.sources, attributions };
}

const SPACE = /\s+/g;
export const squash = (s: string) => s.replace(SPACE, ' ').trim();
