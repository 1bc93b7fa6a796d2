/**
 * What the hover card says about one attribution: pure data from the report, no DOM. Page text stays
 * text: callers render these strings with textContent only. The card's own words come from the UI
 * catalogue (src/ui/i18n.ts): browser.i18n answers in content scripts too.
 */
import type { AttributionType, Report, SourceKind } from '../../engine/types';
import { type MessageKey, type Translate, t, tn } from '../../ui/i18n';

export interface CardContent {
  /** The source's name, or "Unknown source". */
  name: string;
  /** "Person", "Organization", "News outlet", "Unnamed source". */
  kindLabel: string;
  role: string | null;
  /** "Direct quote", "Reported speech", "Partly quoted". */
  typeLabel: string;
  /** The reporting words as written ("said", "according to"). */
  cue: string;
  /** The label before the cue: "Direct quote, cue:". */
  cueLabel: string;
  /** The cue in the UI language's quotation marks: "“said”", "„sagte“". */
  cueQuoted: string;
  /** How often the article cites this source ("Cited 3 times in this article"). */
  countLabel: string;
  /** For a pronoun or other stand-in ("he", "the envoy"): `"he" is James Jeffrey`; null when the mention is the name itself. */
  resolves: string | null;
  /** One line for screen readers, announced once. */
  announcement: string;
}

const KIND_LABEL: Record<SourceKind, MessageKey> = {
  person: 'cardKindPerson',
  organization: 'cardKindOrganization',
  media: 'cardKindMedia',
  anonymous: 'cardKindAnonymous',
};
const TYPE_LABEL: Record<AttributionType, MessageKey> = { direct: 'cardTypeDirect', indirect: 'cardTypeIndirect', mixed: 'cardTypeMixed' };
// Names longer than this are cut for the card (a hostile page can name a source with 10,000 characters).
const MAX_FIELD = 300;

const clip = (s: string) => (s.length > MAX_FIELD ? `${s.slice(0, MAX_FIELD - 1)}…` : s);

/** The card for attribution `attributionId` in the words of `tr`, or null when the report has no such attribution. */
export function cardContent(report: Report, attributionId: string, tr: Translate = t): CardContent | null {
  const a = report.attributions.find((x) => x.id === attributionId);
  if (!a) return null;
  const source = a.sourceId === null ? undefined : report.sources.find((s) => s.id === a.sourceId);
  const count = source ? report.attributions.filter((x) => x.sourceId === source.id).length : 1;
  const name = source ? clip(source.name) : tr('cardUnknownSource');
  const mention = a.mention?.text.trim() ?? '';
  const known = new Set([source?.name ?? '', ...(source?.aliases ?? [])].map((n) => n.toLowerCase()));
  const resolves = source && mention && !known.has(mention.toLowerCase()) ? tr('cardResolves', [clip(mention), name]) : null;
  const kindLabel = tr(KIND_LABEL[source ? source.kind : 'anonymous']);
  const role = source?.role ? clip(source.role) : null;
  const countLabel = tn('cardCited', count, [], tr);
  const typeLabel = tr(TYPE_LABEL[a.type]);
  const cue = clip(a.cue.text);
  const announcement = [
    tr('cardAnnounceFrom', [typeLabel, name]),
    role ? `${kindLabel}, ${role}` : kindLabel,
    resolves,
    tr('cardAnnounceCue', cue),
    countLabel,
  ]
    .filter(Boolean)
    .join('. ');
  return { name, kindLabel, role, typeLabel, cue, cueLabel: tr('cardCueLabel', typeLabel), cueQuoted: tr('quoted', cue), countLabel, resolves, announcement };
}
