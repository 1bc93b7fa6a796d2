import { useState } from 'preact/hooks';
import type { EntityKind, MemoryEntity } from '../../memory/merge';
import type { MemoryArticle } from '../../memory/types';
import { type MessageKey, t } from '../i18n';
import { EntityItem } from './entity-item';

const FIRST_SHOWN = 15;

const HEADING: Record<EntityKind, MessageKey> = {
  person: 'memoryPeopleHeading',
  organization: 'memoryOrganizationsHeading',
  media: 'memoryMediaHeading',
};

interface Props {
  kind: EntityKind;
  entities: MemoryEntity[];
  language: string;
  /** The entry the page was opened at (a lookup key), shown even when it is not among the first. */
  focus: string | null;
  load: (entity: MemoryEntity) => Promise<MemoryArticle[]>;
}

/** The entries of one kind, most quoted first, the first fifteen shown and more on request. */
export function EntityList({ kind, entities, language, focus, load }: Props) {
  const [shown, setShown] = useState(FIRST_SHOWN);
  if (entities.length === 0) return null;
  const focusAt = focus === null ? -1 : entities.findIndex((e) => e.keys.includes(focus));
  const visible = entities.slice(0, Math.max(shown, focusAt + 1));
  const more = entities.length - visible.length;
  return (
    <section class="memory-section" aria-labelledby={`entities-${kind}`}>
      <h2 id={`entities-${kind}`}>{t(HEADING[kind])}</h2>
      <ol class="entities">
        {visible.map((entity, i) => (
          <EntityItem key={entity.id} entity={entity} language={language} focused={i === focusAt} load={load} />
        ))}
      </ol>
      {more > 0 && (
        <button type="button" class="button show-more" onClick={() => setShown(visible.length + FIRST_SHOWN * 2)}>
          {t('memoryShowMore', String(Math.min(more, FIRST_SHOWN * 2)))}
        </button>
      )}
    </section>
  );
}
