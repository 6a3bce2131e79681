/** The ties of the primary-school sample (primary.ts): motives, frequency and 5W1H codes. */
import { tie, type TieSpec } from './build';

export const PRIMARY_TIES: readonly TieSpec[] = [
  // The school's own teams
  tie('school', 'care-team', ['care-and-guidance'], 'weekly', {
    notes: 'Interne band: het zorgteam is de draaischijf voor de zorgpartners.',
  }),
  tie('school', 'teachers-3', ['teacher-professional-development'], 'weekly', {
    notes: 'Interne band.',
  }),
  tie('school', 'reading-group', ['quality-development', 'raise-pupil-achievement'], 'monthly', {
    notes: 'Interne band.',
  }),
  // Care and pupil guidance
  tie('school', 'clb', ['care-and-guidance', 'policy-requirements', 'fallback-network'], 'weekly', {
    attributes: {
      setting: ['face-to-face'],
      location: ['on-site'],
      origin: ['imposed'],
      formality: ['formal'],
      'follow-up': ['permanent'],
      'goal-cluster': ['pupil-guidance'],
      strength: ['strong'],
    },
    duration: 'Meerjarig, vastgelegd in het beleidscontract',
    quotes: [
      'De CLB-medewerker is eigenlijk een collega geworden: ze zit elke week mee aan tafel.',
    ],
  }),
  tie('care-team', 'clb', ['care-and-guidance'], 'weekly', {
    attributes: { depth: ['deep'], 'decision-making': ['joint'] },
    notes: 'Wekelijks multidisciplinair overleg (MDO).',
  }),
  tie('clb', 'family-centre', ['care-and-guidance', 'fallback-network'], 'monthly', {
    directed: true,
    notes: 'Het CLB verwijst gezinnen door; de school heeft zelf geen rechtstreeks contact.',
    quotes: [
      'Als een gezin meer nodig heeft, schakelt het CLB het Huis van het Kind in. ' +
        'Wij horen dat pas achteraf.',
    ],
  }),
  tie(
    'care-team',
    'speech-therapist',
    ['care-and-guidance', 'raise-pupil-achievement'],
    'monthly',
    {
      notes: 'Afstemming over individuele leerlingen.',
    },
  ),
  tie(
    'care-team',
    'support-network',
    ['care-and-guidance', 'teacher-professional-development'],
    'monthly',
    {
      attributes: { 'goal-cluster': ['pupil-guidance', 'classroom-management'] },
    },
  ),
  tie(
    'teachers-3',
    'support-network',
    ['exchange-design-materials', 'teacher-professional-development'],
    'few-per-year',
    {
      notes: 'Co-teaching in de klas bij leerlingen met een gemotiveerd verslag.',
    },
  ),
  tie('school', 'support-network', ['policy-requirements', 'care-and-guidance'], 'few-per-year', {
    attributes: { origin: ['imposed'], formality: ['formal'] },
    notes: 'Afspraken op schoolniveau over de inzet van ondersteuning (M-decreet).',
  }),
  // Reading policy and in-service training
  tie(
    'school',
    'pbd',
    ['quality-development', 'sustainable-innovation', 'teacher-professional-development'],
    'termly',
    {
      attributes: {
        setting: ['face-to-face', 'online'],
        origin: ['stimulated'],
        formality: ['formal'],
        'decision-making': ['joint'],
        'goal-cluster': ['content', 'pedagogy'],
        form: ['learning-organisation'],
      },
      duration: '2025–2028 (driejarig traject leesbeleid)',
      quotes: ['De begeleider houdt ons een spiegel voor, maar het traject blijft van ons.'],
    },
  ),
  tie('reading-group', 'pbd', ['exchange-design-materials', 'sustainable-innovation'], 'monthly'),
  tie(
    'reading-group',
    'library',
    ['exchange-design-materials', 'connect-for-cocreation', 'raise-pupil-achievement'],
    'monthly',
    {
      attributes: {
        location: ['away'],
        'goal-cluster': ['content'],
        'shared-basis': ['target-group'],
      },
      quotes: [
        'De bib kent onze kinderen bijna even goed als wij; de boekenkoffers kiezen we samen.',
      ],
    },
  ),
  tie('school', 'library', ['raise-pupil-achievement'], 'termly', {
    notes: 'Klasbezoeken aan De Krook.',
  }),
  tie('school', 'training', ['teacher-professional-development'], 'yearly', {
    directed: true,
    attributes: {
      form: ['training'],
      'follow-up': ['occasional'],
      depth: ['superficial'],
      'duration-class': ['short'],
    },
    duration: 'Eén studiedag',
    quotes: ['Een studiedag geeft energie, maar daarna valt het stil als niemand het opvolgt.'],
  }),
  // Teacher education and research
  tie(
    'school',
    'teacher-ed',
    ['dual-workplace-internships', 'teacher-professional-development', 'connect-for-cocreation'],
    'termly',
    {
      attributes: {
        origin: ['stimulated'],
        formality: ['formal'],
        'entry-options': ['regional', 'collective'],
      },
      duration: 'Sinds 2019',
    },
  ),
  tie('teacher-ed', 'student-teachers', ['dual-workplace-internships'], 'monthly', {
    directed: true,
  }),
  tie(
    'teachers-3',
    'student-teachers',
    ['dual-workplace-internships', 'connect-isolated-teachers'],
    'weekly',
    {
      attributes: { location: ['on-site'], 'task-type': ['relational'] },
      quotes: ['Stagiairs brengen nieuwe ideeën binnen; wij leren evengoed van hen.'],
    },
  ),
  tie('school', 'ugent', ['teacher-as-researcher', 'sustainable-innovation'], 'few-per-year', {
    attributes: { initiator: ['teachers'], 'goal-form': ['learning-question'] },
    notes: 'Twee leerkrachten nemen deel aan een onderzoeksgroep over begrijpend lezen.',
  }),
  // Schools, structures and government
  tie(
    'school-community',
    'school',
    ['incentivized-networking', 'administrative-scaling', 'policy-requirements'],
    'monthly',
    {
      directed: true,
      attributes: {
        origin: ['imposed'],
        formality: ['formal'],
        initiator: ['school-community'],
        structure: ['federative'],
        'decision-making': ['mixed'],
      },
      quotes: [
        'De scholengemeenschap is er nu eenmaal; we proberen er iets zinvols van te maken, ' +
          'zoals gedeelde aanwervingen.',
      ],
    },
  ),
  tie(
    'school-community',
    'peer-leaders',
    ['incentivized-networking', 'administrative-scaling'],
    'monthly',
  ),
  tie('school', 'peer-leaders', ['fallback-network', 'connect-for-cocreation'], 'monthly', {
    attributes: { formality: ['informal'], origin: ['spontaneous'] },
    quotes: ['Als ik vastzit, bel ik eerst een collega-directeur uit de buurt.'],
  }),
  tie('school', 'lop', ['policy-requirements', 'fallback-network'], 'few-per-year', {
    attributes: { origin: ['imposed'], reach: ['across-organisations', 'regional'] },
  }),
  tie(
    'city',
    'school',
    ['policy-requirements', 'project-or-international', 'administrative-scaling'],
    'termly',
    {
      directed: true,
      attributes: { initiator: ['local-authority'], 'network-purpose': ['resources'] },
    },
  ),
  tie('city', 'broad-school', ['connect-for-cocreation'], 'few-per-year'),
  // Neighbourhood, welfare and culture
  tie(
    'school',
    'broad-school',
    ['care-and-guidance', 'connect-for-cocreation', 'fallback-network'],
    'monthly',
    {
      attributes: { 'shared-basis': ['target-group'], reach: ['across-organisations'] },
      quotes: [
        'Via de brede school zien we de kinderen ook na vier uur; dat verandert het gesprek.',
      ],
    },
  ),
  tie('school', 'childcare', ['fallback-network', 'care-and-guidance'], 'weekly', {
    attributes: { formality: ['informal'] },
    notes: 'Overdracht aan de schoolpoort; afspraken over huiswerkbegeleiding.',
  }),
  tie('broad-school', 'childcare', ['connect-for-cocreation'], 'monthly'),
  tie(
    'school',
    'care-home',
    ['project-or-international', 'connect-for-cocreation'],
    'few-per-year',
    {
      attributes: { 'duration-class': ['short'] },
      duration: 'Schooljaar 2026–2027 (project)',
      notes: 'Intergenerationeel voorleesproject met het 5de leerjaar.',
    },
  ),
  tie(
    'teachers-3',
    'tech-company',
    ['project-or-international', 'raise-pupil-achievement'],
    'yearly',
    {
      notes: 'Jaarlijkse STEM-dag.',
    },
  ),
  tie('school', 'theatre', ['exchange-design-materials', 'connect-for-cocreation'], 'few-per-year'),
  tie('school', 'nature', ['exchange-design-materials', 'project-or-international'], 'yearly', {
    notes: 'Jaarlijkse natuurklas.',
  }),
  tie(
    'school',
    'critical-friend',
    ['sustainable-innovation', 'quality-development'],
    'few-per-year',
    {
      attributes: { formality: ['informal'], depth: ['deep'] },
      quotes: ['Zij durft de vragen te stellen die wij onszelf niet meer stellen.'],
    },
  ),
  tie('school', 'parents', ['connect-for-cocreation', 'fallback-network'], 'monthly'),
];
