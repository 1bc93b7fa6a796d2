/** What the export bar hands to the clipboard and to a file. */
export type ExportFormat = 'markdown' | 'csv' | 'json';

export const EXPORT_FILE: Record<ExportFormat, { extension: string; mime: string }> = {
  markdown: { extension: 'md', mime: 'text/markdown;charset=utf-8' },
  csv: { extension: 'csv', mime: 'text/csv;charset=utf-8' },
  json: { extension: 'json', mime: 'application/json;charset=utf-8' },
};

const NOT_SLUG = /[^a-z0-9]+/g;
const MARKS = /\p{M}+/gu;
const SLUG_LENGTH = 60;

/**
 * A safe file name from a page title: "sourcelight-<ascii words>.<ext>", the words cut to at most 60
 * characters at a word end where there is one; "page" when nothing usable is left (a title in another script).
 */
export function exportFileName(title: string | null, format: ExportFormat): string {
  let slug = (title ?? '').normalize('NFD').replace(MARKS, '').toLowerCase().replace(NOT_SLUG, '-').replace(/^-+|-+$/g, '');
  if (slug.length > SLUG_LENGTH) {
    const cut = slug.slice(0, SLUG_LENGTH + 1);
    slug = cut.includes('-') ? cut.replace(/-[^-]*$/, '') : cut.slice(0, SLUG_LENGTH);
  }
  return `sourcelight-${slug || 'page'}.${EXPORT_FILE[format].extension}`;
}

/**
 * Saves text as a file with no network: a Blob, an object URL and a clicked <a download> in the given
 * document. CSV gets a byte-order mark so spreadsheet programs read it as UTF-8. The URL is revoked a
 * minute later (revoking at once can cancel the download in Firefox; a closed popup frees it anyway).
 */
export function downloadText(doc: Document, text: string, format: ExportFormat, fileName: string): void {
  const body = format === 'csv' ? `\uFEFF${text}` : text;
  const url = URL.createObjectURL(new Blob([body], { type: EXPORT_FILE[format].mime }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
