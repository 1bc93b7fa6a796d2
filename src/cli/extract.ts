// npm run --silent extract -- [--json] [--with-text] FILE...   (the contract: ../shared/docs/REPORT.md)
// Wiring only: arguments, then per file read -> analyze -> print, streaming, one error line per bad file.
import { analyze } from '../engine/index';
import type { Report } from '../engine/types';
import { USAGE, parseArgs } from './args';
import { formatSummary } from './format-summary';
import { closeHtmlParser } from './parse-html';
import { InputError, readInput } from './read-input';
import { writeOut } from './write-out';

async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(`extract: ${args}\n${USAGE}\n`);
    return 2;
  }
  let status = 0;
  for (const file of args.files) {
    let report: Report;
    try {
      const input = await readInput(file);
      report = { ...analyze(input), file };
      if (args.withText) report.text = input.text;
    } catch (err) {
      const reason = err instanceof InputError ? err.message : `internal error: ${err instanceof Error ? err.message : String(err)}`;
      process.stderr.write(`extract: ${file}: ${reason}\n`);
      status = 1;
      continue;
    }
    await writeOut(args.json ? `${JSON.stringify(orderFields(report))}\n` : formatSummary(report));
  }
  await closeHtmlParser();
  return status;
}

/** The report with `file` first and `text` after `textLength`, as REPORT.md lists them. */
function orderFields(r: Report): Report {
  const { schema, file, title, textLength, text, sources, attributions, ...rest } = r;
  return { schema, file, title, textLength, ...(text === undefined ? {} : { text }), sources, attributions, ...rest };
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`extract: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
