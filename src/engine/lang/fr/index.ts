// French: its lexicons as data (src/engine/lang/types.ts says what each list is for; README.md why entries are in).
import type { LanguageData } from '../types';
import { GIVEN_NAMES } from './given-names';
import { frenchForms } from '../verb-forms';

// "a tenu à rappeler que …", "a souhaité préciser que …": a verb of saying after a helper of wish or care is a cue of
// several words, helper and verb whole. (Not "dire": "cela veut dire que …" is what something means.)
const withHelpers = (helpers: string, verbs: string): string =>
  helpers
    .split('\n')
    .filter((h) => h)
    .flatMap((h) => verbs.split(' ').map((v) => `${h} ${v}`))
    .join('\n') + '\n';

// "s'" and "s’" before each form: "s'indigne", "s’indigne".
const elided = (forms: string): string =>
  forms
    .split(' ')
    .flatMap((f) => [`s'${f}`, `s’${f}`])
    .join('\n') + '\n';

const fr: LanguageData = {
  code: 'fr',
  sentenceCaseNames: true,
  commonWords: `
de
la
le
et
les
des
en
du
un
une
est
que
pour
dans
qui
a
au
par
sur
pas
il
ne
plus
se
ce
avec
son
sont
sa
elle
ou
mais
aux
été
on
ses
cette
nous
leur
ont
fait
comme
tout
bien
aussi
y
être
très
lui
même
deux
entre
sans
sous
après
avant
où
été
était
`,
  // Irregular verbs form by form, verbs of several words whole; the regular ones by their infinitive (verb-forms.ts).
  speechVerbs: `
dit
disent
disait
disaient
dire
# "on lit sur Le Point que …", "on apprend via l’AFP que …": what one reads in an outlet.
lit
apprend
# Verbs of saying of several words: a cue only whole.
fait savoir
met en garde
mettent en garde
mis en garde
fait valoir
font valoir
fait état
font état
fait remarquer
font remarquer
# "a-t-on appris auprès de la préfecture": what one learnt from someone.
appris
écrit
écrivent
écrivait
écrivaient
écrivit
répond
répondent
répondait
répondu
répondit
prévient
préviennent
prévenait
prévenu
prévint
reconnaît
reconnaissent
reconnaissait
reconnu
reconnut
admet
admettent
admettait
admis
admit
soutient
soutiennent
soutenait
soutenu
soutint
conclut
concluent
concluait
conclu
dément
démentent
démentait
démenti
démentit
promet
promettent
promettait
promis
rappelle
rappellent
rappelait
rappelé
rappela
martèle
martèlent
martelait
martelé
martela
relève
relèvent
relevait
relevé
releva
s'interroge
s’interroge
défend
défendent
défendait
défendu
défendit
# "s'est dite « très préoccupée »", "se dit prêt à …".
s'est dite
s’est dite
se sont dits
se sont dites
se dit
se disent
qualifieront
` +
    withHelpers(
      `tenu à
tient à
tiennent à
tenait à
tenaient à
souhaité
souhaite
souhaitent
souhaitait
souhaitaient
voulu
veut
veulent
voulait
voulaient`,
      'rappeler préciser souligner affirmer réaffirmer insister expliquer indiquer déclarer',
    ) +
    frenchForms(`
affirmer déclarer expliquer ajouter préciser souligner indiquer estimer assurer confier raconter résumer conseiller
préconiser annoncer révéler insister noter observer dénoncer lancer tweeter qualifier accuser commenter regretter
détailler confirmer alerter plaider témoigner déplorer saluer réclamer demander proposer recommander
signaler relater fustiger ironiser avouer confesser jurer rétorquer répliquer objecter
argumenter contester protester concéder relativiser minimiser rapporter citer divulguer prôner réfuter certifier
exhorter pronostiquer
avertir renchérir
nier répéter réaffirmer asséner arguer juger! trancher!
# "s’est exclamé".
exclamer
# Used with "se": "s’est félicité", "se réjouit", "s’indigne", "s’insurge".
féliciter réjouir indigner insurger
# Their present is a common noun as well ("la critique", "une nuance"): no present.
critiquer! nuancer!
`),
  // Verbs of saying whose other sense takes a plain object: "salue les soldats", "lancent une opération", "observent une
  // hausse", "assure sa maison", "estime les dégâts", "relève le défi". (Not "rappelle les faits", "note la baisse":
  // words reported as a thing.)
  clauseVerbs:
    // "a défendu un dispositif « équilibré »", "défend que …"; "a défendu son but" is a goalkeeper's.
    'défend\ndéfendent\ndéfendait\ndéfendu\ndéfendit\n' +
    // "a répondu que …", "« … », a répondu le maire"; "a répondu point par point", "répond présent" say nothing.
    'répond\nrépondent\nrépondait\nrépondu\nrépondit\n' +
    frenchForms(`
saluer lancer observer assurer estimer critiquer féliciter réjouir indigner insurger juger! répéter
`) +
    `
relève
relèvent
releva
`,
  quoteVerbs: `
poursuit
poursuivi
continue
continué
lire
lisait
lance
interroge
s'exclame
poursuivent
poursuivait
# "« … », analyse Sophie Kessler": "l'analyse" is a noun as well.
analyse
analysait
analysent
` +
  // A reflexive verb whose pronoun is elided into it, with either apostrophe: "« … », s'indigne Marco Bernasconi".
  elided('exclame exclament indigne indignent insurge insurgent étonne étonnent inquiète inquiètent emporte emportent alarme alarment offusque agace amuse') +

    // Verbs that report words only beside them: "glisse-t-il", "Le maire réagit : « … »" ("la rivière réagit vite" is no one's words).
    frenchForms(`
glisser lâcher souffler
réagir
# "a interpellé le gouvernement : « … »"; "ont interpellé deux suspects" is an arrest.
interpeller
`),
  // "a confirmé l'incendie, ajoutant que …", "« … », a-t-elle précisé, ajoutant que …", "en affirmant que …": the
  // participle borrows the subject of the clause it follows. Not the forms that are as often adjectives or nouns
  // (confiant, insistant, reconnaissant, concluant, protestant, détaillant, prévenant).
  participleCues: `
ajoutant
précisant
soulignant
expliquant
indiquant
affirmant
déclarant
rappelant
annonçant
dénonçant
martelant
assurant
estimant
jugeant
répétant
réaffirmant
arguant
avertissant
admettant
promettant
démentant
disant
`,
  accordingTo: `
# A view given by someone named at the sentence's start: "Pour le ministre, …" (" ,": only there, before a comma).
pour ,
selon
d'après
d’après
de l'avis de
# The wire's "…, a-t-on appris auprès de la préfecture": what one learnt from someone.
a-t-on appris auprès de
a-t-on appris auprès du
a-t-on appris auprès des
a-t-on appris auprès de l'
a-t-on appris auprès de l’
# "a-t-on appris de source syndicale".
a-t-on appris de
au dire de
aux dires de
# A view given as its holder's own, read as whoever spoke before: " ." ends such a phrase.
à son avis .
à ses yeux .
`,
  anonymousNouns: `
responsables
responsable
experts
expert
expertes
spécialistes
spécialiste
sources
source
observateurs
analystes
habitants
riverains
témoins
témoin
proches
chercheurs
scientifiques
médecins
militants
manifestants
enquêteurs
policiers
gendarmes
élus
proches
marcheurs
femmes
femme
hommes
homme
personnes
personne
gens
certains
plusieurs
autres
salariés
employés
syndicalistes
parents
entourage
proche
secours
électeurs
internautes
utilisateurs
voisins
voisin
voisine
voisines
habitant
habitante
riverain
riveraine
passants
passant
passante
commerçants
commerçant
commerçante
agriculteurs
agriculteur
éleveurs
étudiants
étudiant
étudiante
élèves
lycéens
enseignants
enseignant
enseignante
soignants
infirmiers
infirmières
pompiers
secouristes
victimes
familles
fidèles
patients
patiente
retraités
clients
cliente
consommateurs
usagers
citoyens
supporters
spectateurs
touristes
automobilistes
locataires
propriétaires
commentateurs
opposants
partisans
sympathisants
défenseurs
diplomates
diplomate
conseillers
économistes
économiste
juristes
avocats
investisseurs
# Of the markets: "Selon les opérateurs interrogés par l’AFP, …".
opérateurs
courtiers
gérants
banquiers
traders
négociateurs
amis
alliés
collègues
jeunes
fonctionnaires
représentants
dirigeants
membres
militant
militante
manifestant
manifestante
policier
policière
gendarme
médecin
chercheur
chercheuse
salarié
salariée
employé
employée
électeur
électrice
quelqu'un
quelqu’un
certaines
nombreux
# Who a trial, an inquiry or a firm is made of, and those in charge: "L'accusé a déclaré …", "Un enquêteur a précisé
# que …", "La direction a confirmé …", "selon les autorités". Not "défense": "Pour sa défense, il …" is his own.
accusé
accusée
accusés
enquêteur
enquêtrice
membre
direction
autorités
parties civiles
technicien
technicienne
techniciens
ouvrier
ouvrière
ouvriers
horloger
horlogers
climatologues
climatologue
météorologues
`,
  titles: `
ministre
président
présidente
premier
première
maire
député
députée
sénateur
sénatrice
secrétaire
directeur
directrice
porte-parole
juge
procureur
procureure
général
générale
professeur
professeure
pr
pr.
dr
dr.
docteur
commissaire
préfet
préfète
ambassadeur
ambassadrice
patron
patronne
pdg
chef
cheffe
dirigeant
dirigeante
fondateur
fondatrice
# The mayors and aldermen of Belgium, Switzerland and Québec: "le bourgmestre de Namur, Paul Martin", "la mairesse de
# Laval", "le syndic de Lausanne", "l'échevin des Travaux".
bourgmestre
bourgmestres
mairesse
syndic
syndique
échevin
échevine
`,
  honorifics: `
m.
# "M Lisée": Québec writes the honorific with no period.
m
mme
mme.
mlle
monsieur
madame
mademoiselle
me
`,
  roleNouns: `
adjoint
adjointe
magistrat
magistrate
édile
champion
championne
entraîneur
entraîneuse
délégué
déléguée
joueur
joueuse
attaquant
attaquante
capitaine
sélectionneur
sélectionneuse
infirmier
infirmière
chanteur
chanteuse
romancier
romancière
gérant
gérante
porte-parole
naturopathe
gastro-entérologue
spécialiste
professionnelle
professionnel
expert
experte
avocat
avocate
médecin
chercheur
chercheuse
journaliste
économiste
analyste
conseiller
conseillère
ministre
président
présidente
directeur
directrice
député
députée
maire
juge
avocat
élu
élue
militant
militante
habitant
habitante
auteur
autrice
écrivain
écrivaine
sociologue
historien
historienne
politologue
juriste
consultant
consultante
ingénieur
salarié
salariée
sénateur
sénatrice
secrétaire
procureur
procureure
préfet
préfète
patron
patronne
dirigeant
dirigeante
syndicaliste
candidat
candidate
chef
cheffe
ambassadeur
ambassadrice
commissaire
professeur
professeure
universitaire
entrepreneur
entrepreneuse
fondateur
fondatrice
mère
père
retraité
retraitée
bourgmestre
mairesse
syndic
syndique
échevin
échevine
`,
  femaleNouns: `
femme
mère
fille
sœur
présidente
directrice
professeure
avocate
chercheuse
conseillère
députée
sénatrice
préfète
patronne
cheffe
dirigeante
fondatrice
autrice
écrivaine
historienne
consultante
militante
habitante
élue
salariée
madame
mme
mlle
procureure
candidate
ambassadrice
entrepreneuse
retraitée
mairesse
syndique
échevine
`,
  maleNouns: `
homme
père
fils
frère
monsieur
m.
m
`,
  orgNameWords: `
ministère
gouvernement
parti
université
institut
société
groupe
banque
tribunal
parquet
conseil
assemblée
sénat
commission
agence
fédération
association
syndicat
fondation
chu
hôpital
police
gendarmerie
mairie
préfecture
sa
sas
sarl
cour
office
# "le Centre hospitalier de Brest", "l'Observatoire français des conjonctures", "la Ligue de football professionnel".
centre
observatoire
confédération
comité
chambre
ligue
autorité
union
collectif
caisse
service
académie
organisation
inspection
`,
  orgNouns: `
entreprise
société
groupe
gouvernement
organisation
association
syndicat
agence
banque
firme
laboratoire
constructeur
fabricant
opérateur
plateforme
réseau
`,
  documentNouns: `
rapport
étude
communiqué
déclaration
lettre
document
enquête
sondage
note
courrier
texte
projet
décret
arrêté
avis
analyse
bilan
données
chiffres
estimations
statistiques
`,
  mediaNouns: `
journal
quotidien
hebdomadaire
magazine
site
chaîne
radio
agence
`,
  pronouns: `
il|person|m
elle|person|f
ils|group
elles|group
lui|person|m
eux|group
on|group
je|speaker
nous|speaker
qui|relative
`,
  npStops: `
duquel
auquel
lequel
laquelle
lesquels
lesquelles
et
ou
mais
que
qui
dont
où
quand
si
comme
car
donc
puis
dans
sur
sous
avec
sans
pour
par
de
du
des
en
au
aux
à
est
sont
était
a
ont
avait
ne
pas
plus
se
ce
cette
ces
qu'
devant
après
avant
pendant
depuis
lors
chez
contre
vers
entre
parmi
selon
malgré
auprès
durant
dès
envers
hors
`,
  cueModifiers: `
a
ont
avait
avaient
aurait
auraient
est
sont
était
aussi
encore
déjà
ensuite
alors
également
toutefois
cependant
pourtant
récemment
hier
notamment
d'ailleurs
ainsi
lui
leur
nous
vous
y
en
ne
pas
jamais
bien
# The helper with an object pronoun written into it: "la maire l’a confirmé", "le directeur m’a dit".
l’a
l'a
m’a
m'a
t’a
t'a
l’ont
l'ont
m’ont
m'ont
l’avait
l'avait
m’avait
m'avait
s’est
s'est
# A reflexive verb's pronoun: "se félicite", "« … », se réjouit la maire".
se
`,
  timeWords: `
lundi
mardi
mercredi
jeudi
vendredi
samedi
dimanche
hier
aujourd'hui
demain
semaine
mois
année
an
matin
soir
`,
  abbreviations: `
m.
mme.
dr.
pr.
st.
etc.
p.
cf.
env.
av.
apr.
j.-c.
`,
  determiners: `
le
la
les
l'
l’
un
une
des
du
de
ce
cet
cette
ces
son
sa
ses
leur
leurs
notre
votre
mon
ma
mes
`,
  readIn: `
dans
sur
via
chez
par
en
`,
  // "a indiqué à l’AFP le commandant …", "a déclaré au Parisien": whom the words were said to, never who said them.
  objectArticles: `
à
au
aux
`,
  nounLinks: `
de
du
des
d’
d'
`,
  perfectAuxiliaries: `
a
ont
avait
avaient
aurait
auraient
avons
s’est
s'est
s’était
s'était
`,
  passiveAuxiliaries: `
est
sont
été
fut
furent
était
étaient
`,
  passiveAgent: `
par
`,
  turnPhrases: `
quant à elle
quant à lui
quant à eux
quant à elles
pour sa part
pour leur part
de son côté
de leur côté
# Adverbs of several words between the helper and the verb: "a par ailleurs indiqué".
par ailleurs
en outre
de nouveau
à nouveau
`,
  indefiniteArticles: `
un
une
`,
  definiteArticles: `
le
la
les
l'
l’
ce
cet
cette
ces
`,
  scareMarkers: `
soi-disant
prétendu
prétendue
autoproclamé
autoproclamée
`,
  leadParticiples: 'é\née\nés\nées\nant',
  // A condition: what a subject might say after it is not said (« si elle estime que la loi n’est pas respectée »).
  hypothetical: `
si
`,
  subordinators: `
quand
lorsque
si
pendant
parce
bien
alors
puisque
`,
  // "Die Studie zeigt, dass …", "l’étude montre que …", "el estudio muestra que …": what a document found.
  documentVerbs: 'montre\nmontrent\nmontrait\nmontraient\nmontré',
  // "à Toulouse", "en Lucena", "in Augsburg": a place's name after one never speaks.
  // "— C’est une honte, a lancé un manifestant.": a paragraph opened by a dash is someone speaking.
  dialogueDash: true,
  // ("au Sénégal", "aux Pays-Bas": "à" with its article.)
  placePrepositions: 'à\nen\nau\naux',
  // A number then one of these is someone's age, no role: "Fatima, 42 ans, mère de trois enfants".
  ageWords: `
ans
`,
  conjunctions: `
et
`,
  reportAs: `
comme
`,
  relatives: `
qui
lequel
laquelle
lesquels
lesquelles
dont
`,
  complementizers: `
que
qu'
qu’
`,
  quotationMarks: `
« »
“ ”
‹ ›
" "
`,
  givenNames: GIVEN_NAMES,
  outlets: `
Le Monde
Le Figaro
Libération|Libé
Les Échos|Les Echos
Le Point
L'Express
L'Obs|Le Nouvel Observateur
Le Parisien
Mediapart
Le Canard enchaîné|Le Canard
France Info|franceinfo
France Télévisions
France Inter
BFMTV|BFM TV
Ouest-France
La Croix
L'Humanité
Marianne
20 Minutes
TF1
France 2
RFI
France 24
Le Journal du dimanche|JDD
L'Équipe|L’Équipe
RTL
Europe 1
RMC
LCI
CNews
France 3
Arte
Le Progrès
La Provence
Le Télégramme
Sud Ouest
Le Dauphiné libéré
La Voix du Nord
Nice-Matin
La Dépêche du Midi|La Dépêche
Midi Libre
L'Est républicain
Les Dernières Nouvelles d'Alsace|DNA
Le Républicain lorrain
La Montagne
Le Courrier picard
Paris Match
Challenges
L'Opinion
HuffPost
Konbini
Le Temps
La Tribune
Keystone-ATS|ATS|Agence télégraphique suisse
Belga
Tribune de Genève
RTS
RTBF
Le Soir
La Libre Belgique|La Libre
Le Devoir
La Presse
`,
};

export default fr;
