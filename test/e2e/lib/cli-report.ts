/**
 * The report the command line gives for a file (REPORT.md's CLI interface). The content script runs the same
 * engine on the same page reader, so what the page shows must match it.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';
import { PROJECT_ROOT } from './paths';

const run = promisify(execFile);

export interface CliSpan { start: number; end: number; text: string }
export interface CliReport {
  title: string | null;
  textLength: number;
  sources: Array<{ id: string; name: string; kind: string; role: string | null; aliases: string[] }>;
  attributions: Array<{
    id: string;
    sourceId: string | null;
    type: string;
    cue: CliSpan;
    mention: CliSpan | null;
    content: CliSpan[];
    paragraph: number;
  }>;
}

/** Runs `extract --json` on one file; throws with the CLI's stderr when it fails. */
export async function cliReport(file: string): Promise<CliReport> {
  const { stdout } = await run(
    path.join(PROJECT_ROOT, 'node_modules/.bin/tsx'),
    [path.join(PROJECT_ROOT, 'src/cli/extract.ts'), '--json', path.resolve(PROJECT_ROOT, file)],
    { cwd: PROJECT_ROOT, maxBuffer: 64 * 1024 * 1024 },
  );
  const line = stdout.split('\n').find((l) => l.trim());
  if (!line) throw new Error(`extract printed no report for ${file}`);
  return JSON.parse(line) as CliReport;
}
