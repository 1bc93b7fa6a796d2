import { t } from './i18n';

interface Props {
  onAnswer: (remember: boolean) => void;
}

/** The one question about the memory, asked once in plain words: remember the sources of what I read, here only? */
export function MemoryPrompt({ onAnswer }: Props) {
  return (
    <section class="memory-prompt" aria-labelledby="memory-prompt-text">
      <p id="memory-prompt-text">{t('memoryPromptText')}</p>
      <div class="memory-prompt-actions">
        <button type="button" class="button is-primary" onClick={() => onAnswer(true)}>
          {t('memoryPromptYes')}
        </button>
        <button type="button" class="button" onClick={() => onAnswer(false)}>
          {t('memoryPromptNo')}
        </button>
      </div>
    </section>
  );
}
