import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { SeenBefore } from '../memory/seen-before';
import type { Attribution, Report } from '../engine/types';
import { type ExportFormat, exportFileName } from './download';
import { ExportBar } from './export-bar';
import { exportCsv } from './export-csv';
import { exportJson } from './export-json';
import { exportMarkdown } from './export-markdown';
import { FilterBox } from './filter-box';
import { buildFilterIndex, filterGroups } from './filter';
import { type SourceEntry, groupSources } from './group';
import { type MessageKey, t, tn } from './i18n';
import type { PopupHost } from './popup-host';
import { navStops } from './roving-focus';
import { SourceList } from './source-list';
import { StateMessage } from './state-message';
import { summarize } from './summary';
import { SummaryView } from './summary-view';

interface Props {
  report: Report;
  url: string;
  title: string | null;
  /** Only the page's first part was read and marked (a very long page): say so under the summary. */
  partial?: boolean;
  host: PopupHost;
  /** Says something in the popup's polite live region. */
  announce: (text: string) => void;
  /** The reader's memory is on: say which sources other remembered articles quoted too. */
  memoryOn?: boolean;
}

const FORMAT_NAME: Record<ExportFormat, MessageKey> = { markdown: 'formatMarkdown', csv: 'formatCsv', json: 'formatJson' };

/** Counts what a filter left, for its status line. */
function countShown(groups: ReturnType<typeof groupSources>): { sources: number; quotes: number } {
  let sources = 0;
  let quotes = 0;
  for (const group of groups) {
    for (const entry of group.entries) {
      if (entry.source) sources += 1;
      quotes += entry.attributions.length;
    }
  }
  return { sources, quotes };
}

/** A page with a report: the summary, the filter, the list of sources and the export bar. */
export function ArticleView({ report, url, title, partial = false, host, announce, memoryOn = false }: Props) {
  const summary = useMemo(() => summarize(report), [report]);
  const groups = useMemo(() => groupSources(report), [report]);
  const index = useMemo(() => buildFilterIndex(groups), [groups]);
  const [query, setQuery] = useState('');
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const shown = useMemo(() => filterGroups(index, query), [index, query]);
  const filterRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  // The quote the page's hover card shows: highlighted here too, so the list and the page stay in step.
  const [current, setCurrent] = useState<string | null>(null);
  const [seen, setSeen] = useState<Map<string, SeenBefore>>(() => new Map());

  useEffect(() => host.watchCard(setCurrent), [host]);
  useEffect(() => {
    if (!memoryOn) return setSeen(new Map());
    let live = true;
    host.seenBefore(report, url, title).then(
      (found) => live && setSeen(found),
      () => live && setSeen(new Map()),
    );
    return () => {
      live = false;
    };
  }, [host, report, url, title, memoryOn]);

  const showQuote = (attribution: Attribution) => {
    host.scrollTo(attribution.id).then(
      (found) => {
        if (found) setCurrent(attribution.id);
        announce(t(found ? 'quoteShown' : 'quoteNotOnPage'));
      },
      () => announce(t('pageNotAnswering')),
    );
  };
  const stepSource = (entry: SourceEntry, direction: 1 | -1) => {
    if (!entry.source) return;
    const mentions = entry.attributions.filter((a) => a.mention !== null).length;
    host.stepSource(entry.source.id, direction).then(
      (position) =>
        announce(
          position < 0
            ? t('mentionNotOnPage')
            : position < mentions
              ? t('mentionShownOf', [position + 1, mentions])
              : t('mentionShown', position + 1),
        ),
      () => announce(t('pageNotAnswering')),
    );
  };
  const exportText = (format: ExportFormat) =>
    format === 'markdown' ? exportMarkdown(report, { title, url }) : format === 'csv' ? exportCsv(report, url) : exportJson(report);
  const copy = (format: ExportFormat) => {
    host.copyText(exportText(format)).then(
      () => announce(t('copied', t(FORMAT_NAME[format]))),
      () => announce(t('copyFailed')),
    );
  };
  const download = (format: ExportFormat) => {
    try {
      host.download(exportText(format), format, exportFileName(title, format));
      announce(t('downloaded', t(FORMAT_NAME[format])));
    } catch {
      announce(t('downloadFailed'));
    }
  };
  const focusList = () => {
    const stops = listRef.current ? navStops(listRef.current) : [];
    (stops.find((stop) => stop.tabIndex === 0) ?? stops[0])?.focus();
  };

  const typeAhead = (text: string) => {
    const input = filterRef.current;
    if (!input) return;
    // Write the box at once, caret at the end, so the keys that follow land after this one.
    const next = `${input.value}${text}`;
    input.value = next;
    input.focus();
    input.setSelectionRange(next.length, next.length);
    setQuery(next);
  };

  const counts = countShown(shown);
  const resultText =
    query.trim() === ''
      ? ''
      : counts.quotes === 0 && counts.sources === 0
        ? t('filterNoMatch', query.trim())
        : t('filterResult', [tn('countSources', counts.sources), tn('countQuotes', counts.quotes)]);

  return (
    <>
      <SummaryView summary={summary} />
      {partial && <p class="partial-note">{t('partialNote')}</p>}
      {report.attributions.length === 0 ? (
        <StateMessage title={t('emptyTitle')}>
          <p>{t('emptyText')}</p>
        </StateMessage>
      ) : (
        <>
          <FilterBox value={query} onInput={setQuery} onEnterList={focusList} inputRef={filterRef} resultText={resultText} />
          <div ref={listRef}>
            <SourceList
              groups={shown}
              activeKey={activeKey}
              onActiveKey={setActiveKey}
              onStep={stepSource}
              onShow={showQuote}
              onExitTop={() => filterRef.current?.focus()}
              onTypeAhead={typeAhead}
              current={current}
              seen={seen}
              memoryLink={(entry) => ({
                href: host.memoryPageUrl(entry),
                open: () => host.openMemoryPage(entry).catch(() => announce(t('memoryOpenFailed'))),
              })}
            />
          </div>
        </>
      )}
      <ExportBar onCopy={copy} onDownload={download} />
    </>
  );
}
