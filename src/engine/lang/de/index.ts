// German: its lexicons as data (src/engine/lang/types.ts says what each list is for; README.md why entries are in).
import type { LanguageData } from '../types';
import { GIVEN_NAMES } from './given-names';
import { germanForms } from '../verb-forms';

const de: LanguageData = {
  code: 'de',
  nounsCapitalised: true,
  verbSecond: true,
  // The commonest words of German news text.
  commonWords: `
der
die
und
in
den
von
zu
das
mit
sich
des
auf
für
ist
im
dem
nicht
ein
eine
als
auch
es
an
werden
aus
er
hat
dass
sie
nach
wird
bei
einer
um
am
sind
noch
wie
einem
über
einen
so
zum
war
haben
nur
oder
aber
vor
zur
bis
mehr
durch
man
sein
wurde
sei
ihre
seine
wir
ich
kann
diese
dieser
uns
`,
  // Verbs of saying, in the forms news text uses (present, past, participle). Separable verbs are listed by their
  // finite part where it rarely means anything else ("teilte … mit", "fügte … hinzu", "räumte … ein").
  // Strong verbs form by form, verbs of several words whole; the weak ones by their infinitive (verb-forms.ts).
  speechVerbs: `
sagst
schreibt
schrieb
schrieben
schreiben
geschrieben
unterstreicht
unterstrich
unterstrichen
beschreibt
beschrieb
beschrieben
verrät
verriet
spricht
sprach
sprachen
gesprochen
bekennt
bekannte
gesteht
gestand
widerspricht
widersprach
bestreitet
bestritt
bestritten
verspricht
versprach
empfiehlt
empfahl
rät
riet
verweist
verwies
# Strong verbs with a particle, in the forms that hold it ("wie die Polizei bekanntgab", "hat zugegeben").
hervorhob
hervorgehoben
zugab
zugegeben
bekanntgab
bekanntgegeben
einwandte
eingewandt
hinwies
hingewiesen
# "Wir fragen sie, ob …": the writer asking, in the reportage's present; the forms of someone else's question.
fragt
fragte
fragten
gefragt
# "hatte den Wunsch geäußert, … einzuführen": the participle mostly has a thing for its object, no one's words.
äußert
äußerte
äußerten
# Verbs whose particle ends the main clause ("teilte am Montag mit, dass …"): the parted verb is read as the cue.
teilt
teilte
teilten
fügt
fügte
kündigt
kündigte
räumt
räumte
# "nannte den Streik „unverhältnismäßig“": the past only ("nennt man das" names a thing), and only before a quotation
# (clauseVerbs).
nannte
nannten
# Verbs of saying of several words: a cue only whole.
heißt es
hieß es
# Separable verbs whose finite part is another verb alone ("stellte einen Antrag", "gab Geld"): their particle right after.
stellt klar
stellte klar
stellten klar
gibt an
gab an
gaben an
gibt zu
gab zu
gaben zu
weist darauf hin
wies darauf hin
wiesen darauf hin
hob hervor
hoben hervor
hebt hervor
führte aus
führten aus
legte dar
legten dar
merkte an
merkten an
räumen ein
räumten ein
` +
    germanForms(`
sagen erklären betonen meinen erläutern berichten warnen fordern kritisieren bestätigen ergänzen verkünden erinnern
begründen bezeichnen kommentieren antworten twittern behaupten versichern zitieren bekräftigen mahnen
appellieren klagen beklagen loben bemängeln argumentieren bilanzieren resümieren schätzen prognostizieren vermuten
reden erzählen dementieren drohen beteuern monieren bemerken konstatieren posten informieren melden entgegnen kontern
präzisieren verdeutlichen schildern rügen beanstanden bedauern insistieren vermelden folgern prophezeien
mit|teilen an|kündigen hinzu|fügen ein|räumen fest|stellen klar|stellen aus|führen dar|legen an|merken an|prangern
`),
  // Verbs of saying whose other sense takes a plain object: "meinte damit den Elfmeter", "versichert ihre Autos", "erinnert sich an den Winter",
  // "meldet die Tiere an", "schätzte den Service", "bemerkte den Fehler", "informiert die Kunden"; "kritisierte die Pläne"
  // names what was criticised, not what was said, "nannte keine Details" what was not given ("nannte den Streik „…“"
  // quotes).
  clauseVerbs: germanForms(`
versichern erinnern melden schätzen drohen informieren vermuten bemerken posten kritisieren meinen
`) +
    `
nannte
nannten
`,
  // Words that report only next to a quotation: "„…“, so Merkel", "fuhr sie fort".
  quoteVerbs: `
# "„…“, führt Facebook dazu aus": the first part of a verb whose particle ends the clause.
führt
führte
so
fortfahren
fährt
fuhr
fort
ruft
rief
riefen
singt
sang
skandiert
skandierte
liest
las
lautet
lautete
# Court and interview reportage: "„Sie lügen doch“, herrscht der Anwalt den Zeugen an.", "„Das reicht“, schaltet sich
# die Staatsanwältin ein.", "„…“, gibt die Richterin zurück.", "„…“, schreit er.": each finite part means something else
# alone ("es herrscht Chaos", "schaltet das Licht ein", "gibt Geld"), so only after a quotation (" <").
herrscht <
herrschte <
schaltet <
schaltete <
gibt <
gab <
schreit
schrie
brüllt
brüllte
`,
  accordingTo: `
# "Laut Angaben der Polizei", as "Nach Angaben der Polizei": the body after the link speaks, not "Angaben" read as a
# name. Listed before "laut": the first line that matches is read.
laut angaben von
laut angaben des
laut angaben der
laut informationen von
laut informationen des
laut informationen der
laut
zufolge _
wonach _
nach angaben von
nach angaben des
nach angaben der
nach informationen von
nach informationen des
nach informationen der
nach auskunft von
nach auskunft des
nach auskunft der
nach darstellung von
nach darstellung des
nach darstellung der
nach einschätzung von
nach einschätzung des
nach einschätzung der
gemäß
# A view given as its holder's own, read as whoever spoke before: " ." ends such a phrase.
seiner meinung nach .
ihrer meinung nach .
seiner ansicht nach .
ihrer ansicht nach .
nach seinen worten .
nach ihren worten .
`,
  anonymousNouns: `
team
forschungsteam
experten
experte
expertin
expertinnen
beamte
beamten
behörden
kritiker
kritikerin
beobachter
anwohner
bewohner
einwohner
insider
quellen
quelle
kreise
regierungskreise
mitarbeiter
mitarbeiterin
teilnehmer
teilnehmerin
forscher
forscherin
forschende
forschenden
wissenschaftler
wissenschaftlerin
analysten
analyst
ökonomen
ökonom
verantwortlichen
verantwortliche
vertreter
vertreterin
landsleute
nutzer
nutzerin
kunden
eltern
bürger
bürgerinnen
menschen
leute
frau
mann
polizist
polizisten
polizistin
ärzte
ärztin
arzt
diplomaten
diplomat
sprecher
sprecherin
zeugen
zeuge
zeugin
demonstranten
aktivisten
unterstützer
gegner
befürworter
anwälte
anwalt
berater
beraterin
fachleute
branchenkenner
jemand
einige
viele
andere
nachbarn
nachbar
nachbarin
schüler
schülerin
studenten
studentin
studierende
lehrer
lehrerin
lehrkräfte
landwirte
bauern
händler
anleger
investoren
wähler
wählerin
passanten
passantin
augenzeugen
augenzeuge
augenzeugin
fans
anhänger
gewerkschafter
mediziner
virologen
juristen
beschäftigte
angestellte
verbraucher
patienten
patientin
opfer
angehörige
familien
freunde
unternehmer
helfer
feuerwehrleute
soldaten
ermittler
touristen
urlauber
zuschauer
mitglieder
vertraute
kenner
manche
mehrere
`,
  titles: `
# Court, weather and election copy: "sagt Rechtsanwalt Wilfried Behrendt", "sagt Meteorologe Kunz",
# "FPÖ-Spitzenkandidat Heinz-Christian Strache".
rechtsanwalt
rechtsanwältin
meteorologe
meteorologin
diplom-meteorologe
diplom-meteorologin
spitzenkandidat
spitzenkandidatin
bundeskanzlerin
bundeskanzler
kanzlerin
kanzler
präsident
präsidentin
bundespräsident
ministerpräsident
ministerpräsidentin
minister
ministerin
innenminister
innenministerin
außenminister
außenministerin
gesundheitsminister
gesundheitsministerin
finanzminister
finanzministerin
justizminister
bundesjustizminister
wirtschaftsminister
bürgermeister
bürgermeisterin
oberbürgermeister
oberbürgermeisterin
senator
senatorin
abgeordneter
abgeordnete
staatssekretär
staatssekretärin
botschafter
botschafterin
generalsekretär
generalsekretärin
vorsitzender
vorsitzende
parteichef
parteichefin
chef
chefin
direktor
direktorin
geschäftsführer
geschäftsführerin
vorstandschef
vorstandschefin
prof.
professor
professorin
dr.
papst
könig
königin
trainer
trainerin
kapitän
präsidentin
landrat
landrätin
richter
richterin
# Titles before a name in court and sports reports and of a party's parliamentary group ("Staatsanwalt Jan Kowalski",
# "Verteidigerin Eva Roth", "SPD-Fraktionsvize Achim Dreßler", "Stürmer Jonas Schreiber").
staatsanwalt
staatsanwältin
oberstaatsanwalt
oberstaatsanwältin
verteidiger
verteidigerin
vize
fraktionsvize
fraktionschef
fraktionschefin
vizekanzler
vizekanzlerin
torwart
torhüterin
stürmer
stürmerin
`,
  honorifics: `
herr
herrn
frau
fräulein
dr.
`,
  roleNouns: `
sprecher
# "der 51-Jährige", "die 47-Jährige": someone by their age (the tokenizer reads the noun after "<number>-").
jährige
jähriger
jährigen
sprecherin
experte
expertin
forscher
forscherin
wissenschaftler
wissenschaftlerin
arzt
ärztin
journalist
journalistin
reporter
reporterin
korrespondent
korrespondentin
anwalt
anwältin
politiker
politikerin
unternehmer
unternehmerin
ökonom
ökonomin
analyst
analystin
berater
beraterin
mitarbeiter
mitarbeiterin
polizist
polizistin
lehrer
lehrerin
autor
autorin
seniorautorin
kollege
kollegin
gründer
gründerin
chef
chefin
leiter
leiterin
trainer
trainerin
spieler
spielerin
sieger
siegerin
major-sieger
schauspieler
schauspielerin
sänger
sängerin
abgeordneter
abgeordnete
bürger
bürgerin
einwohner
einwohnerin
teilnehmer
teilnehmerin
vertreter
vertreterin
mitbegründer
pionier
pioniere
frau
mann
mutter
vater
tochter
sohn
schwester
bruder
vorsitzender
vorsitzende
präsident
präsidentin
minister
ministerin
kanzlerin
kanzler
bürgermeister
bürgermeisterin
`,
  femaleNouns: `
frau
rechtsanwältin
meteorologin
diplom-meteorologin
spitzenkandidatin
mutter
tochter
schwester
kanzlerin
bundeskanzlerin
sprecherin
ministerin
präsidentin
journalistin
forscherin
expertin
ärztin
autorin
seniorautorin
kollegin
bürgermeisterin
abgeordnete
politikerin
lehrerin
chefin
leiterin
königin
sängerin
schauspielerin
anwältin
direktorin
vorsitzende
`,
  maleNouns: `
herr
herrn
mann
vater
sohn
bruder
könig
`,
  // Words that make a name an organization's; a word ending in one of the longer ones is too ("Bundesjustizministerium").
  orgNameWords: `
gmbh
ag
kg
se
e.v.
ministerium
bundesministerium
amt
behörde
institut
universität
hochschule
verband
partei
bank
gruppe
konzern
gericht
bundesregierung
regierung
polizei
bundespolizei
kommission
rat
stiftung
verein
zentrum
klinik
klinikum
krankenhaus
zeitung
agentur
club
klub
union
werke
werk
holding
post
bahn
gewerkschaft
# "Die Stadt teilte mit" points back only to a city's body ("die Stadt Köln", "die Stadtverwaltung"), never to "der Verband".
stadt
gemeinde
`,
  // Nouns for a body of any kind ("das Unternehmen", "der Konzern"), which point back to the organization named last.
  // A noun for one kind of body ("die Polizei", "das Gericht", "der Verband", "die Partei") is in orgNameWords only:
  // it points back only to a body whose name or description holds it ("die Bundespolizei", "der Branchenverband Bitkom").
  orgNouns: `
unternehmen
firma
konzern
behörde
regierung
organisation
gruppe
land
verwaltung
hersteller
autobauer
autozulieferer
zulieferer
betreiber
anbieter
netzwerk
plattform
`,
  documentNouns: `
bericht
studie
erklärung
mitteilung
pressemitteilung
stellungnahme
brief
schreiben
entwurf
gesetzentwurf
umfrage
gutachten
analyse
dokument
papier
statement
interview
report
untersuchung
prognose
schätzung
statistik
zahlen
daten
`,
  mediaNouns: `
bericht
zeitung
blatt
sender
magazin
nachrichtenagentur
agentur
tageszeitung
wochenzeitung
portal
`,
  // Pronouns for a source: "sie" is read as she (a person) and, failing one, they.
  // "„…“, sagten sie", "Sie erklärten, …", "Wollen sie aber …": "sie" is "they" next to a plural verb.
  pluralToo: `
sie
`,
  pluralVerbEndings: `
en
ern
eln
`,
  pronouns: `
er|person|m
sie|person|f
es|thing
ich|speaker
wir|speaker
man|group
`,
  npStops: `
und
oder
aber
dass
weil
wenn
als
ob
wie
während
nachdem
bevor
seit
denn
sondern
doch
jedoch
in
im
an
am
auf
aus
bei
beim
mit
nach
von
vom
zu
zum
zur
für
über
unter
vor
durch
gegen
ohne
um
ist
sind
war
waren
wird
werden
wurde
wurden
hat
haben
hatte
hatten
sei
seien
nicht
auch
noch
nur
schon
sehr
sich
was
wer
wo
warum
damit
bis
gegenüber
laut
trotz
wegen
neben
zwischen
hinter
`,
  cueModifiers: `
hätte
hätten
sogar
# Whom it was said to, between the helper and the verb: "hätten ihm sogar gesagt", "hat uns erzählt".
ihm
ihnen
uns
mir
hat
habe
hatte
haben
hatten
wird
werde
wurde
wurden
auch
noch
bereits
schon
zudem
außerdem
dann
später
jedoch
aber
nun
jetzt
heute
gestern
erneut
zuvor
mehrfach
immer
wieder
ebenfalls
allerdings
dazu
nämlich
gegenüber
damals
einst
zuletzt
kürzlich
# Adverbs that open a sentence before its verb, the subject after it: "Danach sagte sie, …".
danach
anschließend
deshalb
daher
darum
trotzdem
dennoch
schließlich
inzwischen
mittlerweile
ebenso
hingegen
dagegen
zugleich
gleichzeitig
weiter
weiterhin
jüngst
mehrmals
nochmals
bislang
stets
`,
  timeWords: `
montag
dienstag
mittwoch
donnerstag
freitag
samstag
sonntag
gestern
heute
morgen
vorgestern
woche
wochenende
monat
jahr
abend
nachmittag
vormittag
`,
  abbreviations: `
dr.
prof.
z.b.
bzw.
u.a.
d.h.
ca.
etc.
nr.
st.
hr.
fr.
vgl.
inkl.
bspw.
mio.
mrd.
jh.
jr.
sr.
`,
  determiners: `
der
die
das
den
dem
des
ein
eine
einer
eines
einem
einen
sein
seine
seiner
seinem
seinen
ihr
ihre
ihrer
ihrem
ihren
dieser
diese
dieses
diesem
diesen
jener
jene
kein
keine
einige
viele
# Words that count people open a phrase as an article does: "Mehrere Schüler berichteten", "Manche Anwohner".
mehrere
manche
zahlreiche
etliche
wenige
beide
`,
  perfectAuxiliaries: `
hat
haben
hatte
hatten
`,
  // ("der" after a noun is its genitive too: "ein Sprecher der Stadt", "die Chefin der Partei".)
  nounLinks: `
des
der
vom
`,
  // Between a cue and what it reports: "äußerte sich am Montag", "kritisiert zudem die Höhe der Bußgelder".
  afterCue: `
sich
weiter
zudem
auch
außerdem
ebenfalls
erneut
nochmals
bereits
wiederum
`,
  // Separable verbs' particles: "teilte mit, …", "kündigte am Montag an: „…“", "fügte hinzu, …", "stellte klar, …".
  particles: `
mit
an
ein
hinzu
fest
klar
aus
dar
vor
bekannt
fort
zu
`,
  // "wie die Polizei am Montag mitteilte", "wie ein Sprecher auf Anfrage sagte", "wie die Stadt in einer Mitteilung schrieb";
  // after a cue, a phrase of when or where ("sagte am Dienstag im Landtag, …"); after a noun, its complement ("Das
  // Unternehmen von Mark Zuckerberg").
  midPrepositions: `
in
im
an
am
auf
aus
bei
beim
mit
nach
vom
von
zum
zur
für
über
unter
vor
gegenüber
`,
  // Where "hieß es" and "heißt es" read: "aus dem Ministerium", "in dem Entwurf".
  readIn: `
aus
in
im
bei
beim
`,
  passiveAuxiliaries: `
wurde
wurden
worden
`,
  passiveAgent: `
von
`,
  turnPhrases: `
ihrerseits
seinerseits
`,
  indefiniteArticles: `
ein
eine
einen
einem
einer
`,
  definiteArticles: `
der
die
das
den
dem
des
dieser
diese
dieses
diesem
diesen
`,
  scareMarkers: `
sogenannte
sogenannten
sogenannter
sogenanntes
selbsternannte
selbsternannten
selbsternannter
angebliche
angeblichen
angeblicher
`,
  // A condition: what a subject might say after it is not said („falls die Behörde erklärt, …“).
  hypothetical: `
falls
ob
`,
  // "Französische Grenzgänger", "Betroffene Eltern", "Zahlreiche Anwohner": an adjective opening a sentence.
  adjectiveEndings: `
ische
ischen
ischer
isches
liche
lichen
licher
liches
ige
igen
iger
iges
ene
enen
ierte
ierten
`,
  // "Das sagte der Innenminister am Montag.": what the sentence before said.
  backReferences: `
das
dies
`,
  // "Experten warnen vor den Folgen", "berichtete über den Streit", "sprach von einem Erfolg": what was talked about.
  topicPrepositions: `
vor
über
von
`,
  // Dative, accusative and genitive only: never the subject's ("der", "die", "das", "ein", "eines der …" may be).
  objectArticles: `
dem
den
des
einem
einen
meinem
meinen
meines
deinem
deinen
seinem
seinen
seines
ihrem
ihren
ihres
unserem
unseren
unseres
eurem
euren
keinem
keinen
diesem
diesen
jenem
jenen
jedem
jeden
`,
  subordinators: `
wenn
als
weil
obwohl
nachdem
bevor
während
falls
sobald
seit
`,
  // "Die Studie zeigt, dass …", "l’étude montre que …", "el estudio muestra que …": what a document found.
  documentVerbs: 'zeigt\nzeigen\nzeigte\nzeigten\nergab\nergibt\nergaben\nergeben\nbelegt\nbelegen\nbelegte',
  // "à Toulouse", "en Lucena", "in Augsburg": a place's name after one never speaks.
  placePrepositions: 'in\nnach',
  // A number then one of these is someone's age, no role: "Anna Maier, 42 Jahre, Lehrerin".
  ageWords: `
Jahre
jahre
`,
  // Roles held in a business or a body: a compound's head before one names the employer ("Siemens-Sprecher Max Müller",
  // "Bahn-Chef Richard Lutz"), which "das Unternehmen" later points back to.
  staffRoles: `
sprecher
sprecherin
chef
chefin
vorstandschef
vorstandschefin
konzernchef
konzernchefin
geschäftsführer
geschäftsführerin
manager
managerin
analyst
analystin
ökonom
ökonomin
volkswirt
volkswirtin
gründer
gründerin
mitarbeiter
mitarbeiterin
`,
  // "das Bundesamt für Migration und Flüchtlinge", "das Institut für Weltwirtschaft": a preposition inside a body's name.
  nameLinks: `
für
`,
  conjunctions: `
und
`,
  reportAs: `
wie
`,
  relatives: `
wonach
welcher
welche
welches
welchem
welchen
`,
  complementizers: `
dass
ob
`,
  // Konjunktiv I: "Die Lage sei ernst. Man müsse handeln." goes on with the report before.
  reportedMood: `
sei
seien
habe
werde
könne
müsse
solle
wolle
dürfe
möge
gebe
gehe
komme
stehe
liege
bleibe
brauche
wisse
sehe
arbeite
fehle
zeige
halte
gelte
trage
führe
stelle
mache
lasse
finde
wachse
steige
sinke
wirke
reiche
drohe
handle
betreffe
entstehe
falle
laufe
plane
prüfe
rechne
erwarte
verfüge
spiele
hänge
helfe
nehme
treffe
# The subjunctive of the past, where the reported one looks like the indicative: "Die Kunden könnten nicht wechseln."
hätten
könnten
müssten
würden
wären
`,
  quotationMarks: `
„ “
„ ”
» «
# Swiss German: «Neue Zürcher Zeitung», «Das ist so».
« »
“ ”
" "
‚ ‘
› ‹
`,
  givenNames: GIVEN_NAMES,
  outlets: `
Der Spiegel|Spiegel|Spiegel Online
Die Zeit|Zeit Online
Frankfurter Allgemeine Zeitung|FAZ|F.A.Z.|Frankfurter Allgemeine|Frankfurter Allgemeinen Zeitung|Frankfurter Allgemeinen
Frankfurter Allgemeine Sonntagszeitung|FAS|Frankfurter Allgemeinen Sonntagszeitung
Süddeutsche Zeitung|SZ|Süddeutsche|Süddeutschen Zeitung|Süddeutschen
Die Welt|Welt
Handelsblatt
Bild|Bild-Zeitung
Bild am Sonntag|BamS
Welt am Sonntag|WamS
Wirtschaftswoche|WiWo
Tagesspiegel|Der Tagesspiegel
taz|die tageszeitung
Deutsche Presse-Agentur|dpa|Deutschen Presse-Agentur
RedaktionsNetzwerk Deutschland|RND
Evangelischer Pressedienst|epd|Evangelischen Pressedienst|Evangelischen Pressedienstes
Katholische Nachrichten-Agentur|KNA|Katholischen Nachrichten-Agentur
ARD|Tagesschau
ZDF
Deutschlandfunk|DLF
Deutsche Welle|DW|Deutschen Welle
Frankfurter Rundschau
Rheinische Post|Rheinischen Post
Stuttgarter Zeitung
Berliner Zeitung
Hamburger Abendblatt|Hamburger Abendblatts
Münchner Merkur|Münchner Merkurs
Kölner Stadt-Anzeiger|Kölner Stadt-Anzeigers
Westdeutsche Allgemeine Zeitung|WAZ|Westdeutschen Allgemeinen Zeitung
Augsburger Allgemeine|Augsburger Allgemeinen
Mitteldeutscher Rundfunk|MDR|Mitteldeutschen Rundfunks
Norddeutscher Rundfunk|NDR|Norddeutschen Rundfunks
Westdeutscher Rundfunk|WDR|Westdeutschen Rundfunks
Bayerischer Rundfunk|BR|Bayerischen Rundfunks
Südwestrundfunk|SWR
n-tv|ntv
t-online
Kronen Zeitung
SRF
ORF
RTL
Stern|Der Stern
Focus
Neue Zürcher Zeitung|NZZ|Neuen Zürcher Zeitung
NZZ am Sonntag
Der Standard
Austria Presse Agentur|APA
Keystone-SDA|SDA|Schweizerische Depeschenagentur
Blick|SonntagsBlick
Tages-Anzeiger|Tagi
SonntagsZeitung
Aargauer Zeitung
Luzerner Zeitung
Basler Zeitung
Berner Zeitung
20 Minuten
Schweizer Radio und Fernsehen
Die Presse
Kurier
Kleine Zeitung
Salzburger Nachrichten
Oberösterreichische Nachrichten
Tiroler Tageszeitung
Wiener Zeitung
Profil
Falter
kicker|Kicker
Sport Bild
Bunte
Cicero
Reuters
Table.Media
Business Insider
Stuttgarter Nachrichten
Leipziger Volkszeitung|LVZ
Sächsische Zeitung
Märkische Allgemeine
Hannoversche Allgemeine Zeitung|HAZ
Neue Osnabrücker Zeitung|NOZ
Nürnberger Nachrichten
Weser-Kurier
Rheinpfalz|Die Rheinpfalz
General-Anzeiger
`,
};

export default de;
