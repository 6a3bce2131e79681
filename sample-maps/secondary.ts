/**
 * A fictional Flemish secondary school, mapped at the end (einde traject) of a two-year PLG
 * programme. What analysis should find: an isolate (the publisher), partners reached through one
 * actor only (the CAW via the CLB, the eTwinning classes via the internationalisation group),
 * yearly ties (inspection, in-service training, the role-model day) and no parent organisation.
 */
import { internal, partner, type SchoolSpec } from './build';
import { SECONDARY_TIES } from './secondary-ties';

export const SECONDARY: SchoolSpec = {
  id: 'sample-secondary-school',
  title: 'Sint-Jozefscollege – partnerkaart (einde traject)',
  school: 'Sint-Jozefscollege',
  now: '2026-05-19T13:30:00.000Z',
  egoNotes:
    'Fictieve secundaire school in Kortrijk (ca. 1100 leerlingen; aso, tso en bso met duaal ' +
    'leren en een studierichting zorg). Voorbeeldkaart voor PartnerMap; de partners zijn ' +
    'verzonnen of generiek benoemd.',
  egoResources: ['infrastructure', 'personnel', 'leadership', 'identity-image'],
  session: {
    date: '2026-05-19',
    facilitator: 'Onderzoeker "Tom" (pseudoniem)',
    moment: 'end',
    participants: [
      ['principal', 'Bart'],
      ['policy-support', 'Sarah'],
      ['care-coordinator', 'Ilse'],
      ['teacher', 'Wout'],
      ['teacher', 'Yasmina'],
      ['teacher', 'Pieter'],
      ['free-invitee', 'Griet'],
    ],
    notes:
      'Meting op het einde van het tweejarige PLG-traject. De kaart van de nulmeting werd ' +
      'overlopen en aangevuld. Griet (coördinator internationalisering) werd uitgenodigd op ' +
      'advies van de directie. Ouders komen niet voor als georganiseerde partner; de groep ' +
      'noemt dat zelf een blinde vlek. De uitgeverij wordt genoemd, maar er loopt nog niets.',
  },
  actors: [
    internal('care-cell', 'Cel leerlingenbegeleiding', 'team', 'education-support', {
      role: 'executor',
      resources: ['knowledge-skills', 'personnel'],
      notes: 'Coördinator leerlingenbegeleiding, twee leerlingbegeleiders en een zorgleerkracht.',
    }),
    internal('stem', 'Vakgroep STEM', 'team', 'business', {
      role: 'initiator',
      resources: ['knowledge-skills', 'infrastructure'],
    }),
    internal('intl', 'Werkgroep internationalisering', 'team', 'international', {
      role: 'initiator',
      resources: ['relations'],
      notes: 'Drie leerkrachten talen en de coördinator internationalisering.',
    }),
    // A. Education support
    partner(
      'pbd',
      'Pedagogische begeleiding – koepel',
      'pedagogical-support',
      'core',
      ['knowledge-skills', 'relations'],
      { role: 'supporter' },
    ),
    partner('clb', 'CLB Kortrijk', 'clb', 'core', ['knowledge-skills', 'personnel', 'relations'], {
      role: 'executor',
    }),
    partner(
      'language-guide',
      'Begeleider prioritaire nascholing taalbeleid',
      'priority-training-guide',
      'context',
      ['knowledge-skills'],
    ),
    partner('training', 'Nascholingscentrum Zuid-West-Vlaanderen', 'training-provider', 'framing', [
      'knowledge-skills',
    ]),
    partner(
      'coach',
      'Externe coach PLG middenkader',
      'external-coach',
      'core',
      ['knowledge-skills', 'relations'],
      {
        ring: 1,
        role: 'supporter',
        notes: 'Begeleidde de PLG van zes scholen; drie coachingsessies per schooljaar.',
      },
    ),
    partner('diversity-coach', 'Diversiteitscoach', 'diversity-coach', 'context', [
      'knowledge-skills',
    ]),
    // B. Higher education
    partner('university', 'KU Leuven Kulak – onderwijsonderzoek', 'university', 'core', [
      'knowledge-skills',
      'identity-image',
    ]),
    partner(
      'teacher-ed',
      'VIVES – lerarenopleiding secundair onderwijs',
      'teacher-education',
      'core',
      ['knowledge-skills', 'personnel', 'relations'],
    ),
    partner(
      'student-teachers',
      'Stagiairs educatieve bachelor en master',
      'student-teachers',
      'context',
      ['personnel'],
    ),
    // C. Schools and structures
    partner('math-network', 'Scholenoverschrijdende vakgroep wiskunde', 'peer-teachers', 'core', [
      'knowledge-skills',
      'relations',
    ]),
    partner(
      'plg-leaders',
      'PLG directies (zes scholen)',
      'peer-leaders',
      'core',
      ['leadership', 'relations'],
      {
        notes: 'Ontstaan in het PLG-traject; de directies willen na afloop zelfstandig verder.',
      },
    ),
    partner(
      'school-community',
      'Scholengemeenschap Kortrijk-Zuid',
      'school-community',
      'anchoring',
      ['position-power', 'personnel', 'material'],
      { role: 'initiator' },
    ),
    partner(
      'school-group',
      'Scholengroep Kortrijk – STEM-academie',
      'school-group',
      'context',
      ['infrastructure', 'material'],
      { ring: 2 },
    ),
    partner('umbrella', 'Koepel katholiek onderwijs', 'umbrella-org', 'anchoring', [
      'position-power',
      'knowledge-skills',
    ]),
    partner('board', 'Schoolbestuur vzw Sint-Jozef', 'school-board', 'anchoring', [
      'position-power',
      'material',
      'leadership',
    ]),
    partner(
      'lop',
      'LOP Kortrijk secundair onderwijs',
      'lop',
      'anchoring',
      ['position-power', 'relations'],
      {
        ring: 2,
      },
    ),
    // D. Government
    partner('city', 'Stad Kortrijk – Onderwijs en Jeugd', 'government', 'anchoring', [
      'material',
      'position-power',
    ]),
    partner('inspection', 'Onderwijsinspectie', 'government', 'anchoring', ['position-power']),
    // E. Business
    partner('business-network', 'Bedrijvennetwerk regio Kortrijk', 'business', 'context', [
      'relations',
      'material',
    ]),
    partner('metal-company', 'Metaalbedrijf – leerwerkplek duaal leren', 'business', 'context', [
      'infrastructure',
      'knowledge-skills',
      'personnel',
    ]),
    partner(
      'software',
      'Softwarebedrijf digitaal leerplatform',
      'software-ict',
      'context',
      ['infrastructure', 'knowledge-skills'],
      { ring: 2 },
    ),
    partner(
      'publisher',
      'Educatieve uitgeverij (wiskundemethode)',
      'publisher',
      'framing',
      ['material', 'knowledge-skills'],
      {
        notes: 'Genoemd als mogelijke partner voor de nieuwe wiskundemethode; er loopt nog niets.',
      },
    ),
    // F. Welfare, community, culture
    partner(
      'caw',
      'CAW Zuid-West-Vlaanderen – JAC',
      'welfare-org',
      'context',
      ['knowledge-skills', 'relations'],
      { notes: 'De school heeft geen rechtstreeks contact; het CLB verwijst door.' },
    ),
    partner('theatre', 'Schouwburg Kortrijk – cultuureducatie', 'cultural-org', 'framing', [
      'infrastructure',
      'knowledge-skills',
    ]),
    partner(
      'care-home',
      'Woonzorgcentrum Ter Linde',
      'care-centre',
      'context',
      ['infrastructure', 'personnel'],
      { notes: 'Stageplaats voor de leerlingen zorg.' },
    ),
    partner(
      'bednet',
      'Bednet – synchroon internetonderwijs',
      'intermediary-org',
      'context',
      ['infrastructure'],
      { ring: 2 },
    ),
    partner('community-work', 'Schoolopbouwwerk Kortrijk', 'community-work', 'context', [
      'relations',
    ]),
    partner(
      'rehab',
      'Revalidatiecentrum – ergotherapie',
      'paramedic',
      'context',
      ['knowledge-skills'],
      {
        ring: 2,
      },
    ),
    // G. Individual roles
    partner('content-expert', 'Inhoudsexpert formatief evalueren', 'content-expert', 'context', [
      'knowledge-skills',
    ]),
    partner('library', 'Stadsbibliotheek Kortrijk – mediatheek', 'library-staff', 'framing', [
      'infrastructure',
      'material',
    ]),
    partner('mentors', 'Mentoren uit het bedrijfsleven', 'mentor', 'framing', [
      'relations',
      'identity-image',
    ]),
    partner('critical-friend', 'Kritische vriend (gewezen coach)', 'critical-friend', 'framing', [
      'relations',
    ]),
    partner(
      'boundary-spanner',
      'Brugfiguur onderwijs–arbeidsmarkt',
      'boundary-spanner',
      'context',
      ['relations'],
      { role: 'supporter' },
    ),
    // I. International (H. Families is absent)
    partner('erasmus', 'Erasmus+-partnerschool Tampere (FI)', 'international-partner', 'core', [
      'relations',
      'knowledge-skills',
    ]),
    partner(
      'etwinning',
      'eTwinning-partnerklassen (ES, PL)',
      'international-partner',
      'context',
      ['relations'],
      { notes: 'Alleen de werkgroep internationalisering onderhoudt dit contact.' },
    ),
  ],
  ties: SECONDARY_TIES,
};
