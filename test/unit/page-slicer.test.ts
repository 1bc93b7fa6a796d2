/** The time slicer (src/page/slicer.ts): slices of the clock, pauses in later tasks, cancellation. */
import { describe, expect, it } from 'vitest';
import { SYNC_SLICER, SliceAborted, timeSlicer } from '../../src/page/slicer';

function clock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('timeSlicer', () => {
  it('is due once its budget of the clock is used, and starts a fresh slice when a pause resolves', async () => {
    const c = clock();
    const queue: Array<() => void> = [];
    const slicer = timeSlicer({ budgetMs: 5, schedule: (fn) => queue.push(fn), signal: new AbortController().signal, now: c.now });
    expect(slicer.due()).toBe(false);
    c.advance(4);
    expect(slicer.due()).toBe(false);
    c.advance(1);
    expect(slicer.due()).toBe(true);
    let resumed = false;
    const paused = slicer.pause().then(() => (resumed = true));
    await Promise.resolve();
    expect(resumed).toBe(false); // only in the scheduled task
    c.advance(100); // time between slices is not work
    queue.shift()!();
    await paused;
    expect(resumed).toBe(true);
    expect(slicer.due()).toBe(false);
    c.advance(2);
    expect(slicer.busyMs).toBe(7);
  });

  it('resume starts a fresh slice without counting the wait since the last look as work', () => {
    const c = clock();
    const slicer = timeSlicer({ budgetMs: 5, schedule: () => {}, signal: new AbortController().signal, now: c.now });
    c.advance(3);
    const before = slicer.busyMs;
    c.advance(200); // waiting for an answer from the extension
    expect(slicer.due()).toBe(true);
    slicer.resume();
    expect(slicer.due()).toBe(false);
    const waited = slicer.busyMs;
    c.advance(4);
    expect(before + slicer.busyMs - waited).toBe(7);
    expect(slicer.due()).toBe(false);
    c.advance(1);
    expect(slicer.due()).toBe(true);
  });

  it('suspend counts the slice so far and nothing until resume; a pause after it counts from where it resumes', async () => {
    const c = clock();
    let run: (() => void) | null = null;
    const slicer = timeSlicer({ budgetMs: 5, schedule: (fn) => (run = fn), signal: new AbortController().signal, now: c.now });
    c.advance(3); // sending a message
    slicer.suspend();
    expect(slicer.busyMs).toBe(3);
    c.advance(500); // waiting for the answer
    expect(slicer.busyMs).toBe(3);
    slicer.resume();
    c.advance(2); // decoding it
    expect(slicer.busyMs).toBe(5);
    const paused = slicer.pause();
    c.advance(100); // the page's own tasks
    run!();
    await paused;
    c.advance(1);
    expect(slicer.busyMs).toBe(6);
    // Suspended, then paused without a resume: the suspended wait is still not counted.
    slicer.suspend();
    c.advance(50);
    const again = slicer.pause();
    run!();
    await again;
    expect(slicer.busyMs).toBe(6);
  });

  it('rejects a pending pause and every later one with SliceAborted once cancelled', async () => {
    const controller = new AbortController();
    const queue: Array<() => void> = [];
    const slicer = timeSlicer({ budgetMs: 5, schedule: (fn) => queue.push(fn), signal: controller.signal, now: clock().now });
    const pending = slicer.pause();
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(SliceAborted);
    queue.forEach((fn) => fn()); // the scheduled task runs later and changes nothing
    await expect(slicer.pause()).rejects.toBeInstanceOf(SliceAborted);
  });

  it('SYNC_SLICER is never due and pauses at once', async () => {
    expect(SYNC_SLICER.due()).toBe(false);
    await expect(SYNC_SLICER.pause()).resolves.toBeUndefined();
  });
});
