import { describe, expect, it } from 'vitest';
import { said } from './test-helpers';

describe('agencies and outlets', () => {
  it.each([
    ['The Associated Press reported', 'The group was defeated last year, The Associated Press reported.', 'The Associated Press', 'reported'],
    ['AP added', 'The militias turned their attention to the troops, AP added.', 'AP', 'added'],
    ['Reuters reported', 'Reuters reported that the talks had stalled again.', 'Reuters', 'reported'],
  ])('%s is a media source', (_name, text, mention, cue) => {
    expect(said(text)[0]).toMatchObject({ mention, cue, kind: 'media' });
  });

  it('makes The Associated Press and AP one source', () => {
    const found = said('The group was defeated last year, The Associated Press reported.\n\nThe militias turned to the troops, AP added.');
    expect(found.map((f) => f.source)).toEqual(['The Associated Press', 'The Associated Press']);
    expect(found[1]!.aliases).toContain('AP');
  });

  it.each([
    ['told CNN', 'Ann Smith told CNN that the vote would be close.'],
    ['in an interview with The New York Times', 'Ann Smith said in an interview with The New York Times that the vote would be close.'],
  ])('keeps the speaker, not the outlet, when someone %s', (_name, text) => {
    expect(said(text)[0]).toMatchObject({ mention: 'Ann Smith', kind: 'person', content: ['the vote would be close'] });
  });
});

describe('unnamed and vague sources', () => {
  it.each([
    ['experts say', 'The unrest gives the group a comeback opportunity, experts say.', 'experts'],
    ['U.S. officials deny', 'U.S. officials deny seeing any increase in attacks.', 'U.S. officials'],
    ['Activists and residents say', 'Activists and residents say the attacks have intensified.', 'Activists and residents'],
    ['a senior official who spoke on condition of anonymity', 'A senior official, who spoke on condition of anonymity, said the plan was dropped.', 'A senior official'],
    ['people familiar with the matter', 'The deal is close, people familiar with the matter said.', 'people familiar with the matter'],
  ])('%s is anonymous', (_name, text, mention) => {
    expect(said(text)[0]).toMatchObject({ mention, kind: 'anonymous' });
  });
});

describe('who a pronoun, surname or role points to', () => {
  it.each([
    ['he -> the last named speaker', '“It is over,” said Abdullah Ali, a researcher.\n\nLater, he said the tensions help the group.', 'he', 'Abdullah Ali'],
    ['a surname -> the full name', 'James Jeffrey said the group was weak.\n\nJeffrey said it had not gained ground.', 'Jeffrey', 'James Jeffrey'],
    ['It -> the subject of the sentence before', 'The U.S.-led coalition then put the fight on hold. It said last week that it had resumed operations.', 'It', 'The U.S.-led coalition'],
    [
      'the spokesman -> the earlier source with that role',
      'Mervan Qamishlo, a spokesman for the force, said the attacks began earlier.\n\nThe spokesman said more fighters had arrived.',
      'The spokesman',
      'Mervan Qamishlo',
    ],
  ])('%s', (_name, text, mention, source) => {
    const found = said(text);
    const last = found[found.length - 1]!;
    expect(last).toMatchObject({ mention, source });
    expect(new Set(found.map((f) => f.source)).size).toBe(found[0]!.source === source ? 1 : 2);
  });

  it('lists a source once with its fullest name, role and aliases', () => {
    const found = said('Jeffrey said the group was weak.\n\nJames Jeffrey, the envoy, said it had not gained ground.');
    expect(found[1]).toMatchObject({ source: 'James Jeffrey', aliases: ['Jeffrey'], role: 'the envoy' });
    expect(found[0]!.source).toBe('James Jeffrey');
  });
});
