import { defineMessages } from '../define';

/** Messages of the analysis feature (English, Dutch). Metric names: insights.ts ('metric.*'). */
export const analysisMessages = defineMessages(
  {
    'analysis.toggle': 'Analysis',
    'analysis.toggleHint': 'Show or hide the network analysis',
    'analysis.title': 'Network analysis',
    'analysis.close': 'Close',
    'analysis.failed': 'The analysis could not be done: {reason}',
    'analysis.computing': 'Calculating…',
    'analysis.updating': 'Updating after your change…',
    'analysis.progress': 'Calculating… {percent}%',
    'analysis.progressLabel': 'Progress of the calculation',
    'analysis.ready': 'Up to date. Every tie counts the same.',
    'analysis.readyWeighted': 'Up to date. Frequent contact counts as a shorter way.',

    'analysis.onMap': 'On the map',
    'analysis.sizeBy': 'Size actors by',
    'analysis.sizeNone': 'Usual size',
    'analysis.marks': 'Mark core actors, cut-points and bridges',
    'analysis.weighted': 'Weigh ties by contact frequency',
    'analysis.weightedHint':
      'Ties with frequent contact count as shorter ways between actors (betweenness and closeness).',
    'analysis.dependsOn': 'Show what depends on',
    'analysis.dependsOnNone': 'Nobody chosen',
    'analysis.legend': 'What the marks on the map mean',
    'analysis.legendSize': 'Bigger = higher {metric}',
    'analysis.legendCore': 'Core actor: dark ring and ★ before the name',
    'analysis.legendCutPoint': 'Cut-point: double border',
    'analysis.legendBridge': 'Bridge: tie with a dark edge',
    'analysis.legendHighlight': 'Highlighted: yellow halo, the rest faded',

    'analysis.figures': 'The map in figures',
    'analysis.fig.actors': 'Actors',
    'analysis.fig.actorsExplain':
      'Everyone on the map: the school, its own teams and its partners.',
    'analysis.fig.ties': 'Ties',
    'analysis.fig.tiesExplain':
      'Pairs of actors with a tie; several ties between the same two count once.',
    'analysis.fig.isolates': 'Isolated actors',
    'analysis.fig.cutPoints': 'Cut-points',
    'analysis.fig.bridges': 'Bridges',
    'analysis.showOnMap': 'Show on the map',
    'analysis.dependsOnActor': 'Show what depends on {name}',
    'analysis.pair': '{source} – {target}',
    'analysis.listBridges': 'Which ties? ({count})',
    'analysis.densityValue': '{percent} ({value})',
    'analysis.cutPointsHint': 'Choose one to see on the map what depends on it.',

    'analysis.insights': 'What stands out',
    'analysis.insightsHint': 'Choose a finding to see the actors it is about on the map.',
    'analysis.noInsights': 'Nothing stands out on this map yet.',
    'analysis.severity.warning': 'Watch out',
    'analysis.severity.attention': 'Look at this',
    'analysis.severity.info': 'Good to know',

    'analysis.coreTitle': 'Core actors',
    'analysis.noCore':
      'This map has no core actors yet: it needs at least three connected partners.',
    'analysis.coreReason':
      'No. {degreeRank} in number of ties ({degree}), no. {betweennessRank} as a link between others, no. {closenessRank} in short paths to everyone.',

    'analysis.metrics': 'Figures per actor',
    'analysis.helpShow': 'Explain the columns',
    'analysis.helpHide': 'Hide the explanations',
    'analysis.export': 'Export as CSV',
    'analysis.csvSuffix': 'analysis',
    'analysis.tableHint':
      'Choose a column heading to sort; choose a row to select that actor on the map.',
    'analysis.col.actor': 'Actor',
    'analysis.col.depends': 'What depends on it',
    'analysis.dependsShort': 'Who depends on it?',
    'analysis.yes': 'Yes',
    'analysis.no': 'No',

    'analysis.bar.dependsNone':
      'Showing what depends on {name}: every actor still reaches the school without it.',
    'analysis.bar.dependsOne':
      'Showing what depends on {name}: 1 actor would lose its link with the school without it.',
    'analysis.bar.dependsMany':
      'Showing what depends on {name}: {count} actors would lose their link with the school without it.',
    'analysis.bar.highlight': 'Highlighted: {names}. The rest of the map is faded.',
    'analysis.bar.highlightMore':
      'Highlighted: {names} and {more} more. The rest of the map is faded.',
    'analysis.bar.clear': 'Clear',
    'analysis.bar.clearHint': 'Show the whole map again (Escape)',
  },
  {
    'analysis.toggle': 'Analyse',
    'analysis.toggleHint': 'De netwerkanalyse tonen of verbergen',
    'analysis.title': 'Netwerkanalyse',
    'analysis.close': 'Sluiten',
    'analysis.failed': 'De analyse lukte niet: {reason}',
    'analysis.computing': 'Bezig met berekenen…',
    'analysis.updating': 'Wordt bijgewerkt na je wijziging…',
    'analysis.progress': 'Bezig met berekenen… {percent}%',
    'analysis.progressLabel': 'Voortgang van de berekening',
    'analysis.ready': 'Bijgewerkt. Elke band telt even zwaar.',
    'analysis.readyWeighted': 'Bijgewerkt. Frequent contact telt als een kortere weg.',

    'analysis.onMap': 'Op de kaart',
    'analysis.sizeBy': 'Grootte van de actoren volgens',
    'analysis.sizeNone': 'Gewone grootte',
    'analysis.marks': 'Kernactoren, scharnierpunten en bruggen aanduiden',
    'analysis.weighted': 'Banden wegen volgens contactfrequentie',
    'analysis.weightedHint':
      'Banden met frequent contact tellen als kortere wegen tussen actoren (doorgeeffunctie en nabijheid).',
    'analysis.dependsOn': 'Toon wat afhangt van',
    'analysis.dependsOnNone': 'Niemand gekozen',
    'analysis.legend': 'Wat de markeringen op de kaart betekenen',
    'analysis.legendSize': 'Groter = hogere {metric}',
    'analysis.legendCore': 'Kernactor: donkere ring en ★ voor de naam',
    'analysis.legendCutPoint': 'Scharnierpunt: dubbele rand',
    'analysis.legendBridge': 'Brug: band met een donkere rand',
    'analysis.legendHighlight': 'Uitgelicht: gele gloed, de rest vervaagd',

    'analysis.figures': 'De kaart in cijfers',
    'analysis.fig.actors': 'Actoren',
    'analysis.fig.actorsExplain':
      'Iedereen op de kaart: de school, haar eigen teams en haar partners.',
    'analysis.fig.ties': 'Banden',
    'analysis.fig.tiesExplain':
      'Paren van actoren met een band; meerdere banden tussen dezelfde twee tellen één keer.',
    'analysis.fig.isolates': 'Geïsoleerde actoren',
    'analysis.fig.cutPoints': 'Scharnierpunten',
    'analysis.fig.bridges': 'Bruggen',
    'analysis.showOnMap': 'Toon op de kaart',
    'analysis.dependsOnActor': 'Toon wat afhangt van {name}',
    'analysis.pair': '{source} – {target}',
    'analysis.listBridges': 'Welke banden? ({count})',
    'analysis.densityValue': '{percent} ({value})',
    'analysis.cutPointsHint': 'Kies er een om op de kaart te zien wat ervan afhangt.',

    'analysis.insights': 'Wat valt op',
    'analysis.insightsHint':
      'Kies een vaststelling om de actoren waarover ze gaat op de kaart te zien.',
    'analysis.noInsights': 'Op deze kaart valt nog niets op.',
    'analysis.severity.warning': 'Opgelet',
    'analysis.severity.attention': 'Let hierop',
    'analysis.severity.info': 'Goed om te weten',

    'analysis.coreTitle': 'Kernactoren',
    'analysis.noCore':
      'Deze kaart heeft nog geen kernactoren: daarvoor zijn minstens drie verbonden partners nodig.',
    'analysis.coreReason':
      'Nr. {degreeRank} in aantal banden ({degree}), nr. {betweennessRank} als verbinding tussen anderen, nr. {closenessRank} in korte wegen naar iedereen.',

    'analysis.metrics': 'Cijfers per actor',
    'analysis.helpShow': 'Leg de kolommen uit',
    'analysis.helpHide': 'Verberg de uitleg',
    'analysis.export': 'Exporteren als CSV',
    'analysis.csvSuffix': 'analyse',
    'analysis.tableHint':
      'Kies een kolomtitel om te sorteren; kies een rij om die actor op de kaart te selecteren.',
    'analysis.col.actor': 'Actor',
    'analysis.col.depends': 'Wat hangt ervan af',
    'analysis.dependsShort': 'Wie hangt ervan af?',
    'analysis.yes': 'Ja',
    'analysis.no': 'Nee',

    'analysis.bar.dependsNone':
      'Wat hangt af van {name}: zonder deze actor bereikt iedereen de school nog.',
    'analysis.bar.dependsOne':
      'Wat hangt af van {name}: zonder deze actor verliest 1 actor de band met de school.',
    'analysis.bar.dependsMany':
      'Wat hangt af van {name}: zonder deze actor verliezen {count} actoren de band met de school.',
    'analysis.bar.highlight': 'Uitgelicht: {names}. De rest van de kaart is vervaagd.',
    'analysis.bar.highlightMore':
      'Uitgelicht: {names} en nog {more}. De rest van de kaart is vervaagd.',
    'analysis.bar.clear': 'Wissen',
    'analysis.bar.clearHint': 'Toon opnieuw de hele kaart (Escape)',
  },
);
