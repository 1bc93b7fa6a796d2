// @vitest-environment node
/**
 * The hostile-web measurement's own arithmetic (test/e2e/hostile/trace-tasks.ts) on a small made-up
 * trace: tasks of the page's main thread, and profiler samples charged to our code only when a frame of
 * their stack comes from a chrome-extension:// script.
 */
import { describe, expect, it } from 'vitest';
import { profileTasks } from '../e2e/hostile/trace-tasks';

const PID = 7;
const TID = 1;
const PAGE = 'http://127.0.0.1:4000/page.html';
const ms = (n: number) => n * 1000; // trace times are microseconds

function trace() {
  const nodes = [
    { id: 1, callFrame: { url: '', functionName: '(root)' } },
    { id: 2, parent: 1, callFrame: { url: PAGE, functionName: 'pageWork' } },
    { id: 3, parent: 1, callFrame: { url: 'chrome-extension://abc/content-scripts/content.js', functionName: 'boot' } },
    { id: 4, parent: 3, callFrame: { url: '', functionName: 'layout' } }, // native work under our frame
    { id: 5, parent: 1, callFrame: { url: '', functionName: '(idle)' } },
  ];
  // One sample per ms from t=0: 0-59 page, 100-139 ours (boot), 140-179 ours (layout under boot), 200-209 idle.
  const samples: number[] = [];
  const deltas: number[] = [];
  let last = 0;
  const add = (from: number, to: number, node: number) => {
    for (let t = from; t < to; t++) {
      samples.push(node);
      deltas.push(ms(t) - last);
      last = ms(t);
    }
  };
  add(0, 60, 2);
  add(100, 140, 3);
  add(140, 180, 4);
  add(200, 210, 5);
  return {
    traceEvents: [
      { name: 'thread_name', ph: 'M', pid: PID, tid: TID, ts: 0, args: { name: 'CrRendererMain' } },
      { name: 'thread_name', ph: 'M', pid: 9, tid: 1, ts: 0, args: { name: 'CrRendererMain' } },
      { name: 'ParseHTML', ph: 'X', pid: PID, tid: TID, ts: ms(1), dur: ms(5), args: { beginData: { url: PAGE } } },
      { name: 'RunTask', ph: 'X', pid: PID, tid: TID, ts: 0, dur: ms(60) },
      { name: 'RunTask', ph: 'X', pid: PID, tid: TID, ts: ms(100), dur: ms(80) },
      { name: 'RunTask', ph: 'X', pid: PID, tid: TID, ts: ms(200), dur: ms(10) },
      // Another renderer's task at the same time: not the page's thread.
      { name: 'RunTask', ph: 'X', pid: 9, tid: 1, ts: ms(100), dur: ms(500) },
      { name: 'Profile', ph: 'P', pid: PID, tid: TID, ts: 0, id: '0x1', args: { data: { startTime: 0 } } },
      { name: 'ProfileChunk', ph: 'P', pid: PID, tid: TID, ts: ms(1), id: '0x1', args: { data: { cpuProfile: { nodes: nodes.slice(0, 3), samples: samples.slice(0, 100) }, timeDeltas: deltas.slice(0, 100) } } },
      { name: 'ProfileChunk', ph: 'P', pid: PID, tid: TID, ts: ms(2), id: '0x1', args: { data: { cpuProfile: { nodes: nodes.slice(3), samples: samples.slice(100) }, timeDeltas: deltas.slice(100) } } },
    ],
  };
}

describe('profileTasks', () => {
  const profile = profileTasks(trace(), PAGE);

  it('takes the tasks of the thread that parsed the page, from the first one', () => {
    expect(profile.tasks.map((t) => [t.startMs, t.durationMs])).toEqual([[0, 60], [100, 80], [200, 10]]);
  });

  it('charges samples to our code when any frame of the stack is ours, native work under our frame included', () => {
    expect(profile.tasks.map((t) => t.oursMs)).toEqual([0, 80, 0]);
    expect(profile.intervalMs).toBe(1);
    // Outside tasks a sample before a gap counts up to four intervals: the idle gap after 179 ms adds 3.
    expect(profile.ourSamples.reduce((s, [, w]) => s + w, 0)).toBe(83);
  });

  it('says where our time in a task went: the sampled frame, under our innermost frame', () => {
    expect(profile.tasks[1]!.where).toEqual([
      ['boot (content.js:1)', 40],
      ['layout (-:1) < boot (content.js:1)', 40],
    ]);
    expect(profile.tasks[0]!.where).toEqual([]);
  });

  it('names the page when its thread is not in the trace', () => {
    expect(() => profileTasks(trace(), 'http://127.0.0.1:4000/other.html')).toThrow('No renderer main thread parsed http://127.0.0.1:4000/other.html');
  });
});
