import { t } from './i18n';

interface Props {
  /** Null while the setting is being read. */
  on: boolean | null;
  memoryUrl: string;
  onChange: (on: boolean) => void;
}

/** The options page's switch for the reader's memory, what it keeps, and the way to "Your reading". */
export function MemoryChoice({ on, memoryUrl, onChange }: Props) {
  return (
    <section class="options-section" aria-labelledby="memory-heading">
      <h2 id="memory-heading">{t('optionsMemoryHeading')}</h2>
      <label class="check-row">
        <input
          type="checkbox"
          role="switch"
          checked={on === true}
          disabled={on === null}
          onChange={(event) => onChange((event.target as HTMLInputElement).checked)}
        />
        <span>{t('optionsMemoryLabel')}</span>
      </label>
      <p class="hint">{t('optionsMemoryHint')}</p>
      <p class="hint">
        <a href={memoryUrl} target="_blank" rel="noopener">
          {t('optionsMemoryOpen')}
        </a>
      </p>
    </section>
  );
}
