import { describe, expect, it } from 'vitest';
import { analyze } from './index';

// Pathological inputs of n characters. The engine must stay linear: one run over 4n characters is
// timed against four runs over n, the same amount of text. A linear engine takes about as long for both
// (0.9-1.4 here, under a parallel test run); a quadratic one takes four times as long for the one long
// text. No wall-clock limit: only the ratio is checked, with the best of three runs. (Timing n against 4n
// instead was swayed by the garbage collector: a small run can fit in V8's young generation, and a 4x ratio
// of a linear shape once measured 13 and once 18, near the 16 of a quadratic one.)
const shapes: Array<[string, (n: number) => string]> = [
  ['thousands of unmatched quotation marks', (n) => '“He said ”, “ " ‘ she '.repeat(Math.ceil(n / 22)).slice(0, n)],
  ['one paragraph of megabytes', (n) => 'The minister said the plan, which was announced, would work, officials said. '.repeat(Math.ceil(n / 78)).slice(0, n)],
  ['capitalised words in a row', (n) => 'Word '.repeat(Math.ceil(n / 5)).slice(0, n)],
  ['a "said" on every line', (n) => 'he said\n'.repeat(Math.ceil(n / 8)).slice(0, n)],
  ['quotes opened at every paragraph', (n) => '“And more words said here\n\n'.repeat(Math.ceil(n / 27)).slice(0, n)],
  ['commas and according to', (n) => ', according to X, said Y, '.repeat(Math.ceil(n / 26)).slice(0, n)],
];

// CPU time of this test process (vitest runs each file in a process of its own), not the wall clock: other
// test files running at the same time on the same cores then cannot make one run look slower.
function bestTime(run: () => void): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const c0 = process.cpuUsage();
    run();
    const used = process.cpuUsage(c0);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

describe('linear time', () => {
  it.each(shapes)('%s: one text of 2 MB takes about as long as four of 512 KB', (_name, make) => {
    const small = make(512 * 1024);
    const large = make(2048 * 1024);
    const report = analyze({ text: large });
    expect(report.textLength).toBe(large.length);
    const four = bestTime(() => {
      for (let k = 0; k < 4; k++) analyze({ text: small });
    });
    const ratio = bestTime(() => analyze({ text: large })) / Math.max(four, 0.5);
    expect(ratio).toBeLessThan(2.5);
  }, 120_000);
});
