import { articleRecord } from "../../src/memory/record";
import type { MemoryArticle } from "../../src/memory/types";
import type { Report, Source, SourceKind } from "../../src/engine/types";
import { digestsOf } from '../../src/memory/digest';
import { mergeNames } from '../../src/memory/merge';
import { siteProfiles } from '../../src/memory/profile';
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const GIVEN = ['Ana', 'James', 'Maria', 'Tom', 'Lena', 'Omar', 'Grace', 'Ivan', 'Sofia', 'Wei', 'Amara', 'Jonas', 'Priya', 'Lucas', 'Nadia', 'Kofi', 'Elena', 'Hugo', 'Mei', 'Samuel'];
const FAMILY = Array.from({ length: 150 }, (_, i) => `Family${i.toString(36)}son`);
const ROLES = ['the mayor', 'a spokesman for the ministry', 'the company’s chief executive', 'a professor of economics', 'the U.S. envoy', 'a local resident', 'the police chief', 'a senior analyst', 'the union’s president', null];
const ORGS = Array.from({ length: 300 }, (_, i) => `The ${['Federal', 'City', 'National', 'Harbor', 'Regional'][i % 5]} ${['Agency', 'Council', 'Institute', 'Board', 'Association', 'Bank'][i % 6]} ${i}`);
const MEDIA = ['The Associated Press', 'Reuters', 'Agence France-Presse', 'Bloomberg', 'The New York Times', 'BBC News', 'CNN', 'Al Jazeera'];
const ANONYMOUS = ['officials', 'experts', 'a source familiar with the matter', 'analysts', 'people close to the talks'];

function generate(count: number): MemoryArticle[] {
  const next = random(24);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const now = Date.now();
  const out: MemoryArticle[] = [];
  for (let i = 0; i < count; i++) {
    const sources: Source[] = [];
    const n = 3 + Math.floor(next() * 9);
    for (let k = 0; k < n; k++) {
      const roll = next();
      const kind: SourceKind = roll < 0.5 ? 'person' : roll < 0.7 ? 'organization' : roll < 0.82 ? 'media' : 'anonymous';
      const name = kind === 'person' ? `${pick(GIVEN)} ${pick(FAMILY)}` : kind === 'organization' ? pick(ORGS) : kind === 'media' ? pick(MEDIA) : pick(ANONYMOUS);
      sources.push({ id: `s${k + 1}`, name, kind, role: kind === 'person' ? pick(ROLES) : null, aliases: [] });
    }
    const attributions: Report['attributions'] = [];
    for (const s of sources) {
      const times = 1 + Math.floor(next() * 3);
      for (let t = 0; t < times; t++) {
        const at = attributions.length * 10;
        attributions.push({ id: `a${attributions.length + 1}`, sourceId: s.id, type: next() < 0.4 ? 'direct' : next() < 0.8 ? 'indirect' : 'mixed', cue: { start: at, end: at + 4, text: 'said' }, mention: null, content: [], paragraph: t });
      }
    }
    const report: Report = { schema: 1, title: `Generated story ${i}`, textLength: attributions.length * 10 + 10, sources, attributions };
    const site = `news${i % SITES}.example`;
    // Read over the last two years, oldest first.
    const readAt = now - (count - i) * ((2 * 365 * 24 * 3600 * 1000) / count);
    out.push({ ...articleRecord(`https://www.${site}/story/${i}`, report.title, report, Math.round(readAt)), id: i + 1 });
  }
  return out;
}

const SITES = 40;
const a = generate(10000);
const d = digestsOf(a);
console.log('names', d.names.length, 'ids', d.names.reduce((n, x) => n + x.ids.length, 0));
for (let r = 0; r < 3; r++) {
  let t = performance.now(); const e = mergeNames(d.names); const m = performance.now() - t;
  t = performance.now(); siteProfiles(d.sites); const p = performance.now() - t;
  t = performance.now(); structuredClone(d); const c = performance.now() - t;
  console.log('merge', m.toFixed(0), 'profiles', p.toFixed(0), 'clone', c.toFixed(0), e.length);
}
