/**
 * How a page's report is scored against its hand-written gold: a TypeScript port of `score()` in
 * ../shared/tools/score-pages.py (rules: ../shared/docs/ANNOTATION.md, "How a page is scored"), so that
 * unit tests measure our own fixtures as the shared tool measures the corpus. Keep it in step with that
 * script: same normalization, same matching, same figures.
 */
import type { Report, Source } from '../../../src/engine/types';

export interface GoldSource {
  name: string;
  kind: Source['kind'];
  role: string | null;
  aliases: string[];
  attributions: number;
}

export interface GoldAttribution {
  source: string;
  type: 'direct' | 'indirect' | 'mixed';
  cue: string;
  mention: string;
  contentIncludes: string;
}

/** An `expected.json` (or `NAME.expected.json`) as the fixtures hold it. */
export interface Gold {
  lang?: string;
  title?: string;
  sources: GoldSource[];
  attributions: GoldAttribution[];
  optional?: string[];
}

export interface PageScore {
  right: number;
  found: number;
  gold: number;
  extra: number;
  sourcesFound: number;
  sourcesGold: number;
  spurious: number;
  listed: number;
  split: number;
  /** One line per miss, as `score-pages.py --verbose` prints them. */
  misses: string[];
}

export interface Figures {
  attributions: number;
  found: number;
  extra: number;
  sources: number;
  spurious: number;
  split: number;
}

const TITLES = new Set(
  ('mr mrs ms miss mx dr prof professor sen senator rep representative gov governor president vice prime minister ' +
    'secretary gen general col colonel lt sgt capt captain adm admiral judge justice mayor chairman chairwoman sir dame ' +
    'lord lady rev reverend father sister rabbi imam sheikh king queen prince princess pope ambassador commissioner ' +
    'chief officer detective sheriff coach speaker leader attorney the').split(' '),
);
const COMMON = new Set(
  'the and of for in at a an de del la le les el los las der die das den dem des und y et du von für por pour'.split(' '),
);
const DETERMINERS = new Set([...COMMON, ...'this that its his her their ce cette un une ein eine einer'.split(' ')]);

// Python's `\w` and `\s` on str are Unicode-aware; these are their counterparts here.
const NOT_WORD = /[^\p{L}\p{N}_\s'-]/gu;
const words = (s: string) => s.split(/\s+/).filter((w) => w !== '');

/** Quotes straightened, no-break spaces and runs of space as one space, trimmed, lower case. */
export function norm(s: string | null | undefined): string {
  return (s ?? '')
    .replace(/[’‘]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const stripQuotes = (w: string) => w.replace(/^'+|'+$/g, '');

/** A name without honorifics, titles, possessive 's and punctuation: 'Mr. Michaels' -> 'michaels'. */
export function bare(name: string | null | undefined): string {
  const ws = words(norm(name).replace(NOT_WORD, ' '));
  while (ws.length > 1 && TITLES.has(stripQuotes(ws[0]!))) ws.shift();
  const joined = ws.filter((w) => w !== "'s").join(' ');
  return joined.endsWith("'s") ? joined.slice(0, -2) : joined;
}

const isUpperWord = (w: string) => w === w.toUpperCase() && w !== w.toLowerCase();

/**
 * An alias names its source only when it shares a word with the name, is an acronym, or is a proper name
 * of two capitalised words or more; a description ('the company', 'der Politiker') fits many sources.
 */
function identifying(alias: string, name: string): boolean {
  const nameWords = new Set(words(bare(name)).filter((w) => !COMMON.has(w)));
  if (words(bare(alias)).some((w) => nameWords.has(w))) return true;
  const ws = words(alias.replace(NOT_WORD, ' '));
  while (ws.length > 0 && (DETERMINERS.has(ws[0]!.toLowerCase()) || TITLES.has(ws[0]!.toLowerCase().replace(/^\.+|\.+$/g, '')))) ws.shift();
  if (ws.length === 1 && ws[0]!.length >= 2 && isUpperWord(ws[0]!)) return true;
  return ws.filter((w) => /^\p{Lu}/u.test(w)).length >= 2;
}

/** The names a gold source may be listed under: its name, and the aliases that name it. */
export function goldNames(g: GoldSource): Set<string> {
  const names = new Set([bare(g.name)]);
  for (const a of g.aliases ?? []) if (g.kind === 'anonymous' || identifying(a, g.name)) names.add(bare(a));
  return names;
}

function predNames(s: Source): Set<string> {
  return new Set([bare(s.name), ...(s.aliases ?? []).map(bare)]);
}

const meets = (a: Set<string>, b: Set<string>) => [...a].some((x) => b.has(x));
const contentOf = (a: Report['attributions'][number]) => norm(a.content.map((c) => c.text).join(' '));

/** Scores one report against its gold, as score-pages.py's `score()` does. */
export function scorePage(report: Report, gold: Gold): PageScore {
  // By id, as the script's dict holds them: a repeated id counts once.
  const sources = new Map(report.sources.map((s) => [s.id, s]));
  const predicted = [...sources.values()];
  const goldSources = new Map(gold.sources.map((g) => [g.name, g]));
  const misses: string[] = [];
  const used = new Set<string>();
  let right = 0;
  let found = 0;
  for (const g of gold.attributions) {
    const want = norm(g.contentIncludes);
    const a = report.attributions.find((x) => contentOf(x).includes(want));
    if (!a) {
      misses.push(`missing: ${g.source} ${g.cue} "${g.contentIncludes.slice(0, 50)}"`);
      continue;
    }
    found += 1;
    used.add(a.id);
    const s = a.sourceId === null ? undefined : sources.get(a.sourceId);
    const problems: string[] = [];
    const gs = goldSources.get(g.source);
    if (!gs) throw new Error(`gold attribution names "${g.source}", which is no gold source`);
    if (!(s && meets(predNames(s), goldNames(gs)))) problems.push(`source=${JSON.stringify(s?.name ?? null)}`);
    if ((a.type === 'indirect') !== (g.type === 'indirect')) problems.push(`type=${a.type}`);
    if (!norm(a.cue.text).includes(norm(g.cue))) problems.push(`cue=${JSON.stringify(a.cue.text)}`);
    const pm = norm(a.mention?.text);
    const gm = norm(g.mention);
    if (gm && !(pm && (pm.includes(gm) || gm.includes(pm)))) problems.push(`mention=${JSON.stringify(a.mention?.text ?? null)}`);
    if (problems.length > 0) misses.push(`wrong: ${g.source} "${g.contentIncludes.slice(0, 40)}": ${problems.join(', ')}`);
    else right += 1;
  }

  const optional = (gold.optional ?? []).map(norm);
  let extra = 0;
  const bySource = new Map<string | null, boolean[]>();
  for (const a of report.attributions) {
    const text = contentOf(a);
    const isOptional = !used.has(a.id) && optional.some((o) => text.includes(o));
    bySource.set(a.sourceId, [...(bySource.get(a.sourceId) ?? []), isOptional]);
    if (used.has(a.id) || isOptional) continue;
    extra += 1;
    misses.push(`extra: "${text.slice(0, 60)}"`);
  }
  const optionalOnly = new Set([...bySource].filter(([, flags]) => flags.length > 0 && flags.every(Boolean)).map(([id]) => id));

  let sourcesFound = 0;
  let split = 0;
  for (const g of gold.sources) {
    const names = goldNames(g);
    const matching = predicted.filter((s) => meets(predNames(s), names));
    const shown = new Set([bare(g.name), ...(g.kind !== 'person' ? names : [])]);
    if (matching.some((s) => shown.has(bare(s.name)) && s.kind === g.kind)) sourcesFound += 1;
    else if (matching.length > 0) {
      misses.push(`source wrong: ${g.name} (${g.kind}): listed as ${matching.map((s) => `${JSON.stringify(s.name)} (${s.kind})`).join(', ')}`);
    } else misses.push(`source missing: ${g.name}`);
    if (matching.length > 1) {
      split += 1;
      misses.push(`source split: ${g.name}: ${matching.map((s) => JSON.stringify(s.name)).join(', ')}`);
    }
  }
  const listed = predicted.filter((s) => !optionalOnly.has(s.id));
  const spurious = listed.filter((s) => !gold.sources.some((g) => meets(predNames(s), goldNames(g))));
  misses.push(...spurious.map((s) => `spurious source: ${JSON.stringify(s.name)} (${s.kind})`));

  return {
    right,
    found,
    gold: gold.attributions.length,
    extra,
    sourcesFound,
    sourcesGold: gold.sources.length,
    spurious: spurious.length,
    listed: listed.length,
    split,
    misses,
  };
}

/** The figures score-pages.py prints for a set of pages, from their summed counts. */
export function figures(scores: PageScore[]): Figures {
  const t = scores.reduce(
    (sum, s) => ({
      right: sum.right + s.right,
      found: sum.found + s.found,
      gold: sum.gold + s.gold,
      extra: sum.extra + s.extra,
      sourcesFound: sum.sourcesFound + s.sourcesFound,
      sourcesGold: sum.sourcesGold + s.sourcesGold,
      spurious: sum.spurious + s.spurious,
      listed: sum.listed + s.listed,
      split: sum.split + s.split,
    }),
    { right: 0, found: 0, gold: 0, extra: 0, sourcesFound: 0, sourcesGold: 0, spurious: 0, listed: 0, split: 0 },
  );
  return {
    attributions: t.right / Math.max(t.gold, 1),
    found: t.found / Math.max(t.gold, 1),
    extra: t.extra / Math.max(t.found + t.extra, 1),
    sources: t.sourcesFound / Math.max(t.sourcesGold, 1),
    spurious: t.spurious / Math.max(t.listed, 1),
    split: t.split / Math.max(t.sourcesGold, 1),
  };
}
