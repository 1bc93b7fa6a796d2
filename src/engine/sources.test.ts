import { describe, expect, it } from 'vitest';
import { analyze } from './index';
import { said } from './test-helpers';

describe('agencies and outlets', () => {
  it.each([
    ['The Associated Press reported', 'The group was defeated last year, The Associated Press reported.', 'The Associated Press', 'reported'],
    ['AP added', 'The militias turned their attention to the troops, AP added.', 'AP', 'added'],
    ['Reuters reported', 'Reuters reported that the talks had stalled again.', 'Reuters', 'reported'],
  ])('%s is a media source', (_name, text, mention, cue) => {
    expect(said(text)[0]).toMatchObject({ mention, cue, kind: 'media' });
  });

  it.each([
    ['a new report by E! News', 'The singer is unhappy with the deal, according to a new report by E! News.', 'E! News'],
    ['a report in The New York Times', 'The talks have stalled, according to a report in The New York Times.', 'The New York Times'],
  ])('gives "according to %s" to the outlet, with no role', (_name, text, mention) => {
    expect(said(text)[0]).toMatchObject({ mention, source: mention, kind: 'media', role: null, cue: 'according to' });
  });

  it('gives a quotation "said a report from" an organization to the organization', () => {
    expect(said('“Demand is recovering faster than expected,” said a report from Harbor Point Research.')[0]).toMatchObject({ mention: 'Harbor Point Research', source: 'Harbor Point Research', cue: 'said', role: null });
  });

  it('keeps an outlet\'s whole name, a given name inside it no person\'s ("the New York Times", not "York Times")', () => {
    const found = said('Clinton holds a wide lead among black voters, according to a New York Times poll. A New York judge said the records should stay sealed.');
    expect(found[0]).toMatchObject({ kind: 'media' });
    expect(found.map((f) => f.source)).not.toContain('York Times');
    expect(found[1]).toMatchObject({ source: 'A New York judge', kind: 'anonymous' });
  });

  it.each([
    ['a CNN poll', 'Clinton leads by 10 points, according to a CNN poll.', 'CNN', 'media'],
    ['a Washington Post-ABC News poll', 'Clinton leads, according to a Washington Post-ABC News poll.', 'Washington Post-ABC News', 'media'],
    ['a Pew Research Center survey', 'Most voters are undecided, according to a Pew Research Center survey.', 'Pew Research Center', 'organization'],
    ['The White House statement', 'The White House statement said the talks would resume in May.', 'White House', 'organization'],
  ])('gives "%s" to who issued it, named before the noun', (_name, text, source, kind) => {
    expect(said(text)[0]).toMatchObject({ source, kind });
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

describe('"it" opening its clause', () => {
  it('goes on with no heading above it, and "I\'ve" is nobody\'s name', () => {
    const found = said('I\'ve never had an account.\n\nInformation from other users\n\nWhen you sign up for Harbor Social Inc., it encourages you to upload your contacts so that the site can “find your friends.”');
    expect(found[0]).toMatchObject({ mention: 'it', source: 'Harbor Social Inc.', kind: 'organization' });
    expect(found.map((f) => f.source)).not.toContain("I've");
  });
});

describe('a title with its own complement', () => {
  it.each([
    ['White House Chief of Staff Denis McDonough wrote that the plan was ready. McDonough added that it would pass.', 'Denis McDonough', 'White House Chief of Staff'],
    ['Neither Donald J. Trump nor his rivals spoke on Monday. Trump said later that he was tired.', 'Donald J. Trump', null],
  ])('leaves the name whole and the title its role: %s', (text, source, role) => {
    const found = said(text);
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expect(f).toMatchObject({ source, kind: 'person', role });
  });
});

describe('a participle opening the sentence that holds the cue', () => {
  it.each([
    ['Having announced that he would not send her to prison, Judge Ray Berman proceeded to the sentence.', 'announced', 'Ray Berman', 'he would not send her to prison'],
    ['Noting that the ferry had stopped running, Mayor Ann Cole closed the pier.', 'Noting', 'Ann Cole', 'the ferry had stopped running'],
  ])('%s: the subject after its comma speaks', (text, cue, source, content) => {
    expect(said(text)[0]).toMatchObject({ cue, source, kind: 'person', content: [content] });
  });

  it('reports no phrase of for whom: "Writing for a panel, …"', () => {
    expect(said('Writing for a Harbor Daily panel that all agreed the mayor won, Ann Cole praised the debate.')).toEqual([]);
  });
});

describe('a common word that is also an outlet\'s name', () => {
  it('is no outlet in lower case ("only time will tell" is no Time magazine); a staffer is someone unnamed', () => {
    const found = said('Only time will tell if his staying power will last through the primaries.\n\nOne former campaign staffer said the rallies had grown smaller.');
    expect(found.map((f) => f.kind)).toEqual(['anonymous']);
    expect(found[0]).toMatchObject({ source: 'One former campaign staffer' });
  });
});

describe('an age set off after a name', () => {
  it('is no role; a description after it is', () => {
    const found = said('Misha Shah, 32, said she would vote in the morning.\n\nCarlos Guerrero, 55, a retired teacher, said he would not.');
    expect(found[0]).toMatchObject({ source: 'Misha Shah', kind: 'person', role: null });
    expect(found[1]).toMatchObject({ source: 'Carlos Guerrero', kind: 'person', role: 'a retired teacher' });
  });
});

describe('someone\'s role, then the name set off by commas', () => {
  it('names the person, the description their role; "he" after it is the person, not the name inside the role', () => {
    const found = said('Mayor Dan Ortiz’s attorney, Alan Gale, said the claims were “categorically false.” He said the agreement was standard practice.');
    expect(found).toHaveLength(2);
    for (const f of found) expect(f).toMatchObject({ source: 'Alan Gale', kind: 'person', role: 'Mayor Dan Ortiz’s attorney' });
  });
});

describe('a headline in title case', () => {
  it('makes no name of its run of capitals: the person is named as the article names them', () => {
    const found = said('Ann Dalton Auctioning Off Boat Used In Harbor Rescue.\n\nThe boat went up for sale on Tuesday.\n\n“It served me well,” Dalton said.');
    expect(found[0]).toMatchObject({ mention: 'Dalton', source: 'Ann Dalton', kind: 'person' });
  });
});

describe('a verb telling the reader what to do', () => {
  it('opens no name: "(See Sexton’s essay.)" leaves Jared Sexton his name', () => {
    const found = said('Jared Sexton, a professor of politics, studied the rallies for a year. (See Sexton’s essay in the Harbor Review.)\n\n“They were comfortable in their anger,” Sexton said.');
    expect(found[0]).toMatchObject({ mention: 'Sexton', source: 'Jared Sexton', kind: 'person' });
  });
});

describe('unnamed and vague sources', () => {
  it('"Nearly eight of 10 voters": a count after an adverb of degree is an unnamed group; "Boeing" opening a sentence is a name', () => {
    const found = said('Nearly eight of 10 voters say they plan to watch the debate closely.\n\nBoeing confirmed that its lander would use the new rocket.');
    expect(found[0]).toMatchObject({ source: 'Nearly eight of 10 voters', kind: 'anonymous' });
    expect(found[1]).toMatchObject({ source: 'Boeing', kind: 'organization' });
  });

  it('a family, a widow: "Her family said", "according to her family", "The Okafor family said", "His widow said"', () => {
    const found = ['Her family said she kept a list.', 'According to his family, he never missed a game.', 'The Okafor family said in a statement that she died peacefully.', 'His widow said the cause was pneumonia.'].map((t) => said(t)[0]);
    expect(found.map((f) => [f?.source, f?.kind])).toEqual([
      ['Her family', 'anonymous'],
      ['his family', 'anonymous'],
      ['The Okafor family', 'anonymous'],
      ['His widow', 'anonymous'],
    ]);
  });

  it.each([
    ['Some Democrats', 'Some Democrats say the campaign could mark the end of inevitability.'],
    ['Two Republicans', 'Two Republicans said the bill would fail in the Senate.'],
    ['400 Americans', 'About 400 Americans said they wanted to leave the island.'],
  ])('"%s": a count of people named by their party or country is an unnamed group, not a body', (name, text) => {
    expect(said(text)[0]).toMatchObject({ source: name, kind: 'anonymous' });
  });

  it.each([
    ['experts say', 'The unrest gives the group a comeback opportunity, experts say.', 'experts'],
    ['U.S. officials deny', 'U.S. officials deny seeing any increase in attacks.', 'U.S. officials'],
    ['Activists and residents say', 'Activists and residents say the attacks have intensified.', 'Activists and residents'],
    ['a senior official who spoke on condition of anonymity', 'A senior official, who spoke on condition of anonymity, said the plan was dropped.', 'A senior official'],
    ['people familiar with the matter', 'The deal is close, people familiar with the matter said.', 'people familiar with the matter'],
    ['say experts, after a long clause', 'The key positive is that, even on the operating front (sales and margins), the misses did not exceed the beats, say experts.', 'experts'],
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

describe('the phrase a mention stands for', () => {
  it('names the source of "who" by the phrase before it, and keeps the pronoun out of the aliases', () => {
    const found = said('The outage angered farmers and shop owners who accused the utility of putting profits first.\n\nThe mayor, Lena Ortiz, who toured the valley on Monday, said crews would work through the night.');
    expect(found[0]).toMatchObject({ mention: 'farmers and shop owners who', source: 'farmers and shop owners', kind: 'anonymous', cue: 'accused' });
    expect(found[1]).toMatchObject({ mention: 'Lena Ortiz', source: 'Lena Ortiz', kind: 'person', cue: 'said' });
    expect(found.flatMap((f) => f.aliases).some((a) => /who/.test(a))).toBe(false);
  });

  it('names a pair without its "both"', () => {
    const found = said('As both the BBC and Reuters have reported, the bridge was closed for repairs.\n\nBoth analysts and local traders said the closure would raise prices.');
    expect(found[0]).toMatchObject({ mention: 'the BBC and Reuters', cue: 'have reported' });
    expect(found[1]).toMatchObject({ mention: 'analysts and local traders', source: 'analysts and local traders', kind: 'anonymous' });
  });
});

describe('who "they" and "she" point back to', () => {
  it('reads "they" as the one person who spoke in the sentence before, when the article gives them no "he" or "she"', () => {
    const found = said('Robin Vale, a spokesperson for the museum, confirmed that the wing would close in March. “We want the repairs done before the summer crowds arrive,” they said in an email.');
    expect(found[1]).toMatchObject({ mention: 'they', source: 'Robin Vale', kind: 'person' });
  });

  it('keeps "they" for a group when the person before is a "he"', () => {
    const found = said('Mr. Robin Vale, a spokesman for the museum, said the wing would close in March. “We want the repairs done before the summer crowds arrive,” they said in an email.');
    expect(found[1]!.source).not.toBe('Robin Vale');
  });

  it('never takes a business someone pretends to be for a person', () => {
    const found = said('The paper spoke to one father, whose son was posing as a Lawn Mower Repair on the app. “I had no idea he was doing it,” she said.');
    expect(found.map((f) => f.source)).not.toContain('Lawn Mower Repair');
  });
});

describe('"it" after an organization that spoke after its words', () => {
  it('goes on with that organization, not the sentence\'s subject', () => {
    const found = said('The Progress MS-04 cargo ship crashed in a remote region of Siberia, the space agency Orbita said in a statement. It said most of the debris burnt up in the atmosphere.');
    expect(found.map((f) => [f.mention, f.source])).toEqual([['the space agency Orbita', 'Orbita'], ['It', 'Orbita']]);
  });

  it('leaves "it" to the subject when the organization spoke as the subject', () => {
    const found = said('The coalition put the fight on hold for the winter. It said the offensive would resume in March.');
    expect(found[0]).toMatchObject({ mention: 'It', source: 'The coalition' });
  });
});

describe('"the report" again', () => {
  it('is the report already quoted, not whoever spoke last', () => {
    const found = said('The report also suggested the country lags its peers.\n\nIt ranked near the bottom of the list.\n\nThe list is long.\n\nIts authors are many.\n\n“We are not surprised,” Ann Cole said.\n\nThe report concluded that the safety net was ineffective.');
    expect(found.map((f) => f.source)).toEqual(['The report', 'Ann Cole', 'The report']);
  });
});

describe('a pronoun with a verb contracted onto it', () => {
  it('points back as the pronoun does and is never a source of its own', () => {
    const found = said('“We will fight this,” said Ann Cole, the mayor.\n\nShe’s said the plan would fail.');
    expect(found.map((f) => f.source)).toEqual(['Ann Cole', 'Ann Cole']);
    expect(found[1]).toMatchObject({ mention: 'She’s', cue: 'said' });
    const group = said('Port officials said the talks had stalled. They’re saying the deal will not pass.');
    expect(group.map((f) => [f.mention, f.source])).toEqual([['Port officials', 'Port officials'], ['They’re', 'Port officials']]);
  });
});

describe('a noun for a body right before a name', () => {
  it('makes the name an organization', () => {
    expect(said('Strandings rose sharply this year, according to whale rescue group Harbor Watch.')[0]).toMatchObject({ source: 'Harbor Watch', kind: 'organization' });
  });
});

describe('a role', () => {
  it('is never a clause that a list after the name runs into', () => {
    const found = said('Harbor President Ann Mbeki, her husband Paul and two aides from her party are under house arrest at the "Blue House" compound, a source said.\n\n"We will not go," said Mbeki.');
    expect(found.find((f) => f.source === 'Ann Mbeki')).toMatchObject({ role: 'Harbor President' });
  });

  it('is never a participle’s phrase after the name', () => {
    const found = said('Seven decades later, Hori Tane, watched by his father, has tended more than 500 strandings.\n\n“The whales are hurting,” says Tane.');
    expect(found[0]).toMatchObject({ source: 'Hori Tane', role: null });
  });
});

describe('the sources listed', () => {
  it('are only those some attribution keeps', () => {
    const report = analyze({ text: 'In her book, Rebecca Solnit wrote of the purpose people find when they pull together.\n\n“It is a start,” said Ann Cole, the mayor.' });
    expect(report.sources.map((s) => [s.id, s.name])).toEqual([['s1', 'Ann Cole']]);
    expect(report.attributions.map((a) => a.sourceId)).toEqual(['s1']);
  });
});

describe('the cue as written', () => {
  it('keeps the helper of a perfect tense', () => {
    expect(said('As both the BBC and Reuters have reported, the bridge was closed for repairs.')[0]!.cue).toBe('have reported');
    expect(said('“The duty is paid at the border,” Ann Cole, a fellow at the institute, has written.')[0]!.cue).toBe('has written');
  });
});

describe('someone a sentence brings in unnamed', () => {
  it('is who a later "she" points back to, before a woman named earlier', () => {
    const found = said('Mayor Jane Reed ordered the bridge closed on Monday.\n\nA woman crossed the bridge on foot. She said the closure made no sense for people who work on the other side.');
    expect(found[0]).toMatchObject({ mention: 'She', source: 'A woman', kind: 'anonymous' });
  });

  it('is who "the officer" points back to; a group named between is another source', () => {
    const found = said('A police officer stood alone at the gate. Residents said only commuters could cross. “We are only here for a week,” the officer said.');
    expect(found.map((f) => [f.mention, f.source])).toEqual([
      ['Residents', 'Residents'],
      ['the officer', 'A police officer'],
    ]);
  });

  it('is who "she" points back to when the sentence\'s subject, an outlet, spoke to her', () => {
    const found = said('Reuters spoke to one mother, who knew her son was posing as a shop on the app. “I had no idea it was public,” she said.');
    expect(found[0]).toMatchObject({ mention: 'she', source: 'one mother', kind: 'anonymous' });
  });

  it('is no one when the sentence brings in no person ("A new bridge …")', () => {
    const found = said('Mayor Jane Reed ordered the old bridge closed. A new bridge opened on Monday. She said the old one had been unsafe.');
    expect(found[0]).toMatchObject({ mention: 'She', source: 'Jane Reed' });
  });
});

describe('a quotation standing alone after a sentence about someone', () => {
  it('is the first person that sentence names, whatever its subject', () => {
    const found = said('“We expected the deal to close in March,” said Ann Cole, a lawyer for the firm.\n\nThe former partner of the firm, Lawrence Moore, called him a master of impossible deals. “He showed again and again that he could close what others could not.”');
    expect(found.find((f) => f.content[0]!.startsWith('He showed again'))).toMatchObject({ cue: '', mention: null, source: 'Lawrence Moore', type: 'direct' });
  });

  it('is the person a pronoun in that sentence points to', () => {
    const found = said('“I kept on arguing that I was a citizen,” said Tom Reyes, 44.\n\nAfter serving his sentence, he was sent to a country he had never known. “The first week, I was sleeping under a bridge.”');
    expect(found[1]).toMatchObject({ cue: '', source: 'Tom Reyes' });
  });
});

describe('the fullest phrase of an unnamed source', () => {
  it('keeps the phrases of place after a participle in "according to a group representing …"', () => {
    const found = said('More than 450,000 people were without phone service, according to a group representing rural counties in Oregon.');
    expect(found[0]).toMatchObject({ cue: 'according to', source: 'a group representing rural counties in Oregon', kind: 'anonymous', content: ['More than 450,000 people were without phone service'] });
  });
});

describe('the subject of a participle of saying (", saying …", ", citing …")', () => {
  it('keeps its complement: "A spokesman for the city", "The head of the union"', () => {
    const found = said('A spokesman for the city declined to comment, saying the matter was under review. The head of the union walked out, saying talks had failed.');
    expect(found[0]).toMatchObject({ cue: 'saying', source: 'A spokesman for the city', kind: 'anonymous', content: ['the matter was under review'] });
    expect(found[1]).toMatchObject({ cue: 'saying', source: 'The head of the union', content: ['talks had failed'] });
  });

  it('ends before its verb, where the verb could be a noun: "Police shut the road", "The chipmaker cut its forecast"', () => {
    const found = said('Police shut the road, saying it was unsafe.\n\nThe chipmaker cut its forecast, citing weaker demand in China.');
    expect(found[0]).toMatchObject({ cue: 'saying', source: 'Police', content: ['it was unsafe'] });
    expect(found[1]).toMatchObject({ cue: 'citing', source: 'The chipmaker', kind: 'organization', content: ['weaker demand in China'] });
  });

  it('ends before a relative clause: "a Democratic strategist who …"', () => {
    const found = said('"Turnout will decide it," said a Democratic strategist who asked not to be named.');
    expect(found[0]).toMatchObject({ source: 'a Democratic strategist', kind: 'anonymous' });
  });
});

describe('"the" before a name that opens with a given name', () => {
  it('names a body where the name heads its phrase ("The Red Cross said", "according to the Des Moines Register"), a person where it describes a noun', () => {
    const found = said('The Red Cross said it was housing 300 people. Turnout fell, according to the Orlando Sentinel. The Jimmy Carter administration said it would help. Carter said he was proud.');
    expect(found[0]).toMatchObject({ source: 'Red Cross', kind: 'organization' });
    expect(found[1]).toMatchObject({ source: 'Orlando Sentinel', kind: 'organization' });
    expect(found.find((f) => f.mention === 'Carter')).toMatchObject({ source: 'Jimmy Carter', kind: 'person' });
  });
});

describe('a participle phrase set off after the speaker', () => {
  it('tells what they were doing, no role ("speaking on condition of anonymity", "speaking to reporters in Perth")', () => {
    const found = said('One senior player, speaking on condition of anonymity, told the Gazette that the room was silent. Ann Wu, speaking to reporters in Perth, said the deal was done. Tom Reyes, a leading voice on housing, said it was late.');
    expect(found[0]).toMatchObject({ source: 'One senior player', kind: 'anonymous', role: null });
    expect(found[1]).toMatchObject({ source: 'Ann Wu', role: null });
    expect(found[2]).toMatchObject({ source: 'Tom Reyes', role: 'a leading voice on housing' });
  });
});

describe('"according to" a document issued by someone', () => {
  it('gives it to the issuer after a participle of issuing and "by"; not to whoever only reviewed it', () => {
    const found = said('The bill would fund 4,000 agents, according to a summary released by the Senate Appropriations Committee. Costs rose, according to a report published by the Government Accountability Office. Trump threatened a lawsuit, according to a copy of the letter reviewed by The Post.');
    expect(found[0]).toMatchObject({ source: 'Senate Appropriations Committee', kind: 'organization' });
    expect(found[1]).toMatchObject({ source: 'Government Accountability Office', kind: 'organization' });
    expect(found.map((f) => f.source)).not.toContain('Washington Post');
  });
});

describe('"and" before the speaker', () => {
  it('joins two phrases that open the sentence ("The mayor and the governor said"); a clause before it stays apart ("Prices rose and Ann Wu said")', () => {
    const found = said('The mayor and the governor said the roads were closed. Prices rose and Ann Wu said the trend would continue. He toured the plant and the governor said it was safe.');
    expect(found[0]).toMatchObject({ mention: 'The mayor and the governor', kind: 'anonymous' });
    expect(found[1]).toMatchObject({ mention: 'Ann Wu', source: 'Ann Wu' });
    expect(found[2]).toMatchObject({ mention: 'the governor' });
  });
});

describe('a description of an organization', () => {
  it('is the one organization whose name holds its words, however far back, before the one quoted last', () => {
    const found = said([
      'The Harbor Public Utilities Commission holds a public hearing Wednesday with the phone companies.',
      'About half of the county’s cell sites were out of service on Sunday.',
      'Crews worked through the night to restore the towers.',
      'Some towers ran on generators until Tuesday morning.',
      'The Harbor Office of Emergency Services said in a letter that the companies’ response was “unacceptable”.',
      'The utilities commission is frustrated with the companies, saying they failed to share information in real time.',
    ].join('\n\n'));
    expect(found.map((f) => [f.mention, f.source])).toEqual([
      ['The Harbor Office of Emergency Services', 'Harbor Office of Emergency Services'],
      ['The utilities commission', 'Harbor Public Utilities Commission'],
    ]);
  });
});

describe('"they" after a subject of two phrases', () => {
  it('is the group the two make, through a "They" opening the sentence between', () => {
    const found = said([
      'The State Police said the Capitol was full by noon.',
      'Gov. Ann Cole and leaders of the Republican-led Senate have avoided criticism of the teachers. They seem intent on calming the dispute. However, they said they do not expect to raise school funding before 2021.',
    ].join('\n\n'));
    expect(found[1]).toMatchObject({ mention: 'they', source: 'Ann Cole and leaders of the Republican-led Senate', kind: 'anonymous' });
  });
});

describe('a headline that names its speaker by the surname, then a colon', () => {
  it('is that speaker\'s words, the surname resolved to the full name the article gives', () => {
    const found = said('Lynch: No outside influence on the inquiry into the emails.\n\nWASHINGTON (AP) — Attorney General Loretta Lynch says the inquiry is free of outside influence.');
    expect(found[0]).toMatchObject({ cue: ':', mention: 'Lynch', source: 'Loretta Lynch', content: ['No outside influence on the inquiry into the emails'] });
  });

  it('is no attribution below the headline, nor for a section\'s label', () => {
    expect(said('The vote was close.\n\nLynch: No outside influence on the inquiry into the emails.')).toEqual([]);
    expect(said('Delegate Update: The latest count in the Democratic race is in.\n\nThe vote was close.')).toEqual([]);
    expect(said('Review: A big, beautiful racing game that lets you drive at your own pace.\n\nThe game came out on Tuesday.')).toEqual([]);
  });
});

describe('"according to" a document and who issued it', () => {
  it.each([
    ['According to a count by The Associated Press, Clinton leads Sanders by 271 pledged delegates.', 'The Associated Press', 'media', 'Clinton leads Sanders by 271 pledged delegates'],
    ['According to the most recent data available from the FBI, Ferguson had 115 instances of violent crime.', 'FBI', 'organization', 'Ferguson had 115 instances of violent crime'],
    ['Ferguson had 115 instances of violent crime, according to the most recent data available from the FBI.', 'FBI', 'organization', 'Ferguson had 115 instances of violent crime'],
    ['According to early results of exit polls conducted for the television networks by Edison Research, half of the voters were black.', 'Edison Research', 'organization', 'half of the voters were black'],
  ])('%s', (text, source, kind, content) => {
    expect(said(text)).toMatchObject([{ cue: expect.stringMatching(/^according to$/i), source, kind, content: [content] }]);
  });

  it('leaves a relative clause about the source out of its name', () => {
    expect(said('A flaw in the game lets attackers crash servers, according to a computer programmer who has released code that exploits it.')).toMatchObject([
      { mention: 'a computer programmer', source: 'a computer programmer', kind: 'anonymous', content: ['A flaw in the game lets attackers crash servers'] },
    ]);
  });
});

describe('a place or a company named like a person before a title', () => {
  it.each([
    ['Florida Sen. Marco Rubio said the polls were wrong. Florida votes on Tuesday. Rubio says he will stay in the race.', 'Marco Rubio', 'Florida Sen.'],
    ['Georgia Gov. Brian Kemp said the state would reopen. Georgia has ten million people. Kemp said the bars would wait.', 'Brian Kemp', 'Georgia Gov.'],
    ['Wells Fargo CEO John Stumpf said the bank had fired 5,300 workers. Stumpf said he was sorry.', 'John Stumpf', 'Wells Fargo CEO'],
  ])('%s', (text, name, role) => {
    const found = said(text);
    expect(found.length).toBeGreaterThanOrEqual(2);
    for (const f of found) expect(f).toMatchObject({ source: name, kind: 'person', role });
  });
});

describe('a dateline before the first sentence', () => {
  it.each([
    ['NEW YORK, Nov. 19 (UPI) — Former Secretary of State Hillary Clinton is calling for the United States to step up its efforts.', 'Hillary Clinton', 'calling'],
    ['WASHINGTON (AP) — The senator’s top aide rallied supporters on Monday, saying: “We have to be ready.”', 'The senator’s top aide', 'saying'],
    ['FBI Director James Comey — who spoke on Tuesday — said the inquiry was over.', 'James Comey', 'said'],
  ])('is no speaker: %s', (text, source, cue) => {
    expect(said(text)[0]).toMatchObject({ source, cue });
  });
});

describe('"called X a …": a description of someone, said by the subject', () => {
  it.each([
    ['Former Maryland Gov. Martin O’Malley spoke on Monday, calling Trump a fascist.', 'Martin O’Malley', 'calling', 'Trump a fascist'],
    ['Sen. Ann Cole called him divisive.', 'Ann Cole', 'called', 'him divisive'],
    ['JP Morgan had called the Supreme Court decision on the steel case a landmark judgment.', 'JP Morgan', 'had called', 'the Supreme Court decision on the steel case a landmark judgment'],
  ])('%s', (text, source, cue, content) => {
    expect(said(text)).toMatchObject([{ source, cue, content: [content], type: 'indirect' }]);
  });

  it.each([
    'Ann Cole called her mother on Sunday.',
    'The mayor called a meeting for Friday.',
    'Ann Cole called the police to report a theft.',
    'They watched a film called Jaws.',
    'Ann Cole called Smith back later.',
  ])('is no attribution when it names, summons or phones: %s', (text) => {
    expect(said(text)).toEqual([]);
  });
});

describe('"attributed X to Y"', () => {
  it('is the subject\'s account; the passive names no speaker', () => {
    expect(said('Rusmik Oza, head of research at Kotak, attributed the rally in bank stocks to the court ruling.')).toMatchObject([
      { source: 'Rusmik Oza', cue: 'attributed', content: ['the rally in bank stocks to the court ruling'] },
    ]);
    expect(said('A quote attributed to Abraham Lincoln went viral on Monday.')).toEqual([]);
    expect(said('The quote was attributed to Abraham Lincoln.')).toEqual([]);
  });
});

describe('a list of names opening the sentence', () => {
  it('speaks as one group, whole', () => {
    expect(said('Apple, Google and Microsoft said they would fight the order.')).toMatchObject([{ source: 'Apple, Google and Microsoft', content: ['they would fight the order'] }]);
    expect(said('Pepsi, Coca-Cola, Costco and the recreational vehicle-maker Winnebago said they raised prices.')).toMatchObject([
      { source: 'Pepsi, Coca-Cola, Costco and the recreational vehicle-maker Winnebago', kind: 'organization' },
    ]);
  });

  it('starts no earlier than the names: a phrase of time or a name with its role is no list', () => {
    expect(said('On Monday, Apple and Google said they would fight the order.')).toMatchObject([{ mention: 'Apple and Google' }]);
  });
});

describe('a month that is also a given name', () => {
  it('opens a name before a surname ("Jan Brewer", "April Ryan"); "she" then points to her, not to the place in her title', () => {
    const found = said('Former Arizona governor Jan Brewer spoke on Monday. “It will resonate,” she said.\n\nThe bill is dead, said April Ryan, a reporter.');
    expect(found.map((f) => [f.source, f.kind, f.role])).toEqual([
      ['Jan Brewer', 'person', 'Former Arizona governor'],
      ['April Ryan', 'person', 'a reporter'],
    ]);
  });

  it('stays a month after a preposition or an article ("In April Congress …", "a June Trump rally")', () => {
    const found = said('In April Congress passed the bill, Ryan said.\n\nAt a June Trump rally in Ohio, Ann Cole said the crowd was loud.');
    expect(found.map((f) => f.source)).toEqual(['Ryan', 'Ann Cole']);
  });
});

describe('a description of one person after an unnamed one', () => {
  it('is that person only by the same noun: "the minister" after "a spokesman" is someone else', () => {
    const found = said('A spokesman said the situation was serious.\n\nThe minister said the government would act.\n\nA police officer stood at the fence. “Nobody crosses,” the officer said.');
    expect(found.map((f) => f.source)).toEqual(['A spokesman', 'The minister', 'A police officer']);
  });
});

describe('a word after an article before a noun for a body or a role and a name', () => {
  it('describes the name: "the German firm Siemens" is Siemens, and "the company" later is Siemens', () => {
    const found = said('Shares of the German firm Siemens rose on Monday.\n\nThe company said the plant would open in May.\n\nThe plan is on time, said the Apple spokesman John Doe.');
    expect(found.map((f) => [f.mention, f.source, f.kind])).toEqual([
      ['The company', 'Siemens', 'organization'],
      ['the Apple spokesman John Doe', 'John Doe', 'person'],
    ]);
    expect(found[1]!.role).toBe('Apple spokesman');
  });
});

describe('an inverted cue after a place and a phrase set off', () => {
  it('takes the speaker after the cue, in every language ("killed in Nepal, swept away by an avalanche, said the foreign minister")', () => {
    expect(said('A third French citizen was killed in Nepal, swept away by an avalanche, said the foreign minister.')[0]).toMatchObject({
      cue: 'said',
      mention: 'the foreign minister',
      kind: 'anonymous',
      content: ['A third French citizen was killed in Nepal, swept away by an avalanche'],
    });
  });

  it('keeps a subject set off by a phrase of when ("since Clinton, at Monday’s debate, cited …"), with no role from it', () => {
    const found = said('Trump has been targeting Machado since Clinton, at Monday’s debate, cited derogatory comments he had made.');
    expect(found[0]).toMatchObject({ mention: 'Clinton', role: null });
  });
});

describe('a title with its lower-case complement before a name after the cue', () => {
  it('gives the name, the title its role: "said former secretary of state Hillary Clinton"', () => {
    expect(said('Terrorism is the first threat, said former secretary of state Hillary Clinton.')[0]).toMatchObject({ mention: 'Hillary Clinton', source: 'Hillary Clinton', kind: 'person', role: 'former secretary of state' });
  });
});

describe('words after a helper verb', () => {
  it('are a verb\'s phrase, never a source ("has left brush bone-dry and forecasts called for …")', () => {
    const r = analyze({ text: 'A virtually rainless fall has left brush bone-dry and forecasts called for low humidity, PG&E officials said.' });
    expect(r.sources.map((s) => s.name)).toEqual(['PG&E officials']);
  });
});

describe('a name before the noun for an outlet', () => {
  it('is that outlet, alone or as the issuer of a document ("Vulture magazine", "The tweet from Vulture magazine")', () => {
    const found = said('David Emery, a writer for Snopes, said the claim was false.\n\nThe tweet from Vulture magazine said the show was canceled.\n\nThe show will return, the Harbor Daily newspaper reported.');
    expect(found.map((f) => [f.source, f.kind])).toEqual([
      ['David Emery', 'person'],
      ['Vulture', 'media'],
      ['Harbor Daily', 'media'],
    ]);
  });

  it('is no outlet when the noun is plural or the name someone\'s ("Six Gannett newspapers", "Oz\'s show")', () => {
    const found = said('Six Gannett newspapers said the governor should resign.\n\nOz’s show said the pill was safe.');
    expect(found.filter((f) => f.kind === 'media')).toEqual([]);
  });
});

describe('a word that counts people, opening the sentence', () => {
  it('is an unnamed source with its whole phrase, never a name ("One superdelegate", "One in four voters", "Few")', () => {
    const found = said('One superdelegate pledged her vote to Lane last week.\n\n“We need to bring this to a close,” she said.\n\nOne in four voters in a Harbor Daily poll said the tax should go.\n\nFew argue against the use of cameras at the border.');
    expect(found.map((f) => [f.source, f.kind])).toEqual([
      ['One superdelegate', 'anonymous'],
      ['One superdelegate', 'anonymous'],
      ['One in four voters in a Harbor Daily poll', 'anonymous'],
      ['Few', 'anonymous'],
    ]);
  });
});

describe('bodies described in the plural', () => {
  it('point back to no one organization named before ("The courts" after "Alibaba says")', () => {
    const found = said('Alibaba says it has no plans to sell the unit.\n\nThe courts have said that such a sale needs a vote of the shareholders.');
    expect(found.map((f) => [f.source, f.kind])).toEqual([
      ['Alibaba', 'organization'],
      ['The courts', 'anonymous'],
    ]);
  });
});

describe('a word in -s after a possessive, or a word after an article', () => {
  it('is a noun, never the verb of a quoted clause ("Uber’s fans", "Ingram’s questions", "the gloves")', () => {
    const fans = said('A number of Uber’s fans and supporters defended the company on the grounds that its “surge prices” were fair.');
    expect(fans.map((f) => [f.source, f.kind, f.cue])).toEqual([['A number of Uber’s fans and supporters', 'anonymous', 'defended']]);
    const gloves = said('But Lane on Thursday took the gloves off in response to Ingram’s questions about the “Gang of Eight” coalition.');
    expect(gloves.map((f) => f.cue)).not.toContain('questions');
    expect(gloves.map((f) => f.mention)).toEqual(gloves.map(() => 'Lane'));
  });
});

describe('a sentence adverb or "There" opening the sentence', () => {
  it('is never a source ("Perhaps telling …", "Therefore, admit …")', () => {
    const text = 'Perhaps telling, though, were the favorite shows of the candidates.\n\nTherefore, admit the officials, the states are powerless.';
    expect(analyze({ text }).sources.map((s) => s.name)).not.toContain('Perhaps');
    expect(analyze({ text }).sources.map((s) => s.name)).not.toContain('Therefore');
  });
});

describe('a photo credit in parentheses', () => {
  it('is no article text: the credit\'s longer form of a name does not become the source\'s name', () => {
    const found = said('The cargo ship broke up over Siberia on Thursday. (Roscosmos Space Agency Press Service photo via AP)\n\nThe craft was operating normally before it stopped transmitting data, Roscosmos said.\n\nA rocket lifts off in Kazakhstan. (AP Photo/Dmitri Lovetsky)\n\nIt said most of the debris burnt up.');
    expect(found.map((f) => [f.source, f.mention])).toEqual([
      ['Roscosmos', 'Roscosmos'],
      ['Roscosmos', 'It'],
    ]);
  });
});

describe('a number of people in a poll', () => {
  it('is an unnamed group under its whole phrase ("Six in 10 Virginia primary voters", "three in four")', () => {
    const found = said('Six in 10 Virginia primary voters said Lane is honest and trustworthy.\n\nIn the same poll, three in four say they would buy goods made at home.');
    expect(found.map((f) => [f.source, f.kind])).toEqual([
      ['Six in 10 Virginia primary voters', 'anonymous'],
      ['three in four', 'anonymous'],
    ]);
  });
});

describe('a body described with a name\'s possessive', () => {
  it('is that body, never the organization named before ("Clinton’s campaign", "Powell’s office")', () => {
    const found = said('The State Department released the emails on Friday.\n\nClinton’s campaign said she never sent classified material.\n\nThe Jupiter Police Department filed charges. Powell’s office said he could not recall the dinner.');
    expect(found.map((f) => [f.source, f.kind])).toEqual([
      ['Clinton’s campaign', 'organization'],
      ['Powell’s office', 'organization'],
    ]);
  });
});

describe('a document no one is named as issuing', () => {
  it('is a source of its own, not whoever spoke last ("The report says …" after Maria Lane spoke)', () => {
    const found = said('Maria Lane said on Monday that she would win the state.\n\nThe report says that most voters worry about taxes.');
    expect(found.map((f) => [f.source, f.kind])).toEqual([
      ['Maria Lane', 'person'],
      ['The report', 'organization'],
    ]);
  });
});

describe('a description by a noun that names one kind of body', () => {
  it('points back only to a body of that kind ("the court" is no university, "the party" no state)', () => {
    const found = said('The University of Texas asked the Supreme Court to hear the case.\n\nThe court said it had deadlocked in the case.\n\nGeorgia voted for Lane in 2012. The party warned that its position was precarious.');
    expect(found.filter((f) => f.mention === 'The court' || f.mention === 'The party').map((f) => [f.mention, f.source])).toEqual([
      ['The court', 'Supreme Court'],
      ['The party', 'The party'],
    ]);
  });
});
