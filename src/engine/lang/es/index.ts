// Spanish: its lexicons as data (src/engine/lang/types.ts says what each list is for; README.md why entries are in).
import type { LanguageData } from '../types';
import { GIVEN_NAMES } from './given-names';
import { infinitives, spanishForms } from '../verb-forms';

// "sostuvo que …", "mantiene que …": irregular, written form by form, once for the cues and once for the verbs that
// report only a clause or a quotation ("mantiene el aviso rojo", "sostuvo el balón").
const HOLD_FORMS = `
sostuvo
sostiene
sostienen
sostuvieron
sostenido
sostenía
mantuvo
mantiene
mantienen
mantuvieron
`;

// "acusó que …" (the Mexican press's "Acusó que no hay recursos"), "acusó al Gobierno anterior de ocultar datos": what
// was said of the accused is the content. Regular, but its participle is the accused ("el acusado declaró") and its
// present as often a thing felt ("acusa el cansancio", "acusa recibo"): the past forms alone.
const ACCUSE_FORMS = `
acusó
acusaron
acusaba
acusaban
`;

// Regular verbs of saying, by their infinitive (verb-forms.ts): their forms are speech verbs, their infinitives cues
// after a lead of infinitiveLeads ("tras asegurar que …").
const SAY = `
afirmar asegurar señalar explicar indicar agregar añadir destacar subrayar manifestar:ie expresar comentar declarar
informar anunciar advertir:ie/i reconocer admitir lamentar enfatizar insistir apuntar recordar:ue valorar calificar
considerar opinar relatar reclamar criticar aclarar confirmar negar:ie tuitear detallar mencionar razonar
reflexionar concluir exigir plantear remarcar puntualizar acotar resaltar reiterar argumentar entender:ie recalcar
matizar apostillar anticipar adelantar avisar alegar aseverar ironizar bromear confesar:ie revelar desvelar narrar
justificar recomendar:ie sugerir:ie/i prometer garantizar replicar exclamar comunicar especificar cuestionar
reprochar zanjar estimar defender:ie repetir:i
espetar proclamar vaticinar pronosticar
# "desmintió que …"; the wire's "ha avanzado que …", "ha trasladado que …", "ha incidido en que …", "transmitió que …".
desmentir:ie/i avanzar trasladar transmitir incidir
# Their present is a common noun or another verb's as well ("la pregunta", "una denuncia", "la cita", "cuenta con"):
# no present.
preguntar! denunciar! citar! alertar! contar!
# Their present is as often a verb of doing or needing ("responde por", "precisa inversiones", "publica un libro",
# "comparte piso", "la sentencia"): no present.
responder! contestar! precisar! publicar! compartir! analizar! resumir! sentenciar!
`;

// Verbs of saying whose other sense takes a plain object: "asegura su casa", "garantiza el suministro", "adelantó el
// viaje", "considera la propuesta". (Not "recordó la heterogeneidad …", "reconoció el error": words reported as a thing.)
const SAY_CLAUSE = `
asegurar entender:ie garantizar anticipar adelantar considerar estimar criticar defender:ie repetir:i
# "se proclamó campeón", "pronostica lluvias", "vaticinó su caída".
proclamar vaticinar pronosticar
# "avanzó hacia la meta", "trasladó a los heridos", "transmitió el partido", "incide en los precios".
avanzar trasladar transmitir incidir
`;

const es: LanguageData = {
  code: 'es',
  dropsSubjects: true,
  verbSecond: true,
  commonWords: `
de
la
que
el
en
y
a
los
del
se
las
por
un
para
con
no
una
su
al
lo
como
más
pero
sus
le
ya
o
este
porque
esta
entre
cuando
muy
sin
sobre
también
me
hasta
hay
donde
quien
desde
todo
nos
durante
todos
uno
les
ni
contra
otros
ese
eso
ante
ellos
e
esto
antes
algunos
unos
otro
otras
otra
él
tanto
esa
estos
mucho
quienes
nada
muchos
cual
poco
ella
estas
algunas
algo
es
son
fue
ha
han
`,
  // Irregular verbs form by form, verbs of several words whole; the regular ones by their infinitive (verb-forms.ts).
  speechVerbs: `
dijo
dice
dicen
dijeron
dicho
decía
decían
${HOLD_FORMS}${ACCUSE_FORMS}propuso
propone
proponen
propusieron
propuesto
escribió
escribe
escriben
escribieron
escrito
escribía
describió
describe
describen
describieron
descrito
# "sumó", "pidió": "se sumaron" (joined) and "había pedido" with a thing asked for are no words of anyone's.
sumó
pidió
pidieron
# Verbs of saying of several words: a cue only whole.
# Impersonal (\`impersonal\`): "se lee en el documento", "en el informe se señala que …".
se lee
se leía
se afirma
se señala
se indica
se explica
se asegura
se advierte
se destaca
se subraya
hizo referencia
hizo énfasis
hizo hincapié
dio a conocer
` +
    spanishForms(SAY),
  // "El alcalde pidió calma, tras asegurar que …", "al señalar que …", "Después de explicar que …, la ministra …": the
  // speaker is the subject of the clause the infinitive hangs on. Each infinitive reports only "que …" or a quotation
  // (clauseVerbs): "tras explicar el plan", "al contar los votos" are no one's words.
  infinitiveLeads: `
tras
al
después de
antes de
luego de
`,
  speechInfinitives: `${infinitives(SAY)}
decir
acusar
`,
  clauseVerbs: `${spanishForms(SAY_CLAUSE)}
${infinitives(SAY)}
decir
acusar
# "mantiene el aviso rojo", "sostuvo el balón": irregular, form by form.
${HOLD_FORMS}`,
  quoteVerbs: `
# "«…», remató Tomás Ugarte"; "remató de cabeza" is a shot.
remató
rematan
remata
continuó
continuado
prosiguió
# "«…», cerró el técnico": a quotation's last words ("cerró la puerta", "ha cerrado el trato" are no one's words).
cerró
cerrado
leía
gritó
`,
  accordingTo: `
# A view given by someone named at the sentence's start: "Para el ministro, …" (" ,": only there, before a comma).
para ,
según
de acuerdo con
de acuerdo a
a juicio de
a juicio del
en palabras de
en palabras del
en opinión de
en opinión del
# A view given as its holder's own, read as whoever spoke before: " ." ends such a phrase.
a su entender .
a su juicio .
desde su visión .
desde su perspectiva .
en su opinión .
`,
  anonymousNouns: `
fuentes
fuente
expertos
especialistas
analistas
vecinos
residentes
testigos
funcionarios
autoridades
productores
trabajadores
investigadores
científicos
médicos
activistas
manifestantes
opiniones
otros
algunos
muchos
personas
gente
pobladores
habitantes
representantes
dirigentes
integrantes
miembros
portavoces
voceros
vecino
vecina
vecinas
residente
testigo
estudiantes
estudiante
alumnos
alumno
maestros
maestro
maestra
docentes
padres
madres
familias
familiares
amigos
agricultores
campesinos
ganaderos
productor
comerciantes
empresarios
inversores
# Of the markets: "Según los operadores consultados por este diario, …".
operadores
operador
operadora
corredores
intermediarios
gestores
banqueros
negociadores
brókeres
traders
economistas
economista
diplomáticos
asesores
consultores
legisladores
votantes
electores
ciudadanos
usuarios
clientes
consumidores
pacientes
víctimas
sobrevivientes
simpatizantes
seguidores
partidarios
opositores
críticos
defensores
detractores
observadores
allegados
colaboradores
voluntarios
empleados
obreros
sindicalistas
policías
agentes
militares
soldados
enfermeros
bomberos
rescatistas
abogados
turistas
aficionados
hinchas
especialista
experto
experta
trabajador
trabajadora
alguien
varios
otras
algunas
muchas
# Bodies not named, a group of them: "Organizaciones vecinales denunciaron que …", "Colectivos feministas reclamaron
# …" (plurals whose singular the plain "-s" rule cannot find, as it does for "grupos", "sindicatos").
organizaciones
asociaciones
agrupaciones
federaciones
entidades
instituciones
colectivos
`,
  titles: `
presidente
presidenta
ministro
ministra
secretario
secretaria
subsecretario
subsecretaria
vicepresidente
vicepresidenta
gobernador
gobernadora
alcalde
alcaldesa
intendente
intendenta
senador
senadora
diputado
diputada
director
directora
jefe
jefa
rector
rectora
vice
primer
primera
embajador
embajadora
juez
jueza
fiscal
portavoz
vocero
vocera
general
doctor
doctora
dr.
dra.
profesor
profesora
canciller
# A title with its prefix, one word: "el codirector de Semillas Colombia, Luis Vera", "la subdirectora de la escuela",
# "el exministro de Cultura, José Guirao".
codirector
codirectora
subdirector
subdirectora
cofundador
cofundadora
viceministro
viceministra
vicealcalde
vicealcaldesa
exministro
exministra
expresidente
expresidenta
exalcalde
exalcaldesa
exdirector
exdirectora
exsecretario
exsecretaria
exgobernador
exgobernadora
exdiputado
exdiputada
exsenador
exsenadora
exfiscal
exjuez
exjueza
`,
  honorifics: `
don
doña
señor
señora
sr.
sra.
srta.
`,
  roleNouns: `
concejal
concejala
regidor
regidora
letrado
letrada
técnico
técnica
entrenador
entrenadora
seleccionador
seleccionadora
delegado
delegada
subdelegado
subdelegada
centrocampista
delantero
delantera
futbolista
jugador
jugadora
capitán
capitana
directivo
directiva
funcionario
funcionaria
edil
diputado
diputada
senador
senadora
portavoz
vocero
vocera
experto
experta
investigador
investigadora
integrante
miembro
vecina
vecino
dirigente
productor
productora
médico
médica
periodista
abogado
abogada
analista
economista
especialista
asesor
asesora
representante
presidente
presidenta
ministro
ministra
secretario
secretaria
director
directora
jefe
jefa
alcalde
intendente
rector
rectora
empresario
empresaria
líder
sindicalista
activista
profesor
profesora
juez
jueza
fiscal
consejero
consejera
gobernador
gobernadora
alcaldesa
embajador
embajadora
canciller
vicepresidente
vicepresidenta
coordinador
coordinadora
gerente
delegado
delegada
candidato
candidata
científico
científica
sociólogo
socióloga
politólogo
politóloga
historiador
historiadora
escritor
escritora
autor
autora
funcionario
funcionaria
consultor
consultora
madre
padre
jubilado
jubilada
# The wire's words for whoever holds an office named before: "El ministro de Hacienda, Luis Gil, …" then "dijo el
# funcionario", "dijo el mandatario", "dijo el titular de Hacienda" ("Un funcionario dijo" stays unnamed).
mandatario
mandataria
titular
político
`,
  femaleNouns: `
presidenta
ministra
secretaria
subsecretaria
gobernadora
alcaldesa
intendenta
senadora
diputada
directora
jefa
rectora
doña
señora
madre
hija
mujer
vecina
investigadora
abogada
asesora
experta
médica
productora
vocera
empresaria
profesora
jueza
consejera
embajadora
vicepresidenta
coordinadora
delegada
candidata
científica
socióloga
politóloga
historiadora
escritora
autora
funcionaria
consultora
jubilada
codirectora
subdirectora
cofundadora
viceministra
vicealcaldesa
exministra
expresidenta
exalcaldesa
exdirectora
exsecretaria
exgobernadora
exdiputada
exsenadora
exjueza
mandataria
`,
  maleNouns: `
don
señor
padre
hijo
hombre
`,
  orgNameWords: `
compañía
cooperativa
corporación
sociedad
fiscalía
intendencia
municipalidad
alcaldía
policía
ministerio
gobierno
partido
universidad
instituto
comité
comisión
consejo
asamblea
dirección
departamento
secretaría
agencia
banco
empresa
grupo
federación
asociación
sindicato
fundación
tribunal
corte
escuela
unión
oficina
servicio
servicios
s.a.
# "la Confederación Hidrográfica del Júcar", "el Centro de Coordinación de Emergencias", "el Observatorio de Seguridad Pública".
confederación
centro
observatorio
cámara
colegio
consorcio
delegación
subdelegación
diputación
junta
ayuntamiento
consejería
defensoría
procuraduría
contraloría
superintendencia
autoridad
organización
academia
liga
mancomunidad
plataforma
coordinadora
`,
  orgNouns: `
empresa
compañía
gobierno
ministerio
partido
organización
asociación
sindicato
agencia
banco
firma
ente
entidad
institución
organismo
municipio
intendencia
`,
  documentNouns: `
informe
estudio
comunicado
declaración
carta
documento
encuesta
resolución
decreto
texto
nota
reporte
datos
cifras
estimaciones
sondeo
balance
análisis
sentencia
`,
  mediaNouns: `
diario
periódico
medio
cadena
revista
agencia
emisora
portal
`,
  pronouns: `
él|person|m
ella|person|f
ellos|group
ellas|group
quien|relative
quienes|relative
yo|speaker
nosotros|speaker
`,
  npStops: `
y
o
pero
que
quien
quienes
cuyo
donde
cuando
si
como
porque
pues
en
de
del
a
al
con
sin
por
para
sobre
entre
hasta
desde
es
son
fue
era
ha
han
había
se
no
más
muy
ya
también
lo
la
los
las
le
les
ante
tras
durante
hacia
según
contra
mediante
`,
  cueModifiers: `
incluso
así
actualmente
finalmente
asimismo
ahora
ha
han
había
habían
también
tampoco
además
ya
luego
después
entonces
hoy
ayer
recientemente
nuevamente
asimismo
no
le
les
lo
se
# Object pronouns between the subject and its verb: "una fuente nos la resumió", "una vecina me contó".
me
te
nos
os
la
los
las
`,
  timeWords: `
lunes
martes
miércoles
jueves
viernes
sábado
domingo
ayer
hoy
mañana
semana
mes
año
`,
  abbreviations: `
dr.
dra.
sr.
sra.
srta.
lic.
ing.
etc.
pág.
núm.
ee.uu.
ud.
uds.
`,
  determiners: `
# "Otros conceptos compartió …": before a noun, a quantifier is its determiner.
otros
otras
el
la
los
las
un
una
unos
unas
lo
su
sus
este
esta
estos
estas
ese
esa
esos
esas
aquel
nuestro
nuestra
`,
  // "dijo a LA NACION el economista …", "explicó al diario": the person or outlet the words were said to, never who said them.
  objectArticles: `
a
al
`,
  nounLinks: `
de
del
`,
  // "Según se informó desde el ministerio", "se lee en el documento": the body or document an impersonal verb reports from.
  readIn: `
desde
en
`,
  impersonal: `
se
`,
  perfectAuxiliaries: `
ha
han
había
habían
hemos
`,
  passiveAuxiliaries: `
fue
fueron
sido
`,
  passiveAgent: `
por
`,
  turnPhrases: `
por su parte
por parte suya
`,
  indefiniteArticles: `
un
una
`,
  definiteArticles: `
el
la
los
las
este
esta
estos
estas
ese
esa
esos
esas
aquel
aquella
`,
  scareMarkers: `
llamado
llamada
llamados
llamadas
supuesto
supuesta
autoproclamado
autoproclamada
`,
  leadParticiples: 'ado\nada\nados\nadas\nido\nida\nidos\nidas\nando\niendo',
  // A condition: what a subject might say after it is not said («si el juez considera que …»).
  hypothetical: `
si
`,
  subordinators: `
cuando
si
mientras
porque
aunque
después
antes
`,
  // "Die Studie zeigt, dass …", "l’étude montre que …", "el estudio muestra que …": what a document found.
  documentVerbs: 'muestra\nmuestran\nmostró\nmostraron\nmostraba\narrojó',
  // "à Toulouse", "en Lucena", "in Augsburg": a place's name after one never speaks.
  // "— C’est une honte, a lancé un manifestant.": a paragraph opened by a dash is someone speaking.
  dialogueDash: true,
  placePrepositions: 'en',
  // A number then one of these is someone's age, no role: "Rosa, de 42 años".
  ageWords: `
años
`,
  conjunctions: `
y
e
`,
  reportAs: `
como
`,
  relatives: `
quien
quienes
cual
cuales
cuyo
cuya
cuyos
cuyas
`,
  complementizers: `
que
`,
  quotationMarks: `
« »
“ ”
‘ ’
" "
`,
  givenNames: GIVEN_NAMES,
  outlets: `
El País
El Mundo
ABC
La Vanguardia
Clarín
La Nación
El Tiempo
Agencia EFE|EFE
Europa Press
El Universal
La Jornada
Reforma
Granma
la diaria
El Observador
El Comercio
La Tercera
Infobae
Página 12|Página/12
`,
};

export default es;
