/**
 * The forms of verbs of saying made from their infinitives: each expectation written from the language's grammar.
 */
import { describe, expect, it } from 'vitest';
import { frenchForms, germanForms, spanishForms } from './verb-forms';

const forms = (list: string): string[] => list.split('\n');

describe('spanishForms', () => {
  it('a regular verb in -ar: the third persons of the present, the preterite and the imperfect, and the participle', () => {
    expect(forms(spanishForms('afirmar'))).toEqual(['afirma', 'afirman', 'afirmó', 'afirmaron', 'afirmaba', 'afirmaban', 'afirmado']);
  });

  it('verbs in -er and -ir, with a stem that changes in the present and the preterite', () => {
    expect(forms(spanishForms('responder'))).toEqual(['responde', 'responden', 'respondió', 'respondieron', 'respondía', 'respondían', 'respondido']);
    expect(forms(spanishForms('advertir:ie/i'))).toEqual(['advierte', 'advierten', 'advirtió', 'advirtieron', 'advertía', 'advertían', 'advertido']);
    expect(forms(spanishForms('recordar:ue'))).toContain('recuerdan');
    expect(forms(spanishForms('negar:ie'))).toEqual(expect.arrayContaining(['niega', 'niegan', 'negó']));
  });

  it('"concluye", "leyó", "leído": a "y" in verbs in -uir and after a stem ending in a vowel', () => {
    expect(forms(spanishForms('concluir'))).toEqual(['concluye', 'concluyen', 'concluyó', 'concluyeron', 'concluía', 'concluían', 'concluido']);
    expect(forms(spanishForms('leer'))).toEqual(['lee', 'leen', 'leyó', 'leyeron', 'leía', 'leían', 'leído']);
  });

  it('"preguntar!": no present, which is a common noun ("la pregunta")', () => {
    expect(forms(spanishForms('preguntar!'))).toEqual(['preguntó', 'preguntaron', 'preguntaba', 'preguntaban', 'preguntado']);
  });

  it('comments and blank lines are no verbs', () => {
    expect(forms(spanishForms('# verbs\n\nnarrar  # to narrate\n'))).toHaveLength(7);
  });
});

describe('frenchForms', () => {
  it('a verb of the first group: present, imperfect, passé simple and participle', () => {
    expect(forms(frenchForms('déclarer'))).toEqual(['déclare', 'déclarent', 'déclarait', 'déclaraient', 'déclara', 'déclarèrent', 'déclaré']);
  });

  it('"révèle", "annonçait", "interrogeait": the grave accent before a silent ending, a soft "c" and "g" before "a"', () => {
    expect(forms(frenchForms('révéler'))).toEqual(expect.arrayContaining(['révèle', 'révèlent', 'révélait', 'révélé']));
    expect(forms(frenchForms('annoncer'))).toEqual(expect.arrayContaining(['annonce', 'annonçait', 'annonça', 'annoncèrent', 'annoncé']));
    expect(forms(frenchForms('interroger'))).toEqual(expect.arrayContaining(['interroge', 'interrogeait', 'interrogea', 'interrogé']));
  });

  it('a verb of the second group: "avertit", "avertissent", "averti"', () => {
    expect(forms(frenchForms('avertir'))).toEqual(['avertit', 'avertissent', 'avertissait', 'avertissaient', 'avertirent', 'averti']);
  });

  it('"critiquer!": no present, which is a common noun ("la critique")', () => {
    expect(forms(frenchForms('critiquer!'))).not.toContain('critique');
    expect(forms(frenchForms('critiquer!'))).toContain('critiquait');
  });
});

describe('germanForms', () => {
  it('a weak verb: infinitive and plural, third person, past tense and participle', () => {
    expect(forms(germanForms('sagen'))).toEqual(['sagen', 'sagt', 'sagte', 'sagten', 'gesagt']);
  });

  it('"antwortet", "rechnet", "bezeichnet" take an "e"; "lernt", "warnt" do not', () => {
    expect(forms(germanForms('antworten'))).toEqual(['antworten', 'antwortet', 'antwortete', 'antworteten', 'geantwortet']);
    expect(forms(germanForms('bezeichnen'))).toContain('bezeichnete');
    expect(forms(germanForms('warnen'))).toEqual(['warnen', 'warnt', 'warnte', 'warnten', 'gewarnt']);
  });

  it('no "ge-" after an inseparable prefix or in -ieren; "äußern" keeps its stem', () => {
    expect(forms(germanForms('bestätigen'))).toContain('bestätigt');
    expect(forms(germanForms('bestätigen'))).not.toContain('gebestätigt');
    expect(forms(germanForms('kritisieren'))).toEqual(['kritisieren', 'kritisiert', 'kritisierte', 'kritisierten', 'kritisiert']);
    expect(forms(germanForms('schildern'))).toEqual(['schildern', 'schildert', 'schilderte', 'schilderten', 'geschildert']);
  });

  it('a separable verb: only the forms that hold its particle ("wie die Polizei mitteilte", "mitgeteilt")', () => {
    expect(forms(germanForms('mit|teilen'))).toEqual(['mitteilen', 'mitteilt', 'mitteilte', 'mitteilten', 'mitgeteilt']);
  });
});
