import { READ_LANGUAGES } from '../engine/lang/reads';
import type { BlockedReason } from './blocked-url';
import { type MessageKey, t } from './i18n';
import { languageList, languageName } from './language-names';
import type { SiteSettings } from './popup-host';
import { oneLine } from './quote-text';
import { StateMessage } from './state-message';
import type { PopupView } from './view-state';

type StateKind = Exclude<PopupView, { kind: 'article' }>;

interface Props {
  view: StateKind;
  /** The site's settings, to say why a page is off; null while unknown. */
  site: SiteSettings | null;
  onRequestPermission: (origin: string) => void;
  onReload: () => void;
  onTabOn: () => void;
  onOpenOptions: () => void;
}

const BLOCKED_TEXT: Record<BlockedReason | 'unknown', MessageKey> = {
  browser: 'blockedBrowserText',
  store: 'blockedStoreText',
  pdf: 'blockedPdfText',
  file: 'blockedFileText',
  unknown: 'blockedUnknownText',
};

/** Hostname of a URL for messages; the URL itself when it has none. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname || url;
  } catch {
    return url;
  }
}

/** The message for every state that is not a list of sources: each says what is going on and offers the fix. */
export function StateView({ view, site, onRequestPermission, onReload, onTabOn, onOpenOptions }: Props) {
  switch (view.kind) {
    case 'loading':
      return <StateMessage busy title={t('loadingTitle')} />;
    case 'blocked':
      return (
        <StateMessage title={t(view.reason === 'pdf' ? 'blockedPdfTitle' : 'blockedTitle')}>
          <p>{t(BLOCKED_TEXT[view.reason])}</p>
        </StateMessage>
      );
    case 'no-permission': {
      const host = hostOf(view.origin.replace('/*', '/'));
      return (
        <StateMessage
          title={t('permissionTitle')}
          action={
            <button type="button" class="button is-primary" onClick={() => onRequestPermission(view.origin)}>
              {t('permissionButton', host)}
            </button>
          }
        >
          <p>{t('permissionText', host)}</p>
        </StateMessage>
      );
    }
    case 'stale':
      return (
        <StateMessage
          title={t('staleTitle')}
          action={
            <button type="button" class="button is-primary" onClick={onReload}>
              {t('reloadButton')}
            </button>
          }
        >
          <p>{t('staleText')}</p>
        </StateMessage>
      );
    case 'disabled':
      // Off everywhere, off on this site, or (with both on) off on this tab by the keyboard shortcut.
      if (site && !site.globalOn) {
        return (
          <StateMessage
            title={t('globalOffTitle')}
            action={
              <button type="button" class="button is-primary" onClick={onOpenOptions}>
                {t('openSettings')}
              </button>
            }
          >
            <p>{t('globalOffText')}</p>
          </StateMessage>
        );
      }
      if (site && site.siteOn) {
        return (
          <StateMessage
            title={t('tabOffTitle')}
            action={
              <button type="button" class="button is-primary" onClick={onTabOn}>
                {t('tabOnButton')}
              </button>
            }
          >
            <p>{t('tabOffText')}</p>
          </StateMessage>
        );
      }
      return (
        <StateMessage title={t('disabledTitle')}>
          <p>{t('disabledText', hostOf(view.url))}</p>
        </StateMessage>
      );
    case 'not-article':
      return (
        <StateMessage title={t('notArticleTitle')}>
          <p>{t('notArticleText')}</p>
        </StateMessage>
      );
    case 'unsupported-language': {
      // Named by the browser in the reader's language; a code it has no name for is left unnamed.
      const name = languageName(view.lang);
      const read = languageList(READ_LANGUAGES);
      return (
        <StateMessage title={t('languageTitle')}>
          <p>{name ? t('languageText', [name, read]) : t('languageTextUnnamed', read)}</p>
        </StateMessage>
      );
    }
    case 'error':
      return (
        <StateMessage
          title={t('errorTitle')}
          action={
            <button type="button" class="button" onClick={onReload}>
              {t('reloadButton')}
            </button>
          }
        >
          <p>{t('errorText')}</p>
          {view.message && (
            <details class="error-details">
              <summary>{t('errorDetails')}</summary>
              <p>{oneLine(view.message)}</p>
            </details>
          )}
        </StateMessage>
      );
  }
}
