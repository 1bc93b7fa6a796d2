import { useState } from 'preact/hooks';
import { t } from './i18n';
import { checkSiteInput } from './site-input';

interface Props {
  sites: string[];
  onAdd: (host: string) => void;
  onRemove: (host: string) => void;
}

/** The sites where Sourcelight stays off: a form that adds one (checked, with a clear error) and the list with remove buttons. */
export function SiteList({ sites, onAdd, onRemove }: Props) {
  const [input, setInput] = useState('');
  const [error, setError] = useState('');

  const submit = (event: Event) => {
    event.preventDefault();
    const check = checkSiteInput(input, sites);
    if (!check.ok) {
      setError(check.error);
      return;
    }
    setError('');
    setInput('');
    onAdd(check.host);
  };

  return (
    <section class="options-section" aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('optionsSitesHeading')}</h2>
      <form class="site-form" onSubmit={submit} noValidate>
        <label for="site-input">{t('optionsSiteInputLabel')}</label>
        <div class="site-form-row">
          <input
            id="site-input"
            type="text"
            inputMode="url"
            autocomplete="off"
            spellcheck={false}
            placeholder="example.com"
            value={input}
            aria-invalid={error !== ''}
            aria-describedby={error ? 'site-hint site-error' : 'site-hint'}
            onInput={(event) => {
              setInput((event.target as HTMLInputElement).value);
              if (error) setError('');
            }}
          />
          <button type="submit" class="button is-primary">
            {t('optionsSiteAdd')}
          </button>
        </div>
        <p id="site-hint" class="hint">
          {t('optionsSiteHint')}
        </p>
        {error && (
          <p id="site-error" class="field-error" role="alert">
            {error}
          </p>
        )}
      </form>
      {sites.length === 0 ? (
        <p class="hint">{t('optionsSitesEmpty')}</p>
      ) : (
        <ul class="site-list">
          {[...sites].sort().map((site) => (
            <li key={site}>
              <span class="site-name">{site}</span>
              <button type="button" class="button" aria-label={t('optionsSiteRemoveLabel', site)} onClick={() => onRemove(site)}>
                {t('optionsSiteRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
