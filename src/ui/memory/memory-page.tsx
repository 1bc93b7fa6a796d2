import { useEffect, useMemo, useState } from 'preact/hooks';
import { memoryCsv, memoryJson } from '../../memory/export';
import { mergeNames, type EntityKind } from '../../memory/merge';
import { siteProfiles } from '../../memory/profile';
import type { MemoryDigest } from '../../memory/store';
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
/** Set when the digests the page is drawn from have been read from the store (the bench's breakdown). */
export const READ_MARK = 'sourcelight-memory-read';

interface Props {
  host: MemoryHost;
  /** The digests, when their reading was started before the page was first rendered. */
  first?: Promise<MemoryDigest>;
  /** The entry to open at (a source's lookup key, from the popup's "quoted in 3 other articles" link). */
  entry?: string | null;
}

/**
 * "Your reading": the sites read with their sourcing over time, the people, organizations and outlets quoted
 * most (each on the articles it stands on), a search box, export, and forgetting. All of it from this
 * browser's own store; nothing is fetched.
 */
export function MemoryPage({ host, first, entry = null }: Props) {
  const [digest, setDigest] = useState<MemoryDigest | null>(null);
  const [settings, setSettings] = useState<MemorySettings | null>(null);
  const [failed, setFailed] = useState(false);
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState('');

  const load = (reading = host.digests()) =>
    reading.then(
      (read) => {
        performance.mark(READ_MARK);
        setFailed(false);
        setDigest(read);
      },
      () => setFailed(true),
    );
  useEffect(() => {
    void load(first);
    host.settings().then(setSettings, () => setSettings(null));
  }, [host]);
  useEffect(() => {
    if (digest === null) return;
    // Drawn: after this commit, at the next frame.
    requestAnimationFrame(() => performance.mark(DRAWN_MARK));
  }, [digest === null]);

  const { period, profiles } = useMemo(() => siteProfiles(digest?.sites ?? []), [digest]);
  const entities = useMemo(() => mergeNames(digest?.names ?? []), [digest]);
  const words = useMemo(() => queryWords(query), [query]);
  const sites = useMemo(() => searchSites(profiles, words), [profiles, words]);
  const found = useMemo(() => searchEntities(entities, words), [entities, words]);
  const count = digest?.articles ?? 0;
  const since = profiles.reduce((first, p) => Math.min(first, p.first), Infinity);

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
    host.all().then(
      (list) => {
        host.download(format === 'json' ? memoryJson(list) : memoryCsv(list), format, `sourcelight-reading.${format}`);
        setStatus(t('downloaded', t(format === 'json' ? 'formatJson' : 'formatCsv')));
      },
      () => setStatus(t('downloadFailed')),
    );
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
        {count > 0 && (
          <p class="memory-summary">{t('memorySummary', [tn('memoryArticles', count), tn('memorySites', profiles.length), formatDay(since, host.language)])}</p>
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
        {digest === null && !failed && <p class="memory-loading">{t('loadingTitle')}</p>}
        {digest !== null && count === 0 && <p class="memory-empty">{t('memoryEmpty')}</p>}
        {count > 0 && (
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
              <EntityList
                key={kind}
                kind={kind}
                entities={found.filter((e) => e.kind === kind)}
                language={host.language}
                focus={words.length === 0 ? entry : null}
                load={host.articlesOf}
              />
            ))}
          </>
        )}
        <MemoryActions disabled={count === 0} onExport={exportAs} onForgetAll={forgetAll} />
      </main>
      <p class="live-status" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
