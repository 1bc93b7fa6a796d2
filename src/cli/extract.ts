// npm run --silent extract -- [--json] [--with-text] FILE...   (the contract: ../shared/docs/REPORT.md)
// Wiring only: arguments, then per file read -> analyze -> print, streaming, one error line per bad file.
import { analyze } from '../engine/index';
import type { Report } from '../engine/types';
import { USAGE, parseArgs } from './args';
import { formatSummary } from './format-summary';
import { loadLanguages } from './languages';
import { closeHtmlParser } from './parse-html';
import { InputError, readInput } from './read-input';
import { writeOut } from './write-out';

// Errors thrown where nobody awaits them (a library's own promises or callbacks while it parses a page) would
// end the process and lose every later file; they are held here and charged to the file being read.
const stray: unknown[] = [];
process.on('unhandledRejection', (err) => stray.push(err));
process.on('uncaughtException', (err) => stray.push(err));

/** Reads and analyzes one file; an error that surfaces while it is read, awaited or not, is its error. */
async function reportFor(file: string, withText: boolean): Promise<Report> {
  stray.length = 0;
  const input = await readInput(file);
  const report: Report = { ...analyze(input, { languages: await loadLanguages() }), file };
  if (withText) report.text = input.text;
  // One turn of the event loop, so that a rejection left behind by the parse is seen before the report goes out.
  await new Promise((done) => setImmediate(done));
  if (stray.length > 0) throw stray[0];
  return report;
}

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
      report = await reportFor(file, args.withText);
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
