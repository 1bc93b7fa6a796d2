import { useState } from 'preact/hooks';
import { t } from '../i18n';
import { DownloadIcon } from '../icons';

interface Props {
  disabled: boolean;
  onExport: (format: 'json' | 'csv') => void;
  onForgetAll: () => void;
}

/** Export (JSON, CSV) and "forget everything", which asks once more before it erases anything. */
export function MemoryActions({ disabled, onExport, onForgetAll }: Props) {
  const [confirming, setConfirming] = useState(false);
  return (
    <section class="memory-actions" aria-labelledby="memory-export-label">
      <h2 id="memory-export-label" class="visually-hidden">
        {t('memoryExportLabel')}
      </h2>
      <div class="memory-action-row">
        <button type="button" class="button" disabled={disabled} onClick={() => onExport('json')}>
          <DownloadIcon />
          {t('memoryExportJson')}
        </button>
        <button type="button" class="button" disabled={disabled} onClick={() => onExport('csv')}>
          <DownloadIcon />
          {t('memoryExportCsv')}
        </button>
        {!confirming && (
          <button type="button" class="button is-danger" disabled={disabled} onClick={() => setConfirming(true)}>
            {t('memoryForgetAll')}
          </button>
        )}
      </div>
      {confirming && (
        <div class="memory-confirm" role="group" aria-labelledby="forget-all-question">
          <p id="forget-all-question">{t('memoryForgetAllConfirm')}</p>
          <button
            type="button"
            class="button is-danger"
            onClick={() => {
              setConfirming(false);
              onForgetAll();
            }}
          >
            {t('memoryForgetAllYes')}
          </button>
          <button type="button" class="button" onClick={() => setConfirming(false)}>
            {t('memoryCancel')}
          </button>
        </div>
      )}
    </section>
  );
}
