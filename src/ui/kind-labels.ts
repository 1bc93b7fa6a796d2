import type { GroupKind } from './group';
import type { MessageKey } from './i18n';

/** The heading of each group of sources, as message keys. */
export const GROUP_TITLE: Record<GroupKind, MessageKey> = {
  person: 'groupPerson',
  organization: 'groupOrganization',
  media: 'groupMedia',
  anonymous: 'groupAnonymous',
  none: 'groupNone',
};
