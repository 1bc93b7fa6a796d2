// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseDemoArgs } from '../../scripts/demo/args';

describe('parseDemoArgs', () => {
  it.each([
    ['no arguments open Chromium with a window', [], { mode: 'chromium', outDir: 'demo-output', build: true, help: false }],
    ['--firefox opens Firefox', ['--firefox'], { mode: 'firefox' }],
    ['--headless writes screenshots', ['--headless'], { mode: 'headless' }],
    ['--out takes the next argument', ['--headless', '--out', 'shots'], { mode: 'headless', outDir: 'shots' }],
    ['--out=DIR works too', ['--headless', '--out=shots'], { outDir: 'shots' }],
    ['--no-build skips the build', ['--no-build'], { build: false }],
    ['--help asks for usage', ['--help'], { help: true }],
    ['-h asks for usage', ['-h'], { help: true }],
  ])('%s', (_name, argv, expected) => {
    expect(parseDemoArgs(argv)).toMatchObject(expected);
  });

  it.each([
    ['an unknown flag', ['--fast'], /Unknown option "--fast"/],
    ['a stray word', ['seed'], /Unknown option "seed"/],
    ['two modes', ['--firefox', '--headless'], /--firefox and --headless cannot be used together/],
    ['--out without a value', ['--out'], /--out needs a value/],
    ['--out followed by a flag', ['--out', '--headless'], /--out needs a value/],
    ['--out= with nothing', ['--out='], /--out needs a value/],
  ])('rejects %s with a message naming it', (_name, argv, message) => {
    expect(() => parseDemoArgs(argv)).toThrow(message);
  });
});
