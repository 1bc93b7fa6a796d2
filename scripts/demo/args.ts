/** The demo's command line: `npm run demo -- [--firefox | --headless] [--out DIR] [--no-build]`. */

export interface DemoOptions {
  mode: 'chromium' | 'firefox' | 'headless';
  /** Where --headless writes its screenshots. */
  outDir: string;
  /** Skip `wxt build` (the .output folders must already exist). */
  build: boolean;
  help: boolean;
}

export const DEMO_USAGE = `Usage: npm run demo -- [options]

Builds Sourcelight, serves the demo pages from 127.0.0.1 and opens a browser with it loaded.

  (no option)    Chromium or Chrome, with a window, on the seed article
  --firefox      Firefox, with a window, through web-ext run
  --headless     no window: writes screenshots of the annotated article, a hover card,
                 the popup, the side panel and "Your reading", prints their paths and exits
  --out DIR      where --headless writes (default: demo-output)
  --no-build     use the extension already built in .output/
  -h, --help     this text

Browsers are found through SOURCELIGHT_BROWSER or CHROME_PATH (SOURCELIGHT_FIREFOX or
FIREFOX_PATH for --firefox), then on PATH, then in the usual install folders.`;

/** Parses the demo's arguments; throws an Error whose message names the bad argument (unknown flag, missing or bad value, two modes). */
export function parseDemoArgs(argv: readonly string[]): DemoOptions {
  const opts: DemoOptions = { mode: 'chromium', outDir: 'demo-output', build: true, help: false };
  let modeFlag: string | null = null;
  const setMode = (flag: string, mode: DemoOptions['mode']) => {
    if (modeFlag && modeFlag !== flag) throw new Error(`${modeFlag} and ${flag} cannot be used together.`);
    modeFlag = flag;
    opts.mode = mode;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '' || (inline === undefined && v.startsWith('--'))) throw new Error(`${flag} needs a value.`);
      return v;
    };
    switch (flag) {
      case '--firefox': setMode(flag, 'firefox'); break;
      case '--headless': setMode(flag, 'headless'); break;
      case '--chromium': case '--chrome': setMode(flag, 'chromium'); break;
      case '--no-build': opts.build = false; break;
      case '--out': opts.outDir = value(); break;
      case '-h': case '--help': opts.help = true; break;
      default: throw new Error(`Unknown option "${arg}". Try: npm run demo -- --help`);
    }
  }
  return opts;
}
