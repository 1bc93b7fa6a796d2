import { describe, expect, it } from 'vitest';
import { csvCell, exportCsv } from '../../../src/ui/export-csv';
import { emptyReport, hostileReport } from './fixtures/generated-reports';
import { SEED_URL, seedReport } from './fixtures/seed-report';

const HEADER = 'source,kind,role,aliases,type,cue,mention,content,paragraph_number,url';

describe('exportCsv', () => {
  it('writes one row per attribution of the seed article, in the popup order, with CRLF line ends', () => {
    const u = SEED_URL;
    expect(exportCsv(seedReport, SEED_URL).split('\r\n')).toEqual([
      HEADER,
      `Abdullah Suleiman Ali,person,a Syrian researcher who focuses on jihadi groups,,direct,warned,Abdullah Suleiman Ali,"This tension will for sure help Daesh, as all forces fighting it become busy with other matters",9,${u}`,
      `Abdullah Suleiman Ali,person,a Syrian researcher who focuses on jihadi groups,,indirect,said,he,"Iran-U.S. tensions help give IS the opportunity to restructure as its new leader, Abu Ibrahim al-Hashimi al-Qurayshi, strengthens his grip",10,${u}`,
      `James Jeffrey,person,the State Department envoy to the international coalition fighting the Islamic State,,direct,said,James Jeffrey,"They haven’t taken advantage of it, as far as we can see",5,${u}`,
      `Mervan Qamishlo,person,a spokesman for Syria’s U.S.-backed Kurdish-led force,,indirect,said,Mervan Qamishlo,"the intensification of Daesh attacks began even earlier, since October, when Turkey began a military operation against Kurdish fighters in northern Syria",6,${u}`,
      `The U.S.-led coalition,organization,,,indirect,said,It,it had resumed those operations after a 10-day halt,8,${u}`,
      `The Associated Press,media,,AP,indirect,reported,The Associated Press,"Daesh’s self-styled “caliphate” across parts of Iraq and Syria seemed largely defeated last year, with the loss of its territory, the killing of its founder in a U.S. raid and an unprecedented crackdown on its social media propaganda machine",1,${u}`,
      `The Associated Press,media,,AP,indirect,added,AP,Iranian-backed Iraqi militiamen who once focused on fighting the militants have turned their attention to evicting U.S. troops from the Middle East,3,${u}`,
      `experts,anonymous,,,indirect,say,experts,"tensions between the United States and Iran and the resulting clash over the U.S. military presence in the region provide a comeback opportunity for the extremist group, whose remnants have been gradually building up a guerrilla campaign over the past year",2,${u}`,
      `Activists and residents,anonymous,,,indirect,say,Activists and residents,the attacks have intensified since the U.S. killed top Iranian general Qassem Soleimani in a Jan. 3 drone strike at Baghdad’s airport,4,${u}`,
      `U.S. officials,anonymous,,,indirect,deny,U.S. officials,seeing any particular increase in Daesh activities,5,${u}`,
      '',
    ]);
  });

  it('writes only the header for a report without attributions', () => {
    expect(exportCsv(emptyReport, 'https://a.example/')).toBe(`${HEADER}\r\n`);
  });

  it('keeps markup as text and defuses formulas in hostile text', () => {
    expect(exportCsv(hostileReport, 'https://x.example/')).toBe(
      `${HEADER}\r\n` +
        '<b>Mallory</b>,person,<img src=x onerror=alert(1)>,<script>alert(2)</script>,direct,said,<b>Mallory</b>,<img src=x onerror=alert(1)>,1,https://x.example/\r\n' +
        '<b>Mallory</b>,person,<img src=x onerror=alert(1)>,<script>alert(2)</script>,indirect,"<a href=""javascript:alert(3)"">said</a>",,"\'=HYPERLINK(""http://evil"") <img src=x onerror=alert(1)>",2,https://x.example/\r\n',
    );
  });

  it('leaves an empty source for attributions that name none', () => {
    const report = { ...emptyReport, attributions: [{ id: 'a1', sourceId: null, type: 'indirect' as const, cue: { start: 0, end: 8, text: 'reported' }, mention: null, content: [{ start: 9, end: 14, text: 'Storm' }], paragraph: 0 }] };
    expect(exportCsv(report, 'u').split('\r\n')[1]).toBe(',,,,indirect,reported,,Storm,1,u');
  });
});

describe('csvCell', () => {
  it.each([
    ['plain text', 'James Jeffrey', 'James Jeffrey'],
    ['empty', '', ''],
    ['a comma', 'Ali, researcher', '"Ali, researcher"'],
    ['quotation marks', 'the "caliphate"', '"the ""caliphate"""'],
    ['a line break', 'a\nb', '"a\nb"'],
    ['a carriage return', 'a\rb', '"a\rb"'],
    ['= formula', '=1+1', "'=1+1"],
    ['+ formula', '+1', "'+1"],
    ['- formula', '-1', "'-1"],
    ['@ formula', '@SUM(A1)', "'@SUM(A1)"],
    ['a leading tab', '\t=1', "'\t=1"],
    ['a formula that also needs quotes', '=HYPERLINK("x","y")', '"\'=HYPERLINK(""x"",""y"")"'],
    ['an equals sign inside is fine', 'a=b', 'a=b'],
  ])('%s', (_, input, output) => {
    expect(csvCell(input)).toBe(output);
  });
});
