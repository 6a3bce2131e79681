/** The ties of the secondary-school sample (secondary.ts): motives, frequency and 5W1H codes. */
import { tie, type TieSpec } from './build';

export const SECONDARY_TIES: readonly TieSpec[] = [
  // The school's own teams
  tie('school', 'care-cell', ['care-and-guidance'], 'weekly', { notes: 'Interne band.' }),
  tie('school', 'stem', ['sustainable-innovation', 'raise-pupil-achievement'], 'weekly', {
    notes: 'Interne band.',
  }),
  tie('school', 'intl', ['project-or-international'], 'monthly', { notes: 'Interne band.' }),
  // Education support
  tie(
    'school',
    'pbd',
    ['quality-development', 'teacher-professional-development', 'sustainable-innovation'],
    'termly',
    {
      attributes: { formality: ['formal'], origin: ['stimulated'], 'goal-cluster': ['pedagogy'] },
    },
  ),
  tie('umbrella', 'pbd', ['quality-development'], 'few-per-year'),
  tie('school', 'clb', ['care-and-guidance', 'policy-requirements'], 'weekly', {
    attributes: {
      setting: ['face-to-face'],
      location: ['on-site'],
      origin: ['imposed'],
      'follow-up': ['permanent'],
      'goal-cluster': ['pupil-guidance'],
    },
    duration: 'Meerjarig, vastgelegd in het beleidscontract',
  }),
  tie('care-cell', 'clb', ['care-and-guidance', 'fallback-network'], 'weekly', {
    attributes: { strength: ['strong'], depth: ['deep'], 'decision-making': ['joint'] },
    quotes: [
      'Bij een crisis bellen we eerst het CLB; die lijn is in twee jaar veel korter geworden.',
    ],
  }),
  tie('clb', 'caw', ['care-and-guidance', 'fallback-network'], 'monthly', {
    directed: true,
    notes: 'Doorverwijzing van jongeren naar het JAC; de school zelf heeft geen contact.',
    quotes: [
      'Wij weten dat het JAC er is, maar we kennen er niemand. Dat loopt allemaal via het CLB.',
    ],
  }),
  tie('care-cell', 'rehab', ['care-and-guidance'], 'few-per-year', {
    notes: 'Afstemming over redelijke aanpassingen voor een leerling met een motorische beperking.',
  }),
  tie('clb', 'rehab', ['care-and-guidance'], 'few-per-year'),
  tie('care-cell', 'bednet', ['care-and-guidance', 'raise-pupil-achievement'], 'monthly', {
    attributes: { setting: ['online'], 'online-form': ['video-conference'] },
  }),
  tie('care-cell', 'community-work', ['care-and-guidance', 'fallback-network'], 'monthly'),
  tie('city', 'community-work', ['connect-for-cocreation'], 'few-per-year'),
  tie(
    'school',
    'diversity-coach',
    ['care-and-guidance', 'teacher-professional-development'],
    'few-per-year',
  ),
  tie(
    'school',
    'language-guide',
    ['policy-requirements', 'teacher-professional-development'],
    'termly',
    {
      attributes: {
        origin: ['imposed'],
        initiator: ['supra-local-government'],
        form: ['training'],
      },
      duration: 'Twee schooljaren',
    },
  ),
  tie('school', 'training', ['teacher-professional-development'], 'yearly', {
    directed: true,
    attributes: { form: ['training'], 'follow-up': ['occasional'], depth: ['superficial'] },
  }),
  // The PLG programme
  tie(
    'school',
    'coach',
    ['teacher-professional-development', 'sustainable-innovation', 'connect-isolated-teachers'],
    'monthly',
    {
      attributes: {
        setting: ['face-to-face', 'online'],
        form: ['plg'],
        'task-type': ['relational'],
        'duration-class': ['long-lasting'],
      },
      duration: '2024–2026 (tweejarig PLG-traject)',
      quotes: ['De coach zorgde dat we elkaar durfden te bevragen; dat deden we vroeger nooit.'],
    },
  ),
  tie('coach', 'plg-leaders', ['connect-for-cocreation'], 'termly'),
  tie(
    'school',
    'plg-leaders',
    ['connect-for-cocreation', 'quality-development', 'fallback-network'],
    'termly',
    {
      attributes: {
        origin: ['stimulated'],
        'entry-options': ['regional', 'voluntary', 'collective'],
        form: ['plg'],
        'decision-making': ['joint'],
      },
      quotes: [
        'In het begin was het vooral kennismaken. Nu leggen we echt onze beleidsplannen naast elkaar.',
      ],
    },
  ),
  tie(
    'school',
    'critical-friend',
    ['sustainable-innovation', 'quality-development'],
    'few-per-year',
    {
      attributes: { formality: ['informal'], depth: ['deep'] },
    },
  ),
  tie(
    'school',
    'content-expert',
    ['teacher-professional-development', 'quality-development', 'exchange-design-materials'],
    'termly',
    {
      attributes: { 'goal-cluster': ['pedagogy'], 'focus-basis': ['design-tasks'] },
    },
  ),
  // Higher education and research
  tie(
    'school',
    'university',
    ['teacher-as-researcher', 'sustainable-innovation', 'raise-pupil-achievement'],
    'termly',
    {
      attributes: { 'network-purpose': ['learning-development'], form: ['knowledge-network'] },
    },
  ),
  tie('stem', 'university', ['teacher-as-researcher', 'exchange-design-materials'], 'monthly', {
    attributes: {
      'focus-basis': ['design-tasks'],
      'goal-cluster': ['content', 'tools-technology'],
    },
    notes: 'Ontwerpgericht onderzoek naar STEM-lessen in de eerste graad.',
    quotes: ['We zijn geen proefkonijnen meer: we ontwerpen de lessen samen met de onderzoekers.'],
  }),
  tie(
    'school',
    'teacher-ed',
    ['dual-workplace-internships', 'teacher-professional-development'],
    'termly',
    {
      attributes: { formality: ['formal'], structure: ['coalition'] },
    },
  ),
  tie('teacher-ed', 'student-teachers', ['dual-workplace-internships'], 'monthly', {
    directed: true,
  }),
  tie(
    'stem',
    'student-teachers',
    ['dual-workplace-internships', 'connect-isolated-teachers'],
    'weekly',
    {
      attributes: { location: ['on-site'] },
    },
  ),
  // Schools and structures
  tie(
    'stem',
    'math-network',
    ['exchange-design-materials', 'connect-isolated-teachers', 'connect-for-cocreation'],
    'monthly',
    {
      attributes: {
        reach: ['across-organisations', 'regional'],
        form: ['community-of-practice'],
        origin: ['spontaneous'],
      },
      quotes: [
        'In onze eigen vakgroep ben ik de enige die met onderzoekend leren bezig is; ' +
          'in het netwerk vind ik collega’s die dat wel doen.',
      ],
    },
  ),
  tie(
    'school-community',
    'school',
    ['incentivized-networking', 'administrative-scaling'],
    'monthly',
    {
      directed: true,
      attributes: {
        origin: ['imposed'],
        initiator: ['school-community'],
        structure: ['federative'],
        formality: ['formal'],
      },
      quotes: ['De scholengemeenschap gaat vooral over uren en personeel, niet over samen leren.'],
    },
  ),
  tie('school-community', 'plg-leaders', ['incentivized-networking'], 'termly'),
  tie(
    'school',
    'school-group',
    ['exchange-design-materials', 'administrative-scaling'],
    'few-per-year',
    {
      notes: 'Gedeelde STEM-infrastructuur over de onderwijsnetten heen.',
    },
  ),
  tie(
    'stem',
    'school-group',
    ['exchange-design-materials', 'connect-for-cocreation'],
    'few-per-year',
  ),
  tie('umbrella', 'school', ['policy-requirements', 'quality-development'], 'few-per-year', {
    directed: true,
  }),
  tie('board', 'school', ['administrative-scaling', 'policy-requirements'], 'monthly', {
    directed: true,
    attributes: { formality: ['formal'], 'decision-making': ['mixed'] },
  }),
  tie('school', 'lop', ['policy-requirements', 'fallback-network'], 'few-per-year', {
    attributes: { origin: ['imposed'], reach: ['regional'] },
  }),
  // Government
  tie('city', 'school', ['policy-requirements', 'project-or-international'], 'few-per-year', {
    directed: true,
    attributes: { initiator: ['local-authority'], 'network-purpose': ['resources'] },
  }),
  tie('inspection', 'school', ['policy-requirements', 'quality-development'], 'yearly', {
    directed: true,
    attributes: { formality: ['formal'], initiator: ['supra-local-government'] },
    notes: 'Doorlichting en opvolging.',
  }),
  // Business and dual learning
  tie(
    'school',
    'business-network',
    ['dual-workplace-internships', 'policy-requirements'],
    'few-per-year',
  ),
  tie('business-network', 'metal-company', ['dual-workplace-internships'], 'few-per-year'),
  tie(
    'stem',
    'metal-company',
    ['dual-workplace-internships', 'raise-pupil-achievement'],
    'weekly',
    {
      attributes: {
        location: ['away'],
        structure: ['market'],
        'shared-basis': ['target-group', 'shared-interests'],
      },
      duration: 'Sinds 2022; leerlingen duaal werken er drie dagen per week',
      quotes: ['Zonder het bedrijf geen duaal traject; zij leren onze leerlingen het vak.'],
    },
  ),
  tie('school', 'boundary-spanner', ['dual-workplace-internships', 'fallback-network'], 'monthly'),
  tie(
    'boundary-spanner',
    'metal-company',
    ['dual-workplace-internships', 'connect-for-cocreation'],
    'monthly',
  ),
  tie('school', 'mentors', ['raise-pupil-achievement', 'connect-for-cocreation'], 'yearly', {
    notes: 'Jaarlijkse rolmodellendag voor de derde graad.',
  }),
  tie('school', 'software', ['administrative-scaling', 'exchange-design-materials'], 'monthly', {
    attributes: {
      setting: ['online'],
      structure: ['market'],
      'goal-cluster': ['tools-technology'],
    },
  }),
  // Welfare, culture and care internships
  tie('school', 'care-home', ['dual-workplace-internships'], 'weekly', {
    attributes: { location: ['away'], 'shared-basis': ['target-group'] },
  }),
  tie('school', 'theatre', ['exchange-design-materials', 'connect-for-cocreation'], 'few-per-year'),
  tie(
    'school',
    'library',
    ['exchange-design-materials', 'raise-pupil-achievement'],
    'few-per-year',
  ),
  // International
  tie(
    'intl',
    'erasmus',
    ['project-or-international', 'teacher-professional-development', 'sustainable-innovation'],
    'monthly',
    {
      attributes: {
        setting: ['online', 'face-to-face'],
        'entry-options': ['international', 'voluntary'],
        reach: ['worldwide'],
      },
      duration: 'Erasmus+-project 2024–2026',
      quotes: ['Hospiteren in Finland heeft ons meer geleerd over feedback dan drie studiedagen.'],
    },
  ),
  tie('school', 'erasmus', ['project-or-international'], 'few-per-year', { directed: true }),
  tie('intl', 'etwinning', ['project-or-international', 'exchange-design-materials'], 'monthly', {
    attributes: { setting: ['online'], 'online-form': ['sharing-platform', 'online-forum'] },
  }),
];
