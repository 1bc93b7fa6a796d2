import { describe, expect, it } from 'vitest';
import { about, read, said } from './test-helpers';

describe('indirect speech', () => {
  it.each([
    [
      'subject with an appositive, then the reported clause',
      'Mervan Qamishlo, a spokesman for the Kurdish-led force, said the intensification of attacks began even earlier.',
      { mention: 'Mervan Qamishlo', cue: 'said', content: ['the intensification of attacks began even earlier'], role: 'a spokesman for the Kurdish-led force' },
    ],
    ['told an outlet that', 'Jeffrey told Reuters that the group was regrouping in the desert.', { mention: 'Jeffrey', cue: 'told', content: ['the group was regrouping in the desert'] }],
    ['source and cue closing the sentence', 'The talks will resume next week, the minister said.', { mention: 'the minister', cue: 'said', content: ['The talks will resume next week'] }],
    ['said in a statement that', 'The ministry said in a statement that the border would stay closed.', { mention: 'The ministry', cue: 'said', content: ['the border would stay closed'] }],
    ['a relative clause between subject and cue', 'Smith, who led the inquiry for two years, said the report was incomplete.', { mention: 'Smith', cue: 'said', content: ['the report was incomplete'] }],
    ['according to, before', 'According to the police, the suspect fled on foot.', { mention: 'the police', cue: 'According to', content: ['the suspect fled on foot'] }],
    ['according to, after', 'The suspect fled on foot, according to the police.', { mention: 'the police', cue: 'according to', content: ['The suspect fled on foot'] }],
    ['an -ing cue borrowing its subject', 'The mayor praised the crews, adding that the roads would reopen soon.', { mention: 'The mayor', cue: 'adding', content: ['the roads would reopen soon'] }],
  ])('%s', (_name, text, want) => {
    const found = said(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ type: 'indirect', ...want });
  });

  it('marks reported speech holding a quotation as mixed', () => {
    expect(said('Clinton called half of his supporters “a basket of deplorables.”')[0]).toMatchObject({ type: 'mixed', mention: 'Clinton', cue: 'called' });
  });

  it.each([
    ['a passive', 'The new leader was announced in the post after the raid.'],
    ['a noun, not a verb', 'The reports of fighting in the United States were false.'],
  ])('finds nothing in %s', (_name, text) => {
    expect(said(text)).toEqual([]);
  });
});

describe('an audience after "told" with no "that"', () => {
  it('is no part of what was told ("told police the dress was taken", "told investigators they were unaware")', () => {
    expect(said('Ann Cole told police the dress was taken from her room.')[0]).toMatchObject({ cue: 'told', mention: 'Ann Cole', content: ['the dress was taken from her room'] });
    expect(said('Both aides told investigators they were unaware of the server.')[0]!.content).toEqual(['they were unaware of the server']);
  });
});

describe('an audience after "told", then "that"', () => {
  it('is no part of what was told, whatever the noun ("told jurors that", "telling parliament that", "told the committee that")', () => {
    expect(said('Ann Cole told jurors that she had refused to sign.')[0]).toMatchObject({ cue: 'told', content: ['she had refused to sign'] });
    expect(said('Ann Cole told the committee that the plan would cost more.')[0]!.content).toEqual(['the plan would cost more']);
    expect(said('Ann Cole defended the budget, telling parliament that the economy was slowing.')[0]!.content).toEqual(['the economy was slowing']);
  });
});

describe('an abbreviation ending the sentence', () => {
  it('ends what was said before a word that opens sentences, or before a quotation ("since 2 a.m. He said", "to the U.S. The bank", "wrote on X. “…”")', () => {
    const found = said('The sheriff said crews had rescued 61 people since 2 a.m. He said more rain was coming.\n\nAnn Wu said the money was sent to the U.S. The bank declined to comment.\n\n"The Senate did its job," Ann Wu wrote on X. "It voted no."');
    expect(found[0]!.content).toEqual(['crews had rescued 61 people since 2 a.m.']);
    expect(found[1]).toMatchObject({ mention: 'He', content: ['more rain was coming'] });
    expect(found[2]!.content).toEqual(['the money was sent to the U.S.']);
    expect(found[3]!.content).toEqual(['The Senate did its job,', 'It voted no.']);
  });

  it('but not a title or an initial before a name, nor "U.S." before a noun', () => {
    expect(said('The U.S. Army said the drill was routine.')[0]).toMatchObject({ source: 'U.S. Army' });
    expect(about(read('fr', '« C’est fini », a déclaré M. Le Pen.'), 'C’est fini')).toMatchObject({ source: 'Le Pen' });
  });
});
