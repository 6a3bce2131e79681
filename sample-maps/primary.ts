/**
 * A fictional Flemish primary school, mapped at the baseline (nulmeting) of a focus group.
 * What analysis should find: an isolate (the neighbourhood committee), partners reached through
 * one actor only (Huis van het Kind via the CLB, the speech therapist via the care team), yearly
 * ties (in-service training, the STEM day, the nature class) and no international partner.
 */
import { internal, partner, type SchoolSpec } from './build';
import { PRIMARY_TIES } from './primary-ties';

export const PRIMARY: SchoolSpec = {
  id: 'sample-primary-school',
  title: 'Basisschool De Regenboog – partnerkaart (nulmeting)',
  school: 'Basisschool De Regenboog',
  now: '2026-10-05T14:00:00.000Z',
  egoNotes:
    'Fictieve basisschool (kleuter en lager, ca. 320 leerlingen) in een diverse Gentse wijk. ' +
    'Voorbeeldkaart voor PartnerMap; de partners zijn verzonnen of generiek benoemd.',
  egoResources: ['infrastructure', 'personnel', 'identity-image'],
  session: {
    date: '2026-10-05',
    facilitator: 'Onderzoeker "Els" (pseudoniem)',
    moment: 'baseline',
    participants: [
      ['principal', 'Hilde'],
      ['policy-support', 'Koen'],
      ['care-coordinator', 'Nadia'],
      ['teacher', 'Lotte'],
      ['teacher', 'Jens'],
      ['free-invitee', 'Mieke'],
    ],
    notes:
      'Nulmeting, focusgroep van 90 minuten in de leraarskamer. Eerst partners op post-its, ' +
      'daarna per band beweegredenen en contactfrequentie. Mieke (kinderverzorgster) werd ' +
      'uitgenodigd op advies van de zorgcoördinator. Opvallend: geen internationale partners, en ' +
      'het wijkcomité wordt wel genoemd, maar er is nog geen samenwerking.',
  },
  actors: [
    internal('care-team', 'Zorgteam', 'team', 'education-support', {
      role: 'executor',
      resources: ['knowledge-skills', 'personnel'],
      notes: 'Zorgcoördinator en twee zorgleerkrachten.',
    }),
    internal('teachers-3', 'Leerkrachten 3de graad', 'teacher', 'higher-education', {
      role: 'executor',
      resources: ['knowledge-skills'],
    }),
    internal('reading-group', 'Werkgroep lezen', 'team', 'individual-roles', {
      role: 'initiator',
      resources: ['knowledge-skills', 'leadership'],
      notes: 'Trekt het nieuwe leesbeleid: vier leerkrachten en de beleidsondersteuner.',
    }),
    // A. Education support
    partner(
      'pbd',
      'Pedagogische begeleidingsdienst',
      'pedagogical-support',
      'core',
      ['knowledge-skills', 'relations'],
      { role: 'supporter', notes: 'Vaste begeleider; ondersteunt het traject rond leesbeleid.' },
    ),
    partner('clb', 'CLB Gent', 'clb', 'core', ['knowledge-skills', 'personnel', 'relations'], {
      role: 'executor',
      notes: 'De anker-CLB-medewerker zit wekelijks mee op het zorgoverleg.',
    }),
    partner(
      'training',
      'Nascholingscentrum leesdidactiek',
      'training-provider',
      'framing',
      ['knowledge-skills'],
      { notes: 'Eén studiedag per jaar; opvolging achteraf ontbreekt.' },
    ),
    partner(
      'support-network',
      'Ondersteuningsnetwerk – ondersteuner',
      'competence-guide',
      'context',
      ['knowledge-skills', 'personnel'],
      { role: 'supporter' },
    ),
    // B. Higher education
    partner('teacher-ed', 'Arteveldehogeschool – lerarenopleiding', 'teacher-education', 'core', [
      'knowledge-skills',
      'relations',
      'personnel',
    ]),
    partner(
      'student-teachers',
      'Stagiairs bachelor lager onderwijs',
      'student-teachers',
      'context',
      ['personnel'],
    ),
    partner(
      'ugent',
      'Universiteit Gent – onderwijskunde',
      'university',
      'framing',
      ['knowledge-skills', 'identity-image'],
      { notes: 'Praktijkgericht onderzoek naar begrijpend lezen.' },
    ),
    // C. Schools and structures
    partner(
      'school-community',
      'Scholengemeenschap Gent-Noord',
      'school-community',
      'anchoring',
      ['position-power', 'personnel', 'material'],
      { role: 'initiator' },
    ),
    partner('peer-leaders', 'Directies buurtscholen', 'peer-leaders', 'context', [
      'relations',
      'leadership',
    ]),
    partner('lop', 'LOP Gent basisonderwijs', 'lop', 'anchoring', ['position-power', 'relations']),
    // D. Government
    partner(
      'city',
      'Stad Gent – Dienst Onderwijs',
      'government',
      'anchoring',
      ['material', 'position-power'],
      { role: 'initiator', notes: 'Subsidies voor brede school en gelijke onderwijskansen.' },
    ),
    // E. Business
    partner(
      'tech-company',
      'Technologiebedrijf uit de buurt',
      'business',
      'framing',
      ['material', 'knowledge-skills'],
      { notes: 'Organiseert één STEM-dag per jaar voor de 3de graad.' },
    ),
    // F. Welfare, community, culture
    partner('childcare', "Kinderopvang 't Kriebeltje", 'childcare', 'context', [
      'infrastructure',
      'personnel',
    ]),
    partner('broad-school', 'Brede School Brugse Poort', 'community-work', 'context', [
      'relations',
      'infrastructure',
    ]),
    partner(
      'family-centre',
      'Huis van het Kind Gent',
      'welfare-org',
      'context',
      ['knowledge-skills', 'relations'],
      { notes: 'Alleen bereikbaar via het CLB.' },
    ),
    partner('care-home', 'Woonzorgcentrum Het Heiveld', 'care-centre', 'framing', [
      'infrastructure',
      'relations',
    ]),
    partner(
      'speech-therapist',
      'Logopediepraktijk De Babbeltoren',
      'paramedic',
      'context',
      ['knowledge-skills'],
      { notes: 'Het contact loopt volledig via het zorgteam.' },
    ),
    partner('theatre', 'Kunstencentrum Kinderbox', 'cultural-org', 'framing', [
      'knowledge-skills',
      'infrastructure',
    ]),
    partner('nature', 'Natuurpunt Gent – educatie', 'nature-manager', 'framing', [
      'knowledge-skills',
      'infrastructure',
    ]),
    partner(
      'neighbourhood',
      'Wijkcomité Brugse Poort',
      'neighbourhood-committee',
      'framing',
      ['relations'],
      {
        notes:
          'Genoemd in de focusgroep: wil samenwerken rond een veilige schoolomgeving, ' +
          'maar er is nog geen contact.',
      },
    ),
    // G. Individual roles
    partner('library', 'Bibliotheek De Krook – jeugddienst', 'library-staff', 'core', [
      'infrastructure',
      'knowledge-skills',
      'material',
    ]),
    partner(
      'critical-friend',
      'Kritische vriend (gewezen directeur)',
      'critical-friend',
      'framing',
      ['relations', 'leadership'],
    ),
    // H. Families (I. International is absent)
    partner('parents', 'Ouderraad De Regenboog', 'parent-organisation', 'context', [
      'relations',
      'identity-image',
    ]),
  ],
  ties: PRIMARY_TIES,
};
