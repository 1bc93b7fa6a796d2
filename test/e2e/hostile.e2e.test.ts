/**
 * The hostile web, measured (issue 6): every pathological page (scripts/pathological-pages.ts) in real
 * Chromium with the CPU throttled 4x, each in a browser of its own. For each: no task runs more than
 * 50 ms of our code, the page keeps answering, Sourcelight publishes a state (it finished or gave up,
 * cleanly) and is idle afterwards, nothing throws, and nothing leaves 127.0.0.1.
 * `npm run bench:hostile` prints the same measurements.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writePathologicalPages } from '../../scripts/make-pathological';
import { makePathologicalPages } from '../../scripts/pathological-pages';
import { copyBuild, hostileProblems, measureHostile } from './hostile/measure-page';

const PAGES = makePathologicalPages().map((p) => [p.name, p.about] as const);
let dir = '';
let extensionPath = '';

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'sourcelight-hostile-'));
  await writePathologicalPages(dir);
  extensionPath = await copyBuild(await mkdtemp(path.join(dir, 'build-')));
});

afterAll(() => rm(dir, { recursive: true, force: true }));

describe('pathological pages, CPU throttled 4x', () => {
  it.each(PAGES)('%s (%s): responsive, settles, idle after, nothing thrown, nothing sent', async (name) => {
    const m = await measureHostile(dir, name, { extensionPath });
    expect(hostileProblems(m), JSON.stringify(m, null, 1)).toEqual([]);
  }, 360_000);
});
