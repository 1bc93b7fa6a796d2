/**
 * Writes to stdout and waits when its buffer is full, so a run over thousands of files streams in
 * constant memory. A closed stdout (EPIPE, e.g. piped into `head`) ends the process quietly.
 */
export function writeOut(chunk: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(chunk)) resolve();
    else process.stdout.once('drain', resolve);
  });
}

process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});
