import { useEffect, useState } from 'preact/hooks';
import type { KindToggles, MemorySettings, Settings } from '../settings';
import { t } from './i18n';
import { LogoIcon } from './icons';
import { KindChoices } from './kind-choices';
import { MemoryChoice } from './memory-choice';
import type { OptionsStore } from './options-store';
import { SiteList } from './site-list';

/**
 * The settings page: annotations on or off, which kinds of source are highlighted, the sites where
 * Sourcelight stays off, and the reader's memory of sources (off until turned on). Every change is saved at once and confirmed in a polite status line; a failed
 * save says so and shows the stored value again.
 */
export function OptionsPage({ store }: { store: OptionsStore }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState('');
  const [memory, setMemory] = useState<MemorySettings | null>(null);

  useEffect(() => {
    store.read().then(setSettings, () => setStatus(t('settingsLoadFailed')));
    return store.watch(setSettings);
  }, [store]);
  useEffect(() => {
    store.readMemory().then(setMemory, () => setStatus(t('settingsLoadFailed')));
    return store.watchMemory(setMemory);
  }, [store]);

  const saveMemory = (on: boolean) => {
    setMemory({ enabled: on, asked: true });
    store.setMemoryEnabled(on).then(
      () => setStatus(t('settingsSaved')),
      () => {
        setStatus(t('settingsSaveFailed'));
        store.readMemory().then(setMemory, () => undefined);
      },
    );
  };

  const save = (work: Promise<unknown>, next: Partial<Settings>) => {
    setSettings((previous) => (previous ? { ...previous, ...next } : previous));
    work.then(
      () => setStatus(t('settingsSaved')),
      () => {
        setStatus(t('settingsSaveFailed'));
        store.read().then(setSettings, () => undefined);
      },
    );
  };

  return (
    <div class="options">
      <header class="options-header">
        <LogoIcon size={24} />
        <h1>{t('optionsTitle')}</h1>
      </header>
      {settings === null ? (
        <p class="options-loading">{status || t('loadingTitle')}</p>
      ) : (
        <main class="options-main">
          <section class="options-section" aria-labelledby="enabled-heading">
            <h2 id="enabled-heading">{t('optionsHighlightsHeading')}</h2>
            <label class="check-row">
              <input
                type="checkbox"
                role="switch"
                checked={settings.enabled}
                onChange={(event) => {
                  const on = (event.target as HTMLInputElement).checked;
                  save(store.setEnabled(on), { enabled: on });
                }}
              />
              <span>{t('optionsEnabledLabel')}</span>
            </label>
            <p class="hint">{t('optionsEnabledHint')}</p>
          </section>
          <KindChoices
            kinds={settings.kinds}
            disabled={!settings.enabled}
            onChange={(kinds: KindToggles) => save(store.setKinds(kinds), { kinds })}
          />
          <SiteList
            sites={settings.disabledSites}
            onAdd={(host) => save(store.setSiteDisabled(host, true), { disabledSites: [...settings.disabledSites, host] })}
            onRemove={(host) =>
              save(store.setSiteDisabled(host, false), { disabledSites: settings.disabledSites.filter((site) => site !== host) })
            }
          />
          <MemoryChoice on={memory ? memory.enabled : null} memoryUrl={store.memoryUrl} onChange={saveMemory} />
        </main>
      )}
      <p class="options-status" role="status">
        {status}
      </p>
    </div>
  );
}
