import { useState } from 'preact/hooks';
import type { ExportFormat } from './download';
import { t } from './i18n';
import { CopyIcon, DownloadIcon } from './icons';

interface Props {
  onCopy: (format: ExportFormat) => void;
  onDownload: (format: ExportFormat) => void;
}

const FORMATS: { format: ExportFormat; label: 'formatMarkdown' | 'formatCsv' | 'formatJson' }[] = [
  { format: 'markdown', label: 'formatMarkdown' },
  { format: 'csv', label: 'formatCsv' },
  { format: 'json', label: 'formatJson' },
];

/** Export of the page's sources: pick a format, then copy it to the clipboard or save it as a file. */
export function ExportBar({ onCopy, onDownload }: Props) {
  const [format, setFormat] = useState<ExportFormat>('markdown');
  return (
    <div class="export" role="group" aria-labelledby="export-label">
      <span id="export-label" class="visually-hidden">
        {t('exportLabel')}
      </span>
      <select
        class="export-format"
        aria-label={t('exportFormatLabel')}
        value={format}
        onChange={(event) => setFormat((event.target as HTMLSelectElement).value as ExportFormat)}
      >
        {FORMATS.map(({ format: value, label }) => (
          <option key={value} value={value}>
            {t(label)}
          </option>
        ))}
      </select>
      <button type="button" class="button" onClick={() => onCopy(format)}>
        <CopyIcon />
        {t('exportCopy')}
      </button>
      <button type="button" class="button" onClick={() => onDownload(format)}>
        <DownloadIcon />
        {t('exportDownload')}
      </button>
    </div>
  );
}
