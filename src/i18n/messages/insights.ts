import { defineMessages } from '../define';

/**
 * Messages of the insights feature (English, Dutch): insights (src/analysis/insights) and a
 * short name plus a one-line explanation per metric. In insights, {group} and {dimension} are
 * codebook labels (formatInsight fills them in); {actor}, {via}, {other} and {names} are actor
 * labels.
 */
export const insightsMessages = defineMessages(
  {
    'insight.onlyThrough.one': 'Only {via} connects you to {actor}',
    'insight.onlyThrough.two': 'Only {via} connects you to {actor} and 1 other partner',
    'insight.onlyThrough.many': 'Only {via} connects you to {actor} and {others} other partners',
    'insight.onePerson':
      '{percent} % of your ties with partners run through one person or team: {actor} ({count} of {total})',
    'insight.island.two': '{actor} and {other} are tied to each other, but not to your school',
    'insight.island.many':
      '{actor} and {others} others form a group without any link to your school',
    'insight.isolate': '{actor} is on the map but has no tie yet',
    'insight.isolates': '{count} actors are on the map without any tie yet: {names}',
    'insight.gapType': 'No partner from “{group}” on the map',
    'insight.gapDimension.missing': 'None of your ties has a motive from the “{dimension}”',
    'insight.gapDimension.thin':
      'Few ties from the “{dimension}”: {count} of {total} ties with a motive ({percent} %)',
    'insight.gapGroupDimension.missing':
      'No tie with “{group}” has a motive from the “{dimension}”',
    'insight.gapGroupDimension.thin':
      'Few ties with “{group}” from the “{dimension}”: {count} of {total} ({percent} %)',
    'insight.yearlyOnly': 'Contact with {actor} is once a year or less',
    'insight.yearlySchool': '{actor} is in touch with your school once a year or less',
    'insight.core':
      '{actor} is a core actor: #{degreeRank} in number of ties ({degree}), #{betweennessRank} as a link between others, #{closenessRank} in short paths to everyone',
    'insight.core.noBroker':
      '{actor} is a core actor: #{degreeRank} in number of ties ({degree}), #{closenessRank} in short paths to everyone',
    'insight.noMotive.one': 'One tie has no motive yet',
    'insight.noMotive.other': '{count} ties have no motive yet',
    'insight.noFrequency.one': 'One tie has no contact frequency yet',
    'insight.noFrequency.other': '{count} ties have no contact frequency yet',
    'insight.noType.one': 'One partner has no type yet',
    'insight.noType.other': '{count} partners have no type yet',

    'metric.degree.name': 'Degree',
    'metric.degree.explain':
      'Degree: the number of actors this one has a direct tie with. Many ties: many direct contacts to call on.',
    'metric.degreeNormalized.name': 'Degree (share)',
    'metric.degreeNormalized.explain':
      'Degree as a share: its ties divided by the most it could have (1 = a tie with everyone else on the map).',
    'metric.inDegree.name': 'Incoming ties',
    'metric.inDegree.explain':
      'Incoming ties: how many directed ties point to this actor, from others who take the initiative or bring something. Only ties marked as directed count.',
    'metric.outDegree.name': 'Outgoing ties',
    'metric.outDegree.explain':
      'Outgoing ties: how many directed ties start at this actor, where it takes the initiative or brings something. Only ties marked as directed count.',
    'metric.weightedDegree.name': 'Contact intensity',
    'metric.weightedDegree.explain':
      'Contact intensity: its ties added up by how often there is contact (once a year = 1 … weekly = 5): how much contact, not only how many ties.',
    'metric.betweenness.name': 'Betweenness',
    'metric.betweenness.explain':
      'Betweenness: how often this actor lies on the shortest way between two others — a broker or bridge; if it falls away, others lose their link.',
    'metric.closeness.name': 'Closeness',
    'metric.closeness.explain':
      'Closeness: in how few steps this actor reaches everyone else; high means news from here spreads fast.',
    'metric.harmonic.name': 'Harmonic closeness',
    'metric.harmonic.explain':
      'Harmonic closeness: like closeness, but also fair when parts of the map are apart — nearby actors count most, unreachable ones not at all.',
    'metric.constraint.name': 'Constraint',
    'metric.constraint.explain':
      'Constraint: how much this actor’s contacts are tied to one another. High: one closed circle; low: contacts in separate groups, so room to bring them together.',
    'metric.effectiveSize.name': 'Effective size',
    'metric.effectiveSize.explain':
      'Effective size: how many of its contacts bring something new, leaving out the overlap between contacts who already know each other.',
    'metric.coreNumber.name': 'k-core',
    'metric.coreNumber.explain':
      'k-core: the highest k for which this actor belongs to a group where everyone has at least k ties inside the group; high means part of a closely knit subgroup.',
    'metric.density.name': 'Density',
    'metric.density.explain':
      'Density: the share of all possible ties that exist on the map (1 = everyone is tied to everyone).',
    'metric.components.name': 'Components',
    'metric.components.explain':
      'Components: the separate parts of the map, with no tie between them; 1 means everyone is connected.',
    'metric.cutPoint.name': 'Cut-point',
    'metric.cutPoint.explain':
      'Cut-point: an actor without whom others are cut off from the rest of the map — they depend on it.',
    'metric.bridge.name': 'Bridge',
    'metric.bridge.explain':
      'Bridge: a tie that is the only link between two parts of the map; if it is lost, the map falls apart.',
    'metric.isolate.name': 'Isolated',
    'metric.isolate.explain': 'Isolated: on the map, but without any tie yet.',
    'metric.coreActor.name': 'Core actor',
    'metric.coreActor.explain':
      'Core actor: where the relations of the map cross — among the first when number of ties, betweenness and closeness are ranked and the ranks added up.',
  },
  {
    'insight.onlyThrough.one': 'Alleen {via} verbindt jullie met {actor}',
    'insight.onlyThrough.two': 'Alleen {via} verbindt jullie met {actor} en 1 andere partner',
    'insight.onlyThrough.many':
      'Alleen {via} verbindt jullie met {actor} en {others} andere partners',
    'insight.onePerson':
      '{percent} % van jullie banden met partners loopt via één persoon of team: {actor} ({count} van de {total})',
    'insight.island.two':
      '{actor} en {other} hebben een band met elkaar, maar niet met jullie school',
    'insight.island.many':
      '{actor} en {others} anderen vormen een groep zonder enige verbinding met jullie school',
    'insight.isolate': '{actor} staat op de kaart, maar heeft nog geen band',
    'insight.isolates': '{count} actoren staan op de kaart zonder enige band: {names}',
    'insight.gapType': 'Geen partner uit “{group}” op de kaart',
    'insight.gapDimension.missing': 'Geen enkele band heeft een beweegreden uit de “{dimension}”',
    'insight.gapDimension.thin':
      'Weinig banden uit de “{dimension}”: {count} van de {total} banden met een beweegreden ({percent} %)',
    'insight.gapGroupDimension.missing':
      'Geen enkele band met “{group}” heeft een beweegreden uit de “{dimension}”',
    'insight.gapGroupDimension.thin':
      'Weinig banden met “{group}” uit de “{dimension}”: {count} van de {total} ({percent} %)',
    'insight.yearlyOnly': 'Met {actor} is er hooguit één keer per jaar contact',
    'insight.yearlySchool': '{actor} heeft hooguit één keer per jaar contact met jullie school',
    'insight.core':
      '{actor} is een kernactor: nr. {degreeRank} in aantal banden ({degree}), nr. {betweennessRank} als verbinding tussen anderen, nr. {closenessRank} in korte wegen naar iedereen',
    'insight.core.noBroker':
      '{actor} is een kernactor: nr. {degreeRank} in aantal banden ({degree}), nr. {closenessRank} in korte wegen naar iedereen',
    'insight.noMotive.one': 'Eén band heeft nog geen beweegreden',
    'insight.noMotive.other': '{count} banden hebben nog geen beweegreden',
    'insight.noFrequency.one': 'Eén band heeft nog geen contactfrequentie',
    'insight.noFrequency.other': '{count} banden hebben nog geen contactfrequentie',
    'insight.noType.one': 'Eén partner heeft nog geen type',
    'insight.noType.other': '{count} partners hebben nog geen type',

    'metric.degree.name': 'Graad',
    'metric.degree.explain':
      'Graad: met hoeveel actoren deze actor een rechtstreekse band heeft. Veel banden: veel rechtstreekse contacten om op terug te vallen.',
    'metric.degreeNormalized.name': 'Graad (aandeel)',
    'metric.degreeNormalized.explain':
      'Graad als aandeel: de banden gedeeld door het maximum dat mogelijk is (1 = een band met iedereen op de kaart).',
    'metric.inDegree.name': 'Inkomende banden',
    'metric.inDegree.explain':
      'Inkomende banden: hoeveel gerichte banden naar deze actor wijzen, van anderen die het initiatief nemen of iets aanbrengen. Alleen gerichte banden tellen mee.',
    'metric.outDegree.name': 'Uitgaande banden',
    'metric.outDegree.explain':
      'Uitgaande banden: hoeveel gerichte banden bij deze actor vertrekken, waar hij het initiatief neemt of iets aanbrengt. Alleen gerichte banden tellen mee.',
    'metric.weightedDegree.name': 'Contactintensiteit',
    'metric.weightedDegree.explain':
      'Contactintensiteit: de banden opgeteld volgens hoe vaak er contact is (één keer per jaar = 1 … wekelijks = 5): hoeveel contact, niet alleen hoeveel banden.',
    'metric.betweenness.name': 'Doorgeeffunctie',
    'metric.betweenness.explain':
      'Doorgeeffunctie: hoe vaak deze actor op de kortste weg tussen twee anderen ligt — een tussenpersoon of brug; valt hij weg, dan verliezen anderen hun verbinding.',
    'metric.closeness.name': 'Nabijheid',
    'metric.closeness.explain':
      'Nabijheid (closeness): in hoe weinig stappen deze actor alle anderen bereikt; hoog betekent dat nieuws van hieruit snel rondgaat.',
    'metric.harmonic.name': 'Harmonische nabijheid',
    'metric.harmonic.explain':
      'Harmonische nabijheid: zoals nabijheid, maar ook eerlijk als delen van de kaart los van elkaar liggen — dichtbije actoren tellen het zwaarst, onbereikbare niet.',
    'metric.constraint.name': 'Beperking',
    'metric.constraint.explain':
      'Beperking (constraint): in welke mate de contacten van deze actor onderling verbonden zijn. Hoog: één gesloten kring; laag: contacten in aparte groepen, dus ruimte om ze samen te brengen.',
    'metric.effectiveSize.name': 'Effectieve omvang',
    'metric.effectiveSize.explain':
      'Effectieve omvang: hoeveel van de contacten iets nieuws aanbrengen, zonder de overlap mee te tellen tussen contacten die elkaar al kennen.',
    'metric.coreNumber.name': 'k-kern',
    'metric.coreNumber.explain':
      'k-kern: de hoogste k waarbij deze actor hoort bij een groep waarin iedereen minstens k banden binnen de groep heeft; hoog betekent deel van een hechte subgroep.',
    'metric.density.name': 'Densiteit',
    'metric.density.explain':
      'Densiteit: het aandeel van alle mogelijke banden dat op de kaart bestaat (1 = iedereen heeft een band met iedereen).',
    'metric.components.name': 'Componenten',
    'metric.components.explain':
      'Componenten: de losse delen van de kaart, zonder band ertussen; 1 betekent dat iedereen verbonden is.',
    'metric.cutPoint.name': 'Scharnierpunt',
    'metric.cutPoint.explain':
      'Scharnierpunt: een actor zonder wie anderen afgesneden raken van de rest van de kaart — zij zijn ervan afhankelijk.',
    'metric.bridge.name': 'Brug',
    'metric.bridge.explain':
      'Brug: een band die de enige verbinding is tussen twee delen van de kaart; valt hij weg, dan valt de kaart uiteen.',
    'metric.isolate.name': 'Geïsoleerd',
    'metric.isolate.explain': 'Geïsoleerd: staat op de kaart, maar heeft nog geen enkele band.',
    'metric.coreActor.name': 'Kernactor',
    'metric.coreActor.explain':
      'Kernactor: waar de relaties op de kaart samenkomen — bij de eersten als aantal banden, doorgeeffunctie en nabijheid gerangschikt en de rangen opgeteld worden.',
  },
);
