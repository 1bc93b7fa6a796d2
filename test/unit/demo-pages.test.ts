// @vitest-environment node
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { listDemoPages, pageTitle, renderIndex } from '../../scripts/demo/demo-pages';

describe('pageTitle', () => {
  it.each([
    ['<title>Plain</title>', 'Plain'],
    ['<title>\n  Spread\n  out </title>', 'Spread out'],
    ['<title>A &amp; B &lt;3</title>', 'A & B <3'],
    ['<p>no title</p>', 'file.html'],
    ['<title>   </title>', 'file.html'],
  ])('%j gives %j', (html, title) => {
    expect(pageTitle(html, 'file.html')).toBe(title);
  });
});

describe('listDemoPages', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'sl-pages-'));
    await writeFile(path.join(dir, 'b.html'), '<title>Zebra story</title>');
    await writeFile(path.join(dir, 'seed-article.html'), '<title>The seed</title>');
    await writeFile(path.join(dir, 'seed-article.expected.json'), '{}');
    await mkdir(path.join(dir, 'ads'));
    await writeFile(path.join(dir, 'ads', 'source.html'), '<title>Ads everywhere</title>');
    await mkdir(path.join(dir, 'empty'));
    await mkdir(path.join(dir, 'pathological'));
    await writeFile(path.join(dir, 'pathological', 'source.html'), '<title>Huge</title>');
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('lists the seed first, then pages and page folders by title, and skips stress pages', async () => {
    expect(await listDemoPages(dir)).toEqual([
      { href: 'seed-article.html', title: 'The seed' },
      { href: 'ads/source.html', title: 'Ads everywhere' },
      { href: 'b.html', title: 'Zebra story' },
    ]);
  });

  it('gives an empty list for a missing folder', async () => {
    expect(await listDemoPages(path.join(dir, 'nope'))).toEqual([]);
  });
});

describe('renderIndex', () => {
  it('links every page and never turns a title into markup', () => {
    const html = renderIndex([
      { href: 'seed-article.html', title: 'The seed' },
      { href: 'x/source.html', title: '<img src=x onerror=alert(1)> "quoted"' },
    ]);
    const { document } = new Window().window;
    document.write(html);
    const links = [...document.querySelectorAll('li a')].map((a) => [a.getAttribute('href'), a.textContent]);
    expect(links).toEqual([
      ['/seed-article.html', 'The seed'],
      ['/x/source.html', '<img src=x onerror=alert(1)> "quoted"'],
    ]);
    expect(document.querySelectorAll('img, script')).toHaveLength(0);
  });
});
