import { describe, expect, it } from 'vitest';
import { said } from './test-helpers';

describe('not attributions', () => {
  it.each([
    ['a scare quote', 'Daesh’s self-styled “caliphate” across parts of Iraq and Syria seemed defeated last year.'],
    ['a film title', 'They watched a film called “Jaws” on the beach last night.'],
    ['a nickname', 'The so-called “Gang of Eight” met again on Tuesday.'],
    ['a plain narrative sentence', 'The troops left the base before dawn and drove north.'],
    ['a noun that looks like a cue', 'The reports from the front were grim.'],
    // A verb of saying's plain form after an article and a noun, or after a possessive, is a noun.
    // "claim", "declare", "explain" with a plain object: a victory, a disaster, a vote, no words reported.
    ['a victory claimed', 'Democrats claimed victory in the suburbs on Thursday.'],
    ['a disaster declared', 'The governor declared a disaster in 14 counties.'],
    ['a vote explained', 'Sen. Ann Marsh explained her vote in a long letter to constituents.'],
    // "ask" for something, or asked by someone else, reports no words of the subject's.
    ['a request for a thing', 'The Red Cross was asking for blood donations after the storm.'],
    ['a question put to the subject', 'Kowalczyk, asked about the bet, laughed and walked away.'],
    ['a compound noun ending in a verb of saying', 'Her Facebook post drew thousands of angry comments.'],
    ['a forecast owned by a possessive', 'The government’s forecasts had been checked by the budget office.'],
    ['a warning after an article and a noun', 'The weather service issued a flood warning for the county on Thursday.'],
    // A plural noun before "of" reads like a verb by its ending: "imports", "members".
    ['a plural noun before “of” and a quoted term', 'Since then, U.S. imports of “intermediate goods” from China have cost more.'],
    ['a group before “of” and a quoted name', 'A number of other members of “the Squad” voted against the bill on Friday.'],
    ['a speech noun as a subject', 'On the border, the Russian and Syrian claims are hard to check.'],
    ['a speech noun as the object of a verb after “to”', 'He would always stop by her office to compare notes for the week.'],
    ['what a complaint was about', 'Shop owners complained of long delays at the border crossing.'],
    ['a song title after a verb that is no speech verb', 'Drummers on the plaza played “We Will Not Back Down” for an hour.'],
    ['a participle describing the noun after a name', 'One Harbor County reporting station hasn’t seen a drop of rain since September.'],
    ['a photo caption with its credit', 'Ann Cole said the fight was not over. | © Harbor Daily/Photo Desk'],
    // A word read as a verb, then the sentence's own verb: it is inside the subject, no one's act.
    ['a clause inside the subject, before the sentence’s verb', 'The low ranking the U.S. received was due to its weak “safety net programs” and high costs.'],
    ['a plural noun before the sentence’s verb', 'Only European immigrants are “safe and welcome” in his eyes.'],
    ['what the subject is, after a form of “be”', 'The senator is too “dangerous and reckless” to lead the party.'],
    ['what the subject is, a noun after a form of “be”', 'The network is one culprit in this online “surveillance economy,” albeit a large one.'],
    ['an adjective after a form of “be”', 'Those services are available to any “principal contender” in the race.'],
    ['a preposition opening a sentence before a cue', 'Where the candidates differed was on saying how tough they would be, and where they would be tough.'],
    ['a participle opening a sentence, the article writing it in lower case too', 'Having said that, there are some economists who think the tax is having an effect.'],
    ['a capitalised adjective opening the sentence before its noun', 'Material items can bring joy to many people, but make sure the items on your “want” list are used.'],
    // A verb of writing whose object is a thing written, not a clause.
    ['a verb of writing with a plain object', 'Most companies are writing custom apps for their staff.'],
    ['a verb of writing with a plain object, in the past', 'Connie Marsh wrote a memoir of her years at the clinic.'],
    ['a title quoted in title case with a colon, then its price', '“Until Dawn: Return of the Tide” ($20)\n\nThe game sold well over the holidays.'],
  ])('%s is nobody’s words', (_name, text) => {
    expect(said(text)).toEqual([]);
  });

  it('keeps a scare quote inside reported speech indirect', () => {
    const found = said('Daesh’s self-styled “caliphate” seemed defeated last year, The Associated Press reported.');
    expect(found).toHaveLength(1);
    expect(found[0]!.type).toBe('indirect');
  });

  it('makes reported speech mixed for a quoted word of the speaker\'s, not for a title or a term after "so-called"', () => {
    expect(said('The mayor said the deal was “historic” for the port.')[0]).toMatchObject({ type: 'mixed' });
    expect(said('The mayor said the deal was as bad as “Jaws” for the port.')[0]).toMatchObject({ type: 'indirect' });
    expect(said('The mayor said the so-called “reform” would cost the port.')[0]).toMatchObject({ type: 'indirect' });
  });
});

describe('a copyright sign', () => {
  it('written after a letter or an accent is a broken accent, and the paragraph is read', () => {
    expect(said('The minister told the daily LibA\u0303© that the plan was dead.')).toMatchObject([{ cue: 'told' }]);
  });
});

describe('an adverb opening a sentence', () => {
  it('is never the speaker of a quotation a colon opens', () => {
    const found = said('Thankfully, now we know when it ships and for how much: “Harbor Run” will cost $10 in December.');
    expect(found.every((f) => f.source !== 'Thankfully')).toBe(true);
  });
});

describe('a lead-in "Regardless of …,"', () => {
  it('is never the speaker of a quotation a colon opens', () => {
    const found = said('Regardless of how much weight you give the survey, its advice is a good one: “Learn the tools that employers want.”');
    expect(found.every((f) => f.source !== 'Regardless')).toBe(true);
  });
});

describe('a verb that quotes only beside a quotation', () => {
  it('reports nothing after a quotation that ends the paragraph before', () => {
    const found = said('Ann Cole, the union’s leader, said the talks were “over.”\n\nNow Cole put out another list of demands.');
    expect(found.map((f) => f.cue)).toEqual(['said']);
  });
});

describe('a plural noun after a word that counts', () => {
  it('is the subject, and the verb after it the cue', () => {
    expect(said('Many reports suggest that drivers are unhappy with the company.')).toMatchObject([{ cue: 'suggest', mention: 'Many reports' }]);
  });

  it('leaves "Some say" to the ones who say it', () => {
    expect(said('Some say the plan is dead.')).toMatchObject([{ cue: 'say', mention: 'Some', kind: 'anonymous', content: ['the plan is dead'] }]);
  });
});

describe('a complaint and then a statement', () => {
  it('gives the statement, not the complaint, to the pair who made it', () => {
    const found = said('Farmers and shop owners also have complained of slow repairs and say that the outages were carried out carelessly.');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ cue: 'say', source: 'Farmers and shop owners', content: ['the outages were carried out carelessly'] });
  });
});

describe('a participle after a name', () => {
  it('is a cue when it reports the clause after it', () => {
    expect(said('Both men issued a statement, Ryan saying he was “very encouraged” by the talks.')[0]).toMatchObject({ cue: 'saying', mention: 'Ryan' });
  });
});

describe('"We’re told", "I’m told"', () => {
  it('is the writer hearing something, not the last speaker speaking again', () => {
    const found = said('Lupita Nyong’o told police the dress was taken from her room.\n\nWe’re told there is security footage. I’m told the footage is clear.');
    expect(found.map((f) => f.cue)).toEqual(['told']);
    expect(found[0]!.content).toEqual(['the dress was taken from her room']);
  });
});

describe('"that" after a verb of saying', () => {
  it('opens what is said: the name after it is no speaker standing after the verb', () => {
    const found = said('Several fact checkers, including The Harbor Post, pointed out that Comey never said that.');
    expect(found.map((a) => a.source)).not.toContain('Comey');
  });
});

describe('the writer speaking in the first person, outside any quotation', () => {
  it('is no one quoted: "I agree", "We asked" are not the last speaker\'s', () => {
    const found = said('My colleague Maria Lopez said the headset would make a great TV.\n\nI agree that it could, and could see myself watching a film in it.\n\nWe asked the company whether it would cost less next year.');
    expect(found.map((f) => [f.source, f.cue])).toEqual([['Maria Lopez', 'said']]);
  });

  it('leaves "I" inside a quotation to its speaker', () => {
    const found = said('“I agree that it could,” Maria Lopez said.');
    expect(found.map((f) => [f.source, f.mention])).toEqual([['Maria Lopez', 'Maria Lopez']]);
  });
});

describe('a verb of writing before a clause', () => {
  it('still reports it when a pronoun opens it, with no "that" ("Okafor writes he would …")', () => {
    expect(said('Okafor writes he would raise fees for visas.')).toMatchObject([{ source: 'Okafor', cue: 'writes', content: ['he would raise fees for visas'] }]);
  });
});

describe('a noun that is also a verb of saying', () => {
  it('leaves the clause around it to its own verb: "In a blog post …, the company denied", "defended the government’s forecast …, telling"', () => {
    const found = said('Treasurer Jim Calloway defended the government’s forecast of a surplus, telling parliament that the economy was slowing.\n\nIn a blog post on Monday, the company said the claims were false.');
    expect(found.map((f) => f.cue)).toEqual(['telling', 'said']);
    expect(found[0]).toMatchObject({ source: 'Jim Calloway', content: ['the economy was slowing'] });
    expect(found[1]).toMatchObject({ source: 'the company', content: ['the claims were false'] });
  });

  it('but "the officials warn", "the company is warning" keep their verb', () => {
    const found = said('The officials warn that the river will rise again. The company is warning that prices will climb.');
    expect(found.map((f) => f.cue)).toEqual(['warn', 'warning']);
  });

  it('a common noun\'s possessive is no verb: "Citing last week’s attack as a wake-up call for “…”"', () => {
    const found = said('Citing last week’s attack as a wake-up call for “reveries about the presidency,” Will urged voters to abandon outsiders.');
    expect(found.map((f) => f.cue)).toEqual(['urged']);
  });
});

describe('"who asked not to be named", "who asked to remain anonymous"', () => {
  it('is no act of saying: only the main verb reports', () => {
    const found = said('A former resident, who asked not to be named, said the warden was brutal. An official, who asked to remain anonymous, said the talks had failed.');
    expect(found.map((f) => f.cue)).toEqual(['said', 'said']);
    expect(found[0]).toMatchObject({ source: 'A former resident', content: ['the warden was brutal'] });
  });
});

describe('"claimed", "declared", "explained" before a clause with no "that"', () => {
  it('still report it when a verb follows its subject ("claimed the election was rigged", "claimed millions voted illegally")', () => {
    const found = said('Ann Cole claimed the election was rigged. Tom Reyes claimed millions voted illegally. Ann Cole wrote the plan was dead.');
    expect(found.map((f) => f.content)).toEqual([['the election was rigged'], ['millions voted illegally'], ['the plan was dead']]);
  });
});
