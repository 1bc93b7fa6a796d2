import { describe, expect, it } from 'vitest';
import { said } from './test-helpers';

// Quotation shapes news writing uses beyond the textbook "“…,” he said." Sentences written for
// these tests; each case names the class of error it guards against.
describe('quotation shapes', () => {
  it.each([
    [
      'a quotation that starts mid-sentence, speaker after',
      'The ferry “has never once been late this winter,” the harbour master said.',
      'the harbour master',
      'mixed',
      ['The ferry “has never once been late this winter,”'],
    ],
    [
      'a lead-in phrase before a mid-sentence quotation',
      'In past seasons, “we could count on the snow by December,” Ms. Okafor said.',
      'Ms. Okafor',
      'mixed',
      ['In past seasons, “we could count on the snow by December,”'],
    ],
    [
      'a colon inside the sentence before the quotation',
      'Director Lena Park scolded the board: “You had three years to fix the roof,” she said.',
      'she',
      'direct',
      ['You had three years to fix the roof,'],
    ],
    [
      'a name after the quotation with two appositives',
      '“The bridge will reopen in May,” Tomas Reyes, the county engineer, one of the project’s critics, said at a meeting.',
      'Tomas Reyes',
      'direct',
      ['The bridge will reopen in May,'],
    ],
    [
      'a speaker and cue at the sentence start (Said X, “…”)',
      'Said Marta Diaz, who has run the bakery for 30 years, “We were all so proud of them.”',
      'Marta Diaz',
      'direct',
      ['We were all so proud of them.'],
    ],
    [
      'a left mark typed where the closing one belongs',
      '“The count is not finished yet,“ said Jim Alvarez, the election clerk.',
      'Jim Alvarez',
      'direct',
      ['The count is not finished yet,'],
    ],
    [
      'a right mark typed where the opening one belongs',
      'Other text.\n\n” … what we learned from the families is that the fear is real,” he said.',
      'he',
      'direct',
      ['… what we learned from the families is that the fear is real,'],
    ],
  ])('%s', (_name, text, mention, type, content) => {
    const found = said(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ mention, type, content });
  });

  it('reads a block quotation introduced by a colon that ends the paragraph before it', () => {
    const text = 'The council released a long answer.\n\nThe Boston Globe reports:\n\n“Fewer than a third of the buses ran on time in March.\n\n“Officials blame the weather and a shortage of drivers.”\n\nThe mayor did not comment.';
    const found = said(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ mention: 'The Boston Globe', cue: 'reports', type: 'direct', kind: 'media' });
    expect(found[0]!.content).toEqual(['Fewer than a third of the buses ran on time in March.', 'Officials blame the weather and a shortage of drivers.']);
  });

  it('reads a block quotation after a verb that is no speech verb ("released the following statement:")', () => {
    const found = said('Governor Ames released the following statement:\n\n“We mourn with the families of the miners.”');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ source: 'Ames', type: 'direct', content: ['We mourn with the families of the miners.'] });
  });

  it('prefers the quotation after the cue to an introductory phrase before the name', () => {
    const found = said('On Twitter, Mayor Jill Hart called the plan “reckless.”');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ mention: 'Mayor Jill Hart', content: ['the plan “reckless.”'] });
  });

  it.each([
    ['a second speech verb after the quotation', 'Senator Wu called the bill “a disgrace” and said she would vote against it.', 'the bill “a disgrace”'],
    ['a participle after the quotation', 'Mr. Lund said the work “should be finished by June,” referring to the school’s new wing.', 'the work “should be finished by June,”'],
    ['a time clause after the quotation', 'Ms. Berg said she was “excited about the numbers” as she left the hall.', 'she was “excited about the numbers”'],
    ['a new clause after a quotation ending in a comma', 'Mr. Cole pointed out that the plan is “Medicare for all,” Ms. Rai seized on the remark.', 'the plan is “Medicare for all,”'],
  ])('ends the content at the quotation: %s', (_name, text, content) => {
    const found = said(text);
    expect(found[0]!.content).toEqual([content]);
  });

  it('keeps an interview title before the speaker out of the content when the cue has its own clause', () => {
    const found = said('In an interview on “Meet the Press,” Ryan said the budget would pass this spring.');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ mention: 'Ryan', type: 'indirect', content: ['the budget would pass this spring'] });
  });
});

describe('what follows the cue', () => {
  it('reads a participle phrase after the cue as its own cue, not as the reported clause', () => {
    const found = said('The port “has made dramatic changes for the better,” Mayor Ruiz said in June, citing the new cranes.');
    expect(found[0]).toMatchObject({ mention: 'Mayor Ruiz', cue: 'said', type: 'mixed', content: ['The port “has made dramatic changes for the better,”'] });
  });

  it('a relative clause after the cue is no reported clause; "to" before a verb is no phrase of where', () => {
    expect(said('Officials met on Monday and agreed on training, which must match the needs of each town.').map((f) => f.cue)).not.toContain('agreed');
    const found = said('Ms. Ruiz spoke in Denver. She also vowed to form a joint task force with the county to crack down on leaks.');
    expect(found).toEqual([expect.objectContaining({ cue: 'vowed', mention: 'She', content: ['to form a joint task force with the county to crack down on leaks'] })]);
  });

  it('"…, as the team reports in Science": the clause before the comma is what was reported', () => {
    const found = said('Unlike the usual method, this process needs no great heat, as the team reports in Science.');
    expect(found).toEqual([expect.objectContaining({ cue: 'reports', mention: 'the team', content: ['Unlike the usual method, this process needs no great heat'] })]);
    expect(said('He was late again, as he has been for weeks, so the board met without him.')).toEqual([]);
  });

  it('a number with a thousands comma is one word; "at least 5,000" is no phrase of where', () => {
    const found = said('The unions said more than 15,000 people registered. Indiana State Police reported at least 5,000 people entered the Statehouse through public entrances, but the count was rough.');
    expect(found.map((f) => f.content[0])).toEqual(['more than 15,000 people registered', 'at least 5,000 people entered the Statehouse through public entrances']);
  });

  it('a cue set off by commas between quoted words and the rest of the sentence attributes both', () => {
    const found = said('While some people carry two phones, and “we love you for that,” Cook said, most do their personal and professional tasks on one device.');
    expect(found).toEqual([expect.objectContaining({ cue: 'said', mention: 'Cook', type: 'mixed', content: ['While some people carry two phones, and “we love you for that,”', 'most do their personal and professional tasks on one device'] })]);
  });

  it('"weighed in", "chimed in" are cues', () => {
    expect(said('“We all miss Steve so much,” Benioff weighed in.')).toEqual([expect.objectContaining({ cue: 'weighed in', mention: 'Benioff', type: 'direct' })]);
  });

  it('"posted on Twitter accusing …": the participle is the cue; words of time before the subject are no content', () => {
    const found = said('Then, last week, Taylor Swift posted on Twitter accusing Big Machine of trying to stop her performing tracks from her first albums.');
    expect(found).toEqual([expect.objectContaining({ cue: 'accusing', mention: 'Taylor Swift', content: ['Big Machine of trying to stop her performing tracks from her first albums'] })]);
  });

  it('"As we’ve noted, …": the writer pointing back is no attribution; the study\'s cue is', () => {
    const found = said('As we’ve noted, a March 2019 study by the Centre for Economic Policy Research concluded that “the full incidence of the tariff falls on domestic consumers.”');
    expect(found.map((f) => f.cue)).toEqual(['concluded']);
  });

  it('a lead-in and a phrase set off after it come before "it": the subject of the sentence before', () => {
    const found = said('Boeing is one of the companies bidding on the program. In a statement released November 5, the day the proposals were due to NASA, it said it submitted a proposal for a lander.');
    expect(found).toEqual([expect.objectContaining({ cue: 'said', mention: 'it', source: 'Boeing' })]);
  });

  it('a description is read by its head noun: "Boeing, prime contractor for the core stage" names no prime minister', () => {
    const found = said('Cooke’s clients include Boeing, prime contractor for the core stage. “It depends on what Boeing is willing to invest,” Boeing said.');
    expect(found).toEqual([expect.objectContaining({ source: 'Boeing', kind: 'organization' })]);
  });

  it('bodies not named, a group of them, are an unnamed source; named by their countries, they are organizations', () => {
    expect(said('Education advocacy groups estimated this year that a 9% funding increase was needed.')).toEqual([expect.objectContaining({ source: 'Education advocacy groups', kind: 'anonymous' })]);
    expect(said('On Monday, the Russian and Syrian defense ministries said the camp must close.')).toEqual([expect.objectContaining({ kind: 'organization' })]);
  });

  it('a title\'s possessive opens a body\'s name: "the California Governor\'s Office of Emergency Services"', () => {
    expect(said("The California Governor's Office of Emergency Services said in an October report that the outages were broad.")).toEqual([
      expect.objectContaining({ source: "California Governor's Office of Emergency Services", kind: 'organization' }),
    ]);
    expect(said("Steenburgen's son Charlie said the songs were good.")[0]?.source).not.toContain('son');
  });

  it('an inverted cue and its speaker set off by commas split the words they attribute', () => {
    const found = said('The plan, said Ian Vance, is dead because nobody on the council wanted it.');
    expect(found).toEqual([expect.objectContaining({ cue: 'said', mention: 'Ian Vance', content: ['The plan', 'is dead because nobody on the council wanted it'] })]);
  });
});

describe('a second verb of the same subject', () => {
  it.each([
    ['after "and then"', 'Mayor Hart blasted the plan at a rally and then tweeted that it was “a disgrace.”', 'Mayor Hart', 'it was “a disgrace.”'],
    ['after a name with its party and state', 'Sen. Ann Holt (D-Mo.) said the plan would fail, and called the mayor “the leading proponent of waste.”', 'Sen. Ann Holt', 'the mayor “the leading proponent of waste.”'],
    ['after "and", past an appositive', 'Mayor Dunn, speaking on local radio, called the plan a “blunder,” and said the council would vote it down.', 'Mayor Dunn', 'the council would vote it down'],
    ['after "but"', 'She says voters may not like the answer, but insists the tax is “the only honest way.”', 'She', 'the tax is “the only honest way.”'],
  ])('%s', (_name, text, mention, content) => {
    const second = said(text).at(-1)!;
    expect(second).toMatchObject({ mention, content: [content] });
  });
});

describe('a name set off before the cue', () => {
  it.each([
    ['a parenthesis, then a relative clause', 'Sen. Ann Holt (D-Mo.), who has endorsed the mayor, said the plan was “a good start.”', 'Sen. Ann Holt'],
    ['an appositive between double hyphens', 'A former governor -- Tom Reyes, who lost the 2008 race -- said the plan “will not work.”', 'A former governor'],
    ['an appositive between em dashes', 'The union’s lawyer — Maria Lind, a labour specialist — said the deal was “unlawful.”', 'The union’s lawyer'],
  ])('%s', (_name, text, mention) => {
    const found = said(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.mention).toBe(mention);
  });
});

describe('transcript lines', () => {
  it('reads a speaker label with a party and state before the colon', () => {
    const found = said('Rep. Ann Lowe (R-S.C.): I have not heard anyone other than you cite that figure.');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ mention: 'Rep. Ann Lowe', cue: ':', content: ['I have not heard anyone other than you cite that figure'] });
  });

  it('reads a transcript line quoted whole, the label left out of the words', () => {
    const found = said('The exchange went on.\n\n"HARRIS: We have to rebuild the bridge before the winter comes."');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ mention: 'HARRIS', type: 'direct', content: ['We have to rebuild the bridge before the winter comes.'] });
  });
});

describe('quoted words after a verb that is no speech verb', () => {
  it.each([
    ['a lead-in participle phrase with commas of its own', 'Speaking at a school in Dover, Delaware, Mayor Hart referred to the plan as “a total mess.”', 'Mayor Hart', 'referred'],
    ['a subordinate clause before the subject', 'While the council did not vote, Ms. Lind called the delay “a gift to the developers.”', 'Ms. Lind', 'called'],
    ['a verb the noun-phrase reader took for a noun', 'Holt refers to the mayor, who is his neighbour, as “my good friend Sam.”', 'Holt', 'refers'],
    ['an adverb between the subject and the verb', 'Dunn however praised the crews as “the best in the state.”', 'Dunn', 'praised'],
    ['an appositive between the subject and its verb', 'Dora Lind, celebrating a win in her home town, is pledging to “finish the bridge by spring.”', 'Dora Lind', 'pledging'],
    ['two subjects joined by "and"', 'Hart and Lind dismissed the vote as “a loss for every family.”', 'Hart and Lind', 'dismissed'],
    ['a lead-in past participle', 'Horrified at the cost, Ramos believes in a budget that “takes sides.”', 'Ramos', 'believes'],
    ['another attribution later in the same sentence', 'Ms. Berg urged voters to “stay home and stay warm” and said the polls would stay open late.', 'Ms. Berg', 'urged'],
  ])('%s', (_name, text, mention, cue) => {
    const found = said(text);
    expect(found[0]).toMatchObject({ mention, cue });
    expect(found[0]!.content.join(' ')).toMatch(/[“”]/);
  });

  it('reads the subject past a sentence adverb set off by commas', () => {
    const found = said('Sanders, meanwhile, who has no such endorsements, said the count shows who is “ready to lead.”');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ mention: 'Sanders', cue: 'said', content: ['the count shows who is “ready to lead.”'] });
  });

  it('ends the content where a new subject speaks for itself after ", and"', () => {
    const found = said('Mr. Cole called the audit “rigged” in a post on Tuesday, and a few council members have called for a new count.');
    expect(found[0]).toMatchObject({ mention: 'Mr. Cole', content: ['the audit “rigged” in a post on Tuesday'] });
    expect(found[1]).toMatchObject({ cue: 'have called' });
  });
});

describe('a sentence that opens with the quotation', () => {
  it.each([
    ['a name, then a verb that is no speech verb', '“Go back to your seat,” Mayor Hart barked.', 'Mayor Hart', 'barked', 'Go back to your seat,'],
    ['the verb, then the name', '“This is fantastic!” beamed Dora Lind of Dover.', 'Dora Lind of Dover', 'beamed', 'This is fantastic!'],
    ['a verb with its particle', '“You had your chance,” Holt shot back.', 'Holt', 'shot back', 'You had your chance,'],
  ])('%s', (_name, text, mention, cue, content) => {
    const found = said(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ mention, cue, type: 'direct', content: [content] });
  });

  it('leaves a title followed by its description alone', () => {
    expect(said('“Jaws,” the film, opens Friday.')).toEqual([]);
  });
});

describe('the subject before the cue, in harder shapes', () => {
  it('reads a clause opened by "that" and then "by" as reported speech, not as where it was said', () => {
    const found = said('On Sunday, Mayor Hart said that by closing the bridge, the council had “failed every family.”');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ mention: 'Mayor Hart', content: ['by closing the bridge, the council had “failed every family.”'] });
  });

  it('reads a second verb inside an opening subordinate clause, its content ending with the clause', () => {
    const found = said('When Mayor Hart later spoke about the flood and said she would “rebuild every home,” the crowd applauded.');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ mention: 'Mayor Hart', cue: 'said', content: ['she would “rebuild every home,”'] });
  });

  it('reads a name with a stray comma after its parenthesis', () => {
    const found = said('Sen. Ann Holt (D-Mo.), said after a lunch on Tuesday that she had not read the plan.');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ mention: 'Sen. Ann Holt', content: ['she had not read the plan'] });
  });

  it('reads the opening name past appositives holding a quoted title', () => {
    const found = said('Dora Lind, a contestant on the show “The Bake-Off,” who later ran a bakery, said her rival was “always kind.”');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ mention: 'Dora Lind', cue: 'said', content: ['her rival was “always kind.”'] });
  });
});

describe('a colon before the quotation', () => {
  it('takes a name after a dash as the label of the quotation', () => {
    const found = said('Turnout rose in every county - Ann Holt: “We saw lines we had never seen before.”');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ mention: 'Ann Holt', cue: ':', type: 'direct', content: ['We saw lines we had never seen before.'] });
  });

  it('takes the quotation after the colon whole, whatever follows it', () => {
    const found = said('Turnout rose in every county - Ann Holt: “We saw lines we had never seen before.” [Daily Ledger]');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ mention: 'Ann Holt', content: ['We saw lines we had never seen before.'] });
  });

  it('reads a quotation followed by its source in square brackets', () => {
    const found = said('BRIDGE TO REOPEN “The county says the work will be finished by the end of March.” [AP.]');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ mention: 'AP', cue: '[AP.]', kind: 'media', type: 'direct', content: ['The county says the work will be finished by the end of March.'] });
  });

  it('reads the subject past a short lead-in participle ("Asked …,")', () => {
    const found = said('Asked which town was his favorite, he demurred: “Whichever one I am in at the moment.”');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ mention: 'he', cue: 'demurred:', content: ['Whichever one I am in at the moment.'] });
  });
});

describe('quoted words whose speaker is not the subject of the sentence', () => {
  it.each([
    ['a second clause with its own subject', 'The council met for an hour, while Mayor Hart described the plan as “a gift to every family.”', 'Mayor Hart', 'described'],
    ['a name with a parenthesis and helpers before its verb', 'The hearing dragged on, and Senate leader Ann Holt (D-Mo.) has been steadily pounding the plan as “a con.”', 'Senate leader Ann Holt', 'pounding'],
    ['a relative clause', 'The board backed the budget, which Ms. Lind praised as “the fairest in a decade.”', 'Ms. Lind', 'praised'],
  ])('%s', (_name, text, mention, cue) => {
    const found = said(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ mention, cue });
    expect(found[0]!.content.join(' ')).toMatch(/“/);
  });

  it('gives each later quotation of a sentence its own nearest speaker', () => {
    const found = said('Mayor Hart called the vote “a disgrace,” and Councillor Lind described the result as “long overdue.”');
    expect(found.map((f) => [f.mention, f.cue])).toEqual([['Mayor Hart', 'called'], ['Councillor Lind', 'described']]);
  });

  it('reads what somebody called something as their words', () => {
    const found = said('The council met in the hopes of shedding what Mayor Hart called “a perception problem.”');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ mention: 'Mayor Hart', cue: 'called', content: ['a perception problem.'] });
  });

  it.each([
    ['a name', 'The debate turned on Mayor Hart’s recent assertion that “thousands” of homes were flooded.', 'Mayor Hart’s', 'assertion'],
    ['a possessive pronoun', 'Critics seized on her remark that the budget was “a work of fiction.”', 'her', 'remark'],
  ])('reads a speech noun owned by %s ("… claim that “…”")', (_name, text, mention, cue) => {
    const found = said(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ mention, cue });
  });

  it('still leaves a title alone', () => {
    expect(said('The crowd cheered when the band played the song “All Right Now” at the end.')).toEqual([]);
  });
});

describe('where a reported clause ends', () => {
  it('ends at "and" with a past-tense speech verb: a second report of the same speaker', () => {
    const found = said('The ministry said it was “firmly opposed” to the test and warned the neighbours to stay calm.');
    expect(found[0]).toMatchObject({ cue: 'said', content: ['it was “firmly opposed” to the test'] });
  });

  it('ends at a quotation closing with a comma, then "but" or "and" and a new subject', () => {
    const found = said('Mayor Hart said the plan means lower rents and “homes, homes, homes,” but she has also raised the tax.');
    expect(found[0]).toMatchObject({ cue: 'said', content: ['the plan means lower rents and “homes, homes, homes,”'] });
  });

  it.each([
    ['which', 'Ms. Berg said the costs were “in the seven figures,” which the council disputes.', 'the costs were “in the seven figures,”'],
    ['though', 'Mr. Cole said the two plans are “about right,” though voters prefer the first.', 'the two plans are “about right,”'],
  ])('ends at a quotation closing with a comma, then "%s" and the writer\'s words', (_word, text, content) => {
    expect(said(text)[0]).toMatchObject({ cue: 'said', content: [content] });
  });

  it('ends at a quotation, then "and" and a second verb in the past', () => {
    const found = said('Ms. Cross called the vote “a citizenship election” and likened it to the great campaigns of the past.');
    expect(found[0]).toMatchObject({ mention: 'Ms. Cross', content: ['the vote “a citizenship election”'] });
  });

  it('ends at a comma, an adverb and a participle phrase', () => {
    const found = said('Mayor Hart said she would consider it a “personal insult” if they stayed home, implicitly putting her name on the line.');
    expect(found[0]).toMatchObject({ cue: 'said', content: ['she would consider it a “personal insult” if they stayed home'] });
  });

  it('reads the verb after a helper ("is labeling") when the speaker is not the subject', () => {
    const found = said('The hearing ran late, while Governor Ames is labeling the delay “a blatant abuse of power.”');
    expect(found[0]).toMatchObject({ mention: 'Governor Ames', cue: 'labeling' });
  });
});

describe('a transcript quoted whole, an opening mark at each line', () => {
  const text = [
    'Partial transcript as follows:',
    '"HARRIS: Will the bridge open before winter? And what will it cost the town in the end?',
    '"LOWE: It opens in November. The cost is what the council approved in “the spring budget.”',
    '"(CROSSTALK.)',
    '"The rest of the money comes from the state, as it always has for bridges like this one.',
    '"HARRIS: Thank you, Mayor, for coming in today to talk about it."',
  ].join('\n\n');

  it('gives each speaker the words of their own lines, up to the next label', () => {
    const found = said(text);
    expect(found.map((f) => [f.mention, f.cue, f.type])).toEqual([
      ['HARRIS', ':', 'direct'],
      ['LOWE', ':', 'direct'],
      ['HARRIS', ':', 'direct'],
    ]);
    expect(found[0]!.content).toEqual(['Will the bridge open before winter? And what will it cost the town in the end?']);
    expect(found[1]!.content).toEqual([
      'It opens in November. The cost is what the council approved in “the spring budget.”',
      'The rest of the money comes from the state, as it always has for bridges like this one.',
    ]);
    expect(found[2]!.content).toEqual(['Thank you, Mayor, for coming in today to talk about it.']);
  });
});

// Where a quotation's attribution ends and who says it, in more sentences (stop 11).
describe('quotation edges and quiet subjects', () => {
  it('leaves a participle phrase after “…,” to the writer', () => {
    const found = said('The coach said the team was “ready for anything,” raising hopes across the valley.');
    expect(found[0]).toMatchObject({ mention: 'The coach', content: ['the team was “ready for anything,”'] });
  });

  it('leaves the writer’s appositive after “…,” out, but not a list of quoted words', () => {
    expect(said('Ms. Lind called the plan “a slow disaster,” a jab at the new mayor.')[0]).toMatchObject({ content: ['the plan “a slow disaster,”'] });
    expect(said('Ms. Lind called the mayor a “coward,” a “bully” and a “fraud.”')[0]).toMatchObject({
      content: ['the mayor a “coward,” a “bully” and a “fraud.”'],
    });
  });

  it('ends the reported clause where a new name and speech verb begin after a comma', () => {
    const found = said('As the mayor suggested the harbour would close for good, Ms. Lind replied: “Not while I am here.”');
    expect(found.map((f) => [f.mention, f.content])).toContainEqual(['Ms. Lind', ['Not while I am here.']]);
    expect(found.find((f) => f.cue === 'suggested')?.content).toEqual(['the harbour would close for good']);
  });

  it('goes on with the speaker’s words after “, but” and a quotation', () => {
    const found = said('Mr. Okafor said he had been offered money for the boat, but “the offers came from people I did not trust.”');
    expect(found[0]).toMatchObject({
      mention: 'Mr. Okafor',
      content: ['he had been offered money for the boat, but “the offers came from people I did not trust.”'],
    });
  });

  it('ends a quotation closing on a question mark where a name and its verb begin', () => {
    const found = said('Ms. Ruiz responds to Mr. Bell with, “Why now? Was that before the vote?” Mr. Bell then writes back, “It was.”');
    expect(found.map((f) => [f.mention, f.cue, f.content])).toEqual([
      ['Ms. Ruiz', 'responds', ['Why now? Was that before the vote?']],
      ['Mr. Bell', 'writes', ['It was.']],
    ]);
  });

  it('finds the quotation a colon opens after “responded with …”', () => {
    const found = said('The mayor responded with a line that could have come from her rival: “Do not lecture me about budgets.”');
    expect(found[0]).toMatchObject({ mention: 'The mayor', cue: 'responded', content: ['Do not lecture me about budgets.'] });
  });

  it('reads “Another”, “Several” and “Some” as speakers', () => {
    expect(said('Another tweeted, “The ferry is late again.”')[0]).toMatchObject({ mention: 'Another', content: ['The ferry is late again.'] });
    expect(said('Several said they would rather wait for spring.')[0]).toMatchObject({ mention: 'Several', content: ['they would rather wait for spring'] });
  });

  it('skips the audience, where and when, up to “that” after “telling supporters …”', () => {
    const found = said('Ms. Ruiz was telling customers at a busy Portland, Maine, diner that “every vote counts tomorrow.”');
    expect(found[0]).toMatchObject({ mention: 'Ms. Ruiz', cue: 'telling', type: 'direct', content: ['every vote counts tomorrow.'] });
  });

  it('ends the reported clause at “” and has said …”', () => {
    const found = said('The senator called the bill “reckless” and has said that she will vote against it.');
    expect(found[0]).toMatchObject({ cue: 'called', content: ['the bill “reckless”'] });
  });
});

describe('an adverb between the cue and "that"', () => {
  it('is how or when it was said, no part of what was said', () => {
    expect(said('Mayor Paul Kessler said afterward that the city would help.')[0]).toMatchObject({ content: ['the city would help'] });
    expect(said('Administration officials acknowledge privately that they were not surprised.')[0]).toMatchObject({ content: ['they were not surprised'] });
  });
});

describe('a passive before quoted words', () => {
  it('names whom the words were about or said to, not who said them; "is reported to have called" still speaks', () => {
    expect(said('Ministers were accused of "abandoning the countryside" by the opposition.')).toEqual([]);
    expect(said('The mayor was told the budget was "unsustainable."')).toEqual([]);
    expect(said('President Barack Obama also is reported to have called the Saudis "free riders" who rely on U.S. aid.')[0]).toMatchObject({ source: 'Barack Obama' });
  });
});

describe('a quotation after reported speech', () => {
  it('is an attribution of its own with no cue, continuing the same speaker', () => {
    const found = said('At current rates, Lena Ortiz said, the city will finish two bridges by 2026. “A third one could happen, but I am not confident it will.”');
    expect(found).toHaveLength(2);
    expect(found[0]).toMatchObject({ type: 'indirect', cue: 'said', source: 'Lena Ortiz' });
    expect(found[1]).toMatchObject({ type: 'direct', cue: '', mention: null, source: 'Lena Ortiz', content: ['A third one could happen, but I am not confident it will.'] });
  });

  it('gives a quotation after a sentence opened by a name, in a paragraph with no cue, to that name', () => {
    const found = said('Lena Ortiz said the city will finish two bridges by 2026.\n\nCouncillor Ben Ruiz returned to the issue later in the hearing. “What will the third bridge cost, and who will pay for it?”');
    expect(found).toHaveLength(2);
    expect(found[1]).toMatchObject({ type: 'direct', cue: '', source: 'Ben Ruiz', content: ['What will the third bridge cost, and who will pay for it?'] });
  });

  it('leaves a quotation after a sentence opened by a name to the speaker when it opens its own paragraph', () => {
    const found = said('“We will finish two bridges by 2026,” Lena Ortiz said.\n\n“A third one could happen, but I am not confident it will.”\n\nBen Ruiz runs the works department.');
    expect(found.map((f) => f.source)).toEqual(found.map(() => 'Lena Ortiz'));
    expect(found.flatMap((f) => f.content)).toContain('A third one could happen, but I am not confident it will.');
  });

  it('goes on speaking through a third and a fourth paragraph of quotation, and stops at the story\'s own words', () => {
    const found = said('“It works,” said Victor Hayes, the board chairman.\n\n“But it costs money, more than the district has.”\n\n“And money is short this year, shorter than ever.”\n\n“So we wait for the state.”\n\nThe board will vote in May. “Nobody knows what happens next,” a parent said.');
    const hayes = found.filter((f) => f.source === 'Victor Hayes').flatMap((f) => f.content);
    expect(hayes).toEqual(['It works,', 'But it costs money, more than the district has.', 'And money is short this year, shorter than ever.', 'So we wait for the state.']);
    expect(found.find((f) => f.content.includes('Nobody knows what happens next,'))).toMatchObject({ mention: 'a parent' });
  });

  it('reads a cue that splits one statement, with ", but" finishing it, as one attribution of both halves', () => {
    const found = said('Privacy, like clean energy, is not a “bolt-on thing,” Dana Whitfield said, but instead “part of who we are.”');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ type: 'mixed', cue: 'said', source: 'Dana Whitfield', content: ['Privacy, like clean energy, is not a “bolt-on thing,”', 'but instead “part of who we are.”'] });
  });
});

