import { defineMessages } from '../define';

/** Messages of the protocol feature: the guided focus-group protocol and presentation mode. */
export const protocolMessages = defineMessages(
  {
    'protocol.toggle': 'Guided protocol',
    'protocol.toggleHint':
      'Guide the focus group step by step: who, when and where, why, how and what',
    'protocol.panelTitle': 'Guided protocol',
    'protocol.stepsLabel': 'Protocol steps',
    'protocol.progress': 'Step {n} of {total}',
    'protocol.step.who': 'Who',
    'protocol.step.when-where': 'When and where',
    'protocol.step.why': 'Why',
    'protocol.step.how-what': 'How and what',
    'protocol.step.review': 'Review',
    'protocol.questions': 'Questions for the group',
    'protocol.onTheMap': 'On the map',
    'protocol.instruction.who':
      'Add each partner the group names and pick its type. Draw a tie from the school, or from a team, to each partner.',
    'protocol.instruction.when-where':
      'Select each tie and set how often there is contact, and whether you meet face to face or online.',
    'protocol.instruction.why': 'Select each tie and tick the motives the group gives.',
    'protocol.instruction.how-what':
      'Select each tie and code how the partnership started, how formal it is and what it aims at.',
    'protocol.instruction.review':
      'Look at the map together. Add partners or ties that are missing; colours and filters help the discussion.',
    'protocol.selectHint': 'Choose one to select it on the map.',
    'protocol.previous': 'Previous',
    'protocol.next': 'Next',
    'protocol.finish': 'Finish',
    'protocol.leave': 'Leave',
    'protocol.leaveHint': 'Leave the guided protocol (the map stays as it is)',
    'protocol.who.partners': 'Partners on the map: {count}',
    'protocol.who.internal': 'Teams and people inside the school: {count}',
    'protocol.who.unconnected': 'Partners without a tie yet ({count})',
    'protocol.who.allConnected': 'Every partner has at least one tie.',
    'protocol.who.none': 'No partners yet: add the first one the group names.',
    'protocol.whenWhere.withoutFrequency': 'Ties without a contact frequency ({count})',
    'protocol.whenWhere.allFrequency': 'Every tie has a contact frequency.',
    'protocol.whenWhere.withoutSetting': 'Ties not yet marked face to face or online ({count})',
    'protocol.whenWhere.allSetting': 'Every tie is marked face to face or online.',
    'protocol.why.withoutMotive': 'Ties without a motive ({count})',
    'protocol.why.allMotive': 'Every tie has at least one motive.',
    'protocol.howWhat.without': 'Ties with nothing coded yet on how or what ({count})',
    'protocol.howWhat.all': 'Every tie has something coded on how or what.',
    'protocol.noTies': 'No ties yet.',
    'protocol.review.partners': 'Partners: {count}',
    'protocol.review.ties': 'Ties: {count}',
    'protocol.review.byDimension': 'Ties per motive dimension',
    'protocol.review.missingGroups': 'No partner yet from',
    'protocol.review.allGroups': 'There is a partner from every group of the codebook.',
    'protocol.review.open': 'Still open',
    'protocol.review.openFrequency': 'Ties without a contact frequency: {count}',
    'protocol.review.openMotive': 'Ties without a motive: {count}',
    'protocol.review.openHowWhat': 'Ties with nothing on how or what: {count}',
    'protocol.review.nothingOpen':
      'Every tie has a frequency, a motive and something on how or what.',
    'protocol.present': 'Present',
    'protocol.presentHint': 'Full screen for the projector: large type, editing tools hidden',
    'protocol.exitPresentation': 'Exit presentation',
    'protocol.windowed':
      'Full screen is not available here; the presentation stays in this window (F11 gives the browser’s full screen).',
  },
  {
    'protocol.toggle': 'Gespreksleidraad',
    'protocol.toggleHint':
      'Begeleid de focusgroep stap voor stap: wie, wanneer en waar, waarom, hoe en wat',
    'protocol.panelTitle': 'Gespreksleidraad',
    'protocol.stepsLabel': 'Stappen van de gespreksleidraad',
    'protocol.progress': 'Stap {n} van {total}',
    'protocol.step.who': 'Wie',
    'protocol.step.when-where': 'Wanneer en waar',
    'protocol.step.why': 'Waarom',
    'protocol.step.how-what': 'Hoe en wat',
    'protocol.step.review': 'Terugblik',
    'protocol.questions': 'Vragen aan de groep',
    'protocol.onTheMap': 'Op de kaart',
    'protocol.instruction.who':
      'Voeg elke partner toe die de groep noemt en kies het soort. Trek een relatie van de school, of van een team, naar elke partner.',
    'protocol.instruction.when-where':
      'Selecteer elke relatie en duid aan hoe vaak er contact is, en of jullie elkaar face-to-face of online zien.',
    'protocol.instruction.why':
      'Selecteer elke relatie en vink de beweegredenen aan die de groep noemt.',
    'protocol.instruction.how-what':
      'Selecteer elke relatie en codeer hoe de samenwerking ontstaan is, hoe formeel ze is en waar ze naartoe werkt.',
    'protocol.instruction.review':
      'Bekijk de kaart samen. Vul ontbrekende partners of relaties aan; kleuren en filters helpen bij het gesprek.',
    'protocol.selectHint': 'Kies er een om ze op de kaart te selecteren.',
    'protocol.previous': 'Vorige',
    'protocol.next': 'Volgende',
    'protocol.finish': 'Afronden',
    'protocol.leave': 'Sluiten',
    'protocol.leaveHint': 'De gespreksleidraad sluiten (de kaart blijft zoals ze is)',
    'protocol.who.partners': 'Partners op de kaart: {count}',
    'protocol.who.internal': 'Teams en personen binnen de school: {count}',
    'protocol.who.unconnected': 'Partners nog zonder relatie ({count})',
    'protocol.who.allConnected': 'Elke partner heeft minstens één relatie.',
    'protocol.who.none': 'Nog geen partners: voeg de eerste toe die de groep noemt.',
    'protocol.whenWhere.withoutFrequency': 'Relaties zonder contactfrequentie ({count})',
    'protocol.whenWhere.allFrequency': 'Elke relatie heeft een contactfrequentie.',
    'protocol.whenWhere.withoutSetting':
      'Relaties nog niet aangeduid als face-to-face of online ({count})',
    'protocol.whenWhere.allSetting': 'Elke relatie is aangeduid als face-to-face of online.',
    'protocol.why.withoutMotive': 'Relaties zonder beweegreden ({count})',
    'protocol.why.allMotive': 'Elke relatie heeft minstens één beweegreden.',
    'protocol.howWhat.without':
      'Relaties waarbij nog niets over het hoe of wat gecodeerd is ({count})',
    'protocol.howWhat.all': 'Bij elke relatie is iets over het hoe of wat gecodeerd.',
    'protocol.noTies': 'Nog geen relaties.',
    'protocol.review.partners': 'Partners: {count}',
    'protocol.review.ties': 'Relaties: {count}',
    'protocol.review.byDimension': 'Relaties per dimensie van beweegredenen',
    'protocol.review.missingGroups': 'Nog geen partner uit',
    'protocol.review.allGroups': 'Er is een partner uit elke groep van het codeboek.',
    'protocol.review.open': 'Nog open',
    'protocol.review.openFrequency': 'Relaties zonder contactfrequentie: {count}',
    'protocol.review.openMotive': 'Relaties zonder beweegreden: {count}',
    'protocol.review.openHowWhat': 'Relaties zonder iets over het hoe of wat: {count}',
    'protocol.review.nothingOpen':
      'Elke relatie heeft een frequentie, een beweegreden en iets over het hoe of wat.',
    'protocol.present': 'Presenteren',
    'protocol.presentHint':
      'Volledig scherm voor de projector: grote letters, bewerkknoppen verborgen',
    'protocol.exitPresentation': 'Presentatie verlaten',
    'protocol.windowed':
      'Volledig scherm is hier niet beschikbaar; de presentatie blijft in dit venster (met F11 schakelt de browser naar volledig scherm).',
  },
);
