/**
 * The forms news writing uses of a verb of saying, made from its infinitive by the regular rules of its language:
 * a language's data lists "afirmar" once, and "afirma", "afirman", "afirmó", "afirmaron", "afirmaba", "afirmaban" and
 * "afirmado" are cues. Irregular verbs ("dijo", "a dit", "sprach") stay listed form by form beside the infinitives.
 *
 * Only the forms a report is written in: the third persons of the present, the past tenses of narration and the
 * imperfect, the participle that follows a perfect's helper, and for German the forms a subordinate clause ends in
 * ("wie die Polizei mitteilte"). (A conjugation package such as conjugation-fr ships every person and tense of
 * thousands of verbs: far more than the engine, which loads with every article page, needs for a hundred verbs.)
 */

/** Each entry of a list: one a line or separated by blanks, "#" starting a comment to the line's end. */
function lemmas(list: string): string[] {
  const out: string[] = [];
  for (const line of list.split('\n')) {
    const text = line.replace(/#.*$/, '').trim();
    if (text) out.push(...text.split(/\s+/));
  }
  return out;
}

/** The stem with its last `vowel` replaced ("advert" -> "adviert" for "ie"); the stem as is when it has none. */
function changeLast(stem: string, vowel: string, by: string): string {
  const k = stem.lastIndexOf(vowel);
  return k < 0 ? stem : stem.slice(0, k) + by + stem.slice(k + 1);
}

/**
 * Spanish: an infinitive in -ar, -er or -ir, optionally with the change of its stem's last vowel in the present
 * (ie, ue, i) and, after a slash, in the preterite's third persons (i): "advertir:ie/i" (advierte, advirtió),
 * "recordar:ue" (recuerda), "pedir:i/i" (pide, pidió). An infinitive ending in "!" gets no present: its present is a
 * common noun ("pregunta", "denuncia", "cita"), which the other forms are not. Verbs in -uir take a "y" (concluye,
 * concluyó), a stem ending in a vowel a "y" in the preterite (leyó) and an accent on its participle (leído).
 */
export function spanishForms(list: string): string {
  const out: string[] = [];
  for (const entry of lemmas(list)) {
    const noPresent = entry.endsWith('!');
    const [lemma, change = ''] = (noPresent ? entry.slice(0, -1) : entry).split(':');
    const [presentChange = '', pastChange = ''] = change.split('/');
    const ending = lemma!.slice(-2);
    const stem = lemma!.slice(0, -2);
    const from = (to: string): string => (to === 'ue' ? 'o' : 'e');
    const present = presentChange ? changeLast(stem, from(presentChange), presentChange) : stem;
    if (ending === 'ar') {
      if (!noPresent) out.push(`${present}a`, `${present}an`);
      out.push(`${stem}ó`, `${stem}aron`, `${stem}aba`, `${stem}aban`, `${stem}ado`);
      continue;
    }
    const uir = ending === 'ir' && stem.endsWith('u') && !stem.endsWith('gu') && !stem.endsWith('qu');
    const vowelStem = /[aeo]$/.test(stem);
    const past = pastChange ? changeLast(stem, 'e', pastChange) : stem;
    if (!noPresent) out.push(uir ? `${stem}ye` : `${present}e`, uir ? `${stem}yen` : `${present}en`);
    if (uir || vowelStem) out.push(`${stem}yó`, `${stem}yeron`);
    else out.push(`${past}ió`, `${past}ieron`);
    out.push(`${stem}ía`, `${stem}ían`, vowelStem ? `${stem}ído` : `${stem}ido`);
  }
  return out.join('\n');
}

/**
 * The infinitives of a list `spanishForms` reads, one a line, without their marks ("advertir:ie/i" -> "advertir";
 * "preguntar!" -> "preguntar"): "tras advertir que …" (the language's `speechInfinitives`).
 */
export function infinitives(list: string): string {
  return lemmas(list)
    .map((entry) => entry.replace(/!$/, '').split(':')[0]!)
    .join('\n');
}

/**
 * French: a verb of the first group (-er) or of the second (-ir, with "issent": "avertir", "réagir"). An "é" in the
 * stem's last syllable turns "è" before a silent ending (révéler: révèle); "c" and "g" keep their sound before "a"
 * (annonçait, interrogeait). Verbs that double a consonant or take a grave accent on a plain "e" (rappeler: rappelle,
 * relever: relève) are listed form by form. An infinitive ending in "!" gets no present: its present is a common noun
 * ("la critique").
 */
export function frenchForms(list: string): string {
  const out: string[] = [];
  for (const entry of lemmas(list)) {
    const noPresent = entry.endsWith('!');
    const lemma = noPresent ? entry.slice(0, -1) : entry;
    const stem = lemma.slice(0, -2);
    if (lemma.endsWith('ir')) {
      out.push(`${stem}it`, `${stem}issent`, `${stem}issait`, `${stem}issaient`, `${stem}irent`, `${stem}i`);
      continue;
    }
    // "révél" -> "révèl": the last "é" before the stem's final consonants.
    const silent = stem.replace(/é([^aeiouyéèêëîïôûù]+)$/, 'è$1');
    const soft = stem.endsWith('c') ? `${stem.slice(0, -1)}ç` : stem.endsWith('g') ? `${stem}e` : stem;
    if (!noPresent) out.push(`${silent}e`, `${silent}ent`);
    out.push(`${soft}ait`, `${soft}aient`, `${soft}a`, `${stem}èrent`, `${stem}é`);
  }
  return out.join('\n');
}

// Prefixes after which a German participle takes no "ge-": bestätigt, erklärt, verkündet.
const INSEPARABLE = /^(?:be|emp|ent|er|ge|miss|ver|zer|hinter|wider)/;

/**
 * German: a weak verb's infinitive ("sagen", "äußern", "kritisieren"), its separable prefix set off by "|"
 * ("mit|teilen": mitteilen, mitteilte, mitgeteilt). An "e" joins stem and ending after "t" or "d", and after "m" or
 * "n" that follow another consonant (antwortet, rechnet, bezeichnet; not lernt, wohnt); verbs in -ieren and with an inseparable prefix take no
 * "ge-". Strong verbs ("sprach", "schrieb") are listed form by form.
 */
export function germanForms(list: string): string {
  const out: string[] = [];
  for (const entry of lemmas(list)) {
    const bar = entry.indexOf('|');
    const prefix = bar >= 0 ? entry.slice(0, bar) : '';
    const lemma = bar >= 0 ? entry.slice(bar + 1) : entry;
    const stem = lemma.endsWith('en') ? lemma.slice(0, -2) : lemma.slice(0, -1);
    const joined = /(?:[td]|chn|[^aeiouäöülrhmn][mn])$/.test(stem) ? `${stem}e` : stem;
    const participle = lemma.endsWith('ieren') || INSEPARABLE.test(lemma) ? `${joined}t` : `ge${joined}t`;
    // "wie die Polizei mitteilte", "bevor er mitteilt": a subordinate clause ends in the verb and its prefix as one word.
    // A main clause parts them ("stellte am Montag klar"), and the verb alone is mostly another's ("stellt … vor",
    // "führt ein Werk"): a separable verb's parted forms are listed by hand where they are cues.
    if (prefix) out.push(prefix + lemma, `${prefix}${joined}t`, `${prefix}${joined}te`, `${prefix}${joined}ten`, prefix + participle);
    else out.push(lemma, `${joined}t`, `${joined}te`, `${joined}ten`, participle);
  }
  return out.join('\n');
}
