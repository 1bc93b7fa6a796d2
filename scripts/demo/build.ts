/** Builds both extensions the way `npm run build` does, quietly: wxt's output is shown only when a build fails. */
import { spawn } from 'node:child_process';
import path from 'node:path';

function run(cwd: string, args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(cwd, 'node_modules/.bin/wxt'), args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.once('error', reject);
    child.once('exit', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

/** Runs `wxt build` then `wxt build -b firefox` in `root`; throws with wxt's own output when either fails. */
export async function buildExtensions(root: string): Promise<void> {
  for (const args of [['build'], ['build', '-b', 'firefox']]) {
    const { code, output } = await run(root, args);
    if (code !== 0) throw new Error(`\`wxt ${args.join(' ')}\` failed:\n${output.trim()}`);
  }
}
