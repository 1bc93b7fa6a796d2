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
  /** The language the engine read the article as ("en", "de"), or that it does not read ("it"). */
  lang?: string;
  textLength: number;
  /** The article text every offset refers to (only with `withText`). */
  text?: string;
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

/** Runs `extract --json [--with-text]` on one file (relative to the project or absolute); throws with the CLI's stderr when it fails. */
export async function cliReport(file: string, { withText = false } = {}): Promise<CliReport> {
  const { stdout } = await run(
    path.join(PROJECT_ROOT, 'node_modules/.bin/tsx'),
    [path.join(PROJECT_ROOT, 'src/cli/extract.ts'), '--json', ...(withText ? ['--with-text'] : []), path.resolve(PROJECT_ROOT, file)],
    { cwd: PROJECT_ROOT, maxBuffer: 64 * 1024 * 1024 },
  );
  const line = stdout.split('\n').find((l) => l.trim());
  if (!line) throw new Error(`extract printed no report for ${file}`);
  return JSON.parse(line) as CliReport;
}

const PART_PRIORITY = { mention: 3, cue: 2, content: 1 } as const;

/**
 * The text each attribution's part should show in marks, keyed `a3:content`, whitespace left out: the page
 * reader turns a `<br>` or a line break into a space that no Text node of the page holds.
 * Marks never overlap, so where spans share characters (a mention inside a quote) the more specific part
 * wins them (mention, then cue, then content) and, between equals, the earlier attribution: the rule of
 * src/highlight/plan.ts, restated here independently. Needs a report made `withText`; throws without it.
 */
export function expectedMarkText(report: CliReport): Map<string, string> {
  if (report.text === undefined) throw new Error('expectedMarkText needs a report made with --with-text');
  const owner: Array<{ key: string; rank: number } | undefined> = new Array(report.textLength);
  let order = 0;
  for (const a of report.attributions) {
    const parts: Array<[keyof typeof PART_PRIORITY, CliSpan | null]> = [
      ...a.content.map((c) => ['content', c] as [keyof typeof PART_PRIORITY, CliSpan]),
      ['cue', a.cue],
      ['mention', a.mention],
    ];
    for (const [part, span] of parts) {
      if (!span) continue;
      // Higher priority first, then earlier attribution: rank sorts descending.
      const rank = PART_PRIORITY[part] * 1e6 - order;
      for (let i = Math.max(0, span.start); i < Math.min(span.end, report.textLength); i++) {
        if (!owner[i] || owner[i]!.rank < rank) owner[i] = { key: `${a.id}:${part}`, rank };
      }
    }
    order++;
  }
  const text = new Map<string, string>();
  owner.forEach((o, i) => {
    if (o) text.set(o.key, (text.get(o.key) ?? '') + report.text![i]);
  });
  for (const [key, value] of text) text.set(key, value.replace(/\s+/g, ''));
  return text;
}
