/**
 * The attribution patterns of German, French and Spanish news, each on made-up paragraphs of the shape the
 * press writes: who is the source, what is the cue, and where a source stands for someone named before.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from './index';
import { LANGUAGES } from './lang/registry';
import { about, read } from './test-helpers';
import type { Report } from './types';

describe('Spanish', () => {
  it('"Según se informó desde el ente estatal": the body named after "desde" is the source', () => {
    const r = read(
      'es',
      'La Dirección General de Servicios Agrícolas (DGSA) controla el uso de productos fitosanitarios en todo el país.',
      'Según se informó desde el ente estatal, la aplicación habría sido realizada un domingo de febrero.',
    );
    expect(about(r, 'la aplicación habría sido realizada')).toMatchObject({ cue: 'Según se informó', mention: 'el ente estatal', source: 'Dirección General de Servicios Agrícolas' });
  });

  it('"«…», citó como ejemplo.": a short phrase of how after a verb with no subject leaves the quotation its content', () => {
    const r = read('es', 'Marta Olivera habló con este diario. “Unos vecinos estaban preocupados por el manejo de los residuos”, citó como ejemplo.');
    expect(about(r, 'Unos vecinos estaban preocupados')).toMatchObject({ cue: 'citó', mention: null, source: 'Marta Olivera' });
  });

  it('an adverb set off opening the sentence is no subject: the verb\'s dropped subject is the last speaker', () => {
    const r = read('es', 'Marta Olivera habló con este diario. «Estamos esperando», sumó. Además, reclama que no se están dirigiendo recursos al sitio.', 'Luego, afirmó que la obra estará lista en marzo.');
    expect(about(r, 'no se están dirigiendo')).toMatchObject({ cue: 'reclama', mention: null, source: 'Marta Olivera' });
    expect(about(r, 'la obra estará lista')).toMatchObject({ cue: 'afirmó', mention: null, source: 'Marta Olivera' });
  });

  it('"señaló que «…», agregó": a verb with no subject after a quotation already reported says it again, no second act', () => {
    const r = read(
      'es',
      'Marta Olivera afirmó que la Policía responde cuando puede. A propósito, señaló que «en las zonas rurales no tienen vehículos disponibles, porque los mandan a otras zonas», agregó.',
    );
    expect(r.attributions.map((a) => a.cue.text)).toEqual(['afirmó', 'señaló']);
    expect(about(r, 'en las zonas rurales')).toMatchObject({ cue: 'señaló', source: 'Marta Olivera' });
  });

  it('"según" before a verb of saying: the verb is the cue, its subject the source', () => {
    const r = read(
      'es',
      'La Dirección General de Servicios Agrícolas (DGSA) controla el uso de productos fitosanitarios en todo el país.',
      'Según informó la DGSA a este diario, se constató “una aplicación a menos de 300 metros de la escuela”.',
    );
    expect(about(r, 'una aplicación a menos de 300 metros')).toMatchObject({ cue: 'Según informó', mention: 'la DGSA' });
  });

  it('"Lo dijo porque «…»": the object clitic before the verb names no one; the speaker is the one before', () => {
    const r = read('es', 'Pasar por la administración es una ventaja, comentó Julio Ferreira. Lo dijo porque «el dirigente tiene que chocar con la vida».');
    expect(about(r, 'chocar con la vida')).toMatchObject({ cue: 'dijo', mention: null, source: 'Julio Ferreira' });
  });

  it('a capitalised title, then the name set off by commas before the cue: the name speaks, the title is its role', () => {
    const r = read('es', 'El Primer Secretario del Partido en la provincia de Tunas, Manuel René Pérez Gallego, afirmó que el país podrá avanzar mejor.');
    expect(about(r, 'el país podrá avanzar')).toMatchObject({ cue: 'afirmó', mention: 'Manuel René Pérez Gallego', source: 'Manuel René Pérez Gallego', kind: 'person' });
    expect(r.sources[0]!.role).toBe('El Primer Secretario del Partido en la provincia de Tunas');
  });

  it('"según entiende", "a su entender": the view of the person the paragraph is about', () => {
    const r = read(
      'es',
      'Marta Olivera, vecina del área e integrante de la cooperativa Monte Verde, dijo que los controles no alcanzan.',
      'El presidente de la comisión, Julio Ferreira, afirmó que la reunión será en junio.',
      'Olivera también es una de las representantes de los vecinos en la comisión. Según entiende, “no habrá un plan de manejo en el corto plazo”.',
      'A su entender, en la comunidad “se conoce muy poco” sobre los riesgos de estos productos.',
    );
    expect(about(r, 'no habrá un plan de manejo')).toMatchObject({ cue: 'Según entiende', source: 'Marta Olivera' });
    expect(about(r, 'se conoce muy poco')).toMatchObject({ cue: 'A su entender', source: 'Marta Olivera' });
  });

  it('"según contó la integrante de …" pages later is the person the article gave that role', () => {
    const r = read(
      'es',
      'Marta Olivera, vecina del área e integrante de la cooperativa Monte Verde, dijo que los controles no alcanzan.',
      'El presidente de la comisión, Julio Ferreira, afirmó que la reunión será en junio.',
      'La comisión se reúne dos veces al año. Sus actas son públicas. La próxima sesión tratará el presupuesto.',
      'Los vecinos temen que se reduzca el área protegida, según contó la integrante de Monte Verde.',
    );
    expect(about(r, 'Los vecinos temen que se reduzca')).toMatchObject({ cue: 'según contó', source: 'Marta Olivera' });
  });

  it('a lead-in with no subject ("En aquel momento afirmó que", "Sin embargo, señaló que") speaks for the one before', () => {
    const r = read(
      'es',
      'Gerardo Amarilla, subsecretario de Ambiente, afirmó que hay conflictos en cuatro áreas protegidas. En aquel momento afirmó que su idea es “tratar de generar acuerdos y llegar a un punto de encuentro”.',
      'José Yurramendi dijo que el área es demasiado grande. Sin embargo, señaló que le parece “bueno tener áreas protegidas”.',
    );
    expect(about(r, 'tratar de generar acuerdos')).toMatchObject({ cue: 'afirmó', source: 'Gerardo Amarilla' });
    expect(about(r, 'bueno tener áreas protegidas')).toMatchObject({ cue: 'señaló', source: 'José Yurramendi' });
  });

  it('"…, quien manifestó" after a phrase that names no one is the person named earlier in the sentence', () => {
    const r = read('es', 'La diaria consultó al actual intendente de Cerro Largo, José Yurramendi, para saber su opinión, quien manifestó que “es bueno tener áreas protegidas”.');
    expect(about(r, 'es bueno tener áreas protegidas')).toMatchObject({ source: 'José Yurramendi', kind: 'person' });
  });

  it('a name\'s first surname alone is the same person: "Perdomo" for Jorge Luis Perdomo Di-Lella', () => {
    const r = read(
      'es',
      'El desarrollo local debe parecerse a los desafíos del territorio, dijo el vice primer ministro Jorge Luis Perdomo Di-Lella.',
      'Perdomo afirmó que todavía es insuficiente lo que se hace en los municipios.',
    );
    expect(about(r, 'todavía es insuficiente')).toMatchObject({ source: 'Jorge Luis Perdomo Di-Lella' });
    expect(r.sources.map((x) => x.name)).toEqual(['Jorge Luis Perdomo Di-Lella']);
  });

  it('an organization\'s name runs on past "de" and "del": "Instituto de Hidrología del Sur"', () => {
    const r = read('es', 'Las lluvias de este año son las más escasas en medio siglo, según el Instituto de Hidrología del Sur.');
    expect(about(r, 'Las lluvias de este año')).toMatchObject({ cue: 'según', source: 'Instituto de Hidrología del Sur', kind: 'organization' });
  });

  it('a cue set off by commas or dashes splits the words it attributes', () => {
    const r = read(
      'es',
      'Humberto Hernández Suárez habló de la estrategia. La política de cuadros, enfatizó, requiere ser más democrática y participativa.',
      'El cuadro –expresó el dirigente partidista– debe poseer convicciones profundas y capacidad.',
    );
    const a = r.attributions.find((x) => x.cue.text === 'enfatizó')!;
    expect(a.content.map((c) => c.text)).toEqual(['La política de cuadros', 'requiere ser más democrática y participativa']);
    expect(about(r, 'requiere ser más democrática')).toMatchObject({ source: 'Humberto Hernández Suárez' });
    const b = r.attributions.find((x) => x.cue.text === 'expresó')!;
    expect(b.content.map((c) => c.text)).toEqual(['El cuadro', 'debe poseer convicciones profundas y capacidad']);
  });

  it('two cues in one sentence, the second joined by "y", each with its own words: "Según entiende, “…”, y enfatizó: “…”", "“…”, contó y sumó que …"', () => {
    const r = read(
      'es',
      'Laura Magallanes dijo que los controles no alcanzan. Según entiende, “no hay perspectiva de un plan”, y enfatizó: “Lo que falta es un poco de actividad”.',
      '“Al otro día fuimos de nuevo y ya no había nada”, contó y sumó que “fue gente que había venido de afuera”.',
    );
    expect(r.attributions.map((a) => [a.cue.text, a.content.map((c) => c.text).join(' … ')])).toEqual([
      ['dijo', 'que los controles no alcanzan'],
      ['Según entiende', 'no hay perspectiva de un plan'],
      ['enfatizó', 'Lo que falta es un poco de actividad'],
      ['contó', 'Al otro día fuimos de nuevo y ya no había nada'],
      ['sumó', 'fue gente que había venido de afuera'],
    ]);
    expect(new Set(r.attributions.map((a) => a.sourceId)).size).toBe(1);
  });

  it('"según valoró hacia el final del encuentro el miembro …, Name": the subject after an adjunct, with its description as role', () => {
    const r = read('es', 'Fue el punto de partida para el análisis de un tema que resulta «estratégico y decisivo», según valoró hacia el final del encuentro el miembro del Buró Político, Roberto Morales Ojeda.');
    expect(about(r, 'Fue el punto de partida')).toMatchObject({ cue: 'según valoró', source: 'Roberto Morales Ojeda' });
    expect(r.sources[0]?.role).toBe('el miembro del Buró Político');
  });

  it('a verb of saying of several words is a cue only whole: "hizo referencia a", not "lo hizo"', () => {
    const r = read('es', 'Rosario Pentón Díaz hizo referencia a la importancia de atender de forma muy especial a los jóvenes. Lo hizo ayer, ante el pleno reunido.');
    expect(about(r, 'la importancia de atender')).toMatchObject({ cue: 'hizo referencia', source: 'Rosario Pentón Díaz' });
    expect(r.attributions).toHaveLength(1);
  });

  it('"Otros conceptos compartió el Secretario de Organización …:": the fronted object is no subject; the title heads the phrase and finds who holds it', () => {
    const r = read(
      'es',
      'La firmeza es clave, analizó el miembro del Buró Político y secretario de Organización del Comité Central, Roberto Morales Ojeda.',
      'Otros conceptos compartió el Secretario de Organización del Comité Central: el papel de los cuadros es y seguirá siendo decisivo en el sector empresarial.',
    );
    expect(about(r, 'el papel de los cuadros')).toMatchObject({ mention: 'el Secretario de Organización del Comité Central', source: 'Roberto Morales Ojeda' });
    expect(r.sources.map((x) => x.name)).toEqual(['Roberto Morales Ojeda']);
  });

  it('"Al respecto, señaló: “…”": the quotation after the cue is what was said, not the lead-in', () => {
    const r = read('es', 'John Kennedy Rodríguez comentó que la reunión será en junio. Al respecto, señaló: “Tenemos el apoyo de las forestales que participan”.');
    expect(about(r, 'Tenemos el apoyo')).toMatchObject({ cue: 'señaló', source: 'John Kennedy Rodríguez' });
    expect(about(r, 'Al respecto')).toMatchObject({ cue: undefined });
  });

  it('"Fuentes oficiales señalaron que …" opens with its source; "según la Compañía de Aguas del Valle" keeps the whole name', () => {
    const r = read(
      'es',
      'El embalse cayó al 19 por ciento de su capacidad, según la Compañía de Aguas del Valle.',
      'Fuentes oficiales señalaron que el plan podría extenderse hasta abril si las lluvias no llegan.',
    );
    expect(about(r, 'El embalse cayó')).toMatchObject({ source: 'Compañía de Aguas del Valle', kind: 'organization' });
    expect(about(r, 'el plan podría extenderse')).toMatchObject({ source: 'Fuentes oficiales', kind: 'anonymous' });
  });

  it('a capitalised month is a given name where months are written lower-case: "Julio Ferreira"', () => {
    const r = read('es', 'El presidente de la comisión, Julio Ferreira, afirmó que la reunión será en julio y no antes.');
    expect(about(r, 'la reunión será en julio')).toMatchObject({ source: 'Julio Ferreira', kind: 'person' });
  });

  it('a full name right after "…, afirmó" speaks, however the words before the comma read', () => {
    const r = read('es', 'Ningún jefe le hace un favor a la Revolución, porque su desempeño es una obligación, afirmó Miguel Mario Cabrera Castellanos, jefe de la Dirección de Cuadros.');
    expect(about(r, 'Ningún jefe le hace un favor')).toMatchObject({ source: 'Miguel Mario Cabrera Castellanos', kind: 'person' });
  });

  it('a long description, then the name after a comma: the name speaks; its two surnames alone are the same person later', () => {
    const r = read(
      'es',
      'El trabajo tiene que ver con el futuro, expresó el miembro del Buró Político y presidente de la Asamblea Nacional, Esteban Lazo Hernández.',
      'Pasar por la administración es una ventaja, comentó Lazo Hernández.',
    );
    expect(about(r, 'El trabajo tiene que ver con el futuro')).toMatchObject({ mention: 'Esteban Lazo Hernández', source: 'Esteban Lazo Hernández' });
    expect(r.sources.find((s) => s.name === 'Esteban Lazo Hernández')?.role).toBe('el miembro del Buró Político y presidente de la Asamblea Nacional');
    expect(about(r, 'Pasar por la administración')).toMatchObject({ source: 'Esteban Lazo Hernández' });
    expect(r.sources.map((s) => s.name)).toEqual(['Esteban Lazo Hernández']);
  });

  it('"la rectora de la Escuela …" is the person the article introduced with that role, not the school', () => {
    const r = read(
      'es',
      'El informe fue presentado por Rosario Pentón Díaz, rectora de la Escuela Superior del Partido, ante el pleno.',
      'La rectora de la Escuela Superior del Partido recordó que el grupo de estudio fue constituido hace un año.',
    );
    expect(about(r, 'el grupo de estudio fue constituido')).toMatchObject({ source: 'Rosario Pentón Díaz', kind: 'person' });
  });

  it('a relative clause after the speaker is no content; a cue and its speaker set off by commas split the words', () => {
    const r = read(
      'es',
      'Al respecto reflexionó el ministro de Trabajo, Tomás Aguirre Olmos, quien compartió su visión de que hay mucho por hacer en la formación de los dirigentes, la cual, dijo Aguirre, debe parecerse a los desafíos de cada barrio.',
      'En tal sentido, el Ministro insistió en que los cursos de los centros municipales son insuficientes.',
    );
    // "reflexionó" reports no words of its own: what follows its speaker is a relative clause.
    expect(r.attributions.map((a) => a.cue.text)).not.toContain('reflexionó');
    expect(about(r, 'hay mucho por hacer')).toMatchObject({ cue: 'compartió', source: 'Tomás Aguirre Olmos' });
    expect(about(r, 'hay mucho por hacer')).not.toMatchObject({ cue: 'dijo' });
    expect(about(r, 'debe parecerse a los desafíos')).toMatchObject({ cue: 'dijo', mention: 'Aguirre', source: 'Tomás Aguirre Olmos', kind: 'person' });
    // The description before the name, set off by a comma, is the role; "el Ministro" later is the one who holds it.
    expect(r.sources.find((x) => x.name === 'Tomás Aguirre Olmos')?.role).toBe('el ministro de Trabajo');
    expect(about(r, 'los cursos de los centros municipales')).toMatchObject({ source: 'Tomás Aguirre Olmos' });
    expect(r.sources.map((x) => x.name)).toEqual(['Tomás Aguirre Olmos']);
  });

  it('a later verb of saying after a comma reports words of its own; a phrase of time before "que" is no content', () => {
    const r = read(
      'es',
      'José Yurramendi, intendente de Rocha, habló con la prensa. Si bien admitió que aún no tienen un número exacto de cuánto se recortará el área, afirmó que tiene que ser “más concreta”.',
      'Gerardo Amarilla, subsecretario de Ambiente, afirmó el año pasado que hay conflictos en cuatro áreas protegidas.',
    );
    const admitted = r.attributions.find((a) => a.cue.text === 'admitió')!;
    expect(admitted.type).toBe('indirect');
    expect(admitted.content.map((c) => c.text).join(' ')).not.toContain('más concreta');
    expect(about(r, 'más concreta')).toMatchObject({ cue: 'afirmó', source: 'José Yurramendi' });
    const said = r.attributions.find((a) => a.cue.text === 'afirmó' && a.content.some((c) => c.text.includes('cuatro áreas')))!;
    expect(said.content.map((c) => c.text)).toEqual(['que hay conflictos en cuatro áreas protegidas']);
  });

  it('a description of one person right after that person spoke is that person; an unnamed source met before stays itself', () => {
    const r = read(
      'es',
      'De primer orden calificó Ramiro Ortega Villa, jefe del Departamento de Cuadros, el diseño de la nueva estrategia.',
      'El cuadro –expresó el dirigente partidista– debe poseer convicciones profundas y capacidad de convencer.',
    );
    expect(about(r, 'debe poseer convicciones')).toMatchObject({ cue: 'expresó', mention: 'el dirigente partidista', source: 'Ramiro Ortega Villa' });
    const en = read(
      'en',
      '"Going upstairs was a 30-minute activity," the patient described in the case report.',
      'But when Dr. Owen Dempsey, a pulmonologist at the Royal Infirmary, took a look, he ordered a scan. The patient recovered within a year, Dempsey said.',
      '"It does not affect me at all now," the patient wrote in the case study.',
    );
    expect(about(en, 'It does not affect me')).toMatchObject({ source: 'the patient', kind: 'anonymous' });
  });
});

describe('a count of people named by their country', () => {
  it.each([
    ['fr', 'Environ 400 Français ont demandé à être rapatriés.', 'Environ 400 Français'],
    ['de', 'Rund 400 Franzosen forderten, sofort ausgeflogen zu werden.', 'Rund 400 Franzosen'],
  ])('is an unnamed group (%s)', (lang, text, name) => {
    const r = read(lang, text);
    expect(r.sources).toEqual([expect.objectContaining({ name, kind: 'anonymous' })]);
  });
});

describe('two names joined by the language\'s "and" before the verb', () => {
  it.each([
    ['de', 'Siemens und Bosch teilten am Montag mit, die Werke blieben offen.', 'Siemens und Bosch'],
    ['fr', 'Renault et Peugeot ont annoncé que les usines resteraient ouvertes.', 'Renault et Peugeot'],
    ['es', 'Ford y General Motors anunciaron que cerrarán dos plantas.', 'Ford y General Motors'],
  ])('speak as one (%s)', (lang, text, name) => {
    expect(read(lang, text).sources).toEqual([expect.objectContaining({ name })]);
  });

  it('but a pair ending a list after a preposition is what was spoken of', () => {
    const r = read('de', '„Die Kliniken brauchen die Pendler“, erläutert Anna Roth, die seit Jahren über das Saarland, Frankreich und Luxemburg berichtet.', 'Jan Roth, die Sprecherin der Stadt, sagte, die Brücke bleibe zu.');
    // (A relative clause after the name is no role; an article and its noun is one.)
    expect(r.sources.map((s) => [s.name, s.role])).toEqual([['Anna Roth', null], ['Jan Roth', 'die Sprecherin der Stadt']]);
  });
});

describe('Spanish, continued', () => {
  it('an adverb alone before a verb with no subject ("Luego explicó que …") speaks for the one before', () => {
    const r = read('es', 'El intendente Juan Pérez señaló que no lo permitirá. Luego explicó que la obra costará millones. Más tarde agregó que la licitación se abrirá en marzo.');
    expect(about(r, 'la obra costará millones')).toMatchObject({ cue: 'explicó', mention: null, source: 'Juan Pérez' });
    expect(about(r, 'la licitación se abrirá')).toMatchObject({ cue: 'agregó', source: 'Juan Pérez' });
  });

  it('"A juicio del economista …", "En opinión de los expertos": the view of whom the phrase names', () => {
    const r = read('es', 'A juicio del economista Carlos Ruiz, la medida es un error.', 'En opinión de los expertos, la medida llega tarde.');
    expect(about(r, 'la medida es un error')).toMatchObject({ source: 'Carlos Ruiz', kind: 'person' });
    expect(about(r, 'la medida llega tarde')).toMatchObject({ source: 'los expertos', kind: 'anonymous' });
  });
});

describe('German', () => {
  it('an article after a name is no name particle: "sagte Lee Elder den Reportern", "kritisiert Facebook das Gesetz"', () => {
    const r = read('de', '„Wir haben den Cut geschafft“, sagte Lee Elder den Reportern nach der Runde.', '„Das ist zu teuer und zu ungenau“, kritisiert Facebook das Gesetz in einer Stellungnahme.');
    expect(about(r, 'Wir haben den Cut geschafft')).toMatchObject({ source: 'Lee Elder', kind: 'person' });
    expect(about(r, 'Das ist zu teuer')).toMatchObject({ source: 'Facebook' });
  });

  it('particles in a row still make one name: "Ursula von der Leyen"', () => {
    const r = read('de', '„Europa muss jetzt gemeinsam handeln“, sagte Ursula von der Leyen am Montag in Brüssel.');
    expect(about(r, 'Europa muss jetzt gemeinsam handeln')).toMatchObject({ source: 'Ursula von der Leyen', kind: 'person' });
  });

  it('a sentence opened by a prepositional phrase has its subject after the verb: "In einer Stellungnahme … bezeichnet das Unternehmen"', () => {
    const r = read(
      'de',
      '„Der Rechtsstaat darf seine Verantwortung nicht abgeben“, kommentiert Facebook den Gesetzentwurf.',
      'In einer Stellungnahme, die der Zeitung vorliegt, bezeichnet das Unternehmen den Entwurf als „ungeeignet“, um Hassreden wirksam zu bekämpfen.',
    );
    expect(about(r, 'ungeeignet')).toMatchObject({ mention: 'das Unternehmen', source: 'Facebook' });
  });

  it('"das Ministerium" is the ministry named before, a compound like "Bundesjustizministerium" included; a common noun before the verb is no subject', () => {
    const r = read(
      'de',
      'Das Gesetz soll nur für große Netzwerke gelten, was laut Bundesjustizministerium derzeit auf höchstens zehn Plattformen zutrifft.',
      'Die jedem Anbieter entstehenden Kosten schätzt das Ministerium wiederum auf jährlich rund 28 Millionen Euro.',
    );
    expect(about(r, 'rund 28 Millionen Euro')).toMatchObject({ mention: 'das Ministerium', source: 'Bundesjustizministerium', kind: 'organization' });
    expect(r.sources.map((s) => s.name)).not.toContain('Kosten');
  });

  it('a capitalised role noun inside a name run is a title: "Yuans Kollege Hossein Robatjazi"; a particle after a full name is a preposition', () => {
    const r = read(
      'de',
      '„Unter Licht zeigte der Katalysator eine hohe Aktivität“, erklärt Yuans Kollege Hossein Robatjazi.',
      '„Dies ist der erste Bericht dieser Art in der Fachliteratur“, sagt Seniorautorin Naomi Halas von der Rice University.',
    );
    expect(about(r, 'Unter Licht zeigte der Katalysator')).toMatchObject({ source: 'Hossein Robatjazi', kind: 'person' });
    expect(about(r, 'Dies ist der erste Bericht')).toMatchObject({ source: 'Naomi Halas', kind: 'person' });
  });

  it('"am Sonntag, 15. März 2020, verkündete X, dass …": an ordinal date ends no sentence; the reported clause follows the subject', () => {
    const r = read('de', 'Von wegen. Am Sonntag, 15. März 2020, verkündete der saarländische Ministerpräsident Tobias Hans, dass die Grenze ab dem kommenden Morgen geschlossen sei.');
    expect(about(r, 'dass die Grenze ab dem kommenden Morgen geschlossen')).toMatchObject({ cue: 'verkündete', source: 'Tobias Hans' });
    expect(r.attributions.some((a) => a.content.some((c) => c.text.includes('März')))).toBe(false);
  });

  it('"laut X" inside a clause attributes the rest of the clause; "„…“, führt Facebook dazu aus" is a cue', () => {
    const r = read(
      'de',
      'Das Gesetz soll nur für große Netzwerke gelten, was laut Bundesjustizministerium derzeit auf höchstens zehn Plattformen zutrifft.',
      '„Die Höhe der Bußgelder steht außer Verhältnis zu dem sanktionierten Verhalten“, führt Facebook dazu aus.',
    );
    expect(about(r, 'derzeit auf höchstens zehn Plattformen zutrifft')).toMatchObject({ cue: 'laut', source: 'Bundesjustizministerium' });
    expect(about(r, 'Das Gesetz soll nur')).toMatchObject({ cue: undefined });
    expect(about(r, 'Die Höhe der Bußgelder')).toMatchObject({ cue: 'führt', source: 'Facebook' });
  });

  it('an unnamed source keeps its genitive: "ein Mitarbeiter des baden-württembergischen Innenministeriums"', () => {
    const r = read('de', '„Dann droht eine Geldbuße von 200 bis 1000 Euro“, erläutert ein Mitarbeiter des baden-württembergischen Innenministeriums.');
    expect(about(r, 'droht eine Geldbuße')).toMatchObject({ source: 'ein Mitarbeiter des baden-württembergischen Innenministeriums', kind: 'anonymous' });
  });

  it('a relative "der" after a name speaks for the name; words between the helper and the verb are no subject', () => {
    const r = read(
      'de',
      'Die Erklärung des Mitbegründers des Clubs, Cliff Roberts, der 1933 sagte, dass in Augusta „alle Golfer weiß und alle Caddies schwarz sein werden“, hatte lange Bestand.',
      'Der Bürgermeister ist besorgt. Einige Landsleute hätten ihm sogar gesagt: „Das geht ja wieder los wie damals.“',
    );
    expect(about(r, 'alle Golfer weiß')).toMatchObject({ cue: 'sagte', source: 'Cliff Roberts', kind: 'person' });
    expect(about(r, 'Das geht ja wieder los')).toMatchObject({ cue: 'gesagt', source: 'Einige Landsleute', kind: 'anonymous' });
  });

  it('the reported clause keeps its "dass" outside English; English drops "that"', () => {
    const de = read('de', 'Der Minister verkündete am Sonntag, dass die Grenze zu Frankreich geschlossen sei.');
    expect(de.attributions[0]?.content.map((c) => c.text)).toEqual(['dass die Grenze zu Frankreich geschlossen sei']);
    const en = analyze({ text: 'The minister said on Sunday that the border with France was closed.', lang: 'en' }, { languages: LANGUAGES });
    expect(en.attributions[0]?.content.map((c) => c.text)).toEqual(['the border with France was closed']);
  });

  it('a noun after an article after a colon is no name: "… hören: Die Grenzen …"', () => {
    const r = read(
      'de',
      'Die Zuhörer konnten das nicht mehr hören: Die Grenzen waren seit Langem offen. Die Stadt liegt direkt am Fluss.',
      'Sie findet das zwar ungewohnt, aber nachvollziehbar: „Es gehen immer noch zu viele Leute zum Einkaufen über die Grenze.“',
    );
    expect(r.sources.map((s) => s.name)).not.toContain('Grenzen');
    expect(r.sources.map((s) => s.name)).not.toContain('Die Grenzen');
  });
  it('a description after an article is the person the sentence before is about, else the one who spoke last', () => {
    const r = read(
      'de',
      'Martin Keller, der Wirte wie eben Anna Roth verehrt, bekam vor seinem Titel Mut von seinem Vorbild zugesprochen. „Anna Roth kam zu mir; das hat mir viel bedeutet“, so der 15-malige Meister rückblickend.',
      'Der Wirt Stéphane Mazzucotelli sagt: „Das waren bedauerliche Einzelfälle.“ Wird die Grenze Spuren hinterlassen?',
      '„Ich glaube nicht, dass die Freundschaft darunter leidet“, sagt der Franzose.',
    );
    expect(about(r, 'Anna Roth kam zu mir')).toMatchObject({ cue: 'so', source: 'Martin Keller' });
    expect(about(r, 'dass die Freundschaft darunter leidet')).toMatchObject({ cue: 'sagt', mention: 'der Franzose', source: 'Stéphane Mazzucotelli' });
    expect(r.sources.map((x) => x.name)).not.toContain('Franzose');
  });

  it('"So beschrieb es X": the pronoun stands for the sentence before; a relative clause after the name is no role', () => {
    const r = read(
      'de',
      'Zu verdanken hatte er dies einem Club-Pro namens Erwin Hardwick, für den die Herkunft einer Person keine Rolle spielte. So beschrieb es zumindest einst Karl Trebing, der ebenfalls im Club aktiv war.',
    );
    expect(about(r, 'keine Rolle spielte')).toMatchObject({ cue: 'beschrieb', mention: 'Karl Trebing', source: 'Karl Trebing' });
    expect(r.sources.find((x) => x.name === 'Karl Trebing')?.role).toBeNull();
  });

  it('"wonach" after its source, a body named by a compound noun ("des Branchenverbands Bitkom"), a possessive "Halas‘"', () => {
    const r = read(
      'de',
      'Die Firma hält eine Studie des Branchenverbands Bitkom, wonach auf Netzwerken zusätzliche Kosten von 530 Millionen Euro zukommen, für realistisch.',
      'Die Physikerin Naomi Halas leitet das Team. „Unsere Entdeckung ebnet den Weg zu günstigem Wasserstoff“, sagt Halas‘ Kollege Peter Nordlander.',
    );
    expect(about(r, 'zusätzliche Kosten von 530 Millionen')).toMatchObject({ cue: 'wonach', source: 'Bitkom', kind: 'organization' });
    expect(about(r, 'Unsere Entdeckung ebnet den Weg')).toMatchObject({ cue: 'sagt', source: 'Peter Nordlander', kind: 'person' });
  });

  it('"…, wie das Team in „Science“ berichtet": the clause before the comma is what the subject after "wie" reported', () => {
    const r = read(
      'de',
      'Forscher haben eine neue Methode gefunden – nur mithilfe von Licht, Eisen und Kupfer. Anders als bei der gängigen Spaltung benötigt diese Photokatalyse keine starke Hitze oder teure Platinmetalle, wie das Team in „Science“ berichtet.',
      'Eisen und Kupfer dienen als Helfer. Doch blickt man zurück, so liegen diese Errungenschaften nicht so lange zurück, wie man vielleicht meinen könnte.',
    );
    expect(about(r, 'benötigt diese Photokatalyse keine starke Hitze')).toMatchObject({ cue: 'berichtet', mention: 'das Team', kind: 'anonymous' });
    expect(r.attributions.map((a) => a.cue.text)).not.toContain('meinen');
    expect(r.sources.map((x) => x.name)).toEqual(['das Team']);
  });

  it('two names joined by "und" after the verb speak as one; "Sagen wir" is the writer\'s voice', () => {
    const r = read(
      'de',
      '„Beide Regierungen beabsichtigen, die Beseitigung von Hindernissen zu erleichtern“, schreiben Berlin und Paris im „Aachener Vertrag“, der vergangenes Jahr in Kraft getreten ist.',
      'Der Minister Klaus Bouillon sagt: „Grenzschutz ist Menschenschutz.“ Sagen wir nur so viel: Das Amt weiß wohl, warum.',
    );
    expect(about(r, 'Beide Regierungen beabsichtigen')).toMatchObject({ cue: 'schreiben', mention: 'Berlin und Paris', source: 'Berlin und Paris', kind: 'organization' });
    expect(r.attributions.find((a) => a.content.some((c) => c.text.includes('Das Amt weiß wohl')))?.sourceId ?? null).toBeNull();
    expect(r.sources.map((x) => x.name).sort()).toEqual(['Berlin und Paris', 'Klaus Bouillon']);
  });

  it('a clause of when before the cue says no one\'s words; the quotation a colon opens after the subject does', () => {
    const r = read('de', 'Wenn Helmut Kohl emotional wurde, erinnerte er sich daran, wie er als Jugendlicher Schlagbäume ausgerissen hat: „Für uns war klar, dass es in Europa keine Grenzen mehr geben darf.“');
    expect(about(r, 'Für uns war klar')).toMatchObject({ cue: 'erinnerte', mention: 'er', source: 'Helmut Kohl' });
    expect(r.attributions.some((a) => a.content.some((c) => c.text.includes('emotional wurde')))).toBe(false);
  });

  it('"dem Bericht zufolge" is the one outlet the article names; "wonach" reports its clause up to the comma', () => {
    const r = read(
      'de',
      'In einer Stellungnahme, die der Wirtschaftswoche vorliegt, bezeichnet das Unternehmen den Entwurf als ungeeignet.',
      'Die Firma fordert eine europäische Lösung. Sie wehrt sich gegen einen Alleingang.',
      'Die Firma hält dem Bericht zufolge eine Studie des Branchenverbands Bitkom, wonach auf Netzwerken zusätzliche Kosten von 530 Millionen Euro zukommen, für „realistisch“.',
    );
    expect(about(r, 'eine Studie des Branchenverbands')).toMatchObject({ cue: 'zufolge', mention: 'dem Bericht', source: 'Wirtschaftswoche', kind: 'media' });
    const wonach = r.attributions.find((a) => a.cue.text === 'wonach')!;
    expect(wonach.content.map((c) => c.text)).toEqual(['auf Netzwerken zusätzliche Kosten von 530 Millionen Euro zukommen']);
    expect(wonach.type).toBe('indirect');
  });

  it('a quotation after the writer\'s question goes to no one rather than to the last speaker', () => {
    const r = read(
      'de',
      'Der Minister Klaus Bouillon begründet das so: „Grenzschutz ist Menschenschutz.“',
      'Vor der Sperre steht ein Polizeiwagen mit drei Beamten. Wir fragen sie, ob sie viel zu tun hätten. „Nein, hier versucht niemand mehr, auf die andere Seite zu gelangen.“',
    );
    const answer = r.attributions.find((a) => a.content.some((c) => c.text.includes('hier versucht niemand mehr')));
    expect(answer?.sourceId ?? null).toBeNull();
  });

  it('a title and its place set off before a name describe that person; a dateline runs into no name; "zum 18. Grün" ends no sentence', () => {
    const r = read(
      'de',
      'Kleinblittersdorf Wenn Helmut Kohl emotional wurde, erinnerte er sich an die Schlagbäume: „Für uns war klar, dass es keine Grenzen mehr geben darf.“',
      'So auch der Bürgermeister von Grosbliederstroff, Joël Niederlaender. „Ich mache mir keine Sorgen um die Freundschaft“, sagt er.',
      'Trotz des verpassten Cuts kamen Elder auf dem Weg zum 18. Grün die Tränen.',
    );
    expect(about(r, 'Für uns war klar')).toMatchObject({ source: 'Helmut Kohl' });
    expect(about(r, 'keine Sorgen um die Freundschaft')).toMatchObject({ mention: 'er', source: 'Joël Niederlaender' });
    expect(r.sources.find((x) => x.name === 'Joël Niederlaender')?.role).toBe('der Bürgermeister von Grosbliederstroff');
    expect(r.sources.map((x) => x.name).sort()).toEqual(['Helmut Kohl', 'Joël Niederlaender']);
  });

  it('a quotation after a sentence about someone who is not its subject ("kamen Elder … die Tränen") is that person\'s', () => {
    const r = read(
      'de',
      '„Ich habe nie an den Sieg gedacht“, sagte Trainer Paul Weber.',
      'Beim Zieleinlauf kamen der Läuferin Maria Berger die Tränen. „So viele Menschen haben an der Strecke auf mich gewartet.“',
    );
    expect(about(r, 'So viele Menschen haben')).toMatchObject({ cue: '', mention: null, source: 'Maria Berger' });
  });

  it('a colon quotation after a clause: the cue runs from the verb after the subject ("Sie findet das … nachvollziehbar: „…“")', () => {
    const r = read('de', 'Anna Roth wohnt im Nachbarort. Sie findet die Sperre zwar lästig, aber nachvollziehbar: „Die Zahlen steigen ja überall.“');
    expect(about(r, 'Die Zahlen steigen')).toMatchObject({ cue: 'findet die Sperre zwar lästig, aber nachvollziehbar:', mention: 'Sie', source: 'Anna Roth' });
  });

  it('someone a sentence brings in unnamed ("Eine Frau kommt …") is who "sie" and "der junge Polizist" point back to', () => {
    const r = read(
      'de',
      'Bürgermeisterin Anna Roth hatte die Sperre am Montag verteidigt.',
      'Eine Frau kommt über die Brücke. Sie wohnt im Nachbarort. Sie sagt: „Für uns Pendler ist das eine Zumutung.“',
      'Ein junger Polizist steht allein am Zaun. Die Kollegen bestätigen, dass nur Pendler über die Brücke dürfen. „Ich halte die Schließung für sinnvoll“, sagt der junge Polizist.',
    );
    expect(about(r, 'Für uns Pendler')).toMatchObject({ mention: 'Sie', source: 'Eine Frau', kind: 'anonymous' });
    expect(about(r, 'nur Pendler über die Brücke')).toMatchObject({ mention: 'Die Kollegen', source: 'Die Kollegen' });
    expect(about(r, 'Ich halte die Schließung')).toMatchObject({ mention: 'der junge Polizist', source: 'Ein junger Polizist', kind: 'anonymous' });
  });

  it('a phrase in the dative or accusative is whom the words were said to, never who said them', () => {
    const r = read(
      'de',
      'Den Journalisten sagte der Landrat Peter Wendt am Dienstag: „Die Straße bleibt bis Ostern gesperrt.“',
      'Zwei Autozulieferer hätten ihren französischen Mitarbeitern gesagt, sie seien nicht mehr erwünscht.',
      'Der Nachbar wird zum Fremden, den man den Behörden meldet: Denunziantentum nennt man das.',
    );
    expect(about(r, 'Die Straße bleibt bis Ostern')).toMatchObject({ cue: 'sagte', source: 'Peter Wendt' });
    expect(about(r, 'nicht mehr erwünscht')).toMatchObject({ mention: 'Zwei Autozulieferer' });
    expect(about(r, 'Denunziantentum')).toMatchObject({ cue: undefined });
    expect(r.sources.map((s) => s.name)).not.toContain('ihren französischen Mitarbeitern');
    expect(r.sources.map((s) => s.name)).not.toContain('den Behörden');
  });

  it('"sie" beside a plural verb is "they": the group that spoke before, never a woman named earlier', () => {
    const r = read(
      'de',
      'Die Pfleger der Station bestätigen, dass seit Wochen Personal fehlt. Die Ärztin Maria Keller hat die Klinik im Mai verlassen. „Wir arbeiten am Limit“, sagten sie am Abend.',
      'Sie erklärten außerdem, die Schichten seien zu lang.',
    );
    expect(about(r, 'Wir arbeiten am Limit')).toMatchObject({ mention: 'sie', source: 'Die Pfleger der Station', kind: 'anonymous' });
    expect(about(r, 'die Schichten seien zu lang')).toMatchObject({ mention: 'Sie', source: 'Die Pfleger der Station' });
  });

  it('an adjective opening a sentence before its noun makes no name: "Französische Grenzgänger" is no person "er" points to', () => {
    const r = read(
      'de',
      'Französische Grenzgänger dürfen weiter einreisen. Wollen sie aber einkaufen, „droht eine Geldbuße“, erläutert ein Mitarbeiter des Innenministeriums.',
      'Absurd sei das, ärgert er sich.',
    );
    expect(about(r, 'Absurd sei das')).toMatchObject({ mention: 'er', source: 'ein Mitarbeiter des Innenministeriums' });
    expect(r.sources.map((s) => s.name)).not.toContain('Französische Grenzgänger');
  });

  it('"Ein Sprecher der Behörde", "Das Bundesministerium der Justiz": the body after the link is no person named "der Behörde"', () => {
    const r = read(
      'de',
      'Die Staatsanwaltschaft Köln ermittelt seit März. Ein Sprecher der Behörde sagte, es gebe noch keine Ergebnisse.',
      'Das Bundesministerium der Justiz teilte mit, der Entwurf sei fertig. Eine Sprecherin der Polizei sagte, die Straße bleibe gesperrt.',
    );
    expect(about(r, 'keine Ergebnisse')).toMatchObject({ source: 'Ein Sprecher der Behörde', kind: 'anonymous' });
    expect(about(r, 'der Entwurf sei fertig')).toMatchObject({ source: 'Bundesministerium der Justiz', kind: 'organization' });
    expect(about(r, 'die Straße bleibe gesperrt')).toMatchObject({ source: 'Eine Sprecherin der Polizei', kind: 'anonymous' });
    expect(r.sources.filter((s) => s.kind === 'person')).toEqual([]);
  });

  it('whom it was said to is no part of what was said; what a cue is about after "vor", "über", "von" is no one\'s words', () => {
    const r = read(
      'de',
      'Ein Sprecher des Ministeriums bestätigte dem „Spiegel“, dass die Gespräche laufen.',
      'Die Ministerin sagte einem Reporter: „Wir sind bereit.“',
      'Experten warnen vor den Folgen. Der Minister sprach von einem großen Erfolg.',
    );
    expect(r.attributions.find((a) => a.content[0]!.text.includes('die Gespräche laufen'))!.content[0]!.text).toBe('dass die Gespräche laufen');
    expect(about(r, 'Wir sind bereit')).toMatchObject({ cue: 'sagte', source: 'Die Ministerin' });
    expect(about(r, 'den Folgen').cue).toBeUndefined();
    expect(about(r, 'einem großen Erfolg').cue).toBeUndefined();
  });

  it('"Das sagte der Innenminister am Montag.": the sentence before is what the subject after the verb said', () => {
    const r = read('de', 'Die Lage an der Grenze ist ernst. Das sagte der Innenminister am Montag in Berlin.', 'Die Brücke bleibt gesperrt. Dies teilte die Polizei am Abend mit.');
    expect(about(r, 'Die Lage an der Grenze ist ernst')).toMatchObject({ cue: 'sagte', mention: 'der Innenminister' });
    expect(about(r, 'Die Brücke bleibt gesperrt')).toMatchObject({ mention: 'die Polizei', kind: 'organization' });
    expect(r.sources.map((s) => s.name)).not.toContain('Dies');
  });

  it('a quoted phrase of how after "äußert sich" is no one\'s words; a quotation after "sagte" is', () => {
    const r = read('de', 'Das Auswärtige Amt greift zu einem Kniff, es äußert sich „unter drei“. Der Sprecher sagte: „Wir prüfen den Fall.“');
    expect(r.attributions.map((a) => a.content.map((c) => c.text).join(' '))).toEqual(['Wir prüfen den Fall.']);
  });

  it('an outlet\'s name in quotation marks is the outlet ("der „Spiegel“"); "Nach Angaben der Polizei" is the police', () => {
    const r = read(
      'de',
      'Der „Spiegel“ berichtet, die Regierung wolle die Steuer senken.',
      'Nach Angaben der Polizei wurden drei Menschen verletzt. Nach Auskunft der Feuerwehr brannte das Haus bis zum Morgen.',
      '„Wir müssen jetzt handeln“, sagte die Ministerin Anna Roth der „Bild“-Zeitung.',
    );
    expect(about(r, 'die Regierung wolle die Steuer senken')).toMatchObject({ cue: 'berichtet', source: 'Der Spiegel', kind: 'media' });
    expect(about(r, 'drei Menschen verletzt')).toMatchObject({ source: 'Polizei', kind: 'organization' });
    expect(about(r, 'brannte das Haus')).toMatchObject({ cue: 'Nach Auskunft der' });
    expect(about(r, 'Wir müssen jetzt handeln')).toMatchObject({ cue: 'sagte', source: 'Anna Roth' });
    expect(r.attributions.some((a) => a.content.some((c) => c.text === 'Spiegel'))).toBe(false);
  });
});

describe('a long description before a name, set off by a comma', () => {
  it('is the role whole when names and roles make it, and a later description from it points to that person', () => {
    const r = read(
      'es',
      '«Es estratégico», según valoró el miembro del Buró Político y secretario de Organización del Comité Central del Partido Comunista, Roberto Morales Ojeda.',
      'El Primer Secretario del Partido en la provincia de Las Tunas, Manuel René Pérez Gallego, afirmó que el país podrá avanzar mejor.',
      'La firmeza ideológica es pieza clave en un cuadro, analizó el miembro del Buró Político, Roberto Morales Ojeda.',
      'Otros conceptos compartió el Secretario de Organización del Comité Central: el papel de los cuadros es decisivo en el sector empresarial.',
    );
    expect(r.sources.find((s) => s.name === 'Roberto Morales Ojeda')?.role).toBe('el miembro del Buró Político y secretario de Organización del Comité Central del Partido Comunista');
    expect(about(r, 'el papel de los cuadros')).toMatchObject({ source: 'Roberto Morales Ojeda' });
  });

  it('never runs through a verb', () => {
    const r = read('es', 'La diaria consultó al actual intendente de Cerro Largo, José Yurramendi, quien dijo que la obra estará lista en marzo.');
    expect(r.sources.find((s) => s.name === 'José Yurramendi')?.role ?? null).toBeNull();
  });
});

describe('"Pour X, …" and "Para X, …" opening a sentence', () => {
  it.each([
    ['fr', 'Pour le maire de Lyon, la situation est grave.', 'la situation est grave', 'le maire de Lyon'],
    ['fr', 'Pour Anne Martin, la ville doit agir vite.', 'la ville doit agir vite', 'Anne Martin'],
    ['es', 'Para el ministro, la situación es grave.', 'la situación es grave', 'el ministro'],
  ])('%s: is the view of the one named', (lang, text, words, mention) => {
    expect(about(read(lang, text), words)).toMatchObject({ mention });
  });

  it.each([
    ['fr', 'Maître Roche a plaidé une heure. Pour lui, le dossier « ne tient pas ».', 'ne tient pas', 'Roche'],
    ['es', 'Lucía Torres habló tras la votación. Para ella, la reforma llega tarde.', 'la reforma llega tarde', 'Lucía Torres'],
  ])('%s: a pronoun is the view of whoever it points back to', (lang, text, words, source) => {
    expect(about(read(lang, text), words).source).toContain(source);
  });

  it.each([
    ['fr', 'Pour la première fois, la ville ferme ses écoles.'],
    ['fr', 'Il est parti pour Paris la semaine dernière.'],
    ['es', 'Para 2020, la ciudad espera más turistas.'],
  ])('%s: is no one\'s view anywhere else', (lang, text) => {
    expect(read(lang, text).attributions).toEqual([]);
  });
});

describe('"hieß es" and "heißt es"', () => {
  it('are the words of the body named after "aus", "in" or "bei", before or after the cue', () => {
    const r = read('de', 'Die Grenze bleibe vorerst geschlossen, hieß es aus dem Innenministerium.', 'Aus Regierungskreisen hieß es, die Kontrollen würden verschärft.');
    expect(about(r, 'Die Grenze bleibe vorerst geschlossen')).toMatchObject({ cue: 'hieß es', mention: 'dem Innenministerium', kind: 'organization' });
    expect(about(r, 'die Kontrollen würden verschärft')).toMatchObject({ cue: 'hieß es', mention: 'Regierungskreisen' });
  });

  it('keep a quotation with no one named, its source unknown', () => {
    const r = read('de', '„Die Plattformen müssen binnen 24 Stunden handeln“, heißt es in der Einleitung des Entwurfs.');
    expect(r.attributions).toMatchObject([{ cue: { text: 'heißt es' }, sourceId: null, type: 'direct' }]);
  });
});

describe('"…, so X." with no quotation', () => {
  it('reports the clause before the comma, in either mood', () => {
    const r = read('de', 'Die Lage an der Grenze sei ernst, so die Ministerin.', 'Die Händler verlieren jeden Tag Geld, so Anna Weber vom Handelsverband.');
    expect(about(r, 'Die Lage an der Grenze sei ernst')).toMatchObject({ cue: 'so', mention: 'die Ministerin' });
    expect(about(r, 'Die Händler verlieren jeden Tag Geld')).toMatchObject({ cue: 'so', source: 'Anna Weber' });
  });

  it('is no cue as a conjunction ("so dass")', () => {
    expect(read('de', 'Er kam sehr spät, so dass wir lange warten mussten.').attributions).toEqual([]);
  });
});

describe('a noun for a body written in the name\'s run before it', () => {
  it('makes the name an organization\'s, the noun its role ("der Autozulieferer ZF")', () => {
    const r = read('de', 'Der Autozulieferer ZF teilte mit, das Werk bleibe offen.');
    expect(about(r, 'das Werk bleibe offen')).toMatchObject({ source: 'ZF', kind: 'organization' });
    expect(r.sources[0]!.role).toBe('Autozulieferer');
  });

  it('whether the name is an acronym or a word ("die Gewerkschaft Verdi", "die Gewerkschaft IG Metall")', () => {
    const r = read('de', 'Die Gewerkschaft Verdi sagte, die Löhne seien zu niedrig.', 'Die Gewerkschaft IG Metall erklärte, sie werde streiken.');
    expect(about(r, 'die Löhne seien zu niedrig')).toMatchObject({ source: 'Verdi', kind: 'organization' });
    expect(about(r, 'sie werde streiken')).toMatchObject({ source: 'IG Metall', kind: 'organization' });
    expect(r.sources.map((s) => s.role)).toEqual(['Gewerkschaft', 'Gewerkschaft']);
  });
});

describe('German reported speech carried on by its mood (Konjunktiv I)', () => {
  it('"veröffentlichte eine Pressemitteilung: Nun seien …": a document its subject issued, a colon, a clause in that mood', () => {
    const r = read(
      'de',
      'Der Autozulieferer ZF veröffentlichte am Freitag eine Pressemitteilung: Nun seien auch die Franzosen wieder willkommen. Man könne wieder gemeinsam planen.',
      'Die Stadt hat einen Brief: Er liegt auf dem Tisch.',
    );
    expect(about(r, 'Nun seien auch die Franzosen')).toMatchObject({ cue: 'Pressemitteilung:', mention: 'Der Autozulieferer ZF', source: 'ZF', kind: 'organization' });
    expect(r.attributions.find((a) => a.cue.text === 'Pressemitteilung:')!.content.map((c) => c.text)).toEqual(['Nun seien auch die Franzosen wieder willkommen', 'Man könne wieder gemeinsam planen']);
    const ministry = read('de', 'Das Ministerium verschickte am Montag eine Erklärung: Die Grenze bleibe vorerst geschlossen.');
    expect(about(ministry, 'Die Grenze bleibe')).toMatchObject({ cue: 'Erklärung:', source: 'Das Ministerium' });
    expect(about(r, 'Er liegt auf dem Tisch').cue).toBeUndefined();
    expect(r.sources.find((s) => s.name === 'ZF')!.role).toBe('Autozulieferer');
  });

  it('continues the statement over the sentences after it, and stops at one in the indicative', () => {
    const r = read(
      'de',
      'Der Innenminister sagte, die Grenze bleibe vorerst geschlossen. Sie werde erst im Mai wieder geöffnet. Das sei mit Paris abgesprochen. Die Händler in der Stadt sind wütend.',
    );
    expect(r.attributions).toHaveLength(1);
    expect(r.attributions[0]!.content.map((c) => c.text)).toEqual(['die Grenze bleibe vorerst geschlossen', 'Sie werde erst im Mai wieder geöffnet', 'Das sei mit Paris abgesprochen']);
  });

  it('leaves a clause after a colon in another\'s words to that other, not to the report before', () => {
    const r = read('de', 'Firmen hätten ihren Mitarbeitern gesagt, sie seien nicht erwünscht. ZF veröffentlichte am Freitag eine Pressemitteilung: Nun seien auch die Franzosen wieder willkommen.');
    expect(r.attributions.find((a) => a.cue.text === 'gesagt')!.content.map((c) => c.text)).toEqual(['sie seien nicht erwünscht']);
    expect(about(r, 'Franzosen')).toMatchObject({ cue: 'Pressemitteilung:', source: 'ZF' });
  });

  it('reports it with a verb and a pronoun after a comma at the sentence\'s end ("…, ärgert er sich")', () => {
    const r = read('de', 'Ein Mitarbeiter des Innenministeriums steht am Zaun.', 'Teilweise absurd sei, was da gerade geschehe, ärgert er sich.');
    expect(about(r, 'Teilweise absurd sei')).toMatchObject({ cue: 'ärgert', mention: 'er' });
  });
});

describe('the writer\'s own act in a clause of when or as', () => {
  it('is no one\'s words, not the last speaker\'s', () => {
    const r = read('de', '„Wir bleiben hier“, sagte der Bürgermeister.', 'Ein junger Polizist wird knallrot, als wir sagen, dass sie ziemlich viele auf engem Raum sind.');
    expect(r.attributions.map((a) => a.cue.text)).toEqual(['sagte']);
  });

  it('leaves the quotation after it to whom the sentence is about, not to the last speaker', () => {
    const de = read(
      'de',
      '„Wir bleiben hier“, sagte der Bürgermeister.',
      'An der Brücke stehen vier Wagen. Ein junger Polizist wird knallrot, als wir sagen, dass sie ziemlich viele sind. „Das ist normalerweise nicht so, wir haben uns zufällig getroffen.“ Die anderen fahren ab.',
    );
    expect(about(de, 'Das ist normalerweise')).toMatchObject({ cue: '', source: 'Ein junger Polizist', kind: 'anonymous' });
    const en = read(
      'en',
      '"We are staying," the mayor said.',
      'Four police cars stood at the bridge. A young officer turned red when we said there were a lot of them. "This is not normal, we just met by chance." The others soon drove off.',
    );
    expect(about(en, 'This is not normal')).toMatchObject({ cue: '', source: 'A young officer', kind: 'anonymous' });
  });
});

describe('a day between an inverted cue and its speaker', () => {
  it.each([
    ['fr', '« Nous ne paierons pas », a déclaré jeudi le maire de Lyon.', 'Nous ne paierons pas', 'le maire'],
    ['es', 'La obra estará lista en marzo, dijo el lunes el intendente de la ciudad.', 'La obra estará lista', 'el intendente'],
    ['de', 'Das Gesetz sei verfassungswidrig, sagte am Montag der Innenminister des Landes.', 'Das Gesetz sei verfassungswidrig', 'der Innenminister'],
  ])('%s: is skipped to the speaker', (lang, text, words, mention) => {
    expect(about(read(lang, text), words).mention).toContain(mention);
  });
});

describe('a few words of how, a colon, then the quotation', () => {
  it('the quotation is the content, and "so" before the colon is no second cue ("begründet das so: „…“")', () => {
    const de = read('de', 'Der saarländische Innenminister Klaus Bouillon begründet das so: „Grenzschutz ist Menschenschutz.“');
    expect(de.attributions).toHaveLength(1);
    expect(about(de, 'Grenzschutz')).toMatchObject({ cue: 'begründet', source: 'Klaus Bouillon' });
    expect(de.attributions[0]!.content.map((c) => c.text)).toEqual(['Grenzschutz ist Menschenschutz.']);
    expect(de.attributions[0]!.type).toBe('direct');
    const en = read('en', 'Senator Ann Cole said of the governor: "He is a good man, but he is wrong on this."', 'Her aide explained it this way: "We will not vote for the bill."');
    expect(en.attributions.map((a) => [a.cue.text, a.type, a.content.map((c) => c.text)])).toEqual([
      ['said', 'direct', ['He is a good man, but he is wrong on this.']],
      ['explained', 'direct', ['We will not vote for the bill.']],
    ]);
  });
});

describe('French', () => {
  it('"Selon lui", "Selon le maire", "D’après le préfet": the person named before by pronoun or role, and no one else', () => {
    const r = read(
      'fr',
      'Le maire de Lyon, Grégory Doucet, a présenté son plan lundi.',
      'Selon lui, « la ville doit changer ».',
      'D’après le préfet, la circulation sera fermée pendant deux jours.',
      'Selon le maire, les travaux commenceront en mars.',
    );
    expect(about(r, 'la ville doit changer')).toMatchObject({ cue: 'Selon', mention: 'lui', source: 'Grégory Doucet' });
    expect(about(r, 'la circulation sera fermée')).toMatchObject({ cue: 'D’après', source: 'le préfet', kind: 'anonymous' });
    expect(about(r, 'les travaux commenceront')).toMatchObject({ cue: 'Selon', mention: 'le maire', source: 'Grégory Doucet' });
    expect(r.sources.find((s) => s.name === 'Grégory Doucet')!.role).toBe('Le maire de Lyon');
  });

  it('"Pour X, role, « … »": the role set off after the name is no part of the content', () => {
    const fr = read('fr', 'Pour Jean Dupont, adjoint au maire, « c’est une bonne nouvelle pour le quartier ».');
    expect(fr.attributions.map((a) => [a.type, a.content.map((c) => c.text)])).toEqual([['direct', ['c’est une bonne nouvelle pour le quartier']]]);
    expect(fr.sources[0]).toMatchObject({ name: 'Jean Dupont', role: 'adjoint au maire' });
    const es = read('es', 'Para Juan Pérez, concejal de Montevideo, «es una buena noticia para el barrio».');
    expect(es.attributions.map((a) => [a.type, a.content.map((c) => c.text)])).toEqual([['direct', ['es una buena noticia para el barrio']]]);
    expect(es.sources[0]).toMatchObject({ name: 'Juan Pérez', role: 'concejal de Montevideo' });
  });

  it('a participle opening the sentence before its subject is no speaker ("Contactée par …, la ministre …")', () => {
    const r = read('fr', 'Contactée par Le Courrier, la ministre a refusé de commenter : « Nous verrons bien au printemps. »');
    expect(about(r, 'Nous verrons bien')).toMatchObject({ mention: 'la ministre' });
  });

  it('a body named in its complement is that body, not the one named before ("le ministère de l’Intérieur")', () => {
    const r = read(
      'fr',
      'Le ministère des Armées a publié jeudi un premier bilan des opérations dans la région.',
      'Environ 2 000 personnes ont été évacuées vers la côte, selon le ministère de l’Intérieur.',
    );
    expect(about(r, 'Environ 2 000 personnes')).toMatchObject({ cue: 'selon', source: 'le ministère de l’Intérieur', kind: 'organization' });
  });

  it('"a déclaré", "a expliqué": the auxiliary "a" is no article', () => {
    const r = read('fr', 'Une enquête a été ouverte en juillet, mois au cours duquel Muriel Pénicaud a déclaré qu’elle n’avait « rien à se reprocher ».');
    expect(about(r, 'rien à se reprocher')).toMatchObject({ cue: 'a déclaré', source: 'Muriel Pénicaud' });
  });

  it('a quotation after a word with an English verb ending is no attribution: "Quelques jours plus tard … « complicité … »"', () => {
    const r = read(
      'fr',
      'Quelques jours plus tard, c’est Michel Mercier, ancien ministre de la Justice, qui est mis en examen pour « complicité de détournement de fonds publics ».',
      'S’il fallait retenir qu’une seule promesse du candidat, la « moralisation de la vie publique » décrocherait la palme.',
    );
    expect(r.attributions).toEqual([]);
    expect(r.sources).toEqual([]);
  });

  it('the agent of a passive cue is the source: "est accusé de viol par deux femmes"', () => {
    const r = read('fr', 'Fin 2017, le ministre des Comptes publics est accusé de viol et d’abus de faiblesse par deux femmes.');
    expect(about(r, 'de viol et d’abus de faiblesse')).toMatchObject({ cue: 'accusé', mention: 'deux femmes', source: 'deux femmes', kind: 'anonymous' });
    expect(r.sources.map((x) => x.name)).toEqual(['deux femmes']);
  });

  it('"selon X : «…»": the quotation after the colon goes on with X\'s attribution; "peut-on lire dans le quotidien du soir" is the outlet named before', () => {
    const r = read(
      'fr',
      'Gluten et lactose seraient néfastes pour le ventre, selon le naturopathe Olivier Panisset : « ces macroprotéines abîment l’intestin ».',
      'En septembre, Le Monde révèle qu’une autre enquête est ouverte. Le député est soupçonné de « détournement de fonds publics », peut-on lire dans le quotidien du soir.',
    );
    const a = r.attributions.find((x) => x.cue.text === 'selon')!;
    expect(a.type).toBe('mixed');
    expect(a.content.some((c) => c.text.includes('ces macroprotéines abîment'))).toBe(true);
    expect(r.sources.map((x) => x.name)).not.toContain('Gluten');
    expect(about(r, 'Le député est soupçonné')).toMatchObject({ source: 'Le Monde', kind: 'media' });
  });

  it('"le porte-parole du ministère", "L’avocat du ministre a, quant à lui, annoncé", "résume quant à elle X", "via l’AFP"', () => {
    const r = read(
      'fr',
      'Le juge a refusé la demande, a-t-il expliqué.',
      'Le porte-parole du ministère a annoncé que la réforme serait présentée en mars.',
      'L’avocat du ministre a, quant à lui, annoncé l’intention de son client de porter plainte.',
      '« Le sommeil compte autant que l’alimentation », résume quant à elle Claire Morel, professeure de nutrition.',
      'En novembre, on apprend via l’AFP que la cour va réexaminer le dossier.',
    );
    expect(about(r, 'la réforme serait présentée')).toMatchObject({ mention: 'Le porte-parole du ministère', source: 'Le porte-parole du ministère' });
    expect(about(r, 'porter plainte')).toMatchObject({ cue: 'annoncé', mention: 'L’avocat du ministre', source: 'L’avocat du ministre', kind: 'anonymous' });
    expect(about(r, 'Le sommeil compte')).toMatchObject({ mention: 'Claire Morel', source: 'Claire Morel' });
    expect(about(r, 'la cour va réexaminer')).toMatchObject({ mention: 'l’AFP', source: 'AFP', kind: 'media' });
  });

  it('a body\'s name in sentence case goes on past its capitalised word: "selon le Syndicat mixte du bassin de la Lorette"', () => {
    const r = read('fr', 'Près de 300 habitants ont été évacués dans la nuit, selon le Syndicat mixte du bassin de la Lorette.');
    expect(about(r, 'Près de 300 habitants')).toMatchObject({ cue: 'selon', mention: 'le Syndicat mixte du bassin de la Lorette', source: 'Syndicat mixte du bassin de la Lorette', kind: 'organization' });
  });

  it('"peut-on lire dans Les Échos", "on lit sur Le Point que": the outlet one reads in is the source', () => {
    const r = read(
      'fr',
      '« Au total, une douzaine de responsables du parti ont été mis en examen », peut-on lire dans Les Échos.',
      'Le 24 octobre, on lit sur Le Point que le parquet national financier a ouvert une enquête contre le directeur de cabinet.',
      'Mediapart publie un article sur ce député. Il est « visé par une enquête préliminaire pour concussion », peut-on lire.',
    );
    expect(about(r, 'une douzaine de responsables')).toMatchObject({ cue: 'peut-on lire dans', mention: 'Les Échos', source: 'Les Échos', kind: 'media' });
    expect(about(r, 'le parquet national financier a ouvert')).toMatchObject({ cue: 'on lit sur', mention: 'Le Point', source: 'Le Point' });
    expect(about(r, 'visé par une enquête préliminaire')).toMatchObject({ cue: 'peut-on lire', source: 'Mediapart' });
  });
});

describe('a cue set inside its quotation', () => {
  /** The attribution whose content holds the words: its source, cue and content spans. */
  function whole(report: Report, words: string) {
    const a = report.attributions.find((x) => x.content.some((c) => c.text.includes(words)));
    return { ...about(report, words), content: a?.content.map((c) => c.text) ?? [] };
  }

  it('between dashes (Spanish, German, English): one attribution holding the words on both sides', () => {
    const es = read('es', 'El ministro habló ayer en Madrid.', '«La situación –dijo Juan García, ministro de Economía– es grave y exige medidas».');
    expect(whole(es, 'La situación')).toMatchObject({ cue: 'dijo', source: 'Juan García', content: ['La situación', 'es grave y exige medidas'] });
    expect(es.sources[0]!.role).toBe('ministro de Economía');
    const de = read('de', 'Die Stadt hat am Montag getagt.', '„Die Lage – sagte Anna Schmidt – ist ernst, und wir müssen handeln.“');
    expect(whole(de, 'Die Lage')).toMatchObject({ cue: 'sagte', source: 'Anna Schmidt', content: ['Die Lage', 'ist ernst, und wir müssen handeln.'] });
    const en = read('en', 'The council met on Monday.', '“The plan — said Mayor John Smith — is dead, and we will start again.”');
    expect(whole(en, 'The plan')).toMatchObject({ cue: 'said', source: 'John Smith', content: ['The plan', 'is dead, and we will start again.'] });
  });

  it('between commas (French), with the perfect\'s helper or the pronoun on the verb', () => {
    const r = read(
      'fr',
      'Le conseil municipal s’est réuni lundi.',
      '« La situation, a déclaré le ministre, est grave et exige des mesures. »',
      'Marie Dupont est arrivée plus tard. « Nous sommes prêts, explique-t-elle, à tout faire pour la ville. »',
    );
    expect(whole(r, 'La situation')).toMatchObject({ cue: 'a déclaré', source: 'le ministre', content: ['La situation', 'est grave et exige des mesures.'] });
    expect(whole(r, 'Nous sommes prêts')).toMatchObject({ cue: 'explique-t-elle', source: 'Marie Dupont', content: ['Nous sommes prêts', 'à tout faire pour la ville.'] });
  });

  it('a phrase naming a thing between dashes is no cue; a quotation never closed ends at its cue', () => {
    const r = read('en', 'The council met on Monday.', '“The plan – called Operation Shield – will start soon,” Smith said.');
    expect(whole(r, 'The plan')).toMatchObject({ cue: 'said', source: 'Smith', content: ['The plan – called Operation Shield – will start soon,'] });
    const open = read('en', 'Families were left alone.', '"There was not a lot of help for adoptive parents in those years, said Ann Kessel, whose group is pushing for new bills.');
    expect(whole(open, 'There was not')).toMatchObject({ cue: 'said', source: 'Ann Kessel', content: ['There was not a lot of help for adoptive parents in those years'] });
  });

  it('a description of a woman is not the man who spoke before ("—afirmó la alcaldesa—")', () => {
    const r = read('es', '«La situación –dijo Juan García– es grave».', '«Lo que pasa —afirmó la alcaldesa— es que no hay dinero».');
    expect(whole(r, 'Lo que pasa')).toMatchObject({ cue: 'afirmó', source: 'la alcaldesa', kind: 'anonymous' });
  });
});

describe('verbs of saying in every form the press writes', () => {
  it('Spanish: present, preterite and imperfect of regular and stem-changing verbs', () => {
    const r = read(
      'es',
      'Los expertos advierten que la sequía durará hasta marzo.',
      'La ministra Ana Gómez recalcó que el plan sigue en pie.',
      'Los vecinos denunciaron que el agua llega turbia desde hace semanas.',
      'Los técnicos de la presa explicaban a los expertos que la obra resiste sin problemas.',
      'El alcalde Juan Ruiz insistía en que la obra terminaría pronto.',
    );
    expect(about(r, 'la sequía durará')).toMatchObject({ cue: 'advierten', source: 'Los expertos', kind: 'anonymous' });
    expect(about(r, 'el plan sigue en pie')).toMatchObject({ cue: 'recalcó', source: 'Ana Gómez', kind: 'person' });
    expect(about(r, 'el agua llega turbia')).toMatchObject({ cue: 'denunciaron', source: 'Los vecinos' });
    expect(about(r, 'la obra terminaría pronto')).toMatchObject({ cue: 'insistía', source: 'Juan Ruiz' });
  });

  it('French: the present plural, a verb inverted with its pronoun, and verbs that cue only a quotation', () => {
    const r = read(
      'fr',
      'Les syndicats dénoncent une réforme injuste pour les salariés.',
      'Les enquêteurs précisent que le suspect a été interpellé mardi.',
      'Marie Dubois est arrivée tôt. « Nous ne céderons pas », rétorque-t-elle.',
      'Paul Martin a visité le chantier. « Le projet coûtera cher », glisse le maire.',
      'Le maire glisse une enveloppe dans la boîte.',
    );
    expect(about(r, 'une réforme injuste')).toMatchObject({ cue: 'dénoncent', source: 'Les syndicats' });
    expect(about(r, 'le suspect a été interpellé')).toMatchObject({ cue: 'précisent', source: 'Les enquêteurs' });
    expect(about(r, 'Nous ne céderons pas')).toMatchObject({ cue: 'rétorque-t-elle', source: 'Marie Dubois' });
    expect(about(r, 'Le projet coûtera cher')).toMatchObject({ cue: 'glisse', source: 'Paul Martin' });
    expect(about(r, 'une enveloppe')).toMatchObject({ cue: undefined });
  });

  it('German: weak verbs in every tense, and separable verbs written as one word', () => {
    const r = read(
      'de',
      'Der Sprecher Jan Maier entgegnete, die Zahlen seien falsch.',
      'Die Ärztin Eva Schulz schilderte, wie die Nacht verlaufen sei.',
      'Die Gewerkschaften bemängeln, dass die Löhne zu niedrig seien.',
      'Die Stadt bleibt dabei, wie der Bürgermeister Klaus Berg am Dienstag bekanntgab.',
    );
    expect(about(r, 'die Zahlen seien falsch')).toMatchObject({ cue: 'entgegnete', source: 'Jan Maier', kind: 'person' });
    expect(about(r, 'wie die Nacht verlaufen sei')).toMatchObject({ cue: 'schilderte', source: 'Eva Schulz' });
    expect(about(r, 'die Löhne zu niedrig seien')).toMatchObject({ cue: 'bemängeln', source: 'Die Gewerkschaften' });
    expect(about(r, 'Die Stadt bleibt dabei')).toMatchObject({ cue: 'bekanntgab', source: 'Klaus Berg' });
  });
});

describe('German subjects with phrases of their own', () => {
  it('a noun for people before a genitive heads it: "ein Sprecher der Stadt" is an unnamed source, not the city', () => {
    const r = read('de', 'Ein Sprecher der Stadt sagte, die Straße bleibe gesperrt.');
    expect(about(r, 'die Straße bleibe gesperrt')).toMatchObject({ mention: 'Ein Sprecher der Stadt', kind: 'anonymous' });
  });

  it('phrases of time and place between the subject of "wie" and its verb are no subject', () => {
    const r = read(
      'de',
      'Wie die Polizei am Montag mitteilte, bleibt die Brücke gesperrt.',
      'Der Verkehr wird umgeleitet, wie ein Sprecher der Polizei am Montag in Köln mitteilte.',
    );
    expect(about(r, 'bleibt die Brücke gesperrt')).toMatchObject({ cue: 'mitteilte', mention: 'die Polizei' });
    expect(about(r, 'Der Verkehr wird umgeleitet')).toMatchObject({ cue: 'mitteilte', mention: 'ein Sprecher der Polizei', kind: 'anonymous' });
  });

  it('a place after the subject\'s noun is part of it, not the speaker ("Der Chef der Firma aus München")', () => {
    const r = read('de', 'Der Chef der Firma aus München sagte, das Werk werde geschlossen.');
    expect(about(r, 'das Werk werde geschlossen')).toMatchObject({ mention: 'Der Chef der Firma aus München', kind: 'anonymous' });
  });

  it('a sentence opened by a long phrase of prepositions has its subject after the verb', () => {
    const r = read('de', 'In einem Interview mit der Zeitung sagte der Minister, er werde nicht zurücktreten.');
    expect(about(r, 'er werde nicht zurücktreten')).toMatchObject({ cue: 'sagte', mention: 'der Minister' });
  });
});

describe('German clauses and titles the wire writes every day', () => {
  it('a reported clause set off by a comma may open with a phrase of when or where ("sagte, in der Nacht sei …")', () => {
    const r = read('de', 'Polizeisprecherin Anna Berg sagte, in der Nacht sei niemand verletzt worden.', 'Die Feuerwehr teilte mit, im Februar habe es in dem Haus schon einmal gebrannt.');
    expect(about(r, 'in der Nacht sei niemand verletzt worden')).toMatchObject({ cue: 'sagte', source: 'Anna Berg', role: 'Polizeisprecherin' });
    expect(about(r, 'im Februar habe es')).toMatchObject({ cue: 'teilte', mention: 'Die Feuerwehr' });
  });

  it('"Dr." and "z.B." keep their period: "sagte Studienleiterin Dr. Katrin Albers" names her, "Dr." no role', () => {
    const r = read('de', '„Die Lage ist ernst“, sagte Studienleiterin Dr. Katrin Albers.', '„Wir brauchen mehr Geld“, sagte Dr. Anna Berg, z.B. für Personal.');
    expect(about(r, 'Die Lage ist ernst')).toMatchObject({ source: 'Katrin Albers', kind: 'person', role: 'Studienleiterin' });
    expect(about(r, 'Wir brauchen mehr Geld')).toMatchObject({ source: 'Anna Berg', kind: 'person', role: null });
  });
});

describe('a verb of saying whose other sense takes a plain object', () => {
  it('reports a clause or a quotation, never the object of that other sense', () => {
    const de = read('de', 'Die Firmen versichern ihre Autos bei der Allianz.', 'Die Experten versichern, die Zahlen seien richtig.', 'Der Kunde schätzte den Service sehr.');
    expect(de.attributions.map((a) => a.cue.text)).toEqual(['versichern']);
    expect(about(de, 'die Zahlen seien richtig')).toMatchObject({ source: 'Die Experten' });
    const fr = read('fr', 'Les habitants saluent les soldats au passage.', 'Les pompiers lancent une opération de secours.', 'Enfin, le ministre assure qu’une alimentation trop sucrée appauvrit le microbiote.');
    expect(fr.attributions.map((a) => a.cue.text)).toEqual(['assure']);
    const es = read('es', 'Los vecinos aseguran sus casas contra incendios.', 'Los vecinos aseguran que el agua llega turbia.', 'El gobierno adelantó el viaje del ministro.');
    expect(es.attributions.map((a) => a.cue.text)).toEqual(['aseguran']);
    expect(about(es, 'el agua llega turbia')).toMatchObject({ source: 'Los vecinos' });
  });
});

describe('unnamed sources with a participle and its agent after them', () => {
  it('are the sources, not the outlet that consulted them', () => {
    const es = read('es', 'Fuentes oficiales consultadas por este diario señalaron que el acuerdo está cerca.');
    expect(about(es, 'el acuerdo está cerca')).toMatchObject({ cue: 'señalaron', mention: 'Fuentes oficiales consultadas por este diario', kind: 'anonymous' });
    const fr = read('fr', 'Des experts interrogés par le journal estiment que l’accord est proche.');
    expect(about(fr, 'l’accord est proche')).toMatchObject({ mention: 'Des experts interrogés par le journal', kind: 'anonymous' });
    const en = read('en', 'Officials quoted by Reuters said the deal was close.');
    expect(about(en, 'the deal was close')).toMatchObject({ mention: 'Officials quoted by Reuters', kind: 'anonymous' });
  });
});

describe('Spanish impersonal "se" with a verb of saying', () => {
  it('is the words of the document or body named after "en"', () => {
    const r = read(
      'es',
      '«Se desarrollaron acciones de formación», se lee en el documento.',
      'En el informe del ministerio se señala que la inflación bajó en marzo.',
    );
    expect(about(r, 'Se desarrollaron acciones')).toMatchObject({ cue: 'se lee', mention: 'el documento' });
    expect(about(r, 'la inflación bajó')).toMatchObject({ cue: 'se señala', mention: 'el informe del ministerio' });
  });
});

describe('a German description of one person after an unnamed one', () => {
  it('is that person only by the same noun', () => {
    const r = read('de', 'Ein Sprecher sagte, die Lage sei ernst.', 'Die Ministerin sagte, man werde handeln.', 'Der Sprecher sagte später, die Brücke bleibe zu.');
    expect(about(r, 'man werde handeln')).toMatchObject({ source: 'Die Ministerin', kind: 'anonymous' });
    expect(about(r, 'die Brücke bleibe zu')).toMatchObject({ source: 'Ein Sprecher' });
  });
});

describe('an unnamed source after its cue', () => {
  it('keeps the complement that says whose or which, not a phrase of to whom', () => {
    const fr = read('fr', '« Tout est prêt », assure une source proche du dossier.', '« Rien ne bouge », affirme un responsable de la police.', '« On attend », affirme une source gouvernementale à l’AFP.');
    expect(about(fr, 'Tout est prêt')).toMatchObject({ mention: 'une source proche du dossier', kind: 'anonymous' });
    expect(about(fr, 'Rien ne bouge')).toMatchObject({ mention: 'un responsable de la police' });
    expect(about(fr, 'On attend')).toMatchObject({ mention: 'une source gouvernementale' });
    const en = read('en', '“All set,” said a source close to the investigation.', '“Not yet,” said an official in a statement.');
    expect(about(en, 'All set')).toMatchObject({ mention: 'a source close to the investigation' });
    expect(about(en, 'Not yet')).toMatchObject({ mention: 'an official' });
  });
});

describe('German word order around the verb', () => {
  it('a separable verb\'s particle closes its clause: the words after its comma or colon are reported', () => {
    const r = read(
      'de',
      'Siemens teilte mit, das Werk bleibe offen.',
      'Die Firma kündigte am Montag an, die Preise zu senken.',
      'Am Dienstag teilte die Stadt mit, die Brücke werde gesperrt.',
    );
    expect(about(r, 'das Werk bleibe offen')).toMatchObject({ cue: 'teilte', source: 'Siemens' });
    expect(r.attributions.map((a) => a.content[0]!.text)).toEqual(['das Werk bleibe offen', 'die Preise zu senken', 'die Brücke werde gesperrt']);
  });

  it('an adverb opening the sentence is no subject: the pronoun or name after the verb speaks', () => {
    const r = read(
      'de',
      'Anna Roth kam spät zur Sitzung.',
      'Danach sagte sie, die Lage sei ernst.',
      'Anschließend erklärte der Bürgermeister Klaus Berg, man werde handeln.',
      'Trotzdem betonte sie, die Stadt sei vorbereitet.',
    );
    expect(about(r, 'die Lage sei ernst')).toMatchObject({ mention: 'sie', source: 'Anna Roth' });
    expect(about(r, 'man werde handeln')).toMatchObject({ source: 'Klaus Berg' });
    expect(about(r, 'die Stadt sei vorbereitet')).toMatchObject({ mention: 'sie', source: 'Anna Roth' });
    expect(r.sources.map((s) => s.name).sort()).toEqual(['Anna Roth', 'Klaus Berg']);
  });
});

describe('a day between the cue and what follows', () => {
  it('is neither the content nor part of the speaker\'s name ("a estimé mardi qu’il …", "a affirmé mardi Marie Dubois")', () => {
    const r = read('fr', 'Le Premier ministre a estimé mardi qu’il fallait agir vite.', '« Nous sommes prêts », a affirmé mardi Marie Dubois, la maire de Lyon.');
    expect(about(r, 'il fallait agir vite')).toMatchObject({ cue: 'a estimé', mention: 'Le Premier ministre' });
    expect(r.attributions[0]!.content.map((c) => c.text)).toEqual(['qu’il fallait agir vite']);
    expect(about(r, 'Nous sommes prêts')).toMatchObject({ mention: 'Marie Dubois', source: 'Marie Dubois' });
  });
});

describe('German words between a cue and what it reports', () => {
  it('a reflexive pronoun and "zudem" are passed over; "äußerte sich am Montag" reports nothing', () => {
    const r = read(
      'de',
      'Facebook äußerte sich am Montag.',
      'Facebook betont zudem, die geplanten Bußgelder seien zu hoch.',
      'Die Ministerin sagte am Dienstag im Landtag, die Brücke sei marode.',
    );
    expect(r.attributions.map((a) => a.content[0]!.text)).toEqual(['die geplanten Bußgelder seien zu hoch', 'die Brücke sei marode']);
  });

  it('"Das Unternehmen von Mark Zuckerberg" is the company, not the person after "von"', () => {
    const r = read('de', 'Facebook kommentierte den Entwurf: „Der Staat darf sich nicht entziehen.“', 'Das Unternehmen von Mark Zuckerberg kritisiert zudem, dass die Bußgelder zu hoch seien.');
    expect(about(r, 'die Bußgelder zu hoch')).toMatchObject({ mention: 'Das Unternehmen von Mark Zuckerberg', source: 'Facebook', kind: 'organization' });
  });
});

describe('French and Spanish: an inverted cue after a place and a participle phrase', () => {
  it('takes the role after the cue with its complement as the speaker', () => {
    const fr = read('fr', 'Un troisième Français a été tué samedi au Népal, emporté par une avalanche, a déclaré jeudi le ministre des Affaires étrangères.');
    expect(about(fr, 'Un troisième Français')).toMatchObject({ cue: 'a déclaré', mention: 'le ministre des Affaires étrangères', kind: 'anonymous' });
    const es = read('es', 'Un tercer francés murió en Nepal, arrastrado por una avalancha, dijo el ministro de Exteriores.', '«Es estratégico», dijo el miembro del Buró Político, Roberto Morales Ojeda.');
    expect(about(es, 'Un tercer francés')).toMatchObject({ cue: 'dijo', mention: 'el ministro de Exteriores' });
    expect(about(es, 'Es estratégico')).toMatchObject({ mention: 'Roberto Morales Ojeda', source: 'Roberto Morales Ojeda' });
  });
});

describe('French names and descriptions', () => {
  it('"de" written into a capitalised word goes on with the name; a body after "le" is an organization', () => {
    const r = read('fr', '2 209 Français ont été localisés sains et saufs, selon le Quai d’Orsay.');
    expect(about(r, 'localisés sains et saufs')).toMatchObject({ cue: 'selon', source: 'Quai d’Orsay', kind: 'organization' });
  });

  it('a lower-case word with its article written in opens no name ("L’avis de la CNCTR")', () => {
    const r = read('fr', 'L’avis de la CNCTR ne sera pas contraignant. Les agents pourraient solliciter la CNCTR, voire le premier ministre.', 'La ministre de la justice, Christiane Taubira, était défavorable à cette disposition. Pour la ministre, cette innovation va dénaturer le renseignement.');
    expect(r.sources.map((s) => s.name)).toEqual(['Christiane Taubira']);
    expect(about(r, 'cette innovation')).toMatchObject({ cue: 'Pour', mention: 'la ministre', source: 'Christiane Taubira' });
    expect(r.sources[0]!.role).toBe('La ministre de la justice');
  });

  it('what a subject might say after "si" is not said; "Si bien admitió" (although) is', () => {
    const fr = read('fr', 'La commission pourra saisir le Conseil d’Etat si elle estime que la loi n’est pas respectée.');
    expect(fr.attributions).toEqual([]);
    const es = read('es', 'José Yurramendi habló con este diario. Si bien admitió que aún no tienen un número exacto, afirmó que tiene que ser más concreta.');
    expect(es.attributions.map((a) => a.cue.text)).toEqual(['admitió', 'afirmó']);
  });
});

describe('unnamed people, in each language', () => {
  it.each([
    ['es', 'Consultada sobre el tema, una fuente de los servicios nos la resumió así: «La estrategia es realizar sabotajes y mucha prensa».', 'La estrategia es realizar', 'una fuente de los servicios'],
    ['es', 'Una vecina nos contó que el agua llegó hasta el techo de la casa.', 'el agua llegó hasta el techo', 'Una vecina'],
    ['fr', 'Un voisin nous a dit que l’eau est montée jusqu’au toit de la maison.', 'l’eau est montée', 'Un voisin'],
    ['fr', 'Des étudiants ont raconté que les cours étaient annulés depuis lundi.', 'les cours étaient annulés', 'Des étudiants'],
    ['de', 'Ein Nachbar sagte, das Wasser sei bis zum Dach gestiegen.', 'das Wasser sei bis zum Dach', 'Ein Nachbar'],
    ['de', 'Mehrere Schüler berichteten, der Unterricht sei seit Montag ausgefallen.', 'der Unterricht sei seit Montag', 'Mehrere Schüler'],
    ['fr', 'La maire l’a confirmé mardi : « Le pont ouvrira en mai. »', 'Le pont ouvrira en mai', 'La maire'],
    ['fr', 'Selon elle, le directeur m’a dit que tout allait bien.', 'tout allait bien', 'le directeur'],
  ])('%s: "%s" is an unnamed source, past the object pronouns before the verb', (lang, text, words, source) => {
    expect(about(read(lang, text), words)).toMatchObject({ source, mention: source, kind: 'anonymous' });
  });
});

describe('a document issued by a body the article does not name', () => {
  it('is the body\'s words: "indique un communiqué de la préfecture"', () => {
    expect(about(read('fr', '« La situation est sous contrôle », indique un communiqué de la préfecture.'), 'La situation est sous contrôle')).toMatchObject({ source: 'la préfecture', kind: 'organization' });
  });
});

describe('a person named once, then called by a role', () => {
  it('German: "der Minister" after "Bundesgesundheitsminister Karl Lauterbach", "Die Sprecherin" after "Anna Berg, Sprecherin der Stadtwerke"', () => {
    const r = read(
      'de',
      'Bundesgesundheitsminister Karl Lauterbach stellte die Studie am Montag vor. Die Politik müsse handeln, sagte der Minister.',
      'Anna Berg, Sprecherin der Stadtwerke, sagte: „Wir prüfen das.“ Die Sprecherin betonte, man nehme die Sorgen ernst.',
    );
    expect(about(r, 'Die Politik müsse handeln')).toMatchObject({ source: 'Karl Lauterbach', mention: 'der Minister' });
    expect(about(r, 'man nehme die Sorgen ernst')).toMatchObject({ source: 'Anna Berg', mention: 'Die Sprecherin' });
    // An unnamed spokesman stays the one unnamed source.
    const unnamed = read('de', 'Ein Sprecher der Stadt sagte, die Straße bleibe gesperrt. Der Sprecher betonte, man prüfe alles.');
    expect(about(unnamed, 'man prüfe alles')).toMatchObject({ source: 'Ein Sprecher der Stadt', kind: 'anonymous' });
  });

  it('French and Spanish: "la championne" after "La joueuse Léa Moreau", "el regidor" after "El alcalde de Lucena, Aurelio Fernández,"', () => {
    const fr = read('fr', 'La joueuse Léa Moreau a gagné dimanche. « Je ne veux pas m’emballer », a déclaré la championne.');
    expect(about(fr, 'Je ne veux pas m’emballer')).toMatchObject({ source: 'Léa Moreau', role: 'joueuse' });
    const es = read('es', 'El alcalde de Lucena, Aurelio Fernández, visitó el lugar. «Es una ciudad tranquila», escribió el regidor.');
    expect(about(es, 'Es una ciudad tranquila')).toMatchObject({ source: 'Aurelio Fernández', mention: 'el regidor' });
    // Not a name that describes a noun after it, nor one past a verb.
    const en = read('en', 'The company hired John Smith on Monday. "We are thrilled," the spokesman said.');
    expect(about(en, 'We are thrilled')).toMatchObject({ source: 'the spokesman', kind: 'anonymous' });
  });
});

describe('verbs and outlets of the French and Spanish press', () => {
  it('French: "a-t-on appris auprès de", "a jugé que", "s’est exclamé", regional papers; "ont interpellé deux suspects" is an arrest', () => {
    const r = read(
      'fr',
      'Deux hommes ont été interpellés samedi, a-t-on appris auprès de la préfecture. Les gendarmes ont interpellé deux autres suspects dimanche.',
      'François Villemin a jugé que la bataille était « en passe d’être gagnée ». « C’est une honte ! » s’est exclamé Paul Girard.',
      'Selon Le Progrès, les suspects étaient connus. Selon La Voix du Nord, ils venaient de Lille.',
    );
    expect(about(r, 'Deux hommes ont été interpellés')).toMatchObject({ source: 'la préfecture', kind: 'organization' });
    expect(about(r, 'deux autres suspects').cue).toBeUndefined();
    expect(about(r, 'en passe d’être gagnée')).toMatchObject({ source: 'François Villemin', cue: 'a jugé' });
    expect(about(r, 'C’est une honte')).toMatchObject({ source: 'Paul Girard' });
    expect(about(r, 'les suspects étaient connus')).toMatchObject({ source: 'Le Progrès', kind: 'media' });
    expect(about(r, 'ils venaient de Lille')).toMatchObject({ source: 'La Voix du Nord', kind: 'media' });
  });

  it('"le juge" stays a judge: a verb whose present is a noun has no present ("juger!")', () => {
    const r = read('fr', 'Darmanin a obtenu un non-lieu, au motif que « le défaut de consentement ne suffit pas », a expliqué le juge.');
    expect(about(r, 'le défaut de consentement')).toMatchObject({ source: 'le juge', mention: 'le juge' });
  });

  it('Spanish: "defendió que", "repetía"', () => {
    const r = read('es', 'El ministro de Economía, Carlos Cuerpo, defendió que la medida "no pone en riesgo" el déficit.', 'Carmen Ruiz apenas pudo hablar. "Era un hombre bueno", repetía.');
    expect(about(r, 'no pone en riesgo')).toMatchObject({ source: 'Carlos Cuerpo', cue: 'defendió' });
    expect(about(r, 'Era un hombre bueno')).toMatchObject({ source: 'Carmen Ruiz', cue: 'repetía' });
  });
});

describe('Spanish connectives and "Según informó X,"', () => {
  it('"Aunque, añade, «…»": a connective before a cue set off by commas is no one; the speaker goes on', () => {
    const r = read('es', 'Bonmatí dijo que está feliz en Barcelona. Aunque, añade, «en el fútbol nunca se sabe». Incluso, añadió, el equipo puede cambiar rápido.');
    expect(about(r, 'en el fútbol nunca se sabe')).toMatchObject({ source: 'Bonmatí' });
    expect(about(r, 'el equipo puede cambiar rápido')).toMatchObject({ source: 'Bonmatí' });
    expect(r.sources.map((s) => s.name)).not.toContain('Aunque');
    expect(r.sources.map((s) => s.name)).not.toContain('Incluso');
  });

  it('"Según informó la Guardia Civil, el detenido …": the clause after the comma is what was said, no description of the speaker', () => {
    const r = read('es', 'El hombre fue detenido el lunes. Según informó la Guardia Civil, el detenido tiene antecedentes.');
    expect(about(r, 'el detenido tiene antecedentes')).toMatchObject({ source: 'Guardia Civil', kind: 'organization', role: null, cue: 'Según informó' });
  });
});

describe('places are no sources', () => {
  it('"Selon le ministère" after a dateline, "la préfecture" after "à Toulouse": the body itself, never the place', () => {
    const r = read('fr', 'PARIS, 12 juin 2024 (AFP) - Le gouvernement a présenté un plan.', 'Selon le ministère, 12 000 écoles seront concernées.', 'Le Premier ministre s’est rendu mardi à Toulouse.', 'Selon la préfecture, 300 policiers ont été mobilisés.');
    expect(about(r, '12 000 écoles')).toMatchObject({ source: 'le ministère', kind: 'organization' });
    expect(about(r, '300 policiers')).toMatchObject({ source: 'la préfecture', kind: 'organization' });
    expect(r.sources.map((s) => s.name)).not.toContain('Toulouse');
    expect(r.sources.map((s) => s.name)).not.toContain('PARIS');
  });

  it('"À Vénissieux, …, a indiqué la gendarmerie", "In Boston, …, said a police spokesman": a place opening the sentence is where, the speaker follows the cue', () => {
    expect(about(read('fr', 'À Vénissieux, deux suspects ont été arrêtés samedi, a indiqué la gendarmerie.'), 'deux suspects')).toMatchObject({ source: 'la gendarmerie', kind: 'organization' });
    expect(about(read('es', 'En Lucena, dos sospechosos fueron detenidos el sábado, informó la Guardia Civil.'), 'dos sospechosos')).toMatchObject({ source: 'Guardia Civil', kind: 'organization' });
    expect(about(read('en', 'In Boston, two suspects were arrested Saturday, said a police spokesman.'), 'two suspects')).toMatchObject({ source: 'a police spokesman', kind: 'anonymous' });
  });
});

describe('French verbs carrying their pronoun, and adverbs between the helper and the verb', () => {
  it('"a-t-il assuré" is the last man who spoke, never an alias', () => {
    const r = read('fr', 'Pierre Lemoine a annoncé un plan. Hélène Carrère a affirmé que les communes répondraient.', '« Il n’y aura aucun retard », a-t-il assuré.');
    expect(about(r, 'aucun retard')).toMatchObject({ source: 'Pierre Lemoine' });
    for (const s of r.sources) expect(s.aliases.filter((a) => a.includes('-t-'))).toEqual([]);
  });

  it('"a pour sa part estimé", "a par ailleurs indiqué": the subject before the helper speaks', () => {
    const r = read('fr', 'Claire Vautrin a pour sa part estimé que l’État devait montrer l’exemple. Pierre Lemoine a par ailleurs indiqué que les fonds seraient versés en septembre.');
    expect(about(r, 'montrer l’exemple')).toMatchObject({ source: 'Claire Vautrin', cue: 'estimé' });
    expect(about(r, 'les fonds seraient versés')).toMatchObject({ source: 'Pierre Lemoine', cue: 'indiqué' });
    expect(r.sources.map((s) => s.name)).not.toContain('sa part');
  });
});

describe('German separable verbs of saying, and the reported mood of regular verbs', () => {
  it('"stellte klar", "gab an", "wies darauf hin", "räumten ein"; "stellte einen Antrag" reports nothing', () => {
    const r = read(
      'de',
      'Anna Berg stellte klar, die Daten seien unvollständig. Jochen Ott gab an, er habe nichts gewusst.',
      'Die Ministerin wies darauf hin, dass die Frist ende. Die Forscher räumten ein, die Stichprobe sei klein.',
      'Der Abgeordnete stellte einen Antrag auf Akteneinsicht.',
    );
    expect(about(r, 'die Daten seien unvollständig')).toMatchObject({ source: 'Anna Berg', cue: 'stellte klar' });
    expect(about(r, 'er habe nichts gewusst')).toMatchObject({ source: 'Jochen Ott', cue: 'gab an' });
    expect(about(r, 'dass die Frist ende')).toMatchObject({ cue: 'wies darauf hin', mention: 'Die Ministerin' });
    expect(about(r, 'die Stichprobe sei klein')).toMatchObject({ mention: 'Die Forscher', kind: 'anonymous' });
    expect(about(r, 'Antrag auf Akteneinsicht').cue).toBeUndefined();
  });

  it('a regular verb\'s reported mood carries the statement on ("Die Maßnahme wirke aber erst später.")', () => {
    const r = read('de', 'Man habe viel getan, betonte Anna Berg. Die Maßnahme wirke aber erst später.');
    expect(about(r, 'Die Maßnahme wirke')).toMatchObject({ source: 'Anna Berg', cue: 'betonte' });
  });
});

describe('the French and Spanish dialogue dash', () => {
  it('a paragraph opened by a dash is a quotation, both sides of its cue', () => {
    const es = read('es', 'La jugadora habló tras el partido.', '—Jugamos cada tres días —explicó Tellado—. Alguien tendrá que poner límites.');
    expect(about(es, 'Jugamos cada tres días')).toMatchObject({ cue: 'explicó', content: 'Jugamos cada tres días | Alguien tendrá que poner límites.' });
    expect(es.attributions[0]!.type).toBe('direct');
    const fr = read('fr', 'Le maire a reçu les habitants.', '— C’est une honte, a lancé un manifestant.');
    expect(about(fr, 'C’est une honte')).toMatchObject({ source: 'un manifestant', kind: 'anonymous' });
    expect(fr.attributions[0]!.type).toBe('direct');
  });
});

describe('an outlet the words were said to, right before the speaker\'s name', () => {
  it('"dijo a EFE María Arcarazo, portavoz del sindicato": she speaks, the outlet neither her name nor her role', () => {
    const r = read('es', '"No se resuelve nada", dijo a EFE María Arcarazo, portavoz del sindicato.', '"Tenemos fábricas paradas", dijo a Clarín Lucía Morales.');
    expect(about(r, 'No se resuelve nada')).toMatchObject({ source: 'María Arcarazo', kind: 'person', role: 'portavoz del sindicato' });
    expect(about(r, 'Tenemos fábricas paradas')).toMatchObject({ source: 'Lucía Morales', kind: 'person', role: null });
  });
});

describe('Swiss German spelling and someone named by their age', () => {
  it('"hiess es", "Gemäss": a word written with ß is read in its Swiss spelling with ss too', () => {
    const r = read('de', 'Die Lage sei ernst, hiess es in einer Mitteilung der Polizei.', 'Gemäss der Feuerwehr wurde niemand verletzt.');
    expect(about(r, 'Die Lage sei ernst')).toMatchObject({ cue: 'hiess es' });
    expect(about(r, 'wurde niemand verletzt')).toMatchObject({ cue: 'Gemäss', source: 'der Feuerwehr' });
  });

  it('"sagte der 51-Jährige", "the 21-year-old said": the person just named; no unnamed source when no one is', () => {
    const de = read('de', 'Werder-Trainer Thomas Brandtner war enttäuscht. „Das war nie ein Elfmeter“, sagte der 51-Jährige.');
    expect(about(de, 'nie ein Elfmeter')).toMatchObject({ source: 'Thomas Brandtner' });
    const en = read('en', 'Kwame Asante said he was happy. "I was brave," the 21-year-old said.');
    expect(about(en, 'I was brave')).toMatchObject({ source: 'Kwame Asante' });
    const alone = read('en', '"I was brave," the 21-year-old said.');
    expect(alone.sources).toEqual([]);
  });
});

describe('German: an indefinite article and one noun', () => {
  it('is an unnamed person, whatever the noun ("Ein Fan sagte", "sagte ein Landwirt", "Eine Buchhalterin sagte"); "Ein Unternehmen" a body', () => {
    const r = read('de', 'Ein Fan sagte, so einen Tag vergesse man nicht.', '„Das Wasser kam schnell“, sagte ein Landwirt.', 'Eine Buchhalterin sagte, sie habe nichts gewusst.', 'Ein Unternehmen teilte mit, es werde klagen.');
    expect(about(r, 'so einen Tag')).toMatchObject({ source: 'Ein Fan', kind: 'anonymous' });
    expect(about(r, 'Das Wasser kam schnell')).toMatchObject({ source: 'ein Landwirt', kind: 'anonymous' });
    expect(about(r, 'sie habe nichts gewusst')).toMatchObject({ source: 'Eine Buchhalterin', kind: 'anonymous' });
    expect(about(r, 'es werde klagen')).toMatchObject({ kind: 'organization' });
  });

  it('before the verb is its subject; the outlet after the verb is whom it was said to', () => {
    const r = read('de', 'Ein Fraktionsmitglied sagte der Deutschen Presse-Agentur, eine Zustimmung sei nicht vorstellbar.', 'Ein Jahr später sagte der Minister, die Lage sei ernst.');
    expect(about(r, 'eine Zustimmung')).toMatchObject({ source: 'Ein Fraktionsmitglied', kind: 'anonymous', content: 'eine Zustimmung sei nicht vorstellbar' });
    expect(about(r, 'die Lage sei ernst')).toMatchObject({ source: 'der Minister' });
  });
});

describe('French unnamed subjects of a trial, an inquiry or a firm', () => {
  it.each([
    ['L’accusé a affirmé qu’il dormait chez sa sœur ce soir-là.', 'qu’il dormait chez sa sœur', 'L’accusé'],
    ['« Je dormais chez ma sœur », a répété l’accusée.', 'Je dormais chez ma sœur', 'l’accusée'],
    ['Une enquêtrice a précisé que le scooter avait été volé la veille.', 'le scooter avait été volé', 'Une enquêtrice'],
    ['Un membre du jury a indiqué que la délibération serait longue.', 'la délibération serait longue', 'Un membre du jury'],
    ['La direction a confirmé la fermeture du site de Vierzon.', 'la fermeture du site', 'La direction'],
    ['Le pont restera fermé jusqu’à jeudi, selon les autorités.', 'Le pont restera fermé', 'les autorités'],
    ['« Rien ne bouge », a indiqué un technicien.', 'Rien ne bouge', 'un technicien'],
  ])('%s', (text, words, mention) => {
    expect(about(read('fr', text), words)).toMatchObject({ mention, kind: 'anonymous' });
  });
});

describe('French cues: "a défendu", "s’est dite", "analyse", "s’indigne", "a-t-on appris de source"', () => {
  it.each([
    ['Le rapporteur Paul Vigier a défendu un texte « juste et attendu ».', 'juste et attendu', 'Paul Vigier'],
    ['Claire Dumas s’est dite « soulagée » par la décision.', 'soulagée', 'Claire Dumas'],
    ['« Les prix vont encore monter », analyse Hélène Brunet.', 'Les prix vont encore monter', 'Hélène Brunet'],
    ['« C’est un scandale », s’indigne Hugo Lemaire.', 'C’est un scandale', 'Hugo Lemaire'],
    ['« C’est un scandale », s\'insurge Hugo Lemaire.', 'C’est un scandale', 'Hugo Lemaire'],
    ['La scierie va fermer en juin, a-t-on appris de source syndicale.', 'La scierie va fermer', 'source syndicale'],
  ])('%s', (text, words, source) => {
    expect(about(read('fr', text), words)).toMatchObject({ source });
  });

  it('"a défendu" with a plain object reports nothing', () => {
    expect(read('fr', 'Le gardien a défendu son but avec courage.').attributions).toEqual([]);
  });
});

describe('Spanish cues: "espetó", "remató", "proclamó", "vaticinó", "pronosticó"', () => {
  it.each([
    ['«Aquí no se rinde nadie», espetó Julia Carmona.', 'Aquí no se rinde nadie', 'Julia Carmona'],
    ['"Se acabó la paciencia", remató Julia Carmona.', 'Se acabó la paciencia', 'Julia Carmona'],
    ['"Este título es del pueblo", proclamó Julia Carmona.', 'Este título es del pueblo', 'Julia Carmona'],
    ['"Bajaremos los precios", vaticinó Julia Carmona.', 'Bajaremos los precios', 'Julia Carmona'],
    ['Julia Carmona pronosticó que la sequía durará otro año.', 'la sequía durará otro año', 'Julia Carmona'],
  ])('%s', (text, words, source) => {
    expect(about(read('es', text), words)).toMatchObject({ source });
  });

  it.each([['El Betis se proclamó campeón de copa.'], ['Ruiz remató de cabeza al larguero.']])('%s reports nothing', (text) => {
    expect(read('es', text).attributions).toEqual([]);
  });
});

describe('a quotation cut by its cue and a period: « A, a-t-il dit. B. »', () => {
  it('is one attribution holding both parts, the cue out of the content', () => {
    const r = read('fr', 'Marc Olivier était amer. « On a manqué de réalisme, a-t-il regretté. Il faudra vite se relever. »');
    expect(about(r, 'On a manqué de réalisme')).toMatchObject({ source: 'Marc Olivier', cue: 'regretté', content: 'On a manqué de réalisme | Il faudra vite se relever.' });
  });
});

describe('a participle of how the speaker spoke, between the cue and the speaker', () => {
  it('"«…», dijo emocionado el alcalde": the mayor speaks, not "emocionado"', () => {
    expect(about(read('es', '«Nunca vi tanta gente», dijo emocionado el alcalde.'), 'Nunca vi tanta gente')).toMatchObject({ mention: 'el alcalde', kind: 'anonymous' });
  });
});

describe('German: a body named after an article is its own source, not the last speaker', () => {
  it.each([
    ['Jana Pohl hielt den Entwurf für verfehlt. Die CDU teilte mit, man werde den Entwurf ablehnen.', 'CDU'],
    ['Jana Pohl hielt die Maut für teuer. Der ADAC teilte mit, man prüfe eine Klage.', 'ADAC'],
    ['Jana Pohl hielt den Entwurf für verfehlt. Wie die AfD mitteilte, werde man dagegen stimmen.', 'AfD'],
  ])('%s', (text, source) => {
    const r = read('de', text);
    const a = r.attributions.find((x) => x.mention?.text.endsWith(source));
    expect(r.sources.find((s) => s.id === a?.sourceId)).toMatchObject({ name: source, kind: 'organization' });
  });

  it('"Die Stadt" points back to no association', () => {
    expect(about(read('de', 'Der Verband forderte mehr Personal. Die Stadt teilte mit, man prüfe den Antrag.'), 'man prüfe den Antrag')).toMatchObject({ source: 'Die Stadt', kind: 'organization' });
  });

  it('"das Justizministerium" points back to no court, but to the federal ministry of justice', () => {
    expect(about(read('de', 'Der Mann musste vor Gericht erscheinen. Wie das Justizministerium mitteilte, laufen noch 30 Verfahren.'), 'laufen noch 30 Verfahren')).toMatchObject({ source: 'das Justizministerium' });
    const r = read('de', 'Das Bundesjustizministerium teilte mit, es arbeite an einem Gesetz. Jana Pohl hielt das für verfehlt. Wie das Justizministerium mitteilte, laufen noch 30 Verfahren.');
    expect(about(r, 'laufen noch 30 Verfahren').source).toBe(about(r, 'es arbeite an einem Gesetz').source);
  });
});

describe('German: the subject before a phrase of where or when', () => {
  it.each([
    ['Jana Pohl von der Hochschule Trier sagte, die Zahlen seien zu hoch.', 'die Zahlen seien zu hoch'],
    ['Jana Pohl hatte am Freitag gesagt, die Zahlen seien zu hoch.', 'die Zahlen seien zu hoch'],
    ['Jana Pohl hat in einem Gespräch mit dem Radio gesagt, die Zahlen seien zu hoch.', 'die Zahlen seien zu hoch'],
  ])('%s: the person speaks', (text, words) => {
    expect(about(read('de', text), words)).toMatchObject({ source: 'Jana Pohl', kind: 'person' });
  });

  it('"sagte der dpa, …", "sagte der Austria Presse Agentur (APA), …": whom it was said to is no content', () => {
    expect(about(read('de', 'Ein Sprecher sagte der dpa, der Plan sei gescheitert.'), 'der Plan sei gescheitert').content).toBe('der Plan sei gescheitert');
    expect(about(read('de', 'Jana Pohl sagte der Austria Presse Agentur (APA), der Plan sei gescheitert.'), 'der Plan sei gescheitert').content).toBe('der Plan sei gescheitert');
  });
});

describe('German: cue words used in another sense report nothing', () => {
  it.each([
    ['Nach ersten Zahlen dürften die versicherten Gebäude in die Tausende gehen.'],
    ['Jana Pohl meinte damit den Bahnhof, nicht das Rathaus.'],
    ['Ein Lagerarbeiter sagte als Zeuge aus.'],
  ])('%s', (text) => {
    expect(read('de', text).attributions).toEqual([]);
  });

  it('"meinte, …", "teilte mit, …" and "das sagte" still report', () => {
    expect(about(read('de', 'Jana Pohl meinte, der Bahnhof sei zu klein.'), 'der Bahnhof sei zu klein')).toMatchObject({ source: 'Jana Pohl' });
    expect(about(read('de', 'Die Polizei teilte am Abend mit, der Bahnhof sei geräumt.'), 'der Bahnhof sei geräumt')).toMatchObject({ cue: 'teilte' });
  });

  it('"in einer Mitteilung der Stadt Augsburg": the city issued it', () => {
    expect(about(read('de', 'Der Bahnhof bleibe geschlossen, hieß es in einer Mitteilung der Stadt Augsburg.'), 'Der Bahnhof bleibe geschlossen')).toMatchObject({ source: 'Augsburg', kind: 'organization' });
  });
});

describe('German: an adjective before a description, and outlets in quotation marks', () => {
    it('"Der Hamburger Konzern Talvik": the name speaks, the adjective and noun its role', () => {
    expect(about(read('de', 'Der Hamburger Konzern Talvik teilte mit, man streiche 300 Stellen.'), 'man streiche 300 Stellen')).toMatchObject({ source: 'Talvik', kind: 'organization', role: 'Hamburger Konzern' });
  });

  it.each([
    ['Die Neue Zürcher Zeitung berichtete, der Tunnel bleibe gesperrt.', 'Neue Zürcher Zeitung'],
    ['Wie die «Neue Zürcher Zeitung» berichtet, bleibt der Tunnel gesperrt.', 'Neue Zürcher Zeitung'],
    ['Wie der „Blick“ berichtet, bleibt der Tunnel gesperrt.', 'Blick'],
  ])('%s', (text, source) => {
    expect(about(read('de', text), 'der Tunnel')).toMatchObject({ source, kind: 'media' });
  });
});

describe('German: titles of court, sports and parliamentary groups before a name', () => {
  it.each([
    ['SPD-Fraktionsvize Achim Dreßler sagte, man strecke die Hand aus.', 'Achim Dreßler', 'SPD-Fraktionsvize'],
    ['Staatsanwalt Jan Kowalski sagte, die Beweise seien klar.', 'Jan Kowalski', 'Staatsanwalt'],
    ['Torwart Jan Kowalski sagte, die Abwehr habe geschlafen.', 'Jan Kowalski', 'Torwart'],
  ])('%s', (text, source, role) => {
    const r = read('de', text);
    expect(r.sources[0]).toMatchObject({ name: source, role });
  });
});

describe('a wire dateline with a lower-case month: "PARIS, 3 mai 2025 (AFP) -"', () => {
  it.each([
    ['fr', 'LILLE, 12 mars 2024 (AFP) - La ligne de tramway rouvrira lundi, a annoncé le préfet.', 'La ligne de tramway rouvrira lundi', 'le préfet'],
    ['fr', 'NANTES, 2 juin 2024 (AFP) - Le pont restera fermé, selon les pompiers.', 'Le pont restera fermé', 'les pompiers'],
    ['es', 'SEVILLA, 4 de abril de 2024 (EFE) - El metro abrirá el lunes, anunció el alcalde.', 'El metro abrirá el lunes', 'el alcalde'],
  ])('%s: %s', (lang, text, words, mention) => {
    const a = about(read(lang, text), words);
    expect(a).toMatchObject({ mention });
    expect(a!.content).toBe(words);
  });
});

describe('a single name followed by an age in years is a person\'s', () => {
  it.each([
    ['fr', '« On a eu très peur », confie Loanne, 23 ans, étudiante à Rennes.', 'On a eu très peur', 'Loanne'],
    ['es', 'Una de ellas, Rocío, de 74 años, aseguró que nunca había visto el agua tan alta.', 'nunca había visto el agua', 'Rocío'],
  ])('%s: %s', (lang, text, words, source) => {
    expect(about(read(lang, text), words)).toMatchObject({ source, kind: 'person' });
  });
});

describe('French-language wire agencies are media', () => {
  it.each([
    ['La filature fermera en juin, a indiqué Keystone-ATS.', 'La filature fermera en juin', 'Keystone-ATS'],
    ['Selon l’agence Belga, la filature fermera en juin.', 'la filature fermera en juin', 'Belga'],
  ])('%s', (text, words, source) => {
    expect(about(read('fr', text), words)).toMatchObject({ source, kind: 'media' });
  });
});

describe('a raya quotation whose cue ends in "Title, Name—"', () => {
  it('the name speaks, the title is its role, no dash in it', () => {
    const a = about(read('es', '—Orden en la sala, por favor —pidió el presidente del Senado, Julián Ballester—. Seguimos con el debate.'), 'Orden en la sala');
    expect(a).toMatchObject({ source: 'Julián Ballester', mention: 'Julián Ballester' });
  });
});

describe('a raya quotation resumed after its cue holds no cue of its own', () => {
  it('"—A —lamentó X—. Nadie nos avisó.": no one named "Nadie" speaks', () => {
    const r = read('es', '—Se nos llevó la cosecha —lamentó Ramiro Oteiza—. Nadie nos avisó del peligro.');
    expect(r.attributions).toHaveLength(1);
    expect(about(r, 'Nadie nos avisó')).toMatchObject({ source: 'Ramiro Oteiza' });
  });
});

describe('Spanish "mantener", "sostener" with a plain object report nothing', () => {
  it.each([
    ['La Confederación mantiene la alerta naranja en la cuenca.'],
    ['El portero sostuvo el balón con las dos manos.'],
  ])('%s', (text) => {
    expect(read('es', text).attributions).toEqual([]);
  });

  it('"mantiene que …" still reports', () => {
    expect(about(read('es', 'La consejera mantiene que el hospital abrirá en mayo.'), 'el hospital abrirá en mayo')).toMatchObject({ mention: 'La consejera' });
  });
});

describe('Spanish: a second verb of saying joined by "y" to the first clause takes that clause\'s subject', () => {
  it.each([
    ['Marta Soler dijo que el plan es bueno.', 'La portavoz de Bildu, Irati Zubiri, se abstuvo y advirtió de que la ley llega tarde.', 'la ley llega tarde', 'Irati Zubiri'],
    ['Marta Soler dijo que el plan es bueno.', 'Irati Zubiri votó en contra y advirtió de que la ley llega tarde.', 'la ley llega tarde', 'Irati Zubiri'],
    ['', 'La Agencia Vasca del Agua mantiene el aviso y advirtió de que el río seguirá creciendo.', 'el río seguirá creciendo', 'Agencia Vasca del Agua'],
  ])('%s %s', (before, text, words, source) => {
    const r = before ? read('es', before + ' ' + text) : read('es', text);
    expect(about(r, words)).toMatchObject({ source });
  });
});

describe('a relative clause\'s cue before the main clause\'s verb reports nothing', () => {
  it.each([
    ['fr', 'Une passante, qui a témoigné devant le juge, a affirmé que la voiture roulait vite.', 'la voiture roulait vite', 'Une passante'],
    ['en', 'A neighbor, who testified before the judge, said the car was speeding.', 'the car was speeding', 'A neighbor'],
  ])('%s: %s', (lang, text, words, mention) => {
    const r = read(lang, text);
    expect(r.attributions).toHaveLength(1);
    expect(about(r, words)).toMatchObject({ mention });
  });
});

describe('French: a short phrase of where or how opening the sentence is no content; "répondre" reports only a clause or a quotation', () => {
  it('"En privé, plusieurs cadres admettent leur échec": not "En privé"', () => {
    const r = read('fr', 'En privé, plusieurs cadres admettent leur échec.');
    expect(r.attributions.flatMap((a) => a.content.map((c) => c.text))).not.toContain('En privé');
  });

  it('"a répondu point par point" reports nothing; "a répondu que …" does', () => {
    expect(read('fr', 'Le préfet a répondu point par point.').attributions).toEqual([]);
    expect(about(read('fr', 'Le préfet a répondu que la route serait rouverte.'), 'la route serait rouverte')).toMatchObject({ mention: 'Le préfet' });
  });
});

describe('a body\'s noun or an unnamed source\'s after its cue keeps its complement', () => {
  it.each([
    ['fr', 'Le conducteur a été placé en garde à vue, a indiqué le parquet de Valence.', 'Le conducteur a été placé', 'le parquet de Valence'],
    ['fr', '« Personne n’a rien vu », a confié l’entourage de la maire.', 'Personne n’a rien vu', 'l’entourage de la maire'],
    ['es', 'El conductor fue detenido, informó la fiscalía de Valencia.', 'El conductor fue detenido', 'la fiscalía de Valencia'],
  ])('%s: %s', (lang, text, words, mention) => {
    expect(about(read(lang, text), words)).toMatchObject({ mention });
  });
});

describe('a headline "Place : …" names no speaker', () => {
  it.each([
    ['Nancy : un entrepôt détruit par les flammes', 'Le feu s’est déclaré dans la nuit à Nancy.'],
    ['Florence : deux blessés dans un accident', 'La collision a eu lieu mardi.'],
  ])('%s', (headline, body) => {
    expect(read('fr', headline, body).attributions).toEqual([]);
  });

  it('"Surname : …" named later still speaks', () => {
    const r = read('fr', 'Vautrin : la réforme sera votée', 'Catherine Vautrin a assuré mardi que la réforme serait votée. Vautrin a insisté.');
    expect(about(r, 'la réforme sera votée')).toMatchObject({ source: 'Catherine Vautrin' });
  });
});

describe('people of the markets are unnamed sources', () => {
  it.each([
    ['es', 'Según los operadores consultados por este diario, la bolsa castigó el retraso del dividendo.', 'la bolsa castigó', 'los operadores consultados por este diario'],
    ['fr', 'Selon les courtiers, la Bourse a sanctionné le report du dividende.', 'la Bourse a sanctionné', 'les courtiers'],
  ])('%s: %s', (lang, text, words, mention) => {
    expect(about(read(lang, text), words)).toMatchObject({ mention, kind: 'anonymous' });
  });
});

describe('Spanish: a verb of saying after "aunque" takes the subject that opens the sentence', () => {
  it.each([
    ['Marta Soler dijo que el plan es bueno. Fuentes del ministerio rehusaron dar detalles, aunque insistieron en que "el calendario se mantiene".', 'el calendario se mantiene', 'Fuentes del ministerio'],
    ['Marta Soler dijo que el plan es bueno. Irati Zubiri evitó polemizar, aunque recordó que la ley llega tarde.', 'la ley llega tarde', 'Irati Zubiri'],
  ])('%s', (text, words, mention) => {
    expect(about(read('es', text), words)).toMatchObject({ mention });
  });
});

describe('probe 3 (de): Konjunktiv I carries a quotation on, and runs up to a cue that ends a later sentence', () => {
  it('"„…“, sagte X. A sei … B werde …": the sentences in the mood after a quotation are the same speaker\'s', () => {
    const r = read('de', '„Wir haben lange genug gewartet“, sagte Landrätin Petra Ostermann. Der Kreis habe jede Frist eingehalten. Man werde nun vor Gericht ziehen.');
    expect(r.attributions).toHaveLength(1);
    expect(about(r, 'Der Kreis habe jede Frist eingehalten')).toMatchObject({
      source: 'Petra Ostermann',
      kind: 'person',
      role: 'Landrätin',
      cue: 'sagte',
      content: 'Wir haben lange genug gewartet | Der Kreis habe jede Frist eingehalten | Man werde nun vor Gericht ziehen',
    });
  });

  it('"„A“, sagte X. B sei … „C“": the sentence in the mood between two quotations is read in its place', () => {
    const r = read('de', '„Das ist ein guter Tag für die Pendler“, sagte Verkehrsminister Jonas Adler. Die Reform sei lange überfällig gewesen. „Wir bleiben dran.“');
    expect(r.attributions).toHaveLength(1);
    expect(about(r, 'Die Reform sei lange überfällig')).toMatchObject({
      source: 'Jonas Adler',
      cue: 'sagte',
      content: 'Das ist ein guter Tag für die Pendler | Die Reform sei lange überfällig gewesen | Wir bleiben dran.',
    });
  });

  it('"A habe … B werde klagen, sagte X.": the sentence in the mood before the one the cue ends is reported too, and "klagen" is no cue', () => {
    const r = read('de', 'Der Kreis habe jede Frist eingehalten. Man werde nun klagen, sagte Landrätin Petra Ostermann.');
    expect(r.attributions).toHaveLength(1);
    expect(about(r, 'Der Kreis habe jede Frist')).toMatchObject({
      source: 'Petra Ostermann',
      kind: 'person',
      cue: 'sagte',
      mention: 'Landrätin Petra Ostermann',
      content: 'Der Kreis habe jede Frist eingehalten | Man werde nun klagen',
    });
  });

  it('a sentence in the indicative between them ends the run', () => {
    const r = read('de', 'Der Kreis habe jede Frist eingehalten. Das Wetter war gut. Man werde nun klagen, sagte Landrätin Petra Ostermann.');
    expect(about(r, 'Man werde nun klagen')).toMatchObject({ source: 'Petra Ostermann', content: 'Man werde nun klagen' });
  });
});

describe('probe 3 (de): verbs of court and interview reportage after a quotation', () => {
  it.each([
    ['„Sie verdrehen die Fakten“, herrscht der Verteidiger Lars Mönch die Gutachterin an.', 'Sie verdrehen die Fakten', 'herrscht', 'Lars Mönch', 'Verteidiger'],
    ['„Das steht so nicht in der Akte“, gibt Richterin Helga Brandl zurück.', 'Das steht so nicht in der Akte', 'gibt', 'Helga Brandl', 'Richterin'],
    ['„Wir machen jetzt eine Pause“, schaltet sich Staatsanwalt Uwe Kranich ein.', 'Wir machen jetzt eine Pause', 'schaltet', 'Uwe Kranich', 'Staatsanwalt'],
    ['„Ich war an dem Abend zu Hause“, schreit Lars Mönch.', 'Ich war an dem Abend zu Hause', 'schreit', 'Lars Mönch', null],
  ])('%s', (text, words, cue, source, role) => {
    const r = read('de', text);
    expect(r.attributions).toHaveLength(1);
    expect(about(r, words)).toMatchObject({ source, kind: 'person', role, cue, content: words });
  });

  it.each([
    'Im Gerichtssaal herrscht „gespannte Ruhe“, die Zuschauer schweigen.',
    'Die Kammer gab „grünes Licht“ für das Verfahren.',
    'Der Hausmeister schaltet „Die Sendung mit der Maus“ ein.',
  ])('before a quotation the same verbs report nothing: %s', (text) => {
    expect(read('de', text).attributions).toEqual([]);
  });
});

describe('probe 3 (de): a title before a name goes into the role, whatever the given name', () => {
  it('"Rechtsanwalt Wilfried X": the name without the title, the title as role', () => {
    const r = read('de', '„Mein Mandant hat nichts verheimlicht“, sagt Rechtsanwalt Wilfried Gantner.');
    expect(about(r, 'Mein Mandant hat nichts')).toMatchObject({ source: 'Wilfried Gantner', kind: 'person', role: 'Rechtsanwalt', cue: 'sagt', content: 'Mein Mandant hat nichts verheimlicht' });
  });

  it('"Meteorologe Tom X" then "Meteorologe X": one source', () => {
    const r = read('de', '„Die Hitze bleibt bis Sonntag“, sagt Meteorologe Tom Kessler. „Danach kommen Gewitter“, sagt Meteorologe Kessler.');
    expect(r.sources).toHaveLength(1);
    expect(about(r, 'Danach kommen Gewitter')).toMatchObject({ source: 'Tom Kessler', kind: 'person', role: 'Meteorologe', cue: 'sagt', mention: 'Meteorologe Kessler' });
  });

  it('"PARTEI-Spitzenkandidat X": the party\'s title is the role', () => {
    const r = read('de', 'Später sagte ÖVP-Spitzenkandidat Karl-Heinz Lechner, man sei zu Gesprächen bereit.');
    expect(about(r, 'man sei zu Gesprächen bereit')).toMatchObject({ source: 'Karl-Heinz Lechner', kind: 'person', role: 'ÖVP-Spitzenkandidat', cue: 'sagte' });
  });
});

describe('probe 3 (de): a headline "Noun: …" whose noun comes back after an article names no speaker', () => {
  it.each([
    ['Glatteis: Autofahrer müssen am Morgen mit Staus rechnen', 'Das Glatteis hält bis Mittwoch an.'],
    ['Hochwasser: Anwohner bringen ihre Autos in Sicherheit', 'Das Hochwasser erreicht am Abend die Altstadt.'],
  ])('%s', (headline, body) => {
    expect(read('de', headline, body).attributions).toEqual([]);
  });

  it('a surname the text names again still speaks', () => {
    const r = read('de', 'Kessler: Wir müssen jetzt handeln', 'Tanja Kessler sprach am Montag in Hamburg. Kessler warnte vor den Folgen.');
    expect(about(r, 'Wir müssen jetzt handeln')).toMatchObject({ source: 'Tanja Kessler', kind: 'person' });
  });
});

describe('probe 3 (fr): the titles of Belgian, Swiss and Québec mayors and aldermen, and a role with its article elided', () => {
  it.each([
    ['« Les écoles rouvriront lundi », a déclaré le bourgmestre de Wavre, Luc Dupont.', 'a déclaré', 'Les écoles rouvriront lundi', 'Luc Dupont', 'le bourgmestre de Wavre'],
    ['« Le budget est bouclé », a assuré la mairesse de Gatineau, Sophie Tremblay.', 'a assuré', 'Le budget est bouclé', 'Sophie Tremblay', 'la mairesse de Gatineau'],
    ['« Le marché restera ouvert », a indiqué le syndic de Morges, Luc Favre.', 'a indiqué', 'Le marché restera ouvert', 'Luc Favre', 'le syndic de Morges'],
    ['« La piscine fermera en août », a expliqué l’échevine des Sports, Anne Lambert.', 'a expliqué', 'La piscine fermera en août', 'Anne Lambert', 'l’échevine des Sports'],
    ['« Nous avons manqué de rigueur », a reconnu l’entraîneur de Brest, Marc Vidal.', 'a reconnu', 'Nous avons manqué de rigueur', 'Marc Vidal', 'l’entraîneur de Brest'],
  ])('%s', (text, cue, words, source, role) => {
    const r = read('fr', text);
    expect(r.attributions).toHaveLength(1);
    expect(r.attributions[0]!.type).toBe('direct');
    expect(about(r, words)).toMatchObject({ cue, content: words, source, kind: 'person', mention: source, role });
  });

  it('"Le bourgmestre de Wavre" named again alone is the same person', () => {
    const r = read('fr', 'Le bourgmestre de Wavre, Luc Dupont, a visité le chantier. Le bourgmestre de Wavre a indiqué que « rien ne presse ».');
    expect(about(r, 'rien ne presse')).toMatchObject({ source: 'Luc Dupont', kind: 'person', cue: 'a indiqué', mention: 'Le bourgmestre de Wavre' });
  });
});

describe('probe 3 (fr): “…“, a left mark glued to the last word closes the quotation', () => {
  it('“A“, a déclaré X: a direct quotation', () => {
    const r = read('fr', '“Les écoles rouvriront lundi“, a déclaré le bourgmestre Luc Dupont.');
    expect(r.attributions).toHaveLength(1);
    expect(r.attributions[0]!.type).toBe('direct');
    expect(about(r, 'Les écoles rouvriront lundi')).toMatchObject({ cue: 'a déclaré', content: 'Les écoles rouvriront lundi', source: 'Luc Dupont', kind: 'person', role: 'bourgmestre' });
  });

  it('“A“, the writer’s words, a-t-il ajouté: one mixed attribution', () => {
    const r = read('fr', 'Luc Dupont était à la mairie. “Il faut rester prudent“, en particulier sur les routes, a-t-il ajouté.');
    expect(r.attributions).toHaveLength(1);
    expect(r.attributions[0]!.type).toBe('mixed');
    expect(about(r, 'Il faut rester prudent')).toMatchObject({ cue: 'ajouté', mention: 'a-t-il', content: '“Il faut rester prudent“, en particulier sur les routes', source: 'Luc Dupont', kind: 'person' });
  });
});

describe('probe 3 (fr): a headline "Country : …" whose country the article names again after an article or "au" names no speaker', () => {
  it.each([
    ['Chili : trois blessés dans un incendie à Santiago', 'Le Chili fait face à une vague de chaleur.'],
    ['Mali : les écoles restent fermées', 'Au Mali, la rentrée est reportée.'],
    ['Portugal : le Parlement dissous par le président', 'Le Portugal votera en mars.'],
  ])('%s', (headline, body) => {
    expect(read('fr', headline, body).attributions).toEqual([]);
    expect(read('fr', headline, body).sources).toEqual([]);
  });

  it('"Surname : …" named later with no article still speaks', () => {
    const r = read('fr', 'Dupuis : « nous ne céderons pas »', 'Marc Dupuis a répété mardi que le syndicat ne céderait pas. Dupuis a insisté.');
    expect(about(r, 'nous ne céderons pas')).toMatchObject({ cue: ':', mention: 'Dupuis', source: 'Marc Dupuis', kind: 'person' });
  });
});

describe('probe 3 (fr): after "selon X", whom X spoke to and a relative clause about X are neither the source nor what was said', () => {
  it.each([
    ['Le chantier a pris du retard, selon des sources municipales à France Télévisions.', 'Le chantier a pris du retard', 'des sources municipales', 'anonymous'],
    ['Le chantier a pris du retard, selon un proche du dossier à l’AFP.', 'Le chantier a pris du retard', 'un proche du dossier', 'anonymous'],
    ['Le chantier a pris du retard, selon la préfecture de l’Isère, contactée par franceinfo.', 'Le chantier a pris du retard', 'la préfecture de l’Isère', 'organization'],
    ['Le chantier a pris du retard, selon le parquet de Grenoble, interrogé par Le Monde.', 'Le chantier a pris du retard', 'le parquet de Grenoble', 'organization'],
    ['Le chantier a pris du retard, selon la mairie qui n’a pas précisé de date.', 'Le chantier a pris du retard', 'la mairie', 'organization'],
  ])('%s', (text, content, mention, kind) => {
    const r = read('fr', text);
    expect(r.attributions).toHaveLength(1);
    expect(r.attributions[0]!.type).toBe('indirect');
    expect(about(r, content)).toMatchObject({ cue: 'selon', mention, content, kind });
    expect(r.sources.map((s) => s.kind)).toEqual([kind]);
  });
});

describe('probe 3 (fr): a place in brackets or set off after a noun of where, before a cue that follows its subject', () => {
  it.each([
    ['Un randonneur a été secouru dans l’Isère (sud-est de la France), ont annoncé les pompiers.', 'Un randonneur a été secouru dans l’Isère (sud-est de la France)', 'ont annoncé', 'les pompiers'],
    ['Un randonneur a été secouru dans le Jura, dans l’est de la France, ont annoncé les pompiers.', 'Un randonneur a été secouru dans le Jura, dans l’est de la France', 'ont annoncé', 'les pompiers'],
    ['Une femme a été interpellée à Agde (Hérault), a indiqué la gendarmerie.', 'Une femme a été interpellée à Agde (Hérault)', 'a indiqué', 'la gendarmerie'],
  ])('%s', (text, content, cue, mention) => {
    const r = read('fr', text);
    expect(r.attributions).toHaveLength(1);
    expect(about(r, 'a été')).toMatchObject({ cue, mention, content });
    expect(r.sources).toHaveLength(1);
  });
});

describe('probe 3 (fr): an adverb or a day and its time between a cue and the speaker after it', () => {
  it.each([
    ['« Le calendrier sera tenu », assure encore la porte-parole Claire Morin.', 'assure', 'la porte-parole Claire Morin', 'Claire Morin', 'person'],
    ['« Le calendrier sera tenu », ajoute aussi Claire Morin.', 'ajoute', 'Claire Morin', 'Claire Morin', 'person'],
    ['« Le calendrier sera tenu », précise également la direction.', 'précise', 'la direction', 'la direction', 'anonymous'],
    ['« Le calendrier sera tenu », a assuré jeudi soir le maire de Tours, Luc Renard.', 'a assuré', 'Luc Renard', 'Luc Renard', 'person'],
  ])('%s', (text, cue, mention, source, kind) => {
    const r = read('fr', text);
    expect(r.attributions).toHaveLength(1);
    expect(r.attributions[0]!.type).toBe('direct');
    expect(about(r, 'Le calendrier sera tenu')).toMatchObject({ cue, mention, source, kind, content: 'Le calendrier sera tenu' });
  });
});

describe('probe 3 (es): verbs of saying of the wire and the sports page', () => {
  it.each([
    ['La portavoz Marta Ibáñez desmintió que el hospital vaya a cerrar en verano.', 'desmintió', 'La portavoz Marta Ibáñez', 'Marta Ibáñez', 'indirect', 'el hospital vaya a cerrar en verano'],
    ['«Tenemos que seguir trabajando», cerró el entrenador Tomás Ayala.', 'cerró', 'el entrenador Tomás Ayala', 'Tomás Ayala', 'direct', 'Tenemos que seguir trabajando'],
    ['"No descartamos nuevas detenciones", ha continuado el subdelegado Jaime Otero.', 'ha continuado', 'el subdelegado Jaime Otero', 'Jaime Otero', 'direct', 'No descartamos nuevas detenciones'],
    ['El subdelegado Jaime Otero ha avanzado que el puerto abrirá de nuevo el lunes.', 'ha avanzado', 'El subdelegado Jaime Otero', 'Jaime Otero', 'indirect', 'el puerto abrirá de nuevo el lunes'],
    ['La consejera Rosa Lerma ha trasladado a los vecinos que las obras acabarán en mayo.', 'ha trasladado', 'La consejera Rosa Lerma', 'Rosa Lerma', 'indirect', 'las obras acabarán en mayo'],
    ['La consejera Rosa Lerma ha incidido en que las ayudas llegarán a todos los municipios.', 'ha incidido', 'La consejera Rosa Lerma', 'Rosa Lerma', 'indirect', 'las ayudas llegarán a todos los municipios'],
  ])('%s', (text, cue, mention, source, type, words) => {
    const r = read('es', text);
    expect(r.attributions).toHaveLength(1);
    expect(about(r, words)).toMatchObject({ cue, mention, source, kind: 'person' });
    expect(r.attributions[0]!.type).toBe(type);
  });

  it('"cerró", "avanzó", "trasladó", "incidió" with a plain object report nothing', () => {
    for (const text of ['La empresa cerró la planta de Soria.', 'El equipo avanzó hacia la final.', 'El servicio trasladó a los heridos al hospital.', 'La sequía incidió en los precios del aceite.']) {
      expect(read('es', text).attributions).toEqual([]);
    }
  });
});

describe('probe 3 (es): two verbs of saying in one sentence, the second after a conjunction or a connective', () => {
  it.each([
    ['El alcalde Iñigo Sastre ha valorado la labor de los bomberos, al tiempo que ha avanzado que el parque reabrirá en junio.', 'ha avanzado', 'el parque reabrirá en junio'],
    ['El alcalde Iñigo Sastre ha valorado la labor de los bomberos y ha avanzado que el parque reabrirá en junio.', 'ha avanzado', 'el parque reabrirá en junio'],
    ['El alcalde Iñigo Sastre ha recordado que la investigación sigue abierta, por lo que ha explicado que el parque reabrirá en junio.', 'ha explicado', 'el parque reabrirá en junio'],
  ])('%s', (text, cue, words) => {
    const r = read('es', text);
    expect(r.attributions).toHaveLength(2);
    expect(about(r, words)).toMatchObject({ cue, mention: 'El alcalde Iñigo Sastre', source: 'Iñigo Sastre', role: 'alcalde' });
    expect(r.attributions[0]!.content.map((c) => c.text).join(' ')).not.toContain(words);
  });

  it('"acusó a X de …, pero remarcó que …": two acts, the mention ends before the cue', () => {
    const r = read('es', 'La diputada Elena Prado acusó al anterior equipo de esconder las facturas, pero remarcó que la deuda está controlada.');
    expect(about(r, 'al anterior equipo de esconder las facturas')).toMatchObject({ cue: 'acusó', mention: 'La diputada Elena Prado', source: 'Elena Prado', content: 'al anterior equipo de esconder las facturas' });
    expect(about(r, 'la deuda está controlada')).toMatchObject({ cue: 'remarcó', mention: 'La diputada Elena Prado', source: 'Elena Prado', content: 'que la deuda está controlada' });
  });

  it('a nested report after "que" stays inside the first', () => {
    const r = read('es', 'La diputada Elena Prado dijo que el consejero ha explicado que no hay fondos.');
    expect(about(r, 'el consejero ha explicado')).toMatchObject({ cue: 'dijo', source: 'Elena Prado' });
  });
});

describe('probe 3 (es): the speaker after the cue, behind a phrase of when, where or to whom', () => {
  it.each([
    ['«No subiremos las tasas», aseguró en una entrevista radiofónica el alcalde de Cuenca, Darío Peña.', 'aseguró', 'Darío Peña', 'No subiremos las tasas'],
    ['«No subiremos las tasas», dijo hoy en una rueda de prensa la ministra de Trabajo, Irene Sáez.', 'dijo', 'Irene Sáez', 'No subiremos las tasas'],
    ['«No subiremos las tasas», explicó ayer en Sevilla el consejero Darío Peña.', 'explicó', 'Darío Peña', 'No subiremos las tasas'],
  ])('%s', (text, cue, source, words) => {
    const r = read('es', text);
    expect(r.attributions).toHaveLength(1);
    expect(about(r, words)).toMatchObject({ cue, source, kind: 'person', content: words });
  });

  it('a phrase about someone after the cue names no speaker: the one who spoke before keeps it', () => {
    const r = read('es', 'Darío Peña habló con la prensa. «Hay que esperar», dijo sobre la consejera Irene Sáez.');
    expect(r.sources.map((s) => s.name)).not.toContain('Irene Sáez');
  });

  it('"«…», ha argumentado antes de …", "«…», dijo ayer.": no adverb is a mention; the last speaker speaks', () => {
    for (const tail of ['ha argumentado antes de visitar el puerto.', 'dijo ayer.']) {
      const r = read('es', `Darío Peña habló con la prensa. «Hay que esperar a los técnicos», ${tail}`);
      expect(about(r, 'Hay que esperar a los técnicos')).toMatchObject({ mention: null, source: 'Darío Peña', kind: 'person' });
    }
  });
});

describe('probe 3 (es): a title with its prefix before the name', () => {
  it.each([
    ['«Las cifras no cuadran», lamentó el codirector de Huertas Unidas, Raúl Ocampo.', 'Raúl Ocampo', 'codirector de Huertas Unidas'],
    ['«Las cifras no cuadran», comentó la subdirectora del colegio, Inés Robles.', 'Inés Robles', 'subdirectora del colegio'],
    ['«Las cifras no cuadran», comentó el exministro de Industria, Raúl Ocampo.', 'Raúl Ocampo', 'exministro de Industria'],
  ])('%s', (text, source, role) => {
    const a = about(read('es', text), 'Las cifras no cuadran');
    expect(a).toMatchObject({ source, kind: 'person', mention: source });
    expect(a.role).toContain(role);
  });
});

describe('probe 3 (es): the wire\'s words for the officeholder named before', () => {
  it.each([
    ['dijo el funcionario.', 'el funcionario'],
    ['dijo el mandatario.', 'el mandatario'],
    ['dijo el titular de Economía.', 'el titular de Economía'],
  ])('%s', (tail, mention) => {
    const r = read('es', 'El ministro de Economía, Raúl Ocampo, dijo que los precios se han moderado.', `«Los bancos ya lo notan», ${tail}`);
    expect(about(r, 'Los bancos ya lo notan')).toMatchObject({ cue: 'dijo', mention, source: 'Raúl Ocampo', kind: 'person' });
    expect(r.sources).toHaveLength(1);
  });

  it('"Un funcionario dijo" stays unnamed', () => {
    expect(about(read('es', 'Un funcionario dijo que los precios se han moderado.'), 'los precios se han moderado')).toMatchObject({ mention: 'Un funcionario', kind: 'anonymous' });
  });
});

describe('probe 3 (es): a paragraph that is only a quotation, its period after the closing mark', () => {
  it.each([
    ['"Las obras acaban en mayo", dijo la concejala Rosa Lerma.', '"No habrá más retrasos, pero vigilaremos los plazos".'],
    ['«Las obras acaban en mayo», dijo la concejala Rosa Lerma.', '«No habrá más retrasos. Vigilaremos los plazos».'],
  ])('%s / %s', (first, second) => {
    const r = read('es', first, second);
    const a = about(r, 'No habrá más retrasos');
    expect(a).toMatchObject({ source: 'Rosa Lerma', kind: 'person' });
    expect(a.content).toContain('los plazos');
    expect(r.sources).toHaveLength(1);
  });
});

describe('probe 3 (en): "revealed", "disclosed", "posted", "observed" report a clause, not a plain object', () => {
  it.each([
    ['Jane Okoro revealed that the audit had been delayed for months.', 'the audit had been delayed', 'Jane Okoro', 'person', 'revealed'],
    ['Jane Okoro has disclosed the contracts were signed without a tender.', 'the contracts were signed', 'Jane Okoro', 'person', 'has disclosed'],
    ['The transport ministry posted on its website that the bridge would stay shut.', 'the bridge would stay shut', 'The transport ministry', 'organization', 'posted'],
    ['The central bank observed that prices were rising faster than wages.', 'prices were rising faster', 'The central bank', 'organization', 'observed'],
  ])('%s', (text, words, source, kind, cue) => {
    const r = read('en', text);
    expect(r.attributions).toHaveLength(1);
    expect(about(r, words)).toMatchObject({ source, kind, cue, content: expect.stringMatching(new RegExp(`^${words}`)) });
  });

  it.each([
    'The city council posted a parking notice on its website.',
    'Dock workers observed a two-day walkout over pay.',
    'The carmaker revealed a new electric model on Monday.',
    'The club disclosed the transfer fee in its annual accounts.',
  ])('no attribution: %s', (text) => {
    expect(read('en', text).attributions).toEqual([]);
  });
});

describe('probe 3 (en): a second verb of saying after "and"/"but" with a plain object reports nothing', () => {
  it.each([
    'The inquiry faulted the hospital for delays but revealed nothing new about the surgeon.',
    'Ruth Adler toured the mill and wrote a long letter to the owners.',
    'The party lost the seat but claimed victory in the capital.',
    'The governor visited the dam and explained her vote to the crowd.',
  ])('%s', (text) => {
    expect(read('en', text).attributions).toEqual([]);
  });

  it('"… and revealed that …" still reports', () => {
    const r = read('en', 'The auditor visited the depot and revealed that fuel had gone missing.');
    expect(about(r, 'fuel had gone missing')).toMatchObject({ source: 'The auditor', kind: 'anonymous', cue: 'revealed', content: 'fuel had gone missing' });
  });
});

describe('probe 3 (en): a capitalised title and its complement set off before the name ("Minister of Health, Name, said")', () => {
  it.each([
    ['Minister of Transport, Chidi Eze, has said that the bridge will reopen in May.', 'the bridge will reopen', 'Chidi Eze', 'Minister of Transport', 'has said'],
    ['Governor of Kano State, Musa Danjuma, said the new schools would open next year.', 'the new schools would open', 'Musa Danjuma', 'Governor of Kano State', 'said'],
  ])('%s', (text, words, source, role, cue) => {
    const r = read('en', text);
    expect(r.sources).toHaveLength(1);
    expect(about(r, words)).toMatchObject({ source, kind: 'person', role, cue, mention: source });
  });

  it('a place set off after the title is no name', () => {
    const r = read('en', 'Minister of Transport, Kano State, said the bridge would reopen.');
    expect(r.sources.map((s) => s.name)).not.toContain('Kano State');
  });
});

describe('probe 3 (en): a phrase opening the sentence with no comma before an honorific is no part of the name', () => {
  it.each([
    ['Interviewed on breakfast radio Mr Okafor said the fares would rise.', 'the fares would rise', 'Okafor', null, 'Mr Okafor'],
    ['Speaking at the depot Ms Varga said the buses were late.', 'the buses were late', 'Varga', null, 'Ms Varga'],
    ['On Tuesday Dr Lindqvist said the ward would reopen.', 'the ward would reopen', 'Lindqvist', null, 'Dr Lindqvist'],
  ])('%s', (text, words, source, role, mention) => {
    const r = read('en', text);
    expect(r.sources).toHaveLength(1);
    expect(about(r, words)).toMatchObject({ source, kind: 'person', role, cue: 'said', mention, content: words });
  });

  it('a title before the honorific stays the role; "and" and "of" before it still join', () => {
    const r = read('en', 'Prime Minister Mr Okafor said the fares would rise.');
    expect(about(r, 'the fares would rise')).toMatchObject({ source: 'Okafor', kind: 'person', role: 'Prime Minister' });
    expect(about(read('en', 'Mr. Okafor and Mr. Varga said the fares would rise.'), 'the fares would rise')).toMatchObject({ mention: 'Mr. Okafor and Mr. Varga' });
  });
});

describe('probe 3 (en): "with people in X told/warned …" is a passive; the people are told, nobody speaks', () => {
  it.each([
    'Hundreds left their homes, with families living near the river told they should leave at once.',
    'The dam was inspected, with residents in Lowton warned that the banks could fail.',
  ])('%s', (text) => {
    expect(read('en', text).attributions).toEqual([]);
  });

  it('a passive after a dash reads no speaker after its cue', () => {
    const r = read('en', 'Council officials said the river was rising.', 'On Sunday the last evacuees – families from Lowton, Kent – were told they could go home.');
    expect(r.attributions).toHaveLength(1);
    expect(about(r, 'the river was rising')).toMatchObject({ source: 'Council officials', kind: 'anonymous', cue: 'said' });
  });

  it('an active "Residents in X warned that …" still reports', () => {
    const r = read('en', 'Residents in Lowton warned that the banks could fail.');
    expect(about(r, 'the banks could fail')).toMatchObject({ source: 'Residents in Lowton', kind: 'anonymous', cue: 'warned', content: 'the banks could fail' });
  });
});

describe('probe 3 (de): "laut" and a document with no article: its issuer speaks', () => {
  it.each([
    ['Laut Mitteilung der Gemeinde bleibt das Freibad bis Juni geschlossen.', 'Gemeinde', 'bleibt das Freibad bis Juni geschlossen'],
    ['Laut Pressemitteilung der Feuerwehr brannte die Scheune vollständig ab.', 'Feuerwehr', 'brannte die Scheune vollständig ab'],
    ['Laut Bericht der Polizei war der Fahrer zu schnell unterwegs.', 'Polizei', 'war der Fahrer zu schnell unterwegs'],
  ])('%s', (text, source, words) => {
    const r = read('de', text);
    expect(r.attributions).toHaveLength(1);
    expect(r.sources).toHaveLength(1);
    expect(about(r, words)).toMatchObject({ source, kind: 'organization', cue: 'Laut', content: words });
  });

  it('"Laut Angaben der Polizei" as "Nach Angaben der Polizei": the police', () => {
    const r = read('de', 'Laut Angaben der Feuerwehr wurde bei dem Brand niemand verletzt.');
    expect(r.sources.map((s) => s.name)).toEqual(['Feuerwehr']);
    expect(about(r, 'wurde bei dem Brand niemand verletzt')).toMatchObject({ source: 'Feuerwehr', kind: 'organization', cue: 'Laut Angaben der', mention: 'Feuerwehr', content: 'wurde bei dem Brand niemand verletzt' });
  });

  it('a name before the link is still whom it was said to: "sagte X der Zeitung"', () => {
    const r = read('de', 'Die Lage sei ernst, sagte Jonas Imhof der Zeitung.');
    expect(about(r, 'Die Lage sei ernst')).toMatchObject({ source: 'Jonas Imhof', kind: 'person', cue: 'sagte' });
  });
});

describe('probe 3 (de): "laut X" or "X zufolge" in the middle of a clause reports both sides of it', () => {
  it.each([
    ['Die Umleitung gilt laut einem Sprecher der Stadtwerke noch bis Freitag.', 'laut', 'einem Sprecher der Stadtwerke', 'anonymous', 'Die Umleitung gilt | noch bis Freitag'],
    ['Der Radfahrer wurde laut Feuerwehr schwer verletzt.', 'laut', 'Feuerwehr', 'organization', 'Der Radfahrer wurde | schwer verletzt'],
    ['Erst im Herbst dürfte es laut Birgit Sommerfeld neue Zahlen geben.', 'laut', 'Birgit Sommerfeld', 'person', 'Erst im Herbst dürfte es | neue Zahlen geben'],
    ['Die Mieten sind Experten zufolge im Frühjahr kräftig gestiegen.', 'zufolge', 'Experten', 'anonymous', 'Die Mieten sind | im Frühjahr kräftig gestiegen'],
  ])('%s', (text, cue, source, kind, content) => {
    const r = read('de', text);
    expect(r.attributions).toHaveLength(1);
    expect(about(r, content.split(' | ')[1]!)).toMatchObject({ source, kind, cue, mention: source, content });
  });

  it.each([
    ['Laut Feuerwehr wurde der Radfahrer schwer verletzt.', 'wurde der Radfahrer schwer verletzt'],
    ['Der Radfahrer wurde schwer verletzt, laut Feuerwehr.', 'Der Radfahrer wurde schwer verletzt'],
    ['Die Straße, die laut Feuerwehr noch bis Freitag gesperrt bleibt, ist eine Umleitung.', 'noch bis Freitag gesperrt bleibt, ist eine Umleitung'],
  ])('opening, closing or inside a relative clause, one side as before: %s', (text, content) => {
    expect(about(read('de', text), content)).toMatchObject({ source: 'Feuerwehr', content });
  });
});

describe('probe 3 (fr): "…, ajoutant que …", "…, a poursuivi X." and "a tenu à rappeler que …": cues of other shapes', () => {
  it('"X a déclaré que A, ajoutant que B": two attributions of the same speaker', () => {
    const r = read('fr', 'Claire Morin a déclaré que la route était coupée, ajoutant que les secours étaient sur place.');
    expect(r.attributions).toHaveLength(2);
    expect(about(r, 'la route était coupée')).toMatchObject({ cue: 'a déclaré', source: 'Claire Morin', kind: 'person', content: 'que la route était coupée' });
    expect(about(r, 'les secours étaient sur place')).toMatchObject({ cue: 'ajoutant', source: 'Claire Morin', kind: 'person', content: 'que les secours étaient sur place' });
  });

  it('"« A », a-t-elle précisé, ajoutant que B « C »": the participle is a mixed attribution of hers', () => {
    const r = read('fr', 'Claire Morin dirige le service. « Le bâtiment est sûr », a-t-elle précisé, ajoutant que les ouvriers avaient dû « renforcer la charpente ».');
    expect(r.attributions).toHaveLength(2);
    expect(about(r, 'Le bâtiment est sûr')).toMatchObject({ cue: 'précisé', source: 'Claire Morin', content: 'Le bâtiment est sûr' });
    const added = r.attributions.find((a) => a.cue.text === 'ajoutant')!;
    expect(added.type).toBe('mixed');
    expect(about(r, 'les ouvriers avaient dû')).toMatchObject({ source: 'Claire Morin', kind: 'person', content: 'que les ouvriers avaient dû « renforcer la charpente »' });
  });

  it('"A, a poursuivi X." after a clause with no quotation marks', () => {
    const r = read('fr', 'Le conducteur a pris la fuite à pied, a poursuivi le commissaire.');
    expect(r.attributions).toHaveLength(1);
    expect(about(r, 'Le conducteur a pris la fuite')).toMatchObject({ cue: 'a poursuivi', mention: 'le commissaire', kind: 'anonymous', content: 'Le conducteur a pris la fuite à pied' });
  });

  it('"A, a poursuivi le rôle, Nom." names the speaker after the role', () => {
    const r = read('fr', 'Le conducteur a pris la fuite à pied, a poursuivi la procureure de Nantes, Anne Roux.');
    expect(about(r, 'Le conducteur a pris la fuite')).toMatchObject({ cue: 'a poursuivi', source: 'Anne Roux', kind: 'person', role: 'la procureure de Nantes', content: 'Le conducteur a pris la fuite à pied' });
  });

  it.each([
    ['La ministre Claire Morin a tenu à rappeler que le calendrier serait tenu.', 'a tenu à rappeler', 'Claire Morin', 'person', 'que le calendrier serait tenu'],
    ['Le maire Luc Renard a souhaité préciser que le calendrier serait tenu.', 'a souhaité préciser', 'Luc Renard', 'person', 'que le calendrier serait tenu'],
    ['La direction tient à souligner que le calendrier sera tenu.', 'tient à souligner', 'La direction', 'anonymous', 'que le calendrier sera tenu'],
  ])('a helper of wish or care before the verb of saying: %s', (text, cue, source, kind, content) => {
    const r = read('fr', text);
    expect(r.attributions).toHaveLength(1);
    expect(about(r, 'le calendrier')).toMatchObject({ cue, source, kind, content });
  });

  it('"cela veut dire que …" and "a poursuivi le suspect" report nothing', () => {
    expect(read('fr', 'Cela veut dire que le calendrier sera tenu.').attributions).toEqual([]);
    expect(read('fr', 'La police a poursuivi le suspect jusqu’à la gare.').attributions).toEqual([]);
  });
});

describe('probe 3 (fr): "M Martin" with no period, and "Le ministre, Paul Martin, a rencontré …"', () => {
  it('"M" with no period is an honorific: "M Renard" is Luc Renard', () => {
    const r = read('fr', 'Le maire Luc Renard était à Trois-Rivières. « Le calendrier sera tenu », a dit M Renard.');
    expect(r.sources).toHaveLength(1);
    expect(about(r, 'Le calendrier sera tenu')).toMatchObject({ cue: 'a dit', mention: 'M Renard', source: 'Luc Renard', kind: 'person', role: 'maire', content: 'Le calendrier sera tenu' });
  });

  it('"Title, Name, a verbe objet": the role is the title, not the verb phrase', () => {
    const r = read('fr', 'La ministre, Claire Morin, a reçu le maire de Tours. « Le calendrier sera tenu », a-t-elle dit.');
    expect(about(r, 'Le calendrier sera tenu')).toMatchObject({ cue: 'dit', mention: 'a-t-elle', source: 'Claire Morin', kind: 'person', role: 'La ministre', content: 'Le calendrier sera tenu' });
  });
});

describe('probe 3 (es): an infinitive of saying after "tras", "al", "después de", "antes de", "luego de" speaks for its clause\'s subject', () => {
  it.each([
    ['El concejal Pedro Vidal ha pedido calma, tras asegurar que el puente resistirá la crecida.', 'el puente resistirá la crecida', 'Pedro Vidal', 'concejal', 'asegurar'],
    ['La rectora Elena Paz defendió el presupuesto al señalar que las aulas están llenas.', 'las aulas están llenas', 'Elena Paz', 'rectora', 'señalar'],
    ['El diputado Tomás Rey abandonó la sala después de explicar que no votará la reforma.', 'no votará la reforma', 'Tomás Rey', 'diputado', 'explicar'],
    ['La jueza Clara Soto suspendió la audiencia luego de advertir que faltaban testigos.', 'faltaban testigos', 'Clara Soto', 'jueza', 'advertir'],
  ])('%s', (text, words, source, role, cue) => {
    const r = read('es', text);
    expect(r.sources).toHaveLength(1);
    expect(about(r, words)).toMatchObject({ source, kind: 'person', role, cue, content: `que ${words}` });
    expect(r.attributions.find((a) => a.cue.text === cue)?.type).toBe('indirect');
  });

  it('the first verb\'s object ends at the lead: "pidió calma al señalar que …" is one report, the infinitive\'s', () => {
    const r = read('es', 'El intendente Raúl Ponce pidió calma al señalar que el agua volverá mañana.');
    expect(r.attributions).toHaveLength(1);
    expect(about(r, 'el agua volverá mañana')).toMatchObject({ source: 'Raúl Ponce', cue: 'señalar', content: 'que el agua volverá mañana' });
  });

  it('the lead opening the sentence: the subject after the comma speaks', () => {
    const r = read('es', 'Tras reconocer que la obra lleva un año de retraso, el alcalde Jaime Ortiz pidió disculpas.');
    expect(about(r, 'la obra lleva un año de retraso')).toMatchObject({ source: 'Jaime Ortiz', kind: 'person', cue: 'reconocer', mention: 'el alcalde Jaime Ortiz' });
  });

  it('an infinitive with a plain object, or with no lead, reports nothing', () => {
    expect(read('es', 'El alcalde Jaime Ortiz llegó tarde tras explicar el plan a los vecinos.').attributions).toEqual([]);
    expect(read('es', 'Los técnicos vinieron para asegurar que la red funcione.').attributions).toEqual([]);
    expect(read('es', 'Es importante señalar que la red funciona.').attributions).toEqual([]);
  });
});

describe('probe 3 (es): a bare plural noun for bodies as subject ("Organizaciones vecinales denunciaron que …") is an unnamed group', () => {
  it.each([
    ['Organizaciones campesinas denunciaron que el riego llega tarde.', 'el riego llega tarde', 'Organizaciones campesinas', 'denunciaron'],
    ['Asociaciones de inquilinos advirtieron que los alquileres subirán.', 'los alquileres subirán', 'Asociaciones de inquilinos', 'advirtieron'],
    ['Colectivos ecologistas reclamaron que se cierre la mina.', 'se cierre la mina', 'Colectivos ecologistas', 'reclamaron'],
    ['Entidades financieras aseguraron que los cajeros funcionan.', 'los cajeros funcionan', 'Entidades financieras', 'aseguraron'],
  ])('%s', (text, words, source, cue) => {
    const r = read('es', text);
    expect(r.sources).toHaveLength(1);
    expect(about(r, words)).toMatchObject({ source, kind: 'anonymous', role: null, cue, mention: source, content: `que ${words}` });
  });

  it('a body named with such a word keeps its name and kind', () => {
    const r = read('es', 'La Federación de Asociaciones Vecinales dijo que el barrio está abandonado.');
    expect(about(r, 'el barrio está abandonado')).toMatchObject({ source: 'Federación de Asociaciones Vecinales', kind: 'organization', cue: 'dijo' });
  });
});

describe('probe 3 (en): an unnamed speaker\'s quotation running over four paragraphs or more keeps them in mind to its end', () => {
  const quoted = [
    'Asked about the closures, the commissioner said, “We have heard the complaints.',
    '“The farmers will lose their harvest.',
    '“Traders cannot reach the markets.',
    '“Families depend on what they sell each week.”',
  ];

  it('"She warned that …" and "“…,” she said" after the quotation are the unnamed speaker\'s', () => {
    const r = read('en', ...quoted, 'She warned that prices would double.', '“Schools will close too,” she said.');
    expect(r.sources).toHaveLength(1);
    expect(about(r, 'Traders cannot reach the markets')).toMatchObject({ source: 'the commissioner', kind: 'anonymous', cue: 'said', mention: 'the commissioner' });
    expect(about(r, 'prices would double')).toMatchObject({ source: 'the commissioner', kind: 'anonymous', cue: 'warned', mention: 'She', content: 'prices would double' });
    expect(about(r, 'Schools will close too')).toMatchObject({ source: 'the commissioner', kind: 'anonymous', cue: 'said', mention: 'she' });
  });

  it('with no quotation running on, a pronoun four paragraphs on still finds no one', () => {
    const r = read('en', 'Asked about the closures, the commissioner said the farmers would lose their harvest.', 'The roads were closed.', 'The markets were empty.', 'The schools were shut.', 'She warned that prices would double.');
    expect(about(r, 'prices would double').source).toBeNull();
  });
});

describe('probe 3 (en): an unnamed group named again in a shorter form, paragraphs on, is the same source', () => {
  const between = ['The mayor said the talks had stalled.', 'The mayor said the buses would still run.', 'The mayor said the schools would open.'];

  it.each([
    ['The 12 regional farm unions said the blockade would go on.', 'Later, the regional farm unions claimed the blockade had worked.', 'The 12 regional farm unions'],
    ['Four senior nurses said the clinic was unsafe.', 'Later, the senior nurses claimed the clinic had closed.', 'Four senior nurses'],
  ])('%s … %s', (first, again, name) => {
    const r = read('en', first, ...between, again);
    expect(r.sources.map((s) => s.name).sort()).toEqual([name, 'The mayor'].sort());
    const later = r.attributions.find((a) => a.cue.text === 'claimed')!;
    expect(later.mention?.text).toBe(again.slice(7, again.indexOf(' claimed')));
    expect(about(r, again.slice(again.indexOf('claimed') + 8, -1))).toMatchObject({ source: name, kind: 'anonymous', cue: 'claimed' });
  });

  it('the noun alone, far on, is no shorter form of the group', () => {
    const r = read('en', 'The 12 regional farm unions said the blockade would go on.', ...between, 'Later, the unions of the south claimed the blockade had worked.');
    expect(about(r, 'the blockade had worked').source).not.toBe('The 12 regional farm unions');
  });
});

describe('probe 3 (en): a reported clause ends before ", while" and a new speaker with a verb of saying', () => {
  it.each([
    ['The governor said the levy was fair, while the farmers argued it would ruin them.', 'the levy was fair', 'The governor', 'the farmers', 'argued', 'it would ruin them'],
    ['The coach said the pitch was dangerous, whereas Rovers insisted it was fine.', 'the pitch was dangerous', 'The coach', 'Rovers', 'insisted', 'it was fine'],
  ])('%s', (text, words, source, other, cue, said) => {
    const r = read('en', text);
    expect(about(r, words)).toMatchObject({ source, cue: 'said', content: words });
    expect(about(r, said)).toMatchObject({ source: expect.stringMatching(new RegExp(other, 'i')), cue, content: said });
  });

  it('", while" with no speaker after it goes on with the clause', () => {
    const r = read('en', 'The governor said the levy was fair, while the reserves were low.');
    expect(about(r, 'the levy was fair')).toMatchObject({ source: 'The governor', cue: 'said', content: 'the levy was fair, while the reserves were low' });
  });
});
