/**
 * Shapes of names, titles and bodies that news in every language writes, each on made-up paragraphs: a title with
 * its complement before a name, a name particle written with a capital, an article written into a name, a body's
 * name with "and" in it and its short form in brackets, a wire story's dateline, an age, a number with a decimal
 * comma, and, in German, a noun for one kind of body, an outlet whom the words were said to, and "so X weiter".
 */
import { describe, expect, it } from 'vitest';
import { about, read } from './test-helpers';

describe('a title and its complement right before a name, with no comma', () => {
  it('describe the person named: English, French and Spanish', () => {
    const en = read('en', 'Minister of Foreign Affairs Jane Doe said the talks would resume in March.');
    expect(about(en, 'the talks would resume')).toMatchObject({ source: 'Jane Doe', kind: 'person', role: 'Minister of Foreign Affairs' });
    const fr = read('fr', '« Nous ne reculerons pas », a déclaré le ministre de l’Économie Jean Dupont.', 'Le porte-parole du gouvernement Olivier Véran a indiqué mardi que la réforme serait maintenue.');
    expect(about(fr, 'Nous ne reculerons pas')).toMatchObject({ source: 'Jean Dupont', kind: 'person', role: 'ministre de l’Économie' });
    expect(about(fr, 'la réforme serait maintenue')).toMatchObject({ source: 'Olivier Véran', kind: 'person', role: 'porte-parole du gouvernement' });
    const es = read('es', '«No vamos a ceder», dijo el ministro de Economía Carlos Cuerpo.', 'La vicepresidenta del Gobierno Yolanda Díaz aseguró que la reforma saldrá adelante.');
    expect(about(es, 'No vamos a ceder')).toMatchObject({ source: 'Carlos Cuerpo', kind: 'person', role: 'ministro de Economía' });
    expect(about(es, 'la reforma saldrá adelante')).toMatchObject({ source: 'Yolanda Díaz', kind: 'person', role: 'vicepresidenta del Gobierno' });
  });

  it('a title of two words before a surname alone: "Foreign Minister Lavrov", "Commerce Secretary Ross"', () => {
    const r = read('en', 'Foreign Minister Lavrov said the talks had failed.', 'Commerce Secretary Ross said the tariffs would stay. Mr Ross added that he was hopeful.');
    expect(about(r, 'the talks had failed')).toMatchObject({ source: 'Lavrov', kind: 'person', role: 'Foreign Minister' });
    expect(about(r, 'the tariffs would stay')).toMatchObject({ source: 'Ross', kind: 'person', role: 'Commerce Secretary' });
    expect(about(r, 'he was hopeful')).toMatchObject({ source: 'Ross' });
  });

  it('a capitalised title with no article set off before the name: "Independent MP for Kooyong, Dr Rachel Thwaites, said"', () => {
    const r = read('en', 'Independent MP for Kooyong, Dr Rachel Thwaites, said the parties were ignoring housing.', 'Shadow Treasurer, Jim Calloway, said the plan would fail.');
    expect(about(r, 'ignoring housing')).toMatchObject({ source: 'Rachel Thwaites', kind: 'person', role: 'Independent MP for Kooyong' });
    expect(about(r, 'the plan would fail')).toMatchObject({ source: 'Jim Calloway', kind: 'person', role: 'Shadow Treasurer' });
  });

  it('"A spokeswoman for the senator, Hannah Liu": the whole description is her role, the senator whom she speaks for', () => {
    const r = read('en', 'A spokeswoman for the senator, Hannah Liu, said he would explain his vote.');
    expect(about(r, 'explain his vote')).toMatchObject({ source: 'Hannah Liu', role: 'A spokeswoman for the senator' });
  });

  it('South Asian honorifics are no part of the name nor the role: "Shri Arvind Pillai", "Finance Minister Smt. Kavita Deshmukh"', () => {
    const r = read('en', 'Shri Arvind Pillai said a deal could be signed within months.', 'Finance Minister Smt. Kavita Deshmukh told reporters that talks were held.');
    expect(about(r, 'a deal could be signed')).toMatchObject({ source: 'Arvind Pillai', kind: 'person', role: null });
    expect(about(r, 'talks were held')).toMatchObject({ source: 'Kavita Deshmukh', role: 'Finance Minister' });
  });

  it('"Others, including Sen. Susan Collins": the preposition before the title is no part of the role', () => {
    const r = read('en', 'Others, including Sen. Susan Collins of Maine, praised the compromise.', '"Nobody got everything they wanted," Collins said in a floor speech.');
    expect(about(r, 'Nobody got everything')).toMatchObject({ source: 'Susan Collins', role: 'Sen.' });
  });

  it('"Ron Epstein of Bank of America" is the person, where he works no part of his name; "(R-S.C.)" names no one', () => {
    const r = read(
      'en',
      'Ron Epstein of Bank of America wrote in a note to clients that the report was "largely expected."',
      'Critics, including former Boeing engineer Ed Pierson, say the changes do not go far enough.',
      'Sen. Tim Scott (R-S.C.) said the letter was a forgery. The letter, he said, had never been sent.',
    );
    expect(about(r, 'largely expected')).toMatchObject({ source: 'Ron Epstein', kind: 'person' });
    expect(about(r, 'do not go far enough')).toMatchObject({ source: 'Critics', role: null });
    expect(r.sources.map((x) => x.name)).not.toContain('R-S.C');
  });

  it('a description opened by an article keeps a name inside it ("a strategist for Mrs. Clinton\'s campaign"); one that is another name, or "who’d …", is no role', () => {
    const r = read(
      'en',
      '"We expected this," said Geoff Garin, a strategist for Mrs. Clinton\'s 2008 campaign.',
      'Professor Tom Sanders, an emeritus professor of nutrition at King\'s College London, told reporters that the study "cannot prove cause and effect."',
      'The images have no place in a campaign, said the Star of David, Speaker of the House Rep. Paul Ryan.',
      'Chris Collins, who’d previously endorsed Jeb Bush, said the race was over.',
    );
    expect(about(r, 'We expected this')).toMatchObject({ source: 'Geoff Garin', role: "a strategist for Mrs. Clinton's 2008 campaign" });
    expect(about(r, 'cannot prove cause')).toMatchObject({ source: 'Tom Sanders', role: "an emeritus professor of nutrition at King's College London" });
    expect(about(r, 'the race was over')).toMatchObject({ source: 'Chris Collins', role: null });
  });

  it('but a name right after the link, a title in the complement, or two people joined by "and" are someone else', () => {
    const r = read(
      'en',
      'The lawyer for Jane Doe said the settlement was fair.',
      'A spokesman for Senator John Cole said the bill would pass.',
      'Former Gov. Martin Hale and former Secretary of State Ann Price called for a recount.',
    );
    expect(about(r, 'the settlement was fair').source).not.toBe('Jane Doe');
    expect(about(r, 'the bill would pass').source).not.toBe('John Cole');
    expect(about(r, 'a recount').source).not.toBe('Ann Price');
  });
});

describe('a name particle written with a capital', () => {
  it('goes on with the given name before it: "Marine Le Pen", "Bruno Le Maire" (whose "Maire" is no title)', () => {
    const r = read('fr', '« Nous ne lâcherons rien », a déclaré Marine Le Pen.', '« La croissance reviendra », a assuré Bruno Le Maire, le ministre de l’Économie.');
    expect(about(r, 'Nous ne lâcherons rien')).toMatchObject({ source: 'Marine Le Pen', kind: 'person' });
    expect(about(r, 'La croissance reviendra')).toMatchObject({ source: 'Bruno Le Maire', kind: 'person', role: 'le ministre de l’Économie' });
  });
});

describe('a body\'s name', () => {
  it('keeps "and" after its "of" or "for", and its short form in brackets stands for it later', () => {
    const r = read(
      'en',
      'Cases rose 3 percent last month, according to the Centers for Disease Control and Prevention (CDC).',
      'The CDC said the trend would continue through the winter.',
      'The Department of Health and Human Services said new guidance would follow.',
    );
    expect(about(r, 'Cases rose 3 percent')).toMatchObject({ cue: 'according to', source: 'Centers for Disease Control and Prevention', kind: 'organization' });
    expect(about(r, 'the trend would continue')).toMatchObject({ source: 'Centers for Disease Control and Prevention' });
    expect(about(r, 'the trend would continue').aliases).toContain('CDC');
    expect(about(r, 'new guidance would follow')).toMatchObject({ source: 'Department of Health and Human Services', kind: 'organization' });
  });

  it('its bracketed short form is no part of what was said: "Según el Instituto Nacional de Estadística (INE), …"', () => {
    const r = read('es', 'Según el Instituto Nacional de Estadística (INE), los precios subieron en mayo.', 'El INE informó además de que el paro bajó en junio.');
    expect(about(r, 'los precios subieron')).toMatchObject({ source: 'Instituto Nacional de Estadística', content: 'los precios subieron en mayo' });
    expect(about(r, 'el paro bajó')).toMatchObject({ source: 'Instituto Nacional de Estadística' });
  });

  it('keeps a possessive inside it: a group of people\'s ("the Women\'s Sports Foundation", "Children\'s Hospital"), an eponym after "the"', () => {
    const r = read(
      'en',
      'About 6.9 million Americans have the disease, according to the Alzheimer\'s Association.',
      'The Women\'s Sports Foundation said funding for girls\' teams still lagged.',
      'Officials at St. Jude Children\'s Research Hospital said the case was rare.',
    );
    expect(about(r, 'About 6.9 million Americans')).toMatchObject({ source: 'Alzheimer\'s Association', kind: 'organization' });
    expect(about(r, 'funding for girls')).toMatchObject({ source: 'Women\'s Sports Foundation', kind: 'organization' });
    expect(about(r, 'the case was rare')).toMatchObject({ source: 'Officials at St. Jude Children\'s Research Hospital', kind: 'anonymous' });
  });

  it('but a body, a person or a country in the possessive is not part of the name after it', () => {
    const r = read('en', 'The House\'s Permanent Select Committee said it would meet on Monday.', 'Trump\'s Treasury Department said the sanctions would stay.');
    expect(about(r, 'it would meet')).toMatchObject({ source: 'Permanent Select Committee', kind: 'organization' });
    expect(about(r, 'the sanctions would stay')).toMatchObject({ source: 'Treasury Department', kind: 'organization' });
  });

  it('begins with a word that is also a title: "the Justice Department", "General Motors" are bodies, no one titled Justice or General', () => {
    const r = read(
      'en',
      'The Justice Department said it would not appeal the ruling.',
      'General Motors said sales of its trucks fell 4 percent.',
      'Justice Ann Reyes said the court would rule in June.',
    );
    expect(about(r, 'would not appeal')).toMatchObject({ source: 'Justice Department', kind: 'organization', role: null });
    expect(about(r, 'sales of its trucks')).toMatchObject({ source: 'General Motors', kind: 'organization', role: null });
    expect(about(r, 'the court would rule')).toMatchObject({ source: 'Ann Reyes', kind: 'person', role: 'Justice' });
  });

  it('but a party and a state in brackets after a person are no short form of the name', () => {
    const r = read('en', 'Sen. Ann Price (R-Ohio) said the bill would pass.', 'Price said later that she would vote for it.');
    expect(about(r, 'the bill would pass').aliases).not.toContain('R-Ohio');
  });
});

describe('an article or "de" written into a name (French)', () => {
  it('is no part of the name: "selon l’Insee", "L’Insee a indiqué" are one body, Insee', () => {
    const r = read('fr', 'Les prix ont augmenté en mai, selon l’Insee.', 'L’Insee a indiqué que la hausse ralentirait en juin.');
    expect(about(r, 'Les prix ont augmenté')).toMatchObject({ cue: 'selon', source: 'Insee', kind: 'organization' });
    expect(about(r, 'la hausse ralentirait')).toMatchObject({ source: 'Insee' });
  });

  it('"le porte-parole d’Emmanuel Macron" is the spokesman, not Emmanuel Macron', () => {
    const r = read('fr', 'La réforme sera maintenue, a indiqué le porte-parole d’Emmanuel Macron.');
    expect(about(r, 'La réforme sera maintenue')).toMatchObject({ kind: 'anonymous' });
  });

  it('but in English "D’Souza" keeps its capital D', () => {
    const r = read('en', 'Dinesh D’Souza said the film would open in July.', 'D’Souza said later that he had no regrets.');
    expect(about(r, 'no regrets')).toMatchObject({ source: 'Dinesh D’Souza', kind: 'person' });
  });
});

describe('Spanish and French unnamed sources, documents and roles', () => {
  it('"Fuentes del Ministerio de Hacienda" are unnamed sources, not a body: the noun opening the sentence heads the phrase', () => {
    const r = read('es', 'Fuentes del Ministerio de Hacienda confirmaron a este diario que el coste será menor de lo previsto.');
    expect(about(r, 'el coste será menor')).toMatchObject({ source: 'Fuentes del Ministerio de Hacienda', kind: 'anonymous' });
  });

  it('"Según datos del Instituto …", "selon les données de l’Insee": the body that issued the figures speaks', () => {
    const es = read('es', 'Según datos del Instituto Nacional de Estadística, el paro bajó en noviembre.');
    expect(about(es, 'el paro bajó')).toMatchObject({ source: 'Instituto Nacional de Estadística', kind: 'organization' });
    const fr = read('fr', 'Selon les données de l’Insee, le chômage a baissé en novembre.');
    expect(about(fr, 'le chômage a baissé')).toMatchObject({ source: 'Insee', kind: 'organization' });
  });

  it('"dijo a LA NACION el economista …": the outlet after "a" is whom it was said to; the speaker follows it', () => {
    const r = read('es', '"Es una buena noticia, pero todavía falta mucho", dijo a LA NACION el economista Martín Rapetti, director de Equilibra.', '«De rigor» calificó a la Estrategia con la cual se ha venido trabajando.');
    expect(about(r, 'Es una buena noticia')).toMatchObject({ source: 'Martín Rapetti', kind: 'person', role: 'director de Equilibra' });
    expect(r.sources.map((x) => x.name)).not.toContain('LA NACION');
    expect(r.sources.map((x) => x.name)).not.toContain('Estrategia');
  });

  it('"el Instituto Nacional de Estadística y Censos (Indec)": "y" inside a body\'s name, its short form written as a name, used before in the headline', () => {
    const r = read(
      'es',
      'La inflación de octubre fue del 2,7%, según el Indec',
      'La inflación de octubre se ubicó en 2,7%, informó hoy el Instituto Nacional de Estadística y Censos (Indec).',
    );
    expect(about(r, 'se ubicó en 2,7%')).toMatchObject({ source: 'Instituto Nacional de Estadística y Censos', kind: 'organization' });
    expect(about(r, 'fue del 2,7%')).toMatchObject({ source: 'Instituto Nacional de Estadística y Censos' });
  });

  it('"según sus normas religiosas" names no one: no attribution; "according to a copy of the letter" still one', () => {
    const es = read('es', 'Según sus normas religiosas, el líder declaró que propician "un proceso de construcción de autonomía".');
    expect(es.attributions.find((a) => a.cue.text === 'Según')).toBeUndefined();
    const en = read('en', 'Trump wrote to the chief executive, threatening "a major lawsuit," according to a copy of the letter reviewed by The Post.');
    expect(en.attributions.map((a) => a.cue.text)).toContain('according to');
  });

  it('"explicó el empresario" right after the businessman spoke is him', () => {
    const r = read('es', 'Su presidente, Antonio Garamendi, aseguró que el diálogo social ha funcionado. «Hemos cedido todos», explicó el empresario.');
    expect(about(r, 'Hemos cedido todos')).toMatchObject({ source: 'Antonio Garamendi' });
  });

  it('"criticó la medida", "a critiqué la mesure", "kritisierte die Pläne" name what was criticised: no attribution; a clause after the verb is one', () => {
    const es = read('es', 'El líder del PP, Alberto Núñez Feijóo, criticó duramente la medida. Feijóo criticó que la medida llegue tarde.');
    expect(es.attributions.map((a) => a.content.map((c) => c.text).join(' '))).toEqual(['que la medida llegue tarde']);
    const fr = read('fr', 'Le chef de l’opposition a critiqué vivement la mesure.');
    expect(fr.attributions).toEqual([]);
    const de = read('de', 'Der Verband kritisierte die Pläne scharf. Der Verband kritisierte, dass die Pläne zu spät kämen.');
    expect(de.attributions.map((a) => a.content.map((c) => c.text).join(' '))).toEqual(['dass die Pläne zu spät kämen']);
  });
});

describe('French reflexive verbs of saying and prepositions after the speaker', () => {
  it('"s’est félicité", "se réjouit" report a quotation or a clause; "se félicite de la décision" names what was welcomed', () => {
    const r = read(
      'fr',
      '« C’est un succès historique », s’est félicité son secrétaire général, Philippe Martinez.',
      '« C’est une victoire », se réjouit la maire de Lille.',
      'Le préfet s’est félicité de la décision.',
    );
    expect(about(r, 'succès historique')).toMatchObject({ cue: 's’est félicité', source: 'Philippe Martinez' });
    expect(about(r, 'une victoire')).toMatchObject({ cue: 'réjouit', source: 'la maire de Lille', kind: 'anonymous' });
    expect(about(r, 'de la décision').cue).toBeUndefined();
  });

  it('"a déclaré la Première ministre Élisabeth Borne devant les députés": the preposition ends the speaker\'s phrase', () => {
    const r = read('fr', '« Nous irons jusqu’au bout », a déclaré la Première ministre Élisabeth Borne devant les députés.');
    const a = r.attributions[0]!;
    expect(a.mention?.text).toBe('la Première ministre Élisabeth Borne');
    expect(about(r, 'jusqu’au bout')).toMatchObject({ source: 'Élisabeth Borne', kind: 'person' });
  });
});

describe('a document named before and who issued it', () => {
  it('"after the FAA released a report … The report found": the body that released it, not the sentence\'s subject', () => {
    const r = read(
      'en',
      'Shares of Boeing fell 4% on Monday after the Federal Aviation Administration released a report on the planemaker.',
      'The report, which was ordered by Congress, found "a disconnect" between managers and employees on safety.',
    );
    expect(about(r, 'a disconnect')).toMatchObject({ source: 'Federal Aviation Administration', kind: 'organization' });
  });

  it('"A Bloomberg poll shows …" then "according to the poll": the outlet right before the noun; never a name inside the words reported', () => {
    const r = read(
      'en',
      'A Bloomberg poll shows that wealthy voters are leaving the Republican Party.',
      'Clinton beats Trump by 46 percent to 42 percent, according to the poll.',
      'According to the survey, Trump leads among voters without a college degree.',
    );
    expect(about(r, '46 percent to 42 percent')).toMatchObject({ source: 'Bloomberg', kind: 'media' });
    expect(about(r, 'without a college degree').source).not.toBe('Trump');
  });

  it('"According to The Guardian, an email was sent …" then "The email said": an outlet that reported it issued nothing', () => {
    const r = read('en', 'According to The Guardian, an email was sent from the club’s executive director, Jeremy Boreing, to the members.', 'The email said the club would close at once.');
    expect(about(r, 'the club would close')).toMatchObject({ source: 'Jeremy Boreing' });
  });
});

describe('French: whom the words were said to before the speaker, an age in years', () => {
  it('"a indiqué à l’AFP le commandant Pierre Morel": the outlet after "à" is no speaker', () => {
    const r = read('fr', '« Le feu a pris au deuxième étage », a indiqué à l’AFP le commandant Pierre Morel, porte-parole du bataillon.', '« Tout le monde est sorti », a déclaré au Parisien le lieutenant Paul Arnaud.');
    expect(about(r, 'Le feu a pris')).toMatchObject({ source: 'Pierre Morel', kind: 'person', role: 'porte-parole du bataillon' });
    expect(about(r, 'Tout le monde est sorti')).toMatchObject({ source: 'Paul Arnaud', kind: 'person' });
  });

  it('"confie Fatima, 42 ans, mère de trois enfants", "dijo Rosa Pérez, de 42 años, jubilada …": the age is passed over, the description is her role', () => {
    const r = read('fr', '« On a tout perdu », confie Fatima, 42 ans, mère de trois enfants, au Parisien.');
    expect(about(r, 'On a tout perdu')).toMatchObject({ source: 'Fatima', kind: 'person', role: 'mère de trois enfants' });
    const es = read('es', '«Nadie nos escucha», dijo Rosa Pérez, de 42 años, jubilada del sector textil.');
    expect(about(es, 'Nadie nos escucha')).toMatchObject({ source: 'Rosa Pérez', role: 'jubilada del sector textil' });
  });
});

describe('"the company" and a public body', () => {
  it('"the company" is the business quoted before, not the weather service quoted since', () => {
    const r = read(
      'en',
      'Eversource said crews were working through the night.',
      'The National Weather Service warned that more snow was on the way.',
      'The company said it had 2,000 crews on the road.',
    );
    expect(about(r, '2,000 crews')).toMatchObject({ source: 'Eversource', kind: 'organization' });
  });
});

describe('the verb of saying nearest a quotation', () => {
  it('"used to support Rand Paul, but now said Trump had “…”": "now said" is the cue, "now" passed over as "also" is', () => {
    const r = read('en', 'House Republican Thomas Massie used to support fellow Kentuckian Rand Paul, but now said Trump had “the opportunity and the obligation to bring us together.”', 'Herschel Walker now says he is being denied the chance to appear at some venues.');
    expect(about(r, 'the opportunity and the obligation')).toMatchObject({ cue: 'said', source: 'Thomas Massie' });
    expect(about(r, 'being denied the chance')).toMatchObject({ cue: 'says', source: 'Herschel Walker' });
  });
});

describe('quotation marks written as two apostrophes', () => {
  it('"… a special case,\'\'\' Mr. Putin said": a quotation inside one closing with it is closed first', () => {
    const r = read('en', "In 2008, he complained about Kosovo. ''We are told all the time, 'Kosovo is a special case,''' Mr. Putin said. ''It is all lies.''");
    expect(about(r, 'We are told all the time')).toMatchObject({ cue: 'said', source: 'Putin', content: "We are told all the time, 'Kosovo is a special case,' | It is all lies." });
  });
});

describe('a product recall', () => {
  it('"Tesla recalls 2 million cars" tells no memory; "recalled the time she …" still reports', () => {
    const r = read('en', 'Tesla recalls 2 million cars over Autopilot flaw', 'Clinton recalled her days as secretary of state advising the president.');
    expect(r.attributions.map((a) => a.cue.text)).toEqual(['recalled']);
  });
});

describe('a wire story\'s dateline and a person\'s age', () => {
  it('the dateline is no part of what was said: "BOSTON (Reuters) - A storm …, utility officials said"', () => {
    const r = read('en', 'BOSTON (Reuters) - A powerful storm knocked out power to more than 200,000 homes on Tuesday, utility officials said.');
    expect(about(r, 'A powerful storm')).toMatchObject({ source: 'utility officials', content: 'A powerful storm knocked out power to more than 200,000 homes on Tuesday' });
  });

  it('an age set off after the name is passed over for the description after it', () => {
    const r = read('en', '"We have been waiting for two days," said Mark Ruiz, 54, a retiree in Worcester.', 'Linda Cho, 61, a nurse in Lowell, said she had lost all the food in her freezer.');
    expect(about(r, 'waiting for two days')).toMatchObject({ source: 'Mark Ruiz', role: 'a retiree in Worcester' });
    expect(about(r, 'lost all the food')).toMatchObject({ source: 'Linda Cho', role: 'a nurse in Lowell' });
  });
});

describe('a number with a decimal comma', () => {
  it('is one word, not the end of a clause: "um 3,2 Prozent", "de 3,2 %"', () => {
    const de = read('de', 'Nach Angaben des Statistischen Bundesamts stiegen die Preise im Mai um 3,2 Prozent.');
    expect(about(de, 'stiegen die Preise')).toMatchObject({ cue: 'Nach Angaben des', content: 'stiegen die Preise im Mai um 3,2 Prozent' });
    const fr = read('fr', 'Selon le ministère, les prix ont augmenté de 3,2 % en mai.');
    expect(about(fr, 'les prix ont augmenté')).toMatchObject({ content: 'les prix ont augmenté de 3,2 % en mai' });
  });
});

describe('German', () => {
  it('"Die Polizei" is the police, not the body named last; a compound holding the noun is that body', () => {
    const r = read(
      'de',
      'Nach Angaben des Statistischen Bundesamts stiegen die Einbrüche im Mai deutlich.',
      'Die Polizei teilte mit, dass in der Nacht drei Menschen festgenommen worden seien.',
      'Die Bundespolizei teilte am Montag mit, dass sie an der Grenze kontrolliere. Die Polizei teilte mit, dass die Kontrollen bis Ende Juni dauern sollen.',
    );
    expect(about(r, 'drei Menschen festgenommen')).toMatchObject({ kind: 'organization' });
    expect(about(r, 'drei Menschen festgenommen').source).not.toMatch(/Bundesamt/);
    expect(about(r, 'die Kontrollen bis Ende Juni')).toMatchObject({ source: 'Die Bundespolizei' });
  });

  it('an outlet after "der" and before the comma is whom it was said to: "sagte der „Bild am Sonntag“, er …"', () => {
    const r = read('de', 'Bundeskanzler Olaf Scholz sagte der „Bild am Sonntag“, er sehe keinen Grund für Neuwahlen.', 'Laut einem Bericht der „Süddeutschen Zeitung“ plant die Regierung weitere Entlastungen.');
    expect(about(r, 'keinen Grund für Neuwahlen')).toMatchObject({ source: 'Olaf Scholz', content: 'er sehe keinen Grund für Neuwahlen' });
    expect(about(r, 'weitere Entlastungen')).toMatchObject({ cue: 'Laut', kind: 'media', content: 'plant die Regierung weitere Entlastungen' });
  });

  it('a compound ending in a title is one: "Verkehrsminister Volker Wissing" is Volker Wissing, Verkehrsminister', () => {
    const r = read('de', 'Verkehrsminister Volker Wissing sagte am Montag, die Lage sei ernst.', 'Personalvorstand Martin Seiler nannte den Streik „völlig unverhältnismäßig“.');
    expect(about(r, 'die Lage sei ernst')).toMatchObject({ source: 'Volker Wissing', kind: 'person', role: 'Verkehrsminister' });
    expect(about(r, 'völlig unverhältnismäßig')).toMatchObject({ cue: 'nannte', source: 'Martin Seiler', role: 'Personalvorstand' });
  });

  it('"Der „Rheinischen Post“ sagte er": a pronoun after the verb is its subject, the phrase before whom it was said to', () => {
    const r = read('de', 'Verkehrsminister Volker Wissing forderte, den Streik sofort zu beenden. Der „Rheinischen Post“ sagte er: „Dieser Streik schadet allen.“');
    expect(about(r, 'Dieser Streik schadet allen')).toMatchObject({ source: 'Volker Wissing', kind: 'person' });
  });

  it('"…, hieß es." with nothing after it goes on with the speaker before; a verb inside the words it reports is no cue', () => {
    const r = read('de', 'Ein Bahnsprecher erklärte, man werde einen Notfahrplan anbieten. Fahrgäste sollten sich vor Reiseantritt informieren, hieß es.', 'Der Sprecher nannte keine Details.');
    expect(about(r, 'vor Reiseantritt informieren')).toMatchObject({ cue: 'hieß es', source: 'Ein Bahnsprecher' });
    expect(about(r, 'keine Details').cue).toBeUndefined();
  });

  it('a body\'s name goes on through "für" ("Bundesinstitut für Arzneimittel und Medizinprodukte"), a genitive -s is no plural, "Bundesamt" is a body', () => {
    const r = read(
      'de',
      'Nach Angaben des Bundesinstituts für Arzneimittel und Medizinprodukte (BfArM) sind derzeit rund 500 Präparate knapp.',
      'Das Bundesamt für Migration und Flüchtlinge teilte mit, die Zahl der Anträge sei gestiegen.',
      'Das Bundesamt teilte zudem mit, die Bearbeitung dauere länger.',
    );
    expect(about(r, '500 Präparate knapp')).toMatchObject({ kind: 'organization', content: 'sind derzeit rund 500 Präparate knapp' });
    expect(about(r, '500 Präparate knapp').source).toContain('Arzneimittel und Medizinprodukte');
    expect(about(r, 'Zahl der Anträge')).toMatchObject({ kind: 'organization' });
    expect(about(r, 'Zahl der Anträge').source).toContain('Migration und Flüchtlinge');
    expect(about(r, 'Bearbeitung dauere länger')).toMatchObject({ kind: 'organization' });
  });

  it('"so X weiter", "so ein Sprecher am Montag": an adverb or a phrase of when after the speaker', () => {
    const r = read(
      'de',
      'Die Grünen-Chefin Ricarda Lang erklärte, man stehe zu dem Gesetz. Es gebe keine Alternative, so Lang weiter.',
      'Die Lage an der Grenze sei ernst, so ein Sprecher der Bundespolizei am Montag.',
    );
    expect(about(r, 'keine Alternative')).toMatchObject({ cue: 'so', source: 'Ricarda Lang' });
    expect(about(r, 'man stehe zu dem Gesetz').content).not.toContain('keine Alternative');
    expect(about(r, 'Die Lage an der Grenze sei ernst')).toMatchObject({ cue: 'so', kind: 'anonymous' });
  });
});

describe('a business named only in its speaker\'s description is what "the company" points back to', () => {
  it('English: a name before a role held in a business ("Eversource spokeswoman", "Delta Air Lines CEO")', () => {
    const r = read(
      'en',
      'Eversource spokeswoman Priya Patel said crews would work through the weekend. "We are working around the clock," Patel said.',
      'The company said 40,000 customers were still without power on Sunday night.',
    );
    expect(about(r, 'crews would work')).toMatchObject({ source: 'Priya Patel', kind: 'person', role: 'Eversource spokeswoman' });
    expect(about(r, '40,000 customers')).toMatchObject({ source: 'Eversource', kind: 'organization', mention: 'The company' });
    const delta = read('en', 'Delta Air Lines CEO Ed Bastian told analysts that demand for summer travel was strong. The airline said it expected record profits.');
    expect(about(delta, 'demand for summer travel')).toMatchObject({ source: 'Ed Bastian', kind: 'person', role: 'Delta Air Lines CEO' });
    expect(about(delta, 'record profits')).toMatchObject({ source: 'Delta Air Lines', kind: 'organization', mention: 'The airline' });
  });

  it('not an office of a place, nor anyone\'s personal staff', () => {
    const r = read(
      'en',
      'Ohio governor John Kasich said the plant would stay open. Trump adviser Stephen Miller said the deal was good for workers.',
      'The company said it had made no decision.',
    );
    expect(about(r, 'made no decision')).toMatchObject({ source: 'The company', kind: 'organization' });
  });

  it('French, Spanish and German: "le porte-parole de Renault, Jean Dupont", "Siemens-Sprecher Max Müller"', () => {
    const fr = read('fr', 'Le porte-parole de Renault, Jean Dupont, a déclaré que l’usine fermerait en juin.', 'L’entreprise a précisé que 300 emplois étaient menacés.');
    expect(about(fr, 'l’usine fermerait')).toMatchObject({ source: 'Jean Dupont', role: 'Le porte-parole de Renault' });
    expect(about(fr, '300 emplois')).toMatchObject({ source: 'Renault', kind: 'organization' });
    const es = read('es', 'El portavoz de Iberdrola, Juan Pérez, dijo que la planta cerraría en junio.', 'La compañía precisó que 300 empleos estaban en riesgo.');
    expect(about(es, '300 empleos')).toMatchObject({ source: 'Iberdrola', kind: 'organization' });
    const de = read('de', 'Siemens-Sprecher Max Müller sagte, das Werk werde im Juni geschlossen.', 'Das Unternehmen teilte mit, 300 Stellen seien betroffen.');
    expect(about(de, 'das Werk werde')).toMatchObject({ source: 'Max Müller', role: 'Siemens-Sprecher' });
    expect(about(de, '300 Stellen')).toMatchObject({ source: 'Siemens', kind: 'organization' });
  });
});

describe('titles of several words, and who speaks past a relative clause or a phrase after a noun', () => {
  it('"Utah Attorney General Jane Roe", "Transport Secretary Sir Michael Grey": the whole title is the role, the honorific neither role nor name', () => {
    const r = read(
      'en',
      'Utah Attorney General Jane Roe said the state would appeal.',
      'British Prime Minister Ann Wu said costs had risen. Acme Chief Executive Tom Hale said sales fell.',
      'Transport Secretary Sir Michael Grey said the plan was sound. Sir Michael added that it would be reviewed in the spring.',
    );
    expect(about(r, 'the state would appeal')).toMatchObject({ source: 'Jane Roe', role: 'Utah Attorney General' });
    expect(about(r, 'costs had risen')).toMatchObject({ source: 'Ann Wu', role: 'British Prime Minister' });
    expect(about(r, 'sales fell')).toMatchObject({ source: 'Tom Hale', role: 'Acme Chief Executive' });
    expect(about(r, 'the plan was sound')).toMatchObject({ source: 'Michael Grey', role: 'Transport Secretary' });
    expect(about(r, 'reviewed in the spring')).toMatchObject({ source: 'Michael Grey', mention: 'Sir Michael' });
    expect(r.sources.filter((s) => s.name.includes('Michael'))).toHaveLength(1);
  });

  it('"Sen. Ann Cole, R-Ohio, who backed the bill, said": the name before a party label or a place set off before "who"', () => {
    const r = read(
      'en',
      'Sen. Ann Cole, R-Ohio, who backed the bill, said the ruling was wrong.',
      'Rep. Jane Roe, D-Calif., who chairs the panel, said the bill was dead.',
      'Mark Ruiz, of Dayton, who owns the bakery, said business was slow.',
    );
    expect(about(r, 'the ruling was wrong')).toMatchObject({ source: 'Ann Cole', kind: 'person' });
    expect(about(r, 'the bill was dead')).toMatchObject({ source: 'Jane Roe', kind: 'person' });
    expect(about(r, 'business was slow')).toMatchObject({ source: 'Mark Ruiz', kind: 'person', role: null });
    expect(r.sources.map((s) => s.name)).not.toContain('R-Ohio');
  });

  it('"Officials, who spoke on condition of anonymity, said", "Experts not involved in the research said", "Residents near the plant said": unnamed groups', () => {
    const r = read(
      'en',
      'Officials, who spoke on condition of anonymity, said the talks had stalled.',
      'Experts not involved in the research said the findings matched earlier work. Residents near the plant said the smell was unbearable.',
    );
    expect(about(r, 'the talks had stalled')).toMatchObject({ source: 'Officials', kind: 'anonymous' });
    expect(about(r, 'matched earlier work')).toMatchObject({ source: 'Experts not involved in the research', kind: 'anonymous' });
    expect(about(r, 'the smell was unbearable')).toMatchObject({ source: 'Residents near the plant', kind: 'anonymous' });
  });
});

describe('what a document found: "the survey found", "a report by … showed", "die Studie zeigt"', () => {
  it('is an attribution to the document, or to its author named after "by"; "Police found a knife" reports nothing', () => {
    const r = read(
      'en',
      'Teachers were more divided, the survey found. A report by the inspector general found that the agency had wasted millions.',
      'A new Quinnipiac poll shows Clinton leading by six points. Police found a knife in the car.',
      'Sanders said the count shows who is "ready to lead."',
    );
    expect(about(r, 'Teachers were more divided')).toMatchObject({ cue: 'found', source: 'the survey', kind: 'organization' });
    expect(about(r, 'had wasted millions')).toMatchObject({ cue: 'found', mention: 'A report by the inspector general' });
    expect(about(r, 'Clinton leading by six points')).toMatchObject({ cue: 'shows', source: 'Quinnipiac', kind: 'organization' });
    expect(about(r, 'a knife in the car').cue).toBeUndefined();
    // (Not inside what someone said.)
    expect(r.attributions.filter((a) => a.cue.text === 'shows')).toHaveLength(1);
  });

  it('German, French and Spanish', () => {
    expect(about(read('de', 'Die Studie zeigt, dass Jugendliche zu wenig schlafen.'), 'Jugendliche zu wenig schlafen')).toMatchObject({ cue: 'zeigt', kind: 'organization' });
    expect(about(read('fr', 'Une étude de l’Insee montre que 62 % des ménages ont réduit leurs achats.'), 'des ménages ont réduit')).toMatchObject({ cue: 'montre', source: 'Insee' });
    expect(about(read('es', 'El estudio muestra que los jóvenes duermen poco.'), 'los jóvenes duermen poco')).toMatchObject({ cue: 'muestra', kind: 'organization' });
    expect(about(read('de', 'Die Polizei zeigte den Journalisten das Auto.'), 'das Auto').cue).toBeUndefined();
  });
});

describe('bodies and titles of the courts and the boards', () => {
  it('"The three-judge panel said", "The jury said": bodies; "Board member Frank Delgado": the title is his role', () => {
    const r = read('en', 'The three-judge panel said that the judge had erred. The jury said that it could not agree.', 'Board member Frank Delgado said the change was a mistake.');
    expect(about(r, 'the judge had erred')).toMatchObject({ source: 'The three-judge panel', kind: 'organization' });
    expect(about(r, 'it could not agree')).toMatchObject({ source: 'The jury', kind: 'organization' });
    expect(about(r, 'the change was a mistake')).toMatchObject({ source: 'Frank Delgado', kind: 'person', role: 'Board member' });
  });
});

describe('a person of a body, set off after a description', () => {
  it('"A lawyer for the family, Deborah Stone of the ACLU, told": she speaks, the description her role; "Darran Whiting of Liberty Baptist Church" is a person', () => {
    const r = read(
      'en',
      'A lawyer for the family, Deborah Stone of the ACLU, told Reuters the group would appeal. "We have the evidence," Stone said.',
      'One pastor supporting the senator, Darran Whiting of Liberty Baptist Church in Marion, said he had made 150 calls. "Find your polling place," he tells parishioners.',
    );
    expect(about(r, 'the group would appeal')).toMatchObject({ source: 'Deborah Stone', kind: 'person', role: 'A lawyer for the family' });
    expect(about(r, 'We have the evidence')).toMatchObject({ source: 'Deborah Stone' });
    expect(about(r, '150 calls')).toMatchObject({ source: 'Darran Whiting', kind: 'person' });
    expect(about(r, 'Find your polling place')).toMatchObject({ source: 'Darran Whiting' });
  });
});

describe('a role, then the name set off by commas: the name speaks, the role is its role', () => {
  it.each([
    ['fr', 'L’avocate, Sandrine Perret, a rappelé que son client avait un alibi.', 'son client avait un alibi', 'Sandrine Perret', 'L’avocate'],
    ['fr', "L'entraîneur nantais, Yann Kerbrat, a reconnu que le match était perdu.", 'le match était perdu', 'Yann Kerbrat', "L'entraîneur nantais"],
    ['fr', '« Le dossier est vide », a tranché l’avocat général, Marc Delorme.', 'Le dossier est vide', 'Marc Delorme', 'l’avocat général'],
    ['fr', 'Selon le porte-parole de la préfecture, Yves Carrel, la digue a tenu.', 'la digue a tenu', 'Yves Carrel', 'le porte-parole de la préfecture'],
    ['fr', 'D’après le président du club, Alain Voisin, le stade sera prêt.', 'le stade sera prêt', 'Alain Voisin', 'le président du club'],
    ['fr', 'Pour le capitaine lorientais, Eric Lebon, la défaite est méritée.', 'la défaite est méritée', 'Eric Lebon', 'le capitaine lorientais'],
    ['es', 'Según la portavoz del Ayuntamiento, Elena Prieto, la calle abrirá el lunes.', 'la calle abrirá el lunes', 'Elena Prieto', 'la portavoz del Ayuntamiento'],
  ])('%s: %s', (lang, text, words, source, role) => {
    expect(about(read(lang, text), words)).toMatchObject({ source, kind: 'person', role });
  });

  it.each([
    ['fr', 'Selon la police, Hugo Vidal, 45 ans, a été interpellé à son domicile.', 'la police'],
    ['fr', 'Pour la première fois, Hugo Vidal, le maire, a pris la parole.', null],
  ])('%s: not after a body or "la première fois": %s', (lang, text, source) => {
    const r = read(lang, text);
    expect(r.sources.find((s) => s.name === 'Hugo Vidal')).toBeUndefined();
    if (source) expect(r.sources[0]?.name).toBe(source);
  });
});

describe('Spanish surnames with particles', () => {
  it.each([
    ['Cristina Sánchez de Mora dijo que el plan llega tarde.', 'el plan llega tarde', 'Cristina Sánchez de Mora', null],
    ['"Votaremos en contra", dijo Ignacio Ruiz de Lis, portavoz del grupo.', 'Votaremos en contra', 'Ignacio Ruiz de Lis', 'portavoz del grupo'],
    ['El portavoz del grupo, Ignacio de la Vega, replicó que la propuesta llega tarde.', 'la propuesta llega tarde', 'Ignacio de la Vega', 'El portavoz del grupo'],
    ['El portavoz del PP en el Senado, Ignacio Ruiz de Lis, replicó que la propuesta llega tarde.', 'la propuesta llega tarde', 'Ignacio Ruiz de Lis', 'El portavoz del PP en el Senado'],
  ])('%s', (text, words, source, role) => {
    expect(about(read('es', text), words)).toMatchObject({ source, kind: 'person', role });
  });

  it('a country or a body after "de" is no part of the name', () => {
    const r = read('es', 'Cristina Sánchez de Chile dijo que el plan llega tarde.', 'Ignacio Ruiz de Telefónica Digital dijo que la red aguanta.');
    expect(r.sources.map((s) => s.name)).not.toContain('Cristina Sánchez de Chile');
    expect(r.sources.map((s) => s.name)).not.toContain('Ignacio Ruiz de Telefónica Digital');
  });
});

describe('an outlet named after its noun: "el diario El Litoral Sur"', () => {
  it.each([
    ['es', 'Según el diario El Faro Austral, la planta cerrará en mayo.', 'la planta cerrará en mayo', 'El Faro Austral'],
    ['es', 'Según el periódico La Voz Andina, el alcalde dimitirá. La Voz Andina añadió que habrá elecciones.', 'habrá elecciones', 'La Voz Andina'],
    ['fr', 'Selon l’hebdomadaire Le Courrier Picard, la mairie a menti.', 'la mairie a menti', 'Le Courrier Picard'],
  ])('%s: %s', (lang, text, words, source) => {
    expect(about(read(lang, text), words)).toMatchObject({ source, kind: 'media' });
  });

  it('not a name with no article ("the program Medicaid")', () => {
    expect(about(read('en', 'The program Medicaid said it would cover the cost.'), 'cover the cost').kind).not.toBe('media');
  });
});

describe('"según un comunicado" and its issuer', () => {
  it('"según un comunicado de la empresa", "selon un communiqué d’Enedis": the issuer after the link speaks', () => {
    expect(about(read('es', 'Según un comunicado de la empresa, las ventas cayeron un 4 %.'), 'las ventas cayeron')).toMatchObject({ mention: 'la empresa', kind: 'organization' });
    expect(about(read('fr', 'Selon un communiqué d’Orvalis, 300 postes seront supprimés.'), '300 postes seront supprimés')).toMatchObject({ source: 'Orvalis', kind: 'organization' });
  });

  it('words about the document closing the sentence are no part of what was said', () => {
    const r = read('es', 'Aceros del Norte perdió 80 millones en el trimestre, según un comunicado remitido este lunes a la CNMV.');
    expect(about(r, 'perdió 80 millones')).toMatchObject({ content: 'Aceros del Norte perdió 80 millones en el trimestre' });
  });
});

describe('a party\'s or a body\'s initials after a title in lower case', () => {
  it('"Le député LFI Karim Belhadj": the initials belong to the role, no part of the name', () => {
    const r = read('fr', 'Le député PCF Yannick Morvan a rappelé que la réforme était injuste.', 'La sénatrice EELV Marion Quéré a dénoncé un texte « brutal ».');
    expect(about(r, 'la réforme était injuste')).toMatchObject({ source: 'Yannick Morvan', kind: 'person', role: 'député PCF', aliases: [] });
    expect(about(r, 'brutal')).toMatchObject({ source: 'Marion Quéré', role: 'sénatrice EELV' });
  });

  it('"un élu RN" is no person named RN', () => {
    const r = read('fr', '« Nous voterons contre », a déclaré un élu RN.');
    expect(r.sources.find((s) => s.kind === 'person')).toBeUndefined();
  });
});

describe('more words of a body\'s name (Spanish and French)', () => {
  it('"la Confederación Hidrográfica del Segura (CHS)" is one body, its initials an alias', () => {
    const r = read('es', 'La Confederación Hidrográfica del Segura (CHS) alertó de crecidas en la cuenca. De acuerdo con la CHS, el embalse está al 80 %.');
    expect(about(r, 'el embalse está al 80')).toMatchObject({ source: 'Confederación Hidrográfica del Segura', kind: 'organization' });
    expect(r.sources).toHaveLength(1);
  });

  it.each([
    ['es', 'Los robos crecieron un 20 %, según el Observatorio de Seguridad Vial.', 'Los robos crecieron', 'Observatorio de Seguridad Vial'],
    ['es', 'La carretera sigue cortada, según el Centro de Coordinación de Emergencias de Murcia.', 'La carretera sigue cortada', 'Centro de Coordinación de Emergencias de Murcia'],
  ])('%s: %s', (lang, text, words, source) => {
    expect(about(read(lang, text), words)).toMatchObject({ source, kind: 'organization' });
  });

  it('"Le Centre hospitalier de Quimper" is a body\'s name whole', () => {
    const r = read('fr', 'Le Centre hospitalier de Quimper a confirmé que deux patients étaient morts.');
    expect(about(r, 'deux patients étaient morts').source).toMatch(/Centre hospitalier de Quimper$/);
  });
});

describe('a name before a noun for a person describes someone unnamed (English)', () => {
  it('"the New York businessman", "The Romanian hacker", "a Danish user" are unnamed people, not New York, Romania or Danish', () => {
    const r = read(
      'en',
      'Donald Trump spoke in Ohio on Monday. “We need change,” the New York businessman said.',
      'The Romanian hacker who said the server was open was sentenced on Thursday.',
      'A Danish user tweeted that the site was down.',
    );
    expect(about(r, 'We need change')).toMatchObject({ source: 'the New York businessman', kind: 'anonymous' });
    expect(about(r, 'the server was open')).toMatchObject({ source: 'The Romanian hacker', kind: 'anonymous' });
    expect(about(r, 'the site was down')).toMatchObject({ source: 'A Danish user', kind: 'anonymous' });
    expect(r.sources.map((s) => s.name)).not.toContain('New York');
  });

  it('a body named before a thing it issued still speaks: "the RealClearPolitics average", "a Pentagon readout"', () => {
    const r = read('en', 'According to the RealClearPolitics average, the governor leads by four points.');
    expect(about(r, 'the governor leads by four points')).toMatchObject({ source: 'RealClearPolitics', kind: 'organization' });
  });
});
