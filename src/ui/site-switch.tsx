import { t } from './i18n';

interface Props {
  hostname: string;
  /** Null while the setting is being read. */
  on: boolean | null;
  onChange: (on: boolean) => void;
}

/** The switch for annotations on this site: a button with role="switch", named by its visible label. */
export function SiteSwitch({ hostname, on, onChange }: Props) {
  return (
    <button
      type="button"
      role="switch"
      class="switch"
      aria-checked={on === true}
      disabled={on === null}
      title={t('siteSwitchTitle', hostname)}
      onClick={() => on !== null && onChange(!on)}
    >
      <span class="switch-label">{t('siteSwitchLabel')}</span>
      <span class="switch-track" aria-hidden="true">
        <span class="switch-thumb" />
      </span>
    </button>
  );
}
