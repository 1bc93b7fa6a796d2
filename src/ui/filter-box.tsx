import type { Ref } from 'preact';
import { t } from './i18n';
import { SearchIcon } from './icons';

interface Props {
  value: string;
  onInput: (value: string) => void;
  /** ArrowDown: move into the list. */
  onEnterList: () => void;
  inputRef: Ref<HTMLInputElement>;
  /** What the filter leaves, in words; announced politely as it changes. */
  resultText: string;
}

/** The filter box: matches names, roles and the words of quotes; Escape clears it, ArrowDown enters the list. */
export function FilterBox({ value, onInput, onEnterList, inputRef, resultText }: Props) {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      onEnterList();
    } else if (event.key === 'Escape' && value !== '') {
      // Only swallow Escape when there is something to clear; otherwise it closes the popup as usual.
      event.preventDefault();
      onInput('');
    }
  };
  return (
    <div class="filter" role="search">
      <label class="filter-field">
        <span class="visually-hidden">{t('filterLabel')}</span>
        <SearchIcon />
        <input
          ref={inputRef}
          type="search"
          value={value}
          placeholder={t('filterPlaceholder')}
          autocomplete="off"
          spellcheck={false}
          onInput={(event) => onInput((event.target as HTMLInputElement).value)}
          onKeyDown={onKeyDown}
        />
      </label>
      <p class="filter-result" role="status">
        {resultText}
      </p>
    </div>
  );
}
