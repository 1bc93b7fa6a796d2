import { t } from './i18n';
import { oneLine } from './quote-text';
import { StateMessage } from './state-message';

/** The error view on its own, for when the popup cannot even start (no tab to show). */
export function StaticError({ message }: { message: string }) {
  return (
    <div class="popup">
      <main class="popup-main">
        <StateMessage title={t('errorTitle')}>
          <p>{t('errorText')}</p>
          <details class="error-details">
            <summary>{t('errorDetails')}</summary>
            <p>{oneLine(message)}</p>
          </details>
        </StateMessage>
      </main>
    </div>
  );
}
