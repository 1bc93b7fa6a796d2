import { anonymousNouns } from '../engine/lexicons';
import type { Report } from '../engine/types';

/** One PolNeAR article as stored in the jsonl splits (see ../shared/corpus/polnear/README.md). */
export interface PolnearDoc {
  id: string;
  text: string;
  attributions: Array<{
    source: { segments: Array<[number, number]>; text: string } | null;
    cue: { segments: Array<[number, number]>; text: string };
    contents: Array<{ segments: Array<[number, number]>; text: string }>;
    direct: boolean;
    source_kind: 'mention' | 'pronoun' | 'none';
  }>;
}

// The scorer's speech words, exactly as ../shared/tools/score-polnear.py lists them.
const SPEECH = new Set(
  `said say says saying told tell tells telling according added adding add adds wrote write writes writing
reported report reports reporting stated state states explained explains noted notes argued argues asserted asserts
claimed claims claiming insisted insists warned warns warning announced announces acknowledged acknowledges admitted
admits declared declares denied denies replied replies responded responds asked asks tweeted tweets tweeting posted
recalled recalls remarked suggested suggests testified complained complains countered conceded quipped joked predicted
predicts promised promises vowed vows urged urges confirmed confirms emphasized stressed continued continues
described describes called calls calling statement interview quoted quoting cited citing pointed agreed agrees
disputed mused observed observes boasted bragged charged alleged alleges contended contends maintained maintains`.split(/\s+/),
);
const QUOTES = '“”"‘’\'«»„';
const TRIM = QUOTES + ' ,.;:\n';

export type TypeClass = 'direct' | 'indirect' | 'mixed';
export type SourceClass = 'named' | 'pronoun' | 'unnamed' | 'none';

export interface GoldItem {
  chars: Set<number>;
  direct: boolean;
  speech: boolean;
  src: Set<number> | null;
  typeClass: TypeClass;
  sourceClass: SourceClass;
  label: string;
}

export interface PredItem {
  chars: Set<number>;
  direct: boolean;
  type: TypeClass;
  men: Set<number>;
  unknown: boolean;
  label: string;
}

/** True when the cue holds a speech word, or is a bare colon, as the shared scorer decides. */
export function isSpeech(cue: string): boolean {
  if (cue.trim() === ':') return true;
  return (cue.toLowerCase().match(/[a-z]+/g) ?? []).some((t) => SPEECH.has(t));
}

/** Character positions of the segments after trimming quote marks, spaces and , . ; : from both ends. */
export function charset(segs: Array<[number, number]>, text: string): Set<number> {
  const out = new Set<number>();
  for (let [a, b] of segs) {
    while (a < b && TRIM.includes(text[a]!)) a++;
    while (b > a && TRIM.includes(text[b - 1]!)) b--;
    for (let i = a; i < b; i++) out.add(i);
  }
  return out;
}

export function dice(x: Set<number>, y: Set<number>): number {
  if (x.size === 0 || y.size === 0) return 0;
  let n = 0;
  const [small, big] = x.size < y.size ? [x, y] : [y, x];
  for (const v of small) if (big.has(v)) n++;
  return (2 * n) / (x.size + y.size);
}

/** Share of the content's letters that lie inside double quotation marks. */
function quotedShare(segs: Array<[number, number]>, text: string): number {
  let inside = 0;
  let total = 0;
  for (const [a, b] of segs) {
    let open = false;
    for (let i = a; i < b; i++) {
      const ch = text[i]!;
      if (ch === '“') open = true;
      else if (ch === '”') open = false;
      else if (ch === '"') open = !open;
      else if (/\p{L}/u.test(ch)) {
        total++;
        if (open) inside++;
      }
    }
  }
  return total ? inside / total : 0;
}

/** Gold attributions of one article with their classes (see docs/ACCURACY.md). */
export function goldItems(doc: PolnearDoc): GoldItem[] {
  const text = doc.text;
  return doc.attributions.map((g) => {
    const segs = g.contents.flatMap((c) => c.segments);
    const typeClass: TypeClass = !g.direct ? 'indirect' : quotedShare(segs, text) >= 0.8 ? 'direct' : 'mixed';
    let sourceClass: SourceClass = 'none';
    if (g.source) {
      if (g.source_kind === 'pronoun') sourceClass = 'pronoun';
      else {
        const words = g.source.text.toLowerCase().match(/[\p{L}]+/gu) ?? [];
        const named = /\p{Lu}\p{Ll}/u.test(g.source.text.replace(/^\p{Lu}/u, ''));
        sourceClass = words.some((w) => anonymousNouns.has(w)) && !named ? 'unnamed' : 'named';
      }
    }
    const src = g.source ? new Set<number>() : null;
    if (g.source && src) for (let i = g.source.segments[0]![0]; i < g.source.segments[0]![1]; i++) src.add(i);
    return {
      chars: charset(segs, text),
      direct: g.direct,
      speech: g.direct || isSpeech(g.cue.text),
      src,
      typeClass,
      sourceClass,
      label: `[${g.source?.text ?? '-'}] <${g.cue.text}> ${g.contents.map((c) => c.text).join(' | ')}`,
    };
  });
}

/** Predicted attributions of one report, in the scorer's terms. */
export function predItems(report: Report, text: string): PredItem[] {
  return report.attributions.map((a) => {
    const men = new Set<number>();
    if (a.mention) for (let i = a.mention.start; i < a.mention.end; i++) men.add(i);
    return {
      chars: charset(a.content.map((c) => [c.start, c.end] as [number, number]), text),
      direct: a.type === 'direct',
      type: a.type,
      men,
      unknown: a.sourceId === null,
      label: `[${a.mention?.text ?? '-'}] <${a.cue.text}> ${a.content.map((c) => c.text).join(' | ')}`,
    };
  });
}
