import { t } from './i18n';
import { LogoIcon, PanelIcon, SettingsIcon } from './icons';
import type { SiteSettings } from './popup-host';
import { oneLine } from './quote-text';
import { SiteSwitch } from './site-switch';

interface Props {
  /** The article's title, when the page is one. */
  title: string | null;
  /** The page's site, when annotations can be switched there. */
  hostname: string | null;
  site: SiteSettings | null;
  /** Whether to add the "off everywhere" note (the disabled view already says it). */
  globalNotice: boolean;
  onSiteOn: (on: boolean) => void;
  onOpenOptions: () => void;
  /** Opens the side panel; absent where there is none, and in the side panel itself. */
  onOpenPanel?: () => void;
}

/** The popup's top: name, settings link, the site switch, the article's title, and a note when annotations are off everywhere. */
export function PopupHeader({ title, hostname, site, globalNotice, onSiteOn, onOpenOptions, onOpenPanel }: Props) {
  return (
    <header class="popup-header">
      <div class="brand-row">
        <LogoIcon />
        <h1 class="brand">{t('extName')}</h1>
        {hostname && <SiteSwitch hostname={hostname} on={site ? site.siteOn : null} onChange={onSiteOn} />}
        {onOpenPanel && (
          <button type="button" class="icon-button open-panel" aria-label={t('openPanel')} title={t('openPanel')} onClick={onOpenPanel}>
            <PanelIcon />
          </button>
        )}
        <button type="button" class="icon-button" aria-label={t('openSettings')} title={t('openSettings')} onClick={onOpenOptions}>
          <SettingsIcon />
        </button>
      </div>
      {title && <p class="page-title">{oneLine(title)}</p>}
      {globalNotice && site && !site.globalOn && (
        <p class="notice">
          {t('globalOffNotice')}{' '}
          <button type="button" class="link-button" onClick={onOpenOptions}>
            {t('openSettings')}
          </button>
        </p>
      )}
    </header>
  );
}
