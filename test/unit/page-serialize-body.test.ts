import { describe, expect, it } from 'vitest';
import { bodyHtml } from '../../src/page/serialize-body';
import { ARTICLE_FIXTURES, parse } from './page-fixtures';

/** The body as the browser writes it, with the code of every script but JSON-LD and the rules of every style emptied. */
function withoutCode(doc: Document): string {
  for (const s of doc.body.querySelectorAll('script')) if (s.getAttribute('type') !== 'application/ld+json') s.textContent = '';
  for (const s of doc.body.querySelectorAll('style')) s.textContent = '';
  return doc.body.outerHTML;
}

const reparsed = (bodyMarkup: string) => parse(`<!DOCTYPE html><html><head></head>${bodyMarkup}</html>`);

describe('bodyHtml: the body without its scripts’ code and its styles’ rules', () => {
  it.each([
    ['scripts between paragraphs', '<body class="a"><p>One &amp; two</p><script>var a = "<p>not text</p>";</script><p>Three</p></body>'],
    ['attributes with quotes, ampersands and no-break spaces', '<body><div title="He said &quot;no&quot; &amp; left" data-x="a\u00a0b"><script>x()</script><p>Q &lt;tag&gt; and\u00a0space</p></div></body>'],
    ['void elements, comments and a nested script', '<body><div><br><img src="a.png" alt="A"><!-- a note --><section><p>Text</p><div><script src="s.js"></script></div></section><hr></div></body>'],
    ['a pre whose text starts with a newline', '<body><pre>\n\nfirst line<script>y()</script></pre></body>'],
    ['a style and a noscript next to a script', '<body><style>p > a { color: red }</style><noscript><p>Enable JS</p></noscript><script>z()</script><p>After</p></body>'],
    ['JSON-LD keeps its code', '<body><script type="application/ld+json">{"headline":"A & B <x>"}</script><p>Text</p></body>'],
    ['a template beside a script', '<body><template><p>Later</p><script>t()</script></template><script>u()</script><p>Now</p></body>'],
    ['svg with a script inside', '<body><svg viewBox="0 0 10 10"><script>w()</script><text x="1">Label</text></svg><p>Body</p></body>'],
    ['styles without a script: a page’s scripts wrote them', '<body><div id="ad"><style media="screen">.ad-1 { color: red }</style><p>Story</p></div><style>.ad-2{}</style><p>More</p></body>'],
    ['a style deep in the article', '<body><article><div><p>One</p><figure><style>.chart-a { fill: red }</style><figcaption>Chart</figcaption></figure></div></article></body>'],
  ])('%s: parses back into the same body as outerHTML, less the code', (_name, body) => {
    const doc = reparsed(body);
    const ours = bodyHtml(doc.body);
    expect(ours).not.toMatch(/x\(\)|y\(\)|z\(\)|u\(\)|w\(\)|not text|color|chart-a|ad-2/);
    expect(reparsed(ours).body.outerHTML).toBe(withoutCode(reparsed(body)));
  });

  it.each(ARTICLE_FIXTURES)('$name: the same body as outerHTML, less the code', ({ html }) => {
    const doc = parse(html);
    expect(reparsed(bodyHtml(doc.body)).body.outerHTML).toBe(withoutCode(parse(html)));
  });

  it('leaves a body without scripts to the browser’s own outerHTML', () => {
    const doc = reparsed('<body><p>Plain</p></body>');
    expect(bodyHtml(doc.body)).toBe(doc.body.outerHTML);
  });
});
