import { beforeEach, describe, expect, it } from 'vitest';
import { escapeMarkdown, exportMarkdown } from '../../../src/ui/export-markdown';
import { emptyReport, hostileReport } from './fixtures/generated-reports';
import { installCatalogue, installEnglish } from './fixtures/fake-i18n';
import { SEED_URL, seedReport } from './fixtures/seed-report';

beforeEach(installEnglish);

const SEED_MARKDOWN = `# Daesh Attempts to Stage Comeback Amid Rising U.S.-Iran Tensions

<http://127.0.0.1:8080/seed-article.html>

8 sources: 3 people, 1 organization, 1 media outlet, 3 unnamed. 10 attributions: 2 direct, 8 indirect. 30% of attributions rest on unnamed sources.

## People

### Abdullah Suleiman Ali

*a Syrian researcher who focuses on jihadi groups*

- “This tension will for sure help Daesh, as all forces fighting it become busy with other matters” — warned
- Iran-U.S. tensions help give IS the opportunity to restructure as its new leader, Abu Ibrahim al-Hashimi al-Qurayshi, strengthens his grip — said

### James Jeffrey

*the State Department envoy to the international coalition fighting the Islamic State*

- “They haven’t taken advantage of it, as far as we can see” — said

### Mervan Qamishlo

*a spokesman for Syria’s U.S.-backed Kurdish-led force*

- the intensification of Daesh attacks began even earlier, since October, when Turkey began a military operation against Kurdish fighters in northern Syria — said

## Organizations

### The U.S.-led coalition

- it had resumed those operations after a 10-day halt — said

## Media

### The Associated Press

Also: AP

- Daesh’s self-styled “caliphate” across parts of Iraq and Syria seemed largely defeated last year, with the loss of its territory, the killing of its founder in a U.S. raid and an unprecedented crackdown on its social media propaganda machine — reported
- Iranian-backed Iraqi militiamen who once focused on fighting the militants have turned their attention to evicting U.S. troops from the Middle East — added

## Unnamed sources

### experts

- tensions between the United States and Iran and the resulting clash over the U.S. military presence in the region provide a comeback opportunity for the extremist group, whose remnants have been gradually building up a guerrilla campaign over the past year — say

### Activists and residents

- the attacks have intensified since the U.S. killed top Iranian general Qassem Soleimani in a Jan. 3 drone strike at Baghdad’s airport — say

### U.S. officials

- seeing any particular increase in Daesh activities — deny
`;

describe('exportMarkdown', () => {
  it('writes the seed article as notes: title, URL, summary, then sources by kind with roles and quotes', () => {
    expect(exportMarkdown(seedReport, { title: null, url: SEED_URL })).toBe(SEED_MARKDOWN);
  });

  it('writes its own words in the reader’s language; the page’s words stay as the page wrote them', () => {
    installCatalogue('de');
    const lines = exportMarkdown(seedReport, { title: null, url: SEED_URL }).split('\n');
    expect(lines[4]).toBe(
      '8 Quellen: 3 Personen, 1 Organisation, 1 Medium, 3 ungenannte. 10 Aussagen: 2 direkt, 8 indirekt. 30\u00a0% der Aussagen stützen sich auf ungenannte Quellen.',
    );
    expect(lines.filter((line) => line.startsWith('## '))).toEqual(['## Personen', '## Organisationen', '## Medien', '## Ungenannte Quellen']);
    expect(lines).toContain('- „They haven’t taken advantage of it, as far as we can see“ — said');
    expect(lines).toContain('Auch: AP');
    expect(exportMarkdown({ ...emptyReport, title: null }, { title: null, url: 'https://a.example/' }).split('\n')[0]).toBe('# Seite ohne Titel');
  });

  it('prefers the page title and falls back to "Untitled page"', () => {
    expect(exportMarkdown(seedReport, { title: 'From the tab', url: SEED_URL }).split('\n')[0]).toBe('# From the tab');
    expect(exportMarkdown({ ...emptyReport, title: null }, { title: null, url: 'https://a.example/' })).toBe(
      '# Untitled page\n\n<https://a.example/>\n\nNo sources found. No attributions found.\n',
    );
  });

  it('keeps markup in page text literal', () => {
    const markdown = exportMarkdown(hostileReport, { title: null, url: 'https://x.example/a b<c>' });
    expect(markdown).toBe(`# \\<b\\>Mallory\\</b\\> \\<img src=x onerror=alert(1)\\>

<https://x.example/a%20b%3Cc%3E>

1 source: 1 person. 2 attributions: 1 direct, 1 indirect. 0% of attributions rest on unnamed sources.

## People

### \\<b\\>Mallory\\</b\\>

*\\<img src=x onerror=alert(1)\\>*

Also: \\<script\\>alert(2)\\</script\\>

- “\\<img src=x onerror=alert(1)\\>” — said
- =HYPERLINK("http://evil") \\<img src=x onerror=alert(1)\\> — \\<a href="javascript:alert(3)"\\>said\\</a\\>
`);
    // The only unescaped angle brackets are the URL's own autolink.
    const lines = markdown.split('\n');
    expect(lines.filter((line, i) => i !== 2 && /(^|[^\\])</.test(line))).toEqual([]);
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['plain words stay as they are', 'U.S. officials, 5,200 troops', 'U.S. officials, 5,200 troops'],
    ['line breaks become spaces', 'one\n\ntwo\tthree ', 'one two three'],
    ['HTML is escaped', '<b>x</b>', '\\<b\\>x\\</b\\>'],
    ['links and images cannot form', '![a](http://t.example/p.gif) [b](x)', '!\\[a\\](http://t.example/p.gif) \\[b\\](x)'],
    ['emphasis, code, tables and strike-through', '*a* _b_ `c` |d| ~~e~~ #f', '\\*a\\* \\_b\\_ \\`c\\` \\|d\\| \\~\\~e\\~\\~ \\#f'],
    ['entities stay literal', 'AT&T &lt; &#60;', 'AT&T \\&lt; &\\#60;'],
    ['a number that would start a list', '1. First', '1\\. First'],
    ['a dash that would start a list', '- item', '\\- item'],
    ['a leading minus number is fine', '-5 degrees', '-5 degrees'],
    ['a backslash is doubled', 'a\\b', 'a\\\\b'],
  ])('%s', (_, input, output) => {
    expect(escapeMarkdown(input)).toBe(output);
  });
});
