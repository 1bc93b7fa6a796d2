/**
 * Cooperative time slicing for work on the page's main thread. Long work (reading a 50,000-paragraph page,
 * marking thousands of quotes) asks `due()` now and then and, when its slice is used up, awaits `pause()`:
 * the browser then gets its turn (input, rendering) before the next slice runs. The command line reads
 * with `SYNC_SLICER`, which never pauses.
 */

/** Thrown from `pause()` (and so from the work awaiting it) once the work was cancelled. */
export class SliceAborted extends Error {
  constructor() {
    super('The work was cancelled.');
    this.name = 'SliceAborted';
  }
}

export interface Slicer {
  /** True when the current slice has used its time: the caller should `await pause()` soon. */
  due(): boolean;
  /** Ends the current slice; resolves in a later task. Rejects with SliceAborted once the work is cancelled. */
  pause(): Promise<void>;
  /**
   * Stops counting: the work of the current slice so far is counted, the time until `resume()` is not (a
   * wait on something not our own: an answer from the extension).
   */
  suspend(): void;
  /**
   * Starts a fresh slice without counting the time since the last look (or since `suspend()`): for work that
   * waited on something not its own in between (an answer from the extension), whose wait is no work of ours.
   */
  resume(): void;
  /** Milliseconds of work done so far in all slices (time between pauses). */
  readonly busyMs: number;
}

/** A slicer that never pauses: the work runs to the end in one go (Node, tests). */
export const SYNC_SLICER: Slicer = {
  due: () => false,
  pause: () => Promise.resolve(),
  suspend: () => {},
  resume: () => {},
  busyMs: 0,
};

export interface TimeSlicerOptions {
  /** Milliseconds of work per slice. */
  budgetMs: number;
  /** Runs `fn` in a later task (an idle callback, a timeout). */
  schedule: (fn: () => void) => void;
  /** Cancels the work: the pending and every later `pause()` rejects. */
  signal: AbortSignal;
  now?: () => number;
}

/**
 * A slicer whose slices last `budgetMs` of the clock each. The first slice starts now; each `pause()`
 * starts a new one when it resolves. Never throws from `due()`.
 */
export function timeSlicer({ budgetMs, schedule, signal, now = () => performance.now() }: TimeSlicerOptions): Slicer {
  let sliceStart = now();
  let busy = 0;
  let suspended = false;
  return {
    due: () => now() - sliceStart >= budgetMs,
    pause() {
      if (!suspended) busy += now() - sliceStart;
      suspended = false;
      if (signal.aborted) return Promise.reject(new SliceAborted());
      return new Promise<void>((resolve, reject) => {
        const abort = () => reject(new SliceAborted());
        signal.addEventListener('abort', abort, { once: true });
        schedule(() => {
          signal.removeEventListener('abort', abort);
          if (signal.aborted) return reject(new SliceAborted());
          sliceStart = now();
          resolve();
        });
      });
    },
    suspend() {
      if (!suspended) busy += now() - sliceStart;
      suspended = true;
    },
    resume() {
      sliceStart = now();
      suspended = false;
    },
    get busyMs() {
      return busy + (suspended ? 0 : now() - sliceStart);
    },
  };
}

// Microtask turns given to a message's sender to hand it to the browser (the messaging library takes two or three).
const DISPATCH_TURNS = 16;

/**
 * The outcome of `pending`, work started elsewhere (a message to the extension, a bundle's import): starting
 * it is counted as the slicer's work, the wait for it is not. A message sent with the messaging library
 * leaves a few microtasks after the call, still in the same task (building the message, the browser copying
 * it), so counting stops only after those turns, or when `pending` settles first; it starts again once
 * `pending` settles, either way.
 */
export async function awaitElsewhere<T>(slicer: Slicer, pending: Promise<T>, turns = DISPATCH_TURNS): Promise<T> {
  let settled = false;
  pending.then(
    () => (settled = true),
    () => (settled = true),
  );
  for (let i = 0; i < turns && !settled; i++) await undefined;
  slicer.suspend();
  try {
    return await pending;
  } finally {
    slicer.resume();
  }
}

/** Runs `steps` (a generator that yields when its slice is used up) to the end, pausing through `slicer` at each yield. */
export async function runInSlices<T>(steps: Generator<void, T, void>, slicer: Slicer): Promise<T> {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    await slicer.pause();
  }
}
