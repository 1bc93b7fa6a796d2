import { describe, expect, it } from 'vitest';
import { analyze } from './index';

// Pathological inputs of n characters. The engine must stay linear: each is timed at n and 4n and
// the ratio must stay far below the 16 a quadratic blow-up would give. No wall-clock limit: only the
// ratio is checked, with the best of three runs and room for garbage-collection noise on a shared
// machine (linear measures 4-6 here, quadratic 16).
const shapes: Array<[string, (n: number) => string]> = [
  ['thousands of unmatched quotation marks', (n) => '“He said ”, “ " ‘ she '.repeat(Math.ceil(n / 22)).slice(0, n)],
  ['one paragraph of megabytes', (n) => 'The minister said the plan, which was announced, would work, officials said. '.repeat(Math.ceil(n / 78)).slice(0, n)],
  ['capitalised words in a row', (n) => 'Word '.repeat(Math.ceil(n / 5)).slice(0, n)],
  ['a "said" on every line', (n) => 'he said\n'.repeat(Math.ceil(n / 8)).slice(0, n)],
  ['quotes opened at every paragraph', (n) => '“And more words said here\n\n'.repeat(Math.ceil(n / 27)).slice(0, n)],
  ['commas and according to', (n) => ', according to X, said Y, '.repeat(Math.ceil(n / 26)).slice(0, n)],
];

// CPU time of this test process (vitest runs each file in a process of its own), not the wall clock: other
// test files running at the same time on the same cores then cannot make the larger run look slower.
function bestTime(text: string): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const c0 = process.cpuUsage();
    analyze({ text });
    const used = process.cpuUsage(c0);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

describe('linear time', () => {
  it.each(shapes)('%s: 4x the text takes well under 16x the time', (_name, make) => {
    // Half a megabyte and two: below that, a run can fit in V8's young generation and look faster than
    // linear (256 KB of one shape measured 27 ms where 128 KB took 72), which inflates the ratio.
    const small = make(512 * 1024);
    const large = make(2048 * 1024);
    const report = analyze({ text: large });
    expect(report.textLength).toBe(large.length);
    const ratio = bestTime(large) / Math.max(bestTime(small), 0.5);
    expect(ratio).toBeLessThan(12);
  }, 120_000);
});
