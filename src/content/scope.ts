/**
 * A lifetime for listeners, observers and timers: everything registered through a Scope is released when
 * it ends, and a child scope ends with its parent. The content script's root scope ends when the extension's
 * life does (bootContent's watcher), so an extension reload or update releases everything at once.
 */
export class Scope {
  private readonly controller = new AbortController();

  constructor(parent?: AbortSignal) {
    if (parent) {
      if (parent.aborted) this.controller.abort();
      else parent.addEventListener('abort', () => this.end(), { once: true, signal: this.controller.signal });
    }
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get ended(): boolean {
    return this.controller.signal.aborted;
  }

  /** A scope that ends when this one does (or earlier, by its own `end`). */
  child(): Scope {
    return new Scope(this.signal);
  }

  /** Runs `cb` when the scope ends (at once when it already has). */
  onEnd(cb: () => void): void {
    if (this.ended) cb();
    else this.signal.addEventListener('abort', cb, { once: true });
  }

  listen<E extends Event = Event>(target: EventTarget, type: string, handler: (event: E) => void, options: AddEventListenerOptions = {}): void {
    if (this.ended) return;
    target.addEventListener(type, handler as EventListener, { ...options, signal: this.signal });
  }

  timeout(fn: () => void, ms: number): () => void {
    if (this.ended) return () => {};
    const id = setTimeout(() => {
      if (!this.ended) fn();
    }, ms);
    const cancel = () => clearTimeout(id);
    this.signal.addEventListener('abort', cancel, { once: true });
    return cancel;
  }

  /** The next animation frame (a timeout where there are no frames, e.g. a background tab keeps none). */
  frame(fn: () => void): void {
    if (this.ended) return;
    if (typeof requestAnimationFrame !== 'function') {
      this.timeout(fn, 16);
      return;
    }
    const id = requestAnimationFrame(() => {
      if (!this.ended) fn();
    });
    this.signal.addEventListener('abort', () => cancelAnimationFrame(id), { once: true });
  }

  /** An idle period (at most `timeout` ms away), with the time left in it; a short timeout where idle callbacks do not exist. */
  idle(fn: (timeLeft: () => number) => void, timeout = 200): void {
    if (this.ended) return;
    if (typeof requestIdleCallback !== 'function') {
      this.timeout(() => {
        const start = performance.now();
        fn(() => 8 - (performance.now() - start));
      }, 1);
      return;
    }
    const id = requestIdleCallback(
      (deadline) => {
        if (!this.ended) fn(() => deadline.timeRemaining());
      },
      { timeout },
    );
    this.signal.addEventListener('abort', () => cancelIdleCallback(id), { once: true });
  }

  /** Observes with `observer` until the scope ends. */
  own(observer: { disconnect(): void }): void {
    this.onEnd(() => observer.disconnect());
  }

  end(): void {
    this.controller.abort();
  }
}
