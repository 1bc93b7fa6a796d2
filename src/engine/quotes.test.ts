import { describe, expect, it } from 'vitest';
import { said } from './test-helpers';

describe('direct quotes', () => {
  it.each([
    ['speaker after, inverted, with a role', '“We are ready,” said James Jeffrey, the State Department envoy to the coalition.', 'James Jeffrey', 'said', ['We are ready,']],
    ['speaker after with a role clause', '“This will help them,” warned Abdullah Suleiman Ali, a Syrian researcher who studies jihadi groups.', 'Abdullah Suleiman Ali', 'warned', ['This will help them,']],
    ['speaker before, colon', 'Jeffrey said: “They have not taken advantage of it.”', 'Jeffrey', 'said', ['They have not taken advantage of it.']],
    ['pronoun after the quote', 'Smith spoke first. “It is over,” he said.', 'he', 'said', ['It is over,']],
    ['straight marks', '"We will win this," the senator said.', 'the senator', 'said', ['We will win this,']],
    ['single quotes inside double', '“He told me ‘never again’ and left,” she said.', 'she', 'said', ['He told me ‘never again’ and left,']],
    ['apostrophes are not marks', '“We haven’t seen Daesh’s fighters since the ’90s, rock ’n’ roll,” Ali said.', 'Ali', 'said', ['We haven’t seen Daesh’s fighters since the ’90s, rock ’n’ roll,']],
    ['NYT double apostrophes', "''It does not make things worse,'' Mr. Burman said.", 'Mr. Burman', 'said', ['It does not make things worse,']],
  ])('%s', (_name, text, mention, cue, content) => {
    const found = said(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ type: 'direct', mention, cue, content });
  });

  it('keeps a split quote as one attribution with two content spans', () => {
    const found = said('“We will,” she said, “and soon.”');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ type: 'direct', mention: 'she', content: ['We will,', 'and soon.'] });
  });

  it('reads a quote over several paragraphs (a mark opens each, only the last closes) as one', () => {
    const text = 'Ali said: “The first part goes here.\n\n“The second part goes here.\n\n“And the end comes now.”\n\nOthers disagreed.';
    const found = said(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.content).toEqual(['The first part goes here.', 'The second part goes here.', 'And the end comes now.']);
  });

  it('joins a following quoted sentence with no cue of its own to the same speaker', () => {
    const found = said('“We are ready,” said Caddell. “There were two polls yesterday.”');
    expect(found).toHaveLength(1);
    expect(found[0]!.content).toEqual(['We are ready,', 'There were two polls yesterday.']);
  });

  it.each([
    ['a signed quote', '“Maybe we can build a wall around him.” ― Steve Quinlan', 'Steve Quinlan', '―'],
    ['a transcript line', 'PENCE: Well, look, this is serious business for the country.', 'PENCE', ':'],
  ])('finds %s without a verb', (_name, text, mention, cue) => {
    expect(said(text)[0]).toMatchObject({ mention, cue });
  });
});
