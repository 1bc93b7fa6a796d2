import { useEffect, useRef, useState } from 'preact/hooks';
import { usedIn } from '../../memory/entity-articles';
import type { MemoryEntity } from '../../memory/merge';
import type { MemoryArticle } from '../../memory/types';
import { t, tn } from '../i18n';
import { oneLine } from '../quote-text';
import { formatDay } from './format-date';

const WEB_PAGE = /^https?:\/\//;

/** The sites of the articles, the most articles first. */
function sitesOf(articles: MemoryArticle[]): string[] {
  const counts = new Map<string, number>();
  for (const a of articles) counts.set(a.site, (counts.get(a.site) ?? 0) + 1);
  return [...counts].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).map(([site]) => site);
}
const MOST_ROLES = 3;

interface Props {
  entity: MemoryEntity;
  language: string;
  /** Opened from a link ("quoted in 3 other articles"): its articles shown, and scrolled into view. */
  focused: boolean;
  /** Reads the articles the entry stands on. */
  load: (entity: MemoryEntity) => Promise<MemoryArticle[]>;
}

/**
 * One person, organization or outlet: the name most used, how many articles quoted it, the roles given,
 * other names, and (read when opened) the sites that quoted it and the articles it stands on, each with the
 * name and role that article used. Page text goes in as text only; links only to the articles' own http(s) addresses.
 */
export function EntityItem({ entity, language, focused, load }: Props) {
  const [open, setOpen] = useState(focused);
  const [articles, setArticles] = useState<MemoryArticle[] | null>(null);
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (!focused) return;
    setOpen(true);
    ref.current?.scrollIntoView?.({ block: 'start' });
    ref.current?.querySelector<HTMLElement>('summary')?.focus({ preventScroll: true });
  }, [focused]);
  useEffect(() => {
    if (!open || articles) return;
    let live = true;
    load(entity).then(
      (list) => live && setArticles(list),
      () => live && setArticles([]),
    );
    return () => {
      live = false;
    };
  }, [open, entity]);
  const otherNames = entity.names.slice(1).map(oneLine);
  return (
    <li class={`entity kind-${entity.kind}${focused ? ' is-focused' : ''}`} ref={ref} data-entry={entity.id}>
      <div class="entity-head">
        <span class="swatch" aria-hidden="true" />
        <h3 class="entity-name">{oneLine(entity.name)}</h3>
        <span class="entity-count">{tn('memoryEntryArticles', entity.ids.length)}</span>
      </div>
      {entity.roles.length > 0 && (
        <p class="entity-roles">{t('memoryEntryRoles', entity.roles.slice(0, MOST_ROLES).map((r) => oneLine(r.role)).join(t('listSeparator')))}</p>
      )}
      {otherNames.length > 0 && <p class="entity-names">{t('memoryEntryNames', otherNames.join(t('listSeparator')))}</p>}
      <details open={open} onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}>
        <summary>{t('memoryEntryArticlesHeading')}</summary>
        {open && articles === null && <p class="article-meta">{t('loadingTitle')}</p>}
        {open && articles && articles.length > 0 && (
          <p class="entity-outlets">{t('memoryEntryOutlets', sitesOf(articles).map(oneLine).join(t('listSeparator')))}</p>
        )}
        {open && articles && (
          <ul class="entity-articles">
            {articles.map((a) => {
              const used = usedIn(a, entity);
              return (
                <li key={a.url}>
                  {WEB_PAGE.test(a.url) ? (
                    <a href={a.url} target="_blank" rel="noopener noreferrer">
                      {oneLine(a.title ?? a.url)}
                    </a>
                  ) : (
                    <span>{oneLine(a.title ?? a.url)}</span>
                  )}
                  <span class="article-meta">
                    {t('memoryArticleMeta', [oneLine(a.site), formatDay(a.readAt, language)])}
                    {used && used.name !== entity.name && ` · ${t('memoryArticleAs', oneLine(used.name))}`}
                    {used?.role && ` · ${oneLine(used.role)}`}
                  </span>
                </li>
              );
            })}
          </ul>
        )}
      </details>
    </li>
  );
}
