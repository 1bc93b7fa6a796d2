/**
 * `npm run bench:hostile [-- NAME...]`: each pathological page (scripts/pathological-pages.ts) in real
 * Chromium with the CPU throttled 4x, with Sourcelight loaded, each in a browser of its own. Prints, per
 * page, the longest stretch of our code in one main-thread task (target: none over 50 ms), the tab state
 * it settled in, our code's time after that (target: idle), whether the page stopped answering, and
 * anything thrown. Exits 1 when a page misses a target. HOSTILE_WHERE=1 also prints where our code spent
 * its worst task (sampled frames); build with SOURCELIGHT_NO_MINIFY=1 to read the names.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { copyBuild, hostileProblems, LONG_TASK_MS, measureHostile, type HostileMeasurement } from '../test/e2e/hostile/measure-page';
import { writePathologicalPages } from './make-pathological';

function describe(m: HostileMeasurement): string {
  if (m.blockedCapped) {
    return `     load ${m.loadMs} ms; state ${m.state ?? 'none'}; the page stopped answering and was still blocked ${Math.round(m.blockedMs! / 1000)} s later`;
  }
  return (
    `     load ${m.loadMs} ms; state ${m.state ?? 'none'}; ${m.marks} marks; self-reported busy ${m.reportedBusyMs ?? '-'} ms\n` +
    `     our code: ${m.oursTotalMs} ms in all; at most ${m.maxOursInOneTaskMs} ms in one task; ${m.tasksWithOursOverLimit} task(s) over ${LONG_TASK_MS} ms` +
    (m.longestTaskWithOurs ? `; longest task we ran in: ${m.longestTaskWithOurs.durationMs} ms (${m.longestTaskWithOurs.oursMs} ms ours)` : '') +
    `\n     after settling: ${m.oursAfterSettleMs} ms of our code; states published: ${m.statesPublished.join(', ') || 'none'}; errors: ${m.errors.length}` +
    (process.env.HOSTILE_WHERE && m.worstTaskWhere ? `\n     where (worst task): ${m.worstTaskWhere.map(([f, ms]) => `\n       ${ms.toFixed(1)} ms ${f}`).join('')}` : '')
  );
}

async function main(names: string[]): Promise<number> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sourcelight-hostile-'));
  process.once('SIGINT', () => void rm(dir, { recursive: true, force: true }));
  let failed = 0;
  try {
    const extensionPath = await copyBuild(await mkdtemp(path.join(dir, 'build-')));
    const files = (await writePathologicalPages(dir)).map((f) => path.basename(f));
    const chosen = names.length > 0 ? files.filter((f) => names.some((n) => f.includes(n))) : files;
    console.log(`Chromium, CPU throttled 4x, Sourcelight loaded. ${chosen.length} page(s).\n`);
    for (const file of chosen) {
      let m: HostileMeasurement;
      try {
        m = await measureHostile(dir, file, { extensionPath });
      } catch (error) {
        failed++;
        console.log(`FAIL ${file}\n     -> ${(error as Error).message.split('\n')[0]}`);
        continue;
      }
      const problems = hostileProblems(m);
      if (problems.length > 0) failed++;
      console.log(`${problems.length ? 'FAIL' : 'ok  '} ${file}\n${describe(m)}${problems.length ? `\n     -> ${problems.join('; ')}` : ''}`);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  console.log(`\n${failed === 0 ? 'All pages met the targets.' : `${failed} page(s) missed a target.`}`);
  return failed === 0 ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
