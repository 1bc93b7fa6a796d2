export const USAGE = 'usage: npm run --silent extract -- [--json] [--with-text] FILE...  (FILE: .txt, .html or .htm)';

export interface ExtractArgs {
  json: boolean;
  withText: boolean;
  files: string[];
}

/**
 * Reads the extract command's arguments. Returns a string (the problem, for stderr with the usage line)
 * on an unknown flag or when no file is given; "--" ends the flags, so a file may start with a dash;
 * "-" alone is a file name, not stdin.
 */
export function parseArgs(argv: readonly string[]): ExtractArgs | string {
  const out: ExtractArgs = { json: false, withText: false, files: [] };
  let flags = true;
  for (const arg of argv) {
    if (flags && arg === '--') flags = false;
    else if (flags && arg === '--json') out.json = true;
    else if (flags && arg === '--with-text') out.withText = true;
    else if (flags && arg.startsWith('-') && arg !== '-') return `unknown option: ${arg}`;
    else out.files.push(arg);
  }
  if (out.files.length === 0) return 'no input file given';
  return out;
}
