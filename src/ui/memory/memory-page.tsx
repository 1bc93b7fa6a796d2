import { useEffect, useMemo, useState } from 'preact/hooks';
import { memoryCsv, memoryJson } from '../../memory/export';
import { mergeEntities, type EntityKind } from '../../memory/merge';
import { siteProfiles } from '../../memory/profile';
import type { MemoryArticle } from '../../memory/types';
import type { MemorySettings } from '../../settings-values';
import { t, tn } from '../i18n';
import { LogoIcon, SearchIcon } from '../icons';
import { EntityList } from './entity-list';
import { formatDay } from './format-date';
import { MemoryActions } from './memory-actions';
import type { MemoryHost } from './memory-host';
import { queryWords, searchEntities, searchSites } from './memory-search';
import { MemorySites } from './memory-sites';

const KINDS: EntityKind[] = ['person', 'organization', 'media'];

/** Set once the page has drawn its first reading: `npm run bench:memory` reads the figure from here. */
export const DRAWN_MARK = 'sourcelight-memory-drawn';

interface Props {
  host: MemoryHost;
  /** The entry to open at (a source's lookup key, from the popup's "quoted in 3 other articles" link). */
  entry?: string | null;
}

/**
 * "Your reading": the sites read with their sourcing over time, the people, organizations and outlets quoted
 * most (each on the articles it stands on), a search box, export, and forgetting. All of it from this
 * browser's own store; nothing is fetched.
 */
export function MemoryPage({ host, entry = null }: Props) {
  const [articles, setArticles] = useState<MemoryArticle[] | null>(null);
  const [settings, setSettings] = useState<MemorySettings | null>(null);
  const [failed, setFailed] = useState(false);
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState('');

  const load = () =>
    host.load().then(
      (all) => {
        setFailed(false);
        setArticles(all);
      },
      () => setFailed(true),
    );
  useEffect(() => {
    void load();
    host.settings().then(setSettings, () => setSettings(null));
  }, [host]);
  useEffect(() => {
    if (articles === null) return;
    // Drawn: after this commit, at the next frame.
    requestAnimationFrame(() => performance.mark(DRAWN_MARK));
  }, [articles === null]);

  const { period, profiles } = useMemo(() => siteProfiles(articles ?? []), [articles]);
  const entities = useMemo(() => mergeEntities(articles ?? []), [articles]);
  const words = useMemo(() => queryWords(query), [query]);
  const sites = useMemo(() => searchSites(profiles, articles ?? [], words), [profiles, articles, words]);
  const found = useMemo(() => searchEntities(entities, words), [entities, words]);

  const forgetSite = (site: string) => {
    host.forgetSite(site).then(
      () => {
        setStatus(t('memoryForgotSite', site));
        void load();
      },
      () => setStatus(t('memoryForgetFailed')),
    );
  };
  const forgetAll = () => {
    host.forgetAll().then(
      () => {
        setStatus(t('memoryForgotAll'));
        void load();
      },
      () => setStatus(t('memoryForgetFailed')),
    );
  };
  const exportAs = (format: 'json' | 'csv') => {
    const list = articles ?? [];
    try {
      host.download(format === 'json' ? memoryJson(list) : memoryCsv(list), format, `sourcelight-reading.${format}`);
      setStatus(t('downloaded', t(format === 'json' ? 'formatJson' : 'formatCsv')));
    } catch {
      setStatus(t('downloadFailed'));
    }
  };
  const turnOn = () => {
    host.setEnabled(true).then(
      () => setSettings({ enabled: true, asked: true }),
      () => setStatus(t('settingsSaveFailed')),
    );
  };

  const nothingFound = words.length > 0 && sites.length === 0 && found.length === 0;
  return (
    <div class="memory">
      <header class="memory-header">
        <LogoIcon size={24} />
        <h1>{t('memoryTitle')}</h1>
      </header>
      <main class="memory-main">
        {articles !== null && articles.length > 0 && (
          <p class="memory-summary">
            {t('memorySummary', [tn('memoryArticles', articles.length), tn('memorySites', profiles.length), formatDay(articles[0]!.readAt, host.language)])}
          </p>
        )}
        <p class="memory-privacy">{t('memoryPrivacy')}</p>
        <p class="memory-bound">{t('memoryBound')}</p>
        {settings && !settings.enabled && (
          <p class="notice memory-off">
            {t('memoryOff')}{' '}
            <button type="button" class="link-button" onClick={turnOn}>
              {t('memoryTurnOn')}
            </button>
          </p>
        )}
        {failed && <p class="notice">{t('memoryLoadFailed')}</p>}
        {articles === null && !failed && <p class="memory-loading">{t('loadingTitle')}</p>}
        {articles !== null && articles.length === 0 && <p class="memory-empty">{t('memoryEmpty')}</p>}
        {articles !== null && articles.length > 0 && (
          <>
            <div class="filter memory-search" role="search">
              <label class="filter-field">
                <SearchIcon />
                <span class="visually-hidden">{t('memorySearchLabel')}</span>
                <input type="search" value={query} placeholder={t('memorySearchPlaceholder')} onInput={(event) => setQuery((event.target as HTMLInputElement).value)} />
              </label>
              <p class="filter-result" role="status">
                {nothingFound ? t('memorySearchNoMatch', query.trim()) : ''}
              </p>
            </div>
            {sites.length > 0 && <MemorySites profiles={sites} period={period} language={host.language} onForget={forgetSite} />}
            {KINDS.map((kind) => (
              <EntityList key={kind} kind={kind} entities={found.filter((e) => e.kind === kind)} language={host.language} focus={words.length === 0 ? entry : null} />
            ))}
          </>
        )}
        <MemoryActions disabled={!articles || articles.length === 0} onExport={exportAs} onForgetAll={forgetAll} />
      </main>
      <p class="live-status" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
