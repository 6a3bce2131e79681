/**
 * Motives (beweegredenen): 15 reasons in three dimensions (Suijs 1999).
 * Source: domain.md §3. Dutch descriptions are verbatim from LS §4.5 (LS 1869–1915); within each
 * dimension the most frequent reasons come first (LS 1866–67), so the order is meaningful.
 */
import { grouped, term, text } from './term';
import type { GroupedTerm, Term } from './types';

export const MOTIVE_DIMENSIONS: readonly Term[] = [
  term(
    'task',
    'Task dimension',
    'Taakdimensie',
    text(
      'Schools and teams approach collective learning in a goal-directed, planned way.',
      'Scholen en teams gaan doelgericht en planmatig om met collectief leren.',
    ),
  ),
  term(
    'relation',
    'Relationship dimension',
    'Relatiedimensie',
    text(
      'Reasons that put the social relations of collective learning first.',
      'Redenen die de sociale relaties van collectief leren vooropstellen.',
    ),
  ),
  term(
    'growth',
    'Growth dimension',
    'Groeidimensie',
    text(
      "Reasons about reform and the school's capacity to change.",
      'Redenen vanuit de reformgedachte en de verandercapaciteit van de school.',
    ),
  ),
];

export const MOTIVES: readonly GroupedTerm[] = [
  // Task dimension
  grouped(
    'task',
    'exchange-design-materials',
    'Exchange/redesign teaching resources',
    'Leermiddelen uitwisselen/(her)ontwerpen',
    text(
      'to exchange and/or (re)design subject didactics, programmes, content, teaching materials or resources, and to align continuous learning pathways',
      "om vakdidactiek, programma's, inhouden, leermiddelen of bronnen uit te wisselen en/of (her)ontwerpen, om doorlopende (leer)lijnen af te stemmen",
    ),
  ),
  grouped(
    'task',
    'teacher-as-researcher',
    'Teacher as researcher',
    'Leraar als onderzoeker',
    text(
      'to take on the role of inquiring professional or active researcher',
      'om de rol van onderzoekende professional of actief onderzoeker op te nemen',
    ),
  ),
  grouped(
    'task',
    'care-and-guidance',
    'Care and pupil guidance',
    'Zorg en leerlingenbegeleiding',
    text(
      'to meet the generalist approach to care, pupil orientation and pupil guidance',
      'om tegemoet te komen aan de generalistische benadering van zorg, leerlingenoriëntatie en leerlingenbegeleiding',
    ),
  ),
  grouped(
    'task',
    'project-or-international',
    'Temporary or international project',
    'Tijdelijk of internationaal project',
    text(
      'to build up a temporary project or an international action programme',
      'om een tijdelijk project of een internationaal actieprogramma uit te bouwen',
    ),
  ),
  grouped(
    'task',
    'dual-workplace-internships',
    'Dual/workplace learning, internships',
    'Duaal leren, werkplekleren, stages',
    text(
      'to organise dual learning, workplace learning or internships',
      'om duaal leren of werkplekleren of stages te organiseren',
    ),
  ),
  grouped(
    'task',
    'policy-requirements',
    'Meet decree/policy requirements',
    'Tegemoetkomen aan decretale wensen',
    text('to meet the expectations set by decree', 'om tegemoet te komen aan decretale wensen'),
  ),
  // Relationship dimension
  grouped(
    'relation',
    'incentivized-networking',
    'Incentivized (required) networking',
    'Incentivized (verplichte) netwerking',
    text(
      '(to have) to take part in incentivized networking',
      'om aan incentivized netwerking te (moeten) doen',
    ),
  ),
  grouped(
    'relation',
    'connect-isolated-teachers',
    'Connections teachers lack internally',
    'Connecties die leraren op school missen',
    text(
      'to facilitate and improve new connections for teachers who do not find these social opportunities at school',
      'om nieuwe connecties te faciliteren en verbeteren voor leerkrachten die deze sociale kansen op school niet vinden',
    ),
  ),
  grouped(
    'relation',
    'connect-for-cocreation',
    'Connect people for co-creation',
    'Mensen verbinden voor co-creatie',
    text(
      'to connect people and know-how, so as to engage committedly in co-creation',
      'om mensen en knowhow te verbinden, om zo geëngageerd aan co-creatie te doen',
    ),
  ),
  grouped(
    'relation',
    'fallback-network',
    'Local fallback network',
    'Lokaal netwerk om op terug te vallen',
    text(
      'to be able to fall back on a (local) network, no questions asked',
      'om zonder meer op een (lokaal) netwerk te kunnen terugvallen',
    ),
  ),
  // Growth dimension
  grouped(
    'growth',
    'sustainable-innovation',
    'Study/implement sustainable innovation',
    'Duurzame innovatie bestuderen/invoeren',
    text(
      'to observe, inquire into, visit as a guest (job-shadow), study and/or implement sustainable innovation and change processes',
      'om duurzame innovatie- en veranderingsprocessen te observeren, bevragen, hospiteren, bestuderen en/of implementeren',
    ),
  ),
  grouped(
    'growth',
    'administrative-scaling',
    'Administrative optimisation, scaling up',
    'Bestuurlijke optimalisatie, schaalvergroting',
    text(
      'to pursue administrative optimisation and scaling up in terms of budget, staff, infrastructure, ...',
      'om aan bestuurlijke optimalisatie en schaalvergroting te doen op vlak van budget, personeel, infrastructuur, ...',
    ),
  ),
  grouped(
    'growth',
    'teacher-professional-development',
    "Support teachers' professional growth",
    'Professionele groei van leraren',
    text(
      "to support teachers' professional development, to strengthen the reflective professional",
      'om de professionele ontwikkeling van leraren te ondersteunen, om de reflectieve professional te versterken',
    ),
  ),
  grouped(
    'growth',
    'quality-development',
    'Quality development',
    'Kwaliteitsontwikkeling',
    text('to work on quality development', 'om aan kwaliteitsontwikkeling te doen'),
  ),
  grouped(
    'growth',
    'raise-pupil-achievement',
    'Raise pupil achievement',
    'Leerlingenprestaties verhogen',
    text(
      'to raise pupil achievement through collaboration',
      'om door samenwerking de leerlingenprestaties te verhogen',
    ),
  ),
];
