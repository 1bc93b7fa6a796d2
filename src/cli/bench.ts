/**
 * `npm run bench [-- FILE.jsonl]`: the engine's speed on one core over a PolNeAR split (the train
 * split by default): MB of article text per second after a warm-up pass, and the median time per
 * article. Targets: >= 10 MB/s, median < 1 ms.
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../engine/index';
import { loadLanguages } from './languages';

// Every language the engine reads, as the extension reads a page with all of them.
const languages = await loadLanguages();

const file = process.argv[2] ?? '/work/shared/corpus/polnear/polnear_train.jsonl';
let texts: string[];
try {
  texts = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { text: string }).text);
} catch (err) {
  console.error(`${file}: cannot read the split (${(err as Error).message})`);
  process.exit(1);
}
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
const run = () => {
  const times: number[] = [];
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (const text of texts) {
    const s = performance.now();
    analyze({ text }, { languages });
    times.push(performance.now() - s);
  }
  const total = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { total, cpu: (c.user + c.system) / 1000, times };
};
run(); // warm-up: let the JIT compile the engine before measuring
const rounds = 3;
let best = Infinity;
let bestCpu = Infinity;
let medians: number[] = [];
for (let r = 0; r < rounds; r++) {
  const { total, cpu, times } = run();
  best = Math.min(best, total);
  bestCpu = Math.min(bestCpu, cpu);
  times.sort((a, b) => a - b);
  medians.push(times[Math.floor(times.length / 2)]!);
}
medians = medians.sort((a, b) => a - b);
const mb = bytes / 1e6;
console.log(`${file}: ${texts.length} articles, ${mb.toFixed(2)} MB of text`);
console.log(`throughput ${(mb / (best / 1000)).toFixed(1)} MB/s wall clock, ${(mb / (bestCpu / 1000)).toFixed(1)} MB/s of CPU time (best of ${rounds} passes after warm-up, one core)`);
// CPU time is what the engine costs; wall clock also counts time the OS gave to other processes.
console.log(`median article ${medians[1]!.toFixed(3)} ms, whole split ${best.toFixed(0)} ms`);
