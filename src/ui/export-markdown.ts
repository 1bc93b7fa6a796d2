import type { Report } from '../engine/types';
import { groupSources } from './group';
import { type Translate, t } from './i18n';
import { GROUP_TITLE } from './kind-labels';
import { oneLine, quoteText } from './quote-text';
import { summarize } from './summary';
import { summaryText } from './summary-text';

export interface PageInfo {
  title: string | null;
  url: string;
}

// Characters that Markdown (CommonMark + GFM) would read as syntax or raw HTML; page text gets each one
// backslash-escaped so a name like `<img src=x>` or `[x](https://tracker)` stays literal text when pasted.
const MARKDOWN_SPECIAL = /[\\`*_[\]<>|~#]/g;
const ENTITY = /&(?=#?\w+;)/g;
// What would end an autolink early; tab URLs are already percent-encoded, so this is only a guard.
const URL_UNSAFE = /[<>\s]/g;

// At the start of a list item these would open a nested list ("1. ", "2) ", "- ", "+ ").
const LIST_START = /^(\d+)([.)])|^([-+])(?=\s|$)/;

/** Makes page text inert in Markdown: one line, syntax characters, entity-like ampersands and list markers escaped. */
export function escapeMarkdown(text: string): string {
  return oneLine(text)
    .replace(MARKDOWN_SPECIAL, '\\$&')
    .replace(ENTITY, '\\&')
    .replace(LIST_START, (_, digits: string | undefined, mark: string | undefined, bullet: string | undefined) =>
      digits !== undefined ? `${digits}\\${mark}` : `\\${bullet}`,
    );
}

/**
 * The report as Markdown notes: page title as heading, URL, the summary in words, then each group of
 * sources with roles, aliases and quotes (direct ones in quotation marks), each followed by its cue.
 * A null title falls back to the page-title message; a report with no attributions still lists its summary.
 */
export function exportMarkdown(report: Report, page: PageInfo, tr: Translate = t): string {
  const title = oneLine(page.title ?? report.title ?? '') || tr('untitledPage');
  const words = summaryText(summarize(report), tr);
  const lines = [`# ${escapeMarkdown(title)}`, '', `<${page.url.replace(URL_UNSAFE, encodeURIComponent)}>`, ''];
  lines.push([words.sources, words.attributions, words.unnamed].filter((s) => s !== '').join(' '), '');
  for (const group of groupSources(report)) {
    lines.push(`## ${tr(GROUP_TITLE[group.kind])}`, '');
    for (const entry of group.entries) {
      lines.push(`### ${escapeMarkdown(entry.source?.name ?? tr('groupNone'))}`, '');
      if (entry.source?.role) lines.push(`*${escapeMarkdown(entry.source.role)}*`, '');
      if (entry.source && entry.source.aliases.length > 0) {
        lines.push(tr('aliasesLine', entry.source.aliases.map(escapeMarkdown).join(tr('listSeparator'))), '');
      }
      for (const attribution of entry.attributions) {
        const words = escapeMarkdown(quoteText(attribution));
        const text = attribution.type === 'direct' ? tr('quoted', words) : words;
        lines.push(`- ${text} — ${escapeMarkdown(attribution.cue.text)}`);
      }
      if (entry.attributions.length > 0) lines.push('');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
