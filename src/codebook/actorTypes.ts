/**
 * Actor types for external partners (node `type`), grouped A–I.
 * Source: domain.md §1, from De Smet, Ruys & Frijns 2019 (LS) 237–2240 and Tanghe & Schelfhout
 * 2026 (PLG); the source lines per type are in the §1 table. The groups A–I are proposed there.
 */
import { grouped, term, text } from './term';
import type { GroupedTerm, Term } from './types';

export const ACTOR_TYPE_GROUPS: readonly Term[] = [
  term('education-support', 'Education support', 'Onderwijsondersteuning'),
  term('higher-education', 'Higher education', 'Hoger onderwijs'),
  term('schools', 'Schools and structures', 'Scholen en structuren'),
  term('government', 'Government', 'Overheid'),
  term('business', 'Business', 'Bedrijfsleven'),
  term('welfare-culture', 'Welfare, community, culture', 'Welzijn, samenleving, cultuur'),
  term('individual-roles', 'Individual roles', 'Individuele rollen'),
  term('families', 'Families', 'Ouders en families'),
  term('international', 'International', 'Internationaal'),
];

const A = 'education-support';
const B = 'higher-education';
const C = 'schools';
const D = 'government';
const E = 'business';
const F = 'welfare-culture';
const G = 'individual-roles';
const H = 'families';
const I = 'international';

export const ACTOR_TYPES: readonly GroupedTerm[] = [
  // A. Education support
  grouped(
    A,
    'pedagogical-support',
    'Pedagogical support service / advisor',
    'Pedagogische begeleidingsdienst / begeleider',
    text(
      'Fixed advisor for service and process support.',
      'Vaste begeleider voor dienst- en procesbegeleiding.',
    ),
  ),
  grouped(
    A,
    'clb',
    'Pupil-guidance centre (CLB) / staff',
    'CLB (centrum voor leerlingenbegeleiding) / CLB-medewerker',
    text('Cooperation built in.', 'Samenwerking ingebouwd.'),
  ),
  grouped(
    A,
    'priority-training-guide',
    'Guide for government-priority in-service training',
    'Begeleider van prioritaire nascholingen',
    text('Can support longer-term.', 'Kan langer ondersteunen.'),
  ),
  grouped(
    A,
    'training-provider',
    'In-service training organisation',
    'Nascholingsorganisatie / -centrum',
    text('Follow-up usually absent.', 'Opvolging ontbreekt meestal.'),
  ),
  grouped(
    A,
    'competence-guide',
    'Competence guide (M-decree)',
    'Competentiebegeleider',
    text('Guides co-teachers.', 'Begeleidt co-teachers.'),
  ),
  grouped(A, 'diversity-coach', 'Diversity coach', 'Diversiteitscoach'),
  grouped(
    A,
    'external-coach',
    'External coach / facilitator',
    'Externe coach / facilitator',
    text(
      'Mainly relational; needed at network start-up.',
      'Vooral relationeel; nodig bij de opstart van een netwerk.',
    ),
  ),
  // B. Higher education
  grouped(
    B,
    'university',
    'University / academics',
    'Universiteit / academici',
    text('Co-research, action research.', 'Co-onderzoek, actieonderzoek.'),
  ),
  grouped(
    B,
    'teacher-education',
    'Teacher-education institute / teacher educators',
    'Lerarenopleiding / lerarenopleiders',
    text('Internships, mentoring.', 'Stages, mentoraat.'),
  ),
  grouped(
    B,
    'student-teachers',
    'Student teachers',
    'Leraren in opleiding',
    text('Workplace learning.', 'Werkplekleren.'),
  ),
  // C. Schools and structures
  grouped(
    C,
    'peer-teachers',
    'Teachers at other schools; cross-school subject groups',
    'Beroepsgenoten; scholenoverschrijdende vakgroepen',
    text('Most common partner in the literature.', 'Komt het vaakst voor in de literatuur.'),
  ),
  grouped(
    C,
    'peer-leaders',
    'Leaders of other schools',
    'Directies, leidinggevenden van andere scholen',
    text('Leadership, curriculum policy.', 'Leiderschap, curriculumbeleid.'),
  ),
  grouped(
    C,
    'school-community',
    'School community',
    'Scholengemeenschap',
    text('Imposed, "incentivized" network.', 'Opgelegd, "incentivized" netwerk.'),
  ),
  grouped(C, 'school-group', 'School group', 'Scholengroep'),
  grouped(C, 'umbrella-org', 'Umbrella organisation', 'Koepel'),
  grouped(C, 'school-board', '(Local) school board', '(Lokaal) schoolbestuur'),
  grouped(C, 'lop', 'Local consultation platform (LOP)', 'Lokaal overlegplatform (LOP)'),
  // D. Government
  grouped(
    D,
    'government',
    'Local or supra-local government',
    '(Boven)lokaal bestuur / overheid',
    text('Frequent initiator; anchoring actor.', 'Vaak initiatiefnemer; verankeringsactor.'),
  ),
  // E. Business
  grouped(E, 'business', 'Companies / company delegates', 'Bedrijven / bedrijfsafgevaardigden'),
  grouped(E, 'software-ict', 'Software industry / ICT experts', 'Software-industrie / ICT-experts'),
  grouped(
    E,
    'publisher',
    'Publishers',
    'Uitgeverijen',
    text('Public-private partnerships are rare.', 'Publiek-private partnerschappen zijn zeldzaam.'),
  ),
  // F. Welfare, community, culture
  grouped(F, 'childcare', 'Out-of-school childcare', 'Buitenschoolse kinderopvang'),
  grouped(
    F,
    'community-work',
    'School community work / "broad school"',
    'Schoolopbouwwerk / brede school',
  ),
  grouped(F, 'welfare-org', 'Welfare organisations', 'Welzijnsorganisaties'),
  grouped(F, 'care-centre', 'Housing and care centres', 'Woon- en zorgcentra'),
  grouped(
    F,
    'paramedic',
    'Paramedics',
    'Paramedici',
    text('Inclusion support networks.', 'Ondersteuningsnetwerken inclusie.'),
  ),
  grouped(
    F,
    'cultural-org',
    'Cultural organisations',
    'Culturele organisaties',
    text('Also arts-festival volunteers.', 'Ook vrijwilligers van een kunstenfestival.'),
  ),
  grouped(F, 'nature-manager', 'Nature managers', 'Natuurbeheerders'),
  grouped(
    F,
    'neighbourhood-committee',
    'Neighbourhood / district committees',
    'Buurt- en wijkcomités',
  ),
  grouped(
    F,
    'intermediary-org',
    'Intermediary / non-education partners',
    'Intermediaire organisaties / niet-onderwijspartners',
    text('Relational rather than expert role.', 'Eerder een relationele dan een expertrol.'),
  ),
  // G. Individual roles
  grouped(
    G,
    'boundary-spanner',
    'Boundary spanner / bridge figure',
    'Brugfiguur',
    text('Hands ownership over to the team.', 'Draagt het eigenaarschap over aan het team.'),
  ),
  grouped(
    G,
    'content-expert',
    'Outside-context expert (OCE)',
    'Inhoudsexpert (outside context expertise)',
    text('Needs a shared knowledge base.', 'Vraagt een gedeelde kennisbasis.'),
  ),
  grouped(G, 'library-staff', 'Media-library staff', 'Mediatheekmedewerkers'),
  grouped(G, 'mentor', 'External mentor / role model', 'Externe mentor / rolmodel'),
  grouped(
    G,
    'critical-friend',
    'Critical friend',
    'Kritische vriend',
    text(
      'Close, trusted and critical, e.g. a former coach or mentor.',
      'Nabij, vertrouwd en kritisch, bv. een ex-coach of ex-mentor.',
    ),
  ),
  // H. Families
  grouped(
    H,
    'parent-organisation',
    'Parents/family organisation',
    'Ouders/familie met georganiseerde achterban',
    text(
      'Only as an organised constituency, e.g. Ouders voor Inclusie vzw.',
      'Enkel als georganiseerde achterban, bv. Ouders voor Inclusie vzw.',
    ),
  ),
  // I. International
  grouped(
    I,
    'international-partner',
    'Country partners, EU programmes, eTwinning',
    "Landenpartners, Europese actieprogramma's, eTwinning",
  ),
];
