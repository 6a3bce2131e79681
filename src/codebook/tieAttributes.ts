/**
 * Coded tie attributes: the 5W1H (Kipling) partnership attributes and the tie qualities.
 * Source: domain.md §4 (LS §3.2, 1375–1605) and §5a (Märtz et al. 2017, LS 1456–61); source
 * lines per attribute below. "Why" is the motives vocabulary (motives.ts), not an attribute here.
 * Not coded here: `duration` is a free text field on the tie (LS 1423–25) and contact frequency
 * has its own vocabulary (frequencies.ts).
 */
import { term, text } from './term';
import type { AttributeDef, AttributeQuestion, LocalizedText, Term } from './types';

function attribute(
  id: string,
  question: AttributeQuestion,
  multiple: boolean,
  label: LocalizedText,
  values: readonly Term[],
  description?: LocalizedText,
): AttributeDef {
  return description
    ? { id, question, multiple, label, description, values }
    : { id, question, multiple, label, values };
}

const WHERE: readonly AttributeDef[] = [
  // LS 1397–98: "face-to-face en/of online", so both may apply.
  attribute('setting', 'where', true, text('Setting', 'Setting'), [
    term('face-to-face', 'Face to face', 'Face-to-face'),
    term('online', 'Online', 'Online'),
  ]),
  // LS 1111, 1404–05
  attribute('location', 'where', false, text('Location', 'Locatie'), [
    term('on-site', 'On site (at the workplace)', 'Op de werkplek'),
    term('away', 'Away (off site)', 'Op verplaatsing'),
  ]),
  // LS 1406–13. Multi-select (a choice, not in the source): one partnership often combines forms.
  attribute('online-form', 'where', true, text('Online form', 'Online vorm'), [
    term(
      'cscl',
      'Computer-supported collaborative learning (CSCL)',
      'Computerondersteund samenwerkend leren (CSCL)',
    ),
    term(
      'sharing-platform',
      'Sharing platform, knowledge centre or community',
      'Deelplatform, kenniscentrum of community',
    ),
    term(
      'video-conference',
      'Video or teleconference (synchronous)',
      'Video- of teleconferentie (synchroon)',
    ),
    term('online-forum', 'Online forum (asynchronous)', 'Onlineforum (asynchroon)'),
  ]),
  // LS 840–41 (communities of practice). Two independent axes, hence multi-select.
  attribute('reach', 'where', true, text('Reach', 'Reikwijdte'), [
    term('within-organisation', 'Within the organisation', 'Binnen de organisatie'),
    term('across-organisations', 'Across organisations', 'Organisatie-overstijgend'),
    term('regional', 'Regional', 'Regionaal'),
    term('worldwide', 'Worldwide', 'Wereldwijd'),
  ]),
];

const WHEN: readonly AttributeDef[] = [
  // LS 1424–25, 1449–51. "Formal vs spontaneous" follow-up is coded by `formality`.
  attribute('follow-up', 'when', false, text('Follow-up structures', 'Opvolgingsstructuren'), [
    term('permanent', 'Permanent', 'Permanent'),
    term('occasional', 'Occasional', 'Occasioneel'),
  ]),
];

const HOW: readonly AttributeDef[] = [
  // LS 1465–66
  attribute('origin', 'how', false, text('Origin', 'Ontstaan'), [
    term('spontaneous', 'Spontaneous', 'Spontaan'),
    term('out-of-necessity', 'Out of necessity', 'Uit noodzaak'),
    term('stimulated', 'Stimulated', 'Gestimuleerd'),
    term('imposed', 'Imposed by government', 'Opgelegd door de overheid'),
  ]),
  // LS 1484–86 (Warren, in Suijs 1999)
  attribute(
    'structure',
    'how',
    false,
    text('Structure', 'Structuur'),
    [
      term('market', 'Market structure', 'Marktstructuur'),
      term('coalition', 'Coalition structure', 'Coalitiestructuur'),
      term('federative', 'Federative structure', 'Federatieve structuur'),
      term('unitary', 'Unitary structure', 'Eenheidsstructuur'),
    ],
    text(
      "The structures differ in how equal the partners' interests are.",
      'De structuren verschillen in hoe gelijkwaardig de belangen van de partners zijn.',
    ),
  ),
  // LS 1524–27: a continuum from individual to joint.
  attribute(
    'decision-making',
    'how',
    false,
    text('Decision-making', 'Besluitvorming'),
    [
      term('individual', 'Individual', 'Individueel'),
      // Proposed midpoint: the source names only the two ends of the continuum.
      term('mixed', 'Partly individual, partly joint', 'Deels individueel, deels samen'),
      term('joint', 'Joint', 'Samen'),
    ],
    text(
      'Factual and formal decision-making, on a continuum from individual to joint.',
      'Feitelijke en formele besluitvorming, op een continuüm van individueel tot samen.',
    ),
  ),
  // LS 878–903, 1527–35. Also a tie quality in Märtz et al. (LS 1458): one attribute serves both.
  attribute('formality', 'how', false, text('Formality', 'Formaliteit'), [
    term(
      'formal',
      'Formal (structural, institutionalised)',
      'Formeel (structureel, geïnstitutionaliseerd)',
    ),
    term('informal', 'Informal (spontaneous, small-scale)', 'Informeel (spontaan, kleinschalig)'),
  ]),
];

const WHO: readonly AttributeDef[] = [
  // LS 1519–22: the last three are more common than teachers.
  attribute('initiator', 'who', false, text('Initiated by', 'Initiatiefnemer'), [
    term('teachers', 'Teachers', 'Leerkrachten'),
    term('local-authority', 'Local authority', 'Lokale autoriteit'),
    term('school-community', 'School community', 'Scholengemeenschap'),
    term(
      'supra-local-government',
      'Supra-local government entity',
      'Entiteit van een bovenlokale overheidsdienst',
    ),
  ]),
  // LS 1503–17, 1537–59. The source lists facets, some as pairs; each pole is one value here.
  attribute('entry-options', 'who', true, text('Entry options', 'Instroomopties'), [
    term('regional', 'Regional', 'Regionaal'),
    term('local', 'Local', 'Lokaal'),
    term('international', 'International', 'Internationaal'),
    term('voluntary', 'Voluntary', 'Vrijwillig'),
    term('imposed', 'Imposed', 'Opgelegd'),
    term('non-committal', 'Non-committal', 'Vrijblijvend'),
    term('passive', 'Passive participation', 'Passieve deelname'),
    term('active', 'Active participation', 'Actieve deelname'),
    term('individual', 'Individual', 'Individueel'),
    term('collective', 'Collective', 'Collectief'),
    term('equality', 'Equality', 'Gelijkwaardigheid'),
  ]),
];

const WHAT: readonly AttributeDef[] = [
  // LS 978–79, 1587–88 (Schiff et al. 2015)
  attribute('goal-cluster', 'what', true, text('Goal cluster', 'Doelencluster'), [
    term('classroom-management', 'Classroom management', 'Klasmanagement'),
    term('content', 'Content', 'Inhoud'),
    term('pedagogy', 'Pedagogy', 'Pedagogie'),
    term('tools-technology', 'Tools and technology', 'Tools en technologie'),
    term('pupil-guidance', 'Integrated pupil guidance', 'Integrale leerlingenbegeleiding'),
  ]),
  // LS 270–72
  attribute('focus-basis', 'what', false, text('Basis of the focus', 'Basis van de focus'), [
    term('content-consensus', 'Content consensus', 'Domeinconsensus'),
    term('design-tasks', 'Targeted design tasks', 'Gerichte ontwerptaken'),
  ]),
  // LS 336, 2014–18
  attribute('shared-basis', 'what', true, text('Shared basis', 'Gedeelde basis'), [
    term('shared-topic', 'Shared topic', 'Gedeeld topic'),
    term('target-group', 'Joint target group', 'Gezamenlijke doelgroep'),
    term('shared-interests', 'Shared interests', 'Gedeelde belangen'),
  ]),
  // LS 926–57, 1624–26
  attribute('goal-form', 'what', false, text('Goal form', 'Vorm van de doelgerichtheid'), [
    term('help-question', 'Help question', 'Hulpvraag'),
    term('learning-question', 'Learning question', 'Leervraag'),
    term('learning-goal', 'Learning goal', 'Leerdoel'),
    term('need', 'Need', 'Nood'),
    term('wish', 'Wish', 'Wens'),
    term('practice-problem', 'Practice problem', 'Praktijkprobleem'),
  ]),
  // LS 999–1008 (Agranoff 2007)
  attribute('network-purpose', 'what', true, text('Network purpose', 'Doel van het netwerk'), [
    term(
      'information-exchange',
      'Information exchange and consultation',
      'Informatie-uitwisseling en overleg',
    ),
    term('learning-development', 'Learning and development', 'Leren en ontwikkeling'),
    term('resources', 'Sharing resources', 'Middelen delen'),
    term('action', 'Action (a joint project or task)', 'Actie (een gezamenlijk project of taak)'),
  ]),
  // LS 714–857
  attribute('form', 'what', false, text('Form', 'Verschijningsvorm'), [
    term('training', 'Training (VTO)', 'Vorming, training en opleiding (VTO)'),
    term('learning-organisation', 'Learning organisation', 'Lerende organisatie'),
    term('plg', 'Professional learning community (PLG)', 'Professionele leergemeenschap (PLG)'),
    term(
      'inter-organisational-network',
      'Inter-organisational learning network',
      'Interorganisationeel lerend netwerk',
    ),
    term('knowledge-network', 'Knowledge network', 'Kennisnetwerk'),
    term('community-of-practice', 'Community of practice (CoP)', 'Community of practice (CoP)'),
  ]),
];

// Tie qualities (domain.md §5a). Convergence, expertise-breadth and intensity are left out: the
// sources name them without listing values (LS 1457, 1459–60, 1442–43).
const QUALITY: readonly AttributeDef[] = [
  // LS 1458, 1444–45
  attribute('strength', 'quality', false, text('Strength', 'Sterkte'), [
    term('weak', 'Weak', 'Zwak'),
    term('strong', 'Strong', 'Sterk'),
  ]),
  // LS 1458–59
  attribute('depth', 'quality', false, text('Depth', 'Diepte'), [
    term('deep', 'Deep', 'Diepgaand'),
    term('superficial', 'Superficial', 'Oppervlakkig'),
  ]),
  // LS 1248–51, 1297–99
  attribute('task-type', 'quality', false, text('Task type', 'Soort taak'), [
    term('product', 'Product task (expertise)', 'Producttaak (expertise)'),
    term('relational', 'Relational task (social capital)', 'Relationele taak (sociaal kapitaal)'),
  ]),
  // LS 1460–61
  attribute('duration-class', 'quality', false, text('Duration', 'Duur'), [
    term('short', 'Short', 'Kortdurend'),
    term('long-lasting', 'Long-lasting', 'Langdurend'),
  ]),
  // LS 2218–19 (Feys & Devos 2015)
  attribute('scope', 'quality', false, text('Scope', 'Breedte'), [
    term('one-aspect', 'One aspect', 'Eén aspect'),
    term('several-domains', 'Several domains', 'Diverse domeinen'),
  ]),
];

export const TIE_ATTRIBUTES: readonly AttributeDef[] = [
  ...WHERE,
  ...WHEN,
  ...HOW,
  ...WHO,
  ...WHAT,
  ...QUALITY,
];
