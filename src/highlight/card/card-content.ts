/**
 * What the hover card says about one attribution: pure data from the report, no DOM. Page text stays
 * text: callers render these strings with textContent only.
 */
import type { Report, SourceKind } from '../../engine/types';

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
  /** How often the article cites this source ("Cited 3 times in this article"). */
  countLabel: string;
  /** For a pronoun or other stand-in ("he", "the envoy"): `"he" is James Jeffrey`; null when the mention is the name itself. */
  resolves: string | null;
  /** One line for screen readers, announced once. */
  announcement: string;
}

const KIND_LABEL: Record<SourceKind, string> = {
  person: 'Person',
  organization: 'Organization',
  media: 'News outlet',
  anonymous: 'Unnamed source',
};
const TYPE_LABEL = { direct: 'Direct quote', indirect: 'Reported speech', mixed: 'Partly quoted' } as const;
// Names longer than this are cut for the card (a hostile page can name a source with 10,000 characters).
const MAX_FIELD = 300;

const clip = (s: string) => (s.length > MAX_FIELD ? `${s.slice(0, MAX_FIELD - 1)}…` : s);

/** The card for attribution `attributionId`, or null when the report has no such attribution. */
export function cardContent(report: Report, attributionId: string): CardContent | null {
  const a = report.attributions.find((x) => x.id === attributionId);
  if (!a) return null;
  const source = a.sourceId === null ? undefined : report.sources.find((s) => s.id === a.sourceId);
  const count = source ? report.attributions.filter((x) => x.sourceId === source.id).length : 1;
  const name = clip(source?.name ?? 'Unknown source');
  const mention = a.mention?.text.trim() ?? '';
  const known = new Set([source?.name ?? '', ...(source?.aliases ?? [])].map((n) => n.toLowerCase()));
  const resolves = source && mention && !known.has(mention.toLowerCase()) ? `“${clip(mention)}” is ${name}` : null;
  const kindLabel = source ? KIND_LABEL[source.kind] : KIND_LABEL.anonymous;
  const role = source?.role ? clip(source.role) : null;
  const countLabel = count === 1 ? 'Cited once in this article' : `Cited ${count} times in this article`;
  const typeLabel = TYPE_LABEL[a.type];
  const cue = clip(a.cue.text);
  const announcement = [
    `${typeLabel} from ${name}`,
    role ? `${kindLabel}, ${role}` : kindLabel,
    resolves,
    `Cue: ${cue}`,
    countLabel,
  ]
    .filter(Boolean)
    .join('. ');
  return { name, kindLabel, role, typeLabel, cue, countLabel, resolves, announcement };
}
