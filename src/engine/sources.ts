import type { Found } from './clauses';
import { anonymousNouns, outletKey, outletNames, pronouns, titles } from './lexicons';
import { npForward } from './mentions';
import type { Sentence } from './sentences';
import type { Token } from './tokens';
import type { Source, SourceKind } from './types';

interface Entry {
  source: Source;
  key: string;
  /** Last word of a person's name, for "Jeffrey said" -> James Jeffrey. */
  surname: string;
  last: number;
}

const ORG_WORDS = new Set(
  'department ministry party committee commission council agency administration campaign court congress senate house coalition government company corporation inc inc. corp corp. co. llc university institute foundation center centre association union bank group office service police army military forces force navy parliament legislature cabinet regime ministry pentagon kremlin fbi cia nsa nato un white board bureau authority network organization organisation team club league federation alliance movement front command embassy state states city county school hospital firm report study statement poll survey website lawsuit complaint letter memo filing document documents data records'.split(' '),
);
const RECENT = 20;
const PERSON_NOUNS = new Set('man woman men women boy girl father mother son daughter wife husband brother sister friend neighbor owner teacher student doctor nurse veteran citizen'.split(' '));
const DETS = /^(?:the|a|an)\s+/i;
const ACRONYM = /^\p{Lu}[\p{Lu}\d&.-]+$/u;

/** The resolved source of each attribution (index-aligned), and the sources in order of first use. */
export interface Resolved {
  ids: Array<string | null>;
  sources: Source[];
}

function spanText(text: string, tokens: Token[], s: number, e: number): string {
  return text.slice(tokens[s]!.s, tokens[e - 1]!.e);
}

/**
 * Gives every attribution a source: outlets and their aliases become one `media` source, unnamed
 * nouns ("officials", "experts") `anonymous` ones, a surname joins the full name used earlier, a
 * pronoun or "the spokesman" points back to the last compatible source, "it" to the subject of the
 * sentence before. Attributions with no recoverable source get null.
 */
export function resolveSources(text: string, tokens: Token[], sentences: Sentence[], found: Found[]): Resolved {
  const entries: Entry[] = [];
  const byKey = new Map<string, Entry>();
  const ids: Array<string | null> = [];
  const add = (name: string, kind: SourceKind, role: string | null, key: string, surname: string, at: number): Entry => {
    const entry: Entry = { source: { id: `s${entries.length + 1}`, name, kind, role, aliases: [] }, key, surname, last: at };
    entries.push(entry);
    byKey.set(key, entry);
    if (kind === 'person' && surname) bySurname.set(surname, entry);
    return entry;
  };
  // The most recently used sources, newest first. Pronouns and roles look back only this far,
  // which is what a reader does too, and keeps resolution linear in the article's length.
  const recent: Entry[] = [];
  const touch = (e: Entry) => {
    const i = recent.indexOf(e);
    if (i >= 0) recent.splice(i, 1);
    recent.unshift(e);
    if (recent.length > RECENT) recent.pop();
  };
  const lastOf = (pred: (e: Entry) => boolean): Entry | undefined => recent.find(pred);
  const bySurname = new Map<string, Entry>();
  const alias = (e: Entry, name: string) => {
    if (name && name !== e.source.name && !e.source.aliases.includes(name) && !pronouns.has(name.toLowerCase())) e.source.aliases.push(name);
  };
  const named = (s: number, e: number, role: string | null, at: number): Entry | null => {
    const mention = spanText(text, tokens, s, e);
    const lowerWords = mention.toLowerCase().split(/\s+/);
    const outlet = outletNames.get(outletKey(mention));
    if (outlet) {
      const key = `media:${outlet}`;
      const hit = byKey.get(key);
      if (hit) {
        if (mention.replace(DETS, '').length > hit.source.name.replace(DETS, '').length) {
          const old = hit.source.name;
          hit.source.name = mention;
          alias(hit, old);
        } else alias(hit, mention);
        return hit;
      }
      return add(mention, 'media', role, key, '', at);
    }
    const head = tokens[e - 1]!;
    const headLower = head.lower;
    // Trailing run of capitalised words that are not titles: the name proper.
    let n = e;
    while (n > s && tokens[n - 1]!.cap && !titles.has(tokens[n - 1]!.lower)) n--;
    if (n < e && n > s && tokens[n - 1]!.kind === 'punct' && tokens[n - 1]!.text === '-') n = e; // "U.S.-led"
    const hasName = n < e;
    if (anonymousNouns.has(headLower) && (!hasName || n === e - 1)) {
      const key = `anon:${mention.toLowerCase().replace(DETS, '')}`;
      return byKey.get(key) ?? add(mention, 'anonymous', role, key, '', at);
    }
    const orgish = lowerWords.some((w) => ORG_WORDS.has(w.replace(/[’']s$/, ''))) || (e - s === 1 && ACRONYM.test(head.text) && head.text !== 'I');
    if (orgish || !hasName) {
      if (!hasName && titles.has(headLower)) {
        const prior = lastOf((x) => x.source.kind === 'person' && !!x.source.role && x.source.role.toLowerCase().includes(headLower));
        if (prior) return prior;
      }
      const bare = mention.toLowerCase().replace(DETS, '');
      const key = `org:${bare}`;
      const hit = byKey.get(key) ?? lastOf((x) => x.source.kind === 'organization' && x.key.endsWith(` ${headLower}`) && !hasName);
      if (hit) {
        alias(hit, mention);
        return hit;
      }
      const capitalised = tokens.slice(s, e).some((t) => t.cap && t !== tokens[s]);
      const kind: SourceKind = titles.has(headLower) || PERSON_NOUNS.has(headLower) ? 'person' : hasName || orgish || capitalised ? 'organization' : 'anonymous';
      return add(mention, kind, role, key, '', at);
    }
    const name = spanText(text, tokens, n, e);
    const prefix = n > s ? spanText(text, tokens, s, n) : null;
    const surname = tokens[e - 1]!.lower;
    const first = tokens[n]!.lower;
    const hit = bySurname.get(surname) ?? (e - n === 1 ? bySurname.get(first) : undefined) ?? byKey.get(`person:${name.toLowerCase()}`);
    if (hit) {
      if (name.length > hit.source.name.length && name.includes(hit.source.name.split(' ').pop()!)) {
        const old = hit.source.name;
        hit.source.name = name;
        alias(hit, old);
      } else alias(hit, name);
      if (!hit.source.role) hit.source.role = role ?? prefix;
      return hit;
    }
    return add(name, 'person', role ?? prefix, `person:${name.toLowerCase()}`, surname, at);
  };
  const sentenceOf = (tok: number): number => {
    let lo = 0, hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid]!.start <= tok) lo = mid; else hi = mid - 1;
    }
    return lo;
  };
  found.forEach((f, at) => {
    const m = f.mention;
    if (!m) { ids.push(null); return; }
    const role = m.re > m.rs ? spanText(text, tokens, m.rs, m.re) : null;
    const first = tokens[m.ms]!;
    let entry: Entry | null | undefined = null;
    const pron = m.me - m.ms === 1 ? pronouns.get(first.lower) : undefined;
    if (pron === 'person') entry = lastOf((x) => x.source.kind === 'person');
    else if (pron === 'speaker') entry = lastOf(() => true);
    else if (pron === 'relative') {
      const comma = m.ms - 1;
      if (comma > 0 && tokens[comma]!.text === ',') {
        let s = comma - 1;
        while (s > 0 && comma - s < 8 && tokens[s - 1]!.kind === 'word' && tokens[s - 1]!.p === first.p && (tokens[s - 1]!.cap || tokens[s]!.cap === false)) s--;
        while (s < comma && !tokens[s]!.cap && tokens[s]!.lower !== 'the') s++;
        if (s < comma) entry = named(s, comma, null, at);
      }
    } else if (pron === 'thing' || pron === 'group') {
      const si = sentenceOf(m.ms);
      const prevSent = si > 0 ? sentences[si - 1] : undefined;
      const np = prevSent && tokens[prevSent.start]!.p === first.p || (prevSent && si > 0) ? npForward(tokens, prevSent!.start, prevSent!.end) : null;
      if (np && tokens[np.s]!.kind === 'word' && !pronouns.has(tokens[np.s]!.lower) && (tokens[np.e - 1]!.cap || ORG_WORDS.has(tokens[np.e - 1]!.lower) || tokens[np.s]!.cap)) {
        entry = named(np.s, np.e, null, at);
      } else {
        entry = lastOf((x) => (pron === 'thing' ? x.source.kind === 'organization' || x.source.kind === 'media' : x.source.kind !== 'person'));
      }
    } else entry = named(m.ms, m.me, role, at);
    if (entry) {
      entry.last = at;
      touch(entry);
      if (role && !entry.source.role) entry.source.role = role;
    }
    ids.push(entry ? entry.source.id : null);
  });
  return { ids, sources: entries.map((e) => e.source) };
}
