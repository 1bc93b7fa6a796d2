import type { SourceKind } from '../engine/types';
import type { KindToggles } from '../settings';
import { type MessageKey, t } from './i18n';
import { KINDS } from './summary';

const LABEL: Record<SourceKind, MessageKey> = {
  person: 'optionsKindPerson',
  organization: 'optionsKindOrganization',
  media: 'optionsKindMedia',
  anonymous: 'optionsKindAnonymous',
};

interface Props {
  kinds: KindToggles;
  /** Greyed out while annotations are off everywhere (the choice is kept). */
  disabled: boolean;
  onChange: (kinds: KindToggles) => void;
}

/** Which kinds of source are highlighted on the page: one checkbox each, in a labelled group. */
export function KindChoices({ kinds, disabled, onChange }: Props) {
  return (
    <section class="options-section">
      <fieldset class="kind-choices" disabled={disabled}>
        <legend>{t('optionsKindsHeading')}</legend>
        {KINDS.map((kind) => (
          <label class="check-row" key={kind}>
            <input
              type="checkbox"
              checked={kinds[kind]}
              onChange={(event) => onChange({ ...kinds, [kind]: (event.target as HTMLInputElement).checked })}
            />
            <span class={`swatch kind-${kind}`} aria-hidden="true" />
            <span>{t(LABEL[kind])}</span>
          </label>
        ))}
      </fieldset>
      <p class="hint">{t('optionsKindsHint')}</p>
    </section>
  );
}
