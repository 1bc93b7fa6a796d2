/**
 * `npm run eval -- FILE.jsonl [--errors N]`: scores the engine on a PolNeAR split by the rules of
 * ../shared/corpus/polnear/README.md (the same as ../shared/tools/score-polnear.py), with a
 * breakdown by class and, with --errors, sample misses, false positives and wrong speakers.
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../engine/index';
import { loadLanguages } from './languages';

// Every language the engine reads, as the extension reads a page with all of them.
const languages = await loadLanguages();
import { dice, goldItems, predItems, type PolnearDoc, type SourceClass, type TypeClass } from './polnear-score';

// Piping into `head` closes stdout early: that is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

const args = process.argv.slice(2);
let errors = 0;
const files: string[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--errors') errors = Number(args[++i] ?? 'x');
  else files.push(args[i]!);
}
if (files.length !== 1 || !Number.isInteger(errors) || errors < 0) {
  console.error('usage: npm run eval -- FILE.jsonl [--errors N]');
  process.exit(2);
}
let docs: PolnearDoc[];
try {
  docs = readFileSync(files[0]!, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as PolnearDoc);
} catch (err) {
  console.error(`${files[0]}: cannot read the split (${(err as Error).message})`);
  process.exit(1);
}

type Tally = { gold: number; found: number; spkN: number; spkOk: number; pred: number; tp: number };
const tally = (): Tally => ({ gold: 0, found: 0, spkN: 0, spkOk: 0, pred: 0, tp: 0 });
const all = tally();
const direct = tally();
const byType: Record<TypeClass, Tally> = { direct: tally(), indirect: tally(), mixed: tally() };
const bySource: Record<SourceClass, Tally> = { named: tally(), pronoun: tally(), unnamed: tally(), none: tally() };
let unknown = 0;
const samples: Record<string, string[]> = {};
const sample = (kind: string, line: string) => (samples[kind] ??= []).push(line);

for (const doc of docs) {
  const text = doc.text;
  const nl = text.indexOf('\n');
  const report = analyze({ text, title: (nl >= 0 ? text.slice(0, nl) : text).trim() || null }, { languages });
  const golds = goldItems(doc);
  const preds = predItems(report, text);
  for (const p of preds) {
    all.pred++;
    byType[p.type].pred++;
    if (p.direct) direct.pred++;
    if (p.unknown) unknown++;
    const best = golds.reduce((m, g) => Math.max(m, dice(p.chars, g.chars)), 0);
    if (best >= 0.5) {
      all.tp++;
      byType[p.type].tp++;
      if (p.direct) direct.tp++;
    } else sample(`false positive (${p.type})`, `${doc.id}: ${p.label}`);
  }
  for (const g of golds) {
    if (!g.speech) continue;
    const groups = [all, byType[g.typeClass], bySource[g.sourceClass], ...(g.direct ? [direct] : [])];
    for (const t of groups) t.gold++;
    let best = 0;
    let bestPred = preds[0];
    for (const p of preds) {
      const d = dice(p.chars, g.chars);
      if (d > best) { best = d; bestPred = p; }
    }
    if (best < 0.5 || !bestPred) {
      sample(`miss (${g.typeClass}, ${g.sourceClass})`, `${doc.id}: ${g.label}` + (best > 0 && bestPred ? `\n      best ${best.toFixed(2)}: ${bestPred.label}` : ''));
      continue;
    }
    for (const t of groups) t.found++;
    if (g.src) {
      let ok = false;
      for (const i of bestPred.men) if (g.src.has(i)) { ok = true; break; }
      for (const t of groups) {
        t.spkN++;
        if (ok) t.spkOk++;
      }
      if (!ok) sample(`wrong speaker (${g.sourceClass})`, `${doc.id}: gold ${g.label}\n      pred ${bestPred.label}`);
    }
  }
}

const r = (a: number, b: number) => (b ? a / b : 0);
const f = (x: number) => x.toFixed(Number(process.env.EVAL_DIGITS) || 3);
const f1 = (p: number, q: number) => r(2 * p * q, p + q);
const P = r(all.tp, all.pred);
const R = r(all.found, all.gold);
const Pd = r(direct.tp, direct.pred);
const Rd = r(direct.found, direct.gold);
console.log(`${files[0]}: ${docs.length} articles, ${all.gold} gold attributions scored, ${all.pred} predicted`);
console.log(`precision ${f(P)}  recall ${f(R)}  F1 ${f(f1(P, R))}`);
console.log(`direct quotes: precision ${f(Pd)}  recall ${f(Rd)}  F1 ${f(f1(Pd, Rd))}`);
console.log(`speaker accuracy ${f(r(all.spkOk, all.spkN))} (${all.spkOk}/${all.spkN})`);
console.log(`unknown source (sourceId null): ${f(r(unknown, all.pred))} of predictions (${unknown}/${all.pred})`);
console.log('by type     gold  recall  precision  speaker');
for (const [k, t] of Object.entries(byType)) {
  console.log(`  ${k.padEnd(9)} ${String(t.gold).padStart(5)}  ${f(r(t.found, t.gold))}   ${f(r(t.tp, t.pred))}     ${f(r(t.spkOk, t.spkN))} (${t.spkN})`);
}
console.log('by source   gold  recall  speaker');
for (const [k, t] of Object.entries(bySource)) {
  console.log(`  ${k.padEnd(9)} ${String(t.gold).padStart(5)}  ${f(r(t.found, t.gold))}   ${k === 'none' ? '  -  ' : f(r(t.spkOk, t.spkN))} (${t.spkN})`);
}
if (errors > 0) {
  for (const [kind, lines] of Object.entries(samples).sort()) {
    console.log(`\n## ${kind}: ${lines.length}`);
    // An even spread over the split, so each run shows the same cases.
    const step = Math.max(1, Math.floor(lines.length / errors));
    for (let i = 0, n = 0; i < lines.length && n < errors; i += step, n++) console.log(`  ${lines[i]}`);
  }
}
