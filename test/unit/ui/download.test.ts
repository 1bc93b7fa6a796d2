import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadText, exportFileName } from '../../../src/ui/download';

afterEach(() => vi.restoreAllMocks());

describe('exportFileName', () => {
  it.each([
    ['Daesh Attempts to Stage Comeback Amid Rising U.S.-Iran Tensions', 'markdown', 'sourcelight-daesh-attempts-to-stage-comeback-amid-rising-u-s-iran.md'],
    ['Qamíshlo: “Yes”', 'csv', 'sourcelight-qamishlo-yes.csv'],
    [null, 'json', 'sourcelight-page.json'],
    ['<img src=x onerror=alert(1)>/../../etc', 'json', 'sourcelight-img-src-x-onerror-alert-1-etc.json'],
    ['日本語のニュース', 'markdown', 'sourcelight-page.md'],
    ['A'.repeat(500), 'csv', `sourcelight-${'a'.repeat(60)}.csv`],
  ] as const)('%s -> %s', (title, format, name) => {
    expect(exportFileName(title, format)).toBe(name);
  });
});

describe('downloadText', () => {
  it('saves through a Blob, an object URL and a clicked download link, with no network', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:sourcelight/1';
    });
    const clicks: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push({ href: this.href, download: this.download });
    });
    downloadText(document, 'a,b\r\n', 'csv', 'sourcelight-x.csv');
    expect(clicks).toEqual([{ href: 'blob:sourcelight/1', download: 'sourcelight-x.csv' }]);
    expect(blobs[0]!.type).toBe('text/csv;charset=utf-8');
    // A byte-order mark first, so spreadsheet programs read the file as UTF-8.
    expect(new Uint8Array(await blobs[0]!.arrayBuffer()).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(await blobs[0]!.text()).toBe('\uFEFFa,b\r\n');
    expect(document.querySelector('a[download]')).toBeNull();
  });
});
