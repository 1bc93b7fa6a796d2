/**
 * A language Sourcelight reads, as data: every word list the engine reads by, one entry a line (`#` starts a
 * comment), and the language's quotation marks. A folder under src/engine/lang/ whose index.ts default-exports
 * one of these is a language the engine reads; nothing else needs to change to add one (see lang/README.md).
 */
export interface LanguageData {
  /** BCP 47 primary subtag: "en", "de". */
  code: string;
  /**
   * The language's most frequent words (articles, pronouns, prepositions, conjunctions, auxiliaries): how its text
   * is told apart from another language's. Fifty to a hundred, the commonest first.
   */
  commonWords: string;
  /**
   * Verbs of saying in every form a text uses ("said", "says", "sagte", "a déclaré" is "déclaré" with an auxiliary);
   * a line of several words ("hizo referencia") is a cue only when all of them follow each other.
   */
  speechVerbs: string;
  /**
   * Verbs that report words only next to a quotation ("continued", "chanted"); a line ending in " <" only after a
   * quotation closed right before ("„…“, gibt die Richterin zurück": "gibt" alone gives things).
   */
  quoteVerbs: string;
  /**
   * Present participles of verbs of saying that borrow the subject of the clause they follow (English's "adding",
   * "saying" are the engine's own): "a confirmé l'incendie, ajoutant que …". Each is a cue of its own, and a comma
   * before one ends the clause the cue before reports.
   */
  participleCues?: string;
  /**
   * Forms of speechVerbs that report only a clause or a quotation, never a plain object: another sense of theirs takes
   * one ("versichert, dass …" but "versichert ihre Autos"; "salue les soldats"; "asegura su casa").
   */
  clauseVerbs?: string;
  /**
   * Phrases that attribute what follows or precedes without a verb: "according to", "laut", "selon", "según",
   * one a line, words separated by single spaces. A line ending in " _" is a postposition: the source comes first
   * ("Merkel zufolge"). A line ending in " ." holds its source as a possessive ("a su entender", "à son avis"):
   * the view of whoever spoke before. A line ending in " ," attributes only when it opens the sentence and a comma
   * sets its source off ("Pour le ministre, la situation est grave"): the word alone is too common to read anywhere.
   */
  accordingTo: string;
  /** Nouns of unnamed sources ("officials", "Experten", "responsables"). */
  anonymousNouns: string;
  /** Titles and role words before a name ("Senator", "Bundeskanzlerin", "ministre"). */
  titles: string;
  /** Forms of address, never a role ("Mr.", "Frau", "M.", "don"). */
  honorifics: string;
  /** Nouns that describe a person by what they do ("spokesman", "Sprecher", "porte-parole"). */
  roleNouns: string;
  /** Role nouns that also tell a woman ("actress", "Kanzlerin") and a man ("chairman", "Minister" when gendered). */
  femaleNouns: string;
  maleNouns: string;
  /** Words that make a capitalised name an organization's ("Records", "Ministerium", "Ministère"). */
  orgNameWords: string;
  /** Nouns that describe an organization ("the company", "das Unternehmen", "la société"). */
  orgNouns: string;
  /**
   * Of orgNouns, those for a business ("the company", "the firm", "the retailer"), and words of a public body's name
   * ("Administration", "Service", "Department"): such a noun never points back to such a body ("the company" after the
   * National Weather Service was quoted is the utility named before, not the weather service).
   */
  businessNouns?: string;
  publicBodyWords?: string;
  /** Documents that speak for who issued them ("statement", "Erklärung", "communiqué"). */
  documentNouns: string;
  /** Nouns that describe an outlet ("the newspaper", "die Zeitung"). */
  mediaNouns: string;
  /**
   * Pronouns for one person that are the plural's too (German "sie": she and they), and the endings of a plural verb
   * ("en", "ern"): next to a verb so ending ("sagten sie", "Sie erklärten", "Wollen sie") the pronoun is "they".
   */
  pluralToo?: string;
  pluralVerbEndings?: string;
  /** Pronouns that can stand for a source, each "word|person", "word|thing", "word|group", "word|speaker" or "word|relative". */
  pronouns: string;
  /** Words that end a source's noun phrase: conjunctions, prepositions, relative words, auxiliaries. */
  npStops: string;
  /** Helpers and adverbs between a source and its cue ("has also", "hat", "a", "ha"). */
  cueModifiers: string;
  /** Words that start or fill a time phrase ("Tuesday", "last week"); month names come from Intl. */
  timeWords: string;
  /** Abbreviations whose period never ends a sentence ("Sen.", "Dr.", "z.B."). */
  abbreviations: string;
  /** Determiners and possessives ("the", "der", "le", "el"). */
  determiners: string;
  /**
   * Prepositions that join a noun to its complement inside a source's noun phrase ("la rectora de la Escuela", "le
   * porte-parole du ministère"); English's ("of", "for", "at") are built in.
   */
  nounLinks?: string;
  /**
   * Prepositions before the outlet an impersonal pronoun reads in ("peut-on lire dans Les Échos", "on lit sur Le
   * Point que …"), or a cue holding one ("hieß es aus dem Ministerium"): the outlet or body is the source.
   */
  readIn?: string;
  /**
   * Where a clause ends in its verb (German "wie die Polizei am Montag mitteilte"): the prepositions that open a phrase
   * of time, place or manner between the subject and the verb, which is passed over to find the subject.
   */
  midPrepositions?: string;
  /**
   * Words that open a verb of saying of several words and make it impersonal, as German's "es" closes one ("hieß es"):
   * Spanish "se" ("se lee en el documento", "en el informe se señala que …"). Its source is named after `readIn`.
   */
  impersonal?: string;
  /**
   * Particles of separable verbs, which close the clause of a cue's finite part ("teilte mit, …", "kündigte am Montag
   * an: „…“"): the words after the particle's comma or colon are what was reported.
   */
  particles?: string;
  /**
   * Words passed over between a cue and what it reports: a reflexive pronoun and adverbs of also or again ("äußerte
   * sich am Montag" reports nothing; "kritisiert zudem die Höhe der Bußgelder" reports "die Höhe der Bußgelder").
   */
  afterCue?: string;
  /**
   * Where the verb comes second: words that, opening a sentence right before its cue, stand for what the sentence
   * before said ("Das sagte der Innenminister am Montag.", "Dies teilte die Polizei mit."): that sentence is reported.
   */
  backReferences?: string;
  /**
   * Prepositions that open what a cue is about, not what was said ("complained of poor service", "warnten vor den
   * Folgen", "berichtete über den Streit"): such a phrase after a cue is no reported speech.
   */
  topicPrepositions?: string;
  /** Conjunctions of a condition: what a subject might say after them is not said ("si elle estime que …"). */
  hypothetical?: string;
  /**
   * Determiners of a case no subject takes (German dative, accusative and genitive "dem", "den", "einem", "ihren"): a
   * noun phrase one opens is whom the words were said to or about, never who said them ("Den Journalisten sagte der
   * Minister", "hätten ihren Mitarbeitern gesagt").
   */
  objectArticles?: string;
  /** Auxiliaries of the perfect, written right before a participle cue, which is cited with them ("has said", "a déclaré", "ha dicho"). */
  perfectAuxiliaries?: string;
  /**
   * The passive: auxiliaries right before a participle cue ("est accusé", "fue criticado", "wurde kritisiert") and the
   * preposition of its agent ("par", "por", "von"), who is the source ("est accusé de viol par deux femmes").
   */
  passiveAuxiliaries?: string;
  passiveAgent?: string;
  /** Definite articles and demonstratives ("the", "der", "la"): "the senator" points back to one already named. */
  definiteArticles?: string;
  /**
   * Indefinite articles ("a", "ein", "une", "una"): "Eine Frau kommt über die Brücke." opening a sentence brings in
   * someone unnamed, whom a later "sie", "she" or "the woman" points back to.
   */
  indefiniteArticles?: string;
  /**
   * Words that open a relative clause ("which", "quien", "cual" of "la cual", "qui", "lequel"): such a clause says
   * more of what came before it and is never what a cue reports ("reflexionó X, quien compartió …").
   */
  /**
   * Phrases that set a speaker against the one before ("for her part", "quant à elle", "por su parte", "ihrerseits"),
   * one a line: between a cue and its speaker they are skipped ("résume quant à elle Francisca Joly-Gomez").
   */
  turnPhrases?: string;
  relatives?: string;
  /**
   * Endings of participles that open a sentence before its subject ("Speaking at a rally, …", "Interrogé par l’AFP,
   * …", "Consultada sobre esto, …"): the subject comes after the comma that ends the participle's phrase.
   */
  leadParticiples?: string;
  /**
   * Words before an infinitive that make a verb of saying in it a cue whose speaker is its clause's subject ("El
   * alcalde pidió calma, tras asegurar que …", "al señalar que …", "después de explicar que …"), one a line, words
   * separated by single spaces. The infinitives are `speechInfinitives`: a cue only after one of these.
   */
  infinitiveLeads?: string;
  /** The infinitives of verbs of saying, read as cues only after a word of `infinitiveLeads` ("asegurar", "señalar"). */
  speechInfinitives?: string;
  /** Conjunctions that open a clause of when, if or why ("when", "wenn", "quand", "cuando"): such a clause says no one's words. */
  subordinators?: string;
  /** Words that join two names into one subject ("Berlin und Paris", "Boeing and Airbus"): "and", "und", "et", "y". */
  conjunctions?: string;
  /** The conjunction of "…, as the team reports": the clause before the comma is what was reported ("as", "wie", "comme", "como"). */
  reportAs?: string;
  /** Words that put the quoted term after them at a distance ("so-called", "self-styled", "sogenannte"): a scare quote, no one's words. */
  scareMarkers?: string;
  /** Words that open a reported clause after a cue ("that", "dass", "que"). */
  complementizers: string;
  /**
   * Verb forms that carry reported speech on over sentences with no new cue (German Konjunktiv I: "sei", "habe",
   * "müsse"): a sentence holding one, right after an indirect attribution, continues it. Empty where a language
   * has none.
   */
  reportedMood?: string;
  /** Given names of the language's people, to find names the English lists lack ("Jürgen", "François"). */
  givenNames?: string;
  /** News outlets of the language's press, "Full Name|alias|alias" a line. */
  outlets?: string;
  /**
   * Quotation marks, as pairs of an opening and its closing mark, one pair a line ("“ ”", "„ “", "« »").
   * A mark that opens in one pair and closes in another ("“" in German) closes the quotation the other opened.
   */
  quotationMarks: string;
  /**
   * Where every noun is capitalised: endings only adjectives take ("-ische", "-lichen"), whose word a sentence's start
   * capitalises before its noun ("Französische Grenzgänger dürfen einreisen"): such a run names no one unless a word of
   * an organization's name is in it ("Europäische Kommission").
   */
  adjectiveEndings?: string;
  /**
   * Prepositions that go on inside a body's name after a word of an organization's ("Bundesamt für Migration und
   * Flüchtlinge", "Institut für Weltwirtschaft"): für. (English "of" and "for" are the engine's own.)
   */
  nameLinks?: string;
  /** Words after a number that make it someone's age, no role ("Fatima, 42 ans, mère de trois enfants"): ans, años, Jahre. */
  ageWords?: string;
  /**
   * Roles held in a business or a body: a name right before one is the employer's ("Eversource spokeswoman Priya Patel",
   * "Apple CEO Tim Cook"), which "the company" later points back to. No office of a place ("Florida governor") and no
   * one's personal staff ("Trump adviser"): spokesman, CEO, analyst.
   */
  staffRoles?: string;
  /**
   * True when a paragraph opened by a dash is someone speaking, the dialogue dash (French and Spanish): "—Jugamos cada
   * tres días —explicó Tellado—. Alguien tendrá que poner límites." is a quotation, both sides of the cue.
   */
  dialogueDash?: boolean;
  /** Prepositions before a place's name ("in Harbor Point", "à Toulouse"): a name after one is a place's, which never speaks. */
  placePrepositions?: string;
  /**
   * Verbs that report only what a document found, a cue only when a document is their subject ("the survey found",
   * "a report by the inspector general showed", "die Studie zeigt"): found, showed. ("Police found a knife" reports nothing.)
   */
  documentVerbs?: string;
  /** True when every noun is capitalised (German): a capital alone does not make a name. */
  nounsCapitalised?: boolean;
  /**
   * True when bodies' names are written in sentence case, only their first word capitalised (French "le Syndicat
   * mixte du bassin de la Sorgeline", "la Cour des comptes"): such a name goes on past its capitalised word.
   */
  sentenceCaseNames?: boolean;
  /**
   * True when the finite verb comes second, after whatever opens the sentence, and the subject may follow it
   * (German "Am Sonntag verkündete Tobias Hans, dass …"): a cue after a lead-in takes the speaker after it.
   */
  verbSecond?: boolean;
  /**
   * True when a verb may stand without its subject (Spanish "Agregó que …"): a cue with no speaker named continues
   * the one who spoke last.
   */
  dropsSubjects?: boolean;
  /**
   * True when a noun phrase ends in its noun, every modifier before it, names too (English "the Romanian hacker", "the
   * Benghazi mom speechwriter"): a lower-case word after a capitalised one is the head, the name only describes it.
   */
  nounLast?: boolean;
}
