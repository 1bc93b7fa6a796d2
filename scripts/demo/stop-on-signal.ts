/**
 * One place that turns Ctrl-C, SIGTERM and SIGHUP into an orderly stop: every cleanup registered here runs
 * once (browser first, then server, then temp folders, in reverse order of registration) before the
 * process exits, so a stopped demo leaves no browser, server or profile behind.
 */
type Cleanup = () => Promise<void> | void;

const cleanups: Cleanup[] = [];
let stopping: Promise<void> | null = null;

/** Registers a cleanup; it runs on a signal or on `stopAll()`, each one once, errors ignored. */
export function onStop(cleanup: Cleanup): void {
  cleanups.push(cleanup);
}

/** Runs every registered cleanup, last registered first. Calling it again returns the same promise. */
export function stopAll(): Promise<void> {
  stopping ??= (async () => {
    while (cleanups.length > 0) {
      const next = cleanups.pop()!;
      try {
        await next();
      } catch {
        // a cleanup that fails must not keep the others from running
      }
    }
  })();
  return stopping;
}

const SIGNAL_CODES = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

/** Installs the signal handlers; `onSignal` may print a line first. A second Ctrl-C exits at once. */
export function stopOnSignals(onSignal: (name: string) => void = () => {}): void {
  for (const [name, code] of Object.entries(SIGNAL_CODES)) {
    process.on(name, () => {
      if (stopping) process.exit(code);
      onSignal(name);
      void stopAll().then(() => process.exit(code));
    });
  }
}
