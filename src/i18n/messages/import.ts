import { defineMessages } from '../define';

/**
 * Messages of the import (English, Dutch). `import.error.<code>` and `import.report.<code>`
 * word the codes of src/io/types.ts; a test checks that every code has a message.
 */
export const importMessages = defineMessages(
  {
    'import.open': 'Import',
    'import.title': 'Import a map',
    'import.close': 'Close',
    'import.cancel': 'Cancel',
    'import.intro':
      'Choose a file made by PartnerMap or another tool. Nothing is added to your library until you confirm.',
    'import.formats':
      'PartnerMap (.json or an exported .png), CSV (actors and ties, or an edge list; .csv or the .zip of a CSV export), GraphML (.graphml) and GEXF (.gexf).',
    'import.choose': 'Choose a file…',
    'import.dropHint': 'or drop one here (two CSV files: actors and ties together).',
    'import.dropOverlay': 'Drop the file to import it',
    'import.reading': 'Reading {name}…',
    'import.failedTitle': 'This file cannot be imported',
    'import.failedNothing': 'Nothing was imported.',
    'import.tryAnother': 'Choose another file',
    'import.readFailed': 'The file could not be read: {detail}',
    'import.oneFile':
      'Import one file at a time, or two CSV files (actors and ties) together. You chose {count}.',
    'import.pngNoMap':
      'This PNG image holds no map. Only images exported by PartnerMap with “embed the map” can be opened.',
    'import.csvTitle': 'Check the columns',
    'import.csvIntro':
      'PartnerMap guessed what each column holds. Change a column’s field where the guess is wrong, or leave the column out.',
    'import.csvFile': '{name}: {rows} rows, delimiter “{delimiter}”, {encoding}',
    'import.csvRole': 'This file holds',
    'import.csvRole.actors': 'Actors (one row per actor)',
    'import.csvRole.ties': 'Ties (one row per tie, or an edge list)',
    'import.csvColumn': 'Field for column “{column}”',
    'import.csvLeaveOut': '— leave out —',
    'import.csvKeepInNotes': 'Keep in the notes',
    'import.csvPreview': 'First rows of {name}',
    'import.csvImport': 'Import with these columns',
    'import.csvMotive': 'Motive: {label} (0/1)',
    'import.csvAttribute': '5W1H: {label}',
    'import.doneTitle': 'Ready to import',
    'import.summary': '{actors} actors and {ties} ties from {name} ({format}).',
    'import.reportHeading': 'What happened to the file’s contents',
    'import.reportNone': 'Everything in the file was imported as it was.',
    'import.reportMore': '… and {count} more.',
    'import.confirm': 'Add to the library and open',
    'import.doneAsCopy':
      'Imported “{title}” as a copy: a map with this id was already in your library.',
    'import.done': 'Imported “{title}”.',
    'import.saveFailed': 'The map could not be saved: {detail}',
    'import.format.native': 'PartnerMap',
    'import.format.csv': 'CSV',
    'import.format.graphml': 'GraphML',
    'import.format.gexf': 'GEXF',
    'import.field.id': 'Id',
    'import.field.label': 'Name (label)',
    'import.field.kind': 'Kind (school, internal, external)',
    'import.field.type': 'Actor type',
    'import.field.position': 'Position cluster',
    'import.field.triangleRole': 'Triangle role',
    'import.field.resources': 'Resources',
    'import.field.notes': 'Notes',
    'import.field.x': 'x position',
    'import.field.y': 'y position',
    'import.field.source': 'From (source)',
    'import.field.target': 'To (target)',
    'import.field.directed': 'Directed',
    'import.field.frequency': 'Contact frequency',
    'import.field.motives': 'Motives (joined with ;)',
    'import.field.duration': 'Duration',
    'import.field.quotes': 'Quotes',
    'import.field.sourceLabel': 'Name of the source',
    'import.field.targetLabel': 'Name of the target',
    'import.field.weight': 'Weight',
    'import.error.too-large': 'The file is {size} MB; files up to {limit} MB can be imported.',
    'import.error.empty': 'The file is empty.',
    'import.error.unknown-format':
      '“{name}” is not a format PartnerMap reads (PartnerMap JSON, CSV, GraphML, GEXF).',
    'import.error.refused-declaration':
      'Line {line}: the file declares {declaration}. Such declarations can be used to attack a computer, so PartnerMap refuses the file.',
    'import.error.malformed-xml': 'Line {line}: the XML is malformed ({detail}).',
    'import.error.malformed-csv': 'Line {line}: the CSV is malformed ({detail}).',
    'import.error.invalid-json': 'The file is not valid JSON ({detail}).',
    'import.error.not-partnermap': 'The JSON is not a PartnerMap file ({detail}).',
    'import.error.invalid-map': 'The map in the file is not valid: {detail}.',
    'import.error.wrong-root': 'Line {line}: expected <{expected}>, found <{found}>.',
    'import.error.no-graph': 'Line {line}: <{element}> holds no graph.',
    'import.error.unsupported': 'Line {line}: PartnerMap cannot import {feature}.',
    'import.error.missing-attribute': 'Line {line}: <{element}> has no {attribute}.',
    'import.error.missing-column': 'The {table} table needs a column for “{field}”.',
    'import.error.duplicate-column': 'In the {table} table, two columns are set to “{field}”.',
    'import.error.too-many-fields':
      '{table}, line {line}: {count} fields where the header has {expected}.',
    'import.error.bad-zip': 'The zip file cannot be read ({detail}).',
    'import.error.nothing-to-import': 'The file holds no actors and no ties.',
    'import.error.internal-error':
      'PartnerMap failed on this file ({detail}). This is a bug; nothing was imported.',
    'import.report.encoding-fallback': 'The file is not UTF-8; it was read as {encoding}.',
    'import.report.migrated':
      'The map was made by an older version (schema {from}) and updated to {to}.',
    'import.report.graphs-ignored': 'The file holds {count} more graphs; only the first was read.',
    'import.report.actor-duplicate-id': 'Line {line}: a second actor with id “{id}” was skipped.',
    'import.report.actor-empty': 'Line {line}: an actor without id or name was skipped.',
    'import.report.ego-demoted': '“{id}” was a second school (ego); it became an internal actor.',
    'import.report.ego-type-dropped': 'The school itself has no actor type; “{value}” was dropped.',
    'import.report.kind-unknown':
      '“{id}” had the unknown kind “{value}”; it became an external partner.',
    'import.report.actors-created': '{count} actors were made from the ends of the ties.',
    'import.report.tie-unknown-endpoint':
      'Line {line}: a tie to “{endpoint}”, which is not an actor in the file, was skipped.',
    'import.report.tie-empty-endpoint': 'Line {line}: a tie without source or target was skipped.',
    'import.report.tie-self-loop':
      'Line {line}: a tie from “{actor}” to itself was skipped (a map has no ties to itself).',
    'import.report.tie-duplicate-pair':
      'Line {line}: a second tie between “{source}” and “{target}” was merged into the first.',
    'import.report.tie-duplicate-id':
      'Line {line}: a second tie with id “{id}” was kept as “{newId}”.',
    'import.report.value-mapped': '{field}: “{value}” was read as “{id}” ({count}×).',
    'import.report.value-added':
      '{field}: “{value}” was added to the map’s codebook as “{id}” ({count}×).',
    'import.report.value-to-notes':
      '{field}: “{value}” is not a known value; kept in the notes ({count}×).',
    'import.report.value-invalid': 'Line {line}: {field} “{value}” cannot be read; left out.',
    'import.report.single-value-kept':
      'Line {line}: {field} has several values; the first was kept.',
    'import.report.column-ignored': 'Column “{column}” was left out.',
    'import.report.column-to-notes': 'Column “{column}” was kept in the notes ({count}×).',
    'import.report.attribute-to-notes': 'Attribute “{name}” was kept in the notes ({count}×).',
    'import.report.attribute-ignored': 'The drawing attribute “{name}” was not imported.',
    'import.report.codebook-invalid':
      'The file’s codebook cannot be read ({detail}); the default codebook is used.',
  },
  {
    'import.open': 'Importeren',
    'import.title': 'Een kaart importeren',
    'import.close': 'Sluiten',
    'import.cancel': 'Annuleren',
    'import.intro':
      'Kies een bestand van PartnerMap of een ander programma. Er komt niets in je bibliotheek tot je bevestigt.',
    'import.formats':
      'PartnerMap (.json of een geëxporteerde .png), CSV (actoren en banden, of een lijst van banden; .csv of de .zip van een CSV-export), GraphML (.graphml) en GEXF (.gexf).',
    'import.choose': 'Kies een bestand…',
    'import.dropHint': 'of sleep het hierheen (twee CSV-bestanden: actoren en banden samen).',
    'import.dropOverlay': 'Laat het bestand los om het te importeren',
    'import.reading': '{name} wordt gelezen…',
    'import.failedTitle': 'Dit bestand kan niet geïmporteerd worden',
    'import.failedNothing': 'Er is niets geïmporteerd.',
    'import.tryAnother': 'Kies een ander bestand',
    'import.readFailed': 'Het bestand kon niet gelezen worden: {detail}',
    'import.oneFile':
      'Importeer één bestand tegelijk, of twee CSV-bestanden (actoren en banden) samen. Je koos er {count}.',
    'import.pngNoMap':
      'Deze PNG-afbeelding bevat geen kaart. Alleen afbeeldingen die PartnerMap exporteerde met “kaart insluiten” kunnen geopend worden.',
    'import.csvTitle': 'Controleer de kolommen',
    'import.csvIntro':
      'PartnerMap raadde wat elke kolom bevat. Kies een ander veld waar dat niet klopt, of laat de kolom weg.',
    'import.csvFile': '{name}: {rows} rijen, scheidingsteken “{delimiter}”, {encoding}',
    'import.csvRole': 'Dit bestand bevat',
    'import.csvRole.actors': 'Actoren (één rij per actor)',
    'import.csvRole.ties': 'Banden (één rij per band, of een lijst van banden)',
    'import.csvColumn': 'Veld voor kolom “{column}”',
    'import.csvLeaveOut': '— weglaten —',
    'import.csvKeepInNotes': 'Bewaren in de notities',
    'import.csvPreview': 'Eerste rijen van {name}',
    'import.csvImport': 'Importeren met deze kolommen',
    'import.csvMotive': 'Motief: {label} (0/1)',
    'import.csvAttribute': '5W1H: {label}',
    'import.doneTitle': 'Klaar om te importeren',
    'import.summary': '{actors} actoren en {ties} banden uit {name} ({format}).',
    'import.reportHeading': 'Wat er met de inhoud van het bestand gebeurde',
    'import.reportNone': 'Alles in het bestand is ongewijzigd geïmporteerd.',
    'import.reportMore': '… en nog {count}.',
    'import.confirm': 'Toevoegen aan de bibliotheek en openen',
    'import.doneAsCopy':
      '“{title}” is geïmporteerd als kopie: er stond al een kaart met deze id in je bibliotheek.',
    'import.done': '“{title}” is geïmporteerd.',
    'import.saveFailed': 'De kaart kon niet bewaard worden: {detail}',
    'import.format.native': 'PartnerMap',
    'import.format.csv': 'CSV',
    'import.format.graphml': 'GraphML',
    'import.format.gexf': 'GEXF',
    'import.field.id': 'Id',
    'import.field.label': 'Naam (label)',
    'import.field.kind': 'Soort (school, intern, extern)',
    'import.field.type': 'Type actor',
    'import.field.position': 'Positiecluster',
    'import.field.triangleRole': 'Rol in de driehoek',
    'import.field.resources': 'Middelen',
    'import.field.notes': 'Notities',
    'import.field.x': 'x-positie',
    'import.field.y': 'y-positie',
    'import.field.source': 'Van (bron)',
    'import.field.target': 'Naar (doel)',
    'import.field.directed': 'Gericht',
    'import.field.frequency': 'Contactfrequentie',
    'import.field.motives': 'Motieven (gescheiden door ;)',
    'import.field.duration': 'Duur',
    'import.field.quotes': 'Citaten',
    'import.field.sourceLabel': 'Naam van de bron',
    'import.field.targetLabel': 'Naam van het doel',
    'import.field.weight': 'Gewicht',
    'import.error.too-large':
      'Het bestand is {size} MB; bestanden tot {limit} MB kunnen geïmporteerd worden.',
    'import.error.empty': 'Het bestand is leeg.',
    'import.error.unknown-format':
      '“{name}” is geen formaat dat PartnerMap leest (PartnerMap-JSON, CSV, GraphML, GEXF).',
    'import.error.refused-declaration':
      'Regel {line}: het bestand declareert {declaration}. Zulke declaraties kunnen een computer aanvallen, dus PartnerMap weigert het bestand.',
    'import.error.malformed-xml': 'Regel {line}: de XML is niet in orde ({detail}).',
    'import.error.malformed-csv': 'Regel {line}: de CSV is niet in orde ({detail}).',
    'import.error.invalid-json': 'Het bestand is geen geldige JSON ({detail}).',
    'import.error.not-partnermap': 'De JSON is geen PartnerMap-bestand ({detail}).',
    'import.error.invalid-map': 'De kaart in het bestand is niet geldig: {detail}.',
    'import.error.wrong-root': 'Regel {line}: <{expected}> verwacht, <{found}> gevonden.',
    'import.error.no-graph': 'Regel {line}: <{element}> bevat geen netwerk.',
    'import.error.unsupported': 'Regel {line}: PartnerMap kan {feature} niet importeren.',
    'import.error.missing-attribute': 'Regel {line}: <{element}> heeft geen {attribute}.',
    'import.error.missing-column': 'De tabel {table} heeft een kolom nodig voor “{field}”.',
    'import.error.duplicate-column': 'In de tabel {table} staan twee kolommen op “{field}”.',
    'import.error.too-many-fields':
      '{table}, regel {line}: {count} velden waar de kopregel er {expected} heeft.',
    'import.error.bad-zip': 'Het zip-bestand kan niet gelezen worden ({detail}).',
    'import.error.nothing-to-import': 'Het bestand bevat geen actoren en geen banden.',
    'import.error.internal-error':
      'PartnerMap liep vast op dit bestand ({detail}). Dat is een fout in PartnerMap; er is niets geïmporteerd.',
    'import.report.encoding-fallback': 'Het bestand is geen UTF-8; het is gelezen als {encoding}.',
    'import.report.migrated':
      'De kaart is gemaakt met een oudere versie (schema {from}) en bijgewerkt naar {to}.',
    'import.report.graphs-ignored':
      'Het bestand bevat nog {count} netwerken; alleen het eerste is gelezen.',
    'import.report.actor-duplicate-id':
      'Regel {line}: een tweede actor met id “{id}” is overgeslagen.',
    'import.report.actor-empty': 'Regel {line}: een actor zonder id of naam is overgeslagen.',
    'import.report.ego-demoted': '“{id}” was een tweede school (ego); het werd een interne actor.',
    'import.report.ego-type-dropped':
      'De school zelf heeft geen type actor; “{value}” is weggelaten.',
    'import.report.kind-unknown':
      '“{id}” had de onbekende soort “{value}”; het werd een externe partner.',
    'import.report.actors-created': '{count} actoren zijn gemaakt uit de uiteinden van de banden.',
    'import.report.tie-unknown-endpoint':
      'Regel {line}: een band naar “{endpoint}”, dat geen actor in het bestand is, is overgeslagen.',
    'import.report.tie-empty-endpoint':
      'Regel {line}: een band zonder bron of doel is overgeslagen.',
    'import.report.tie-self-loop':
      'Regel {line}: een band van “{actor}” naar zichzelf is overgeslagen (een kaart heeft geen banden met zichzelf).',
    'import.report.tie-duplicate-pair':
      'Regel {line}: een tweede band tussen “{source}” en “{target}” is samengevoegd met de eerste.',
    'import.report.tie-duplicate-id':
      'Regel {line}: een tweede band met id “{id}” is bewaard als “{newId}”.',
    'import.report.value-mapped': '{field}: “{value}” is gelezen als “{id}” ({count}×).',
    'import.report.value-added':
      '{field}: “{value}” is aan het codeboek van de kaart toegevoegd als “{id}” ({count}×).',
    'import.report.value-to-notes':
      '{field}: “{value}” is geen gekende waarde; bewaard in de notities ({count}×).',
    'import.report.value-invalid': 'Regel {line}: {field} “{value}” is onleesbaar; weggelaten.',
    'import.report.single-value-kept':
      'Regel {line}: {field} heeft meerdere waarden; de eerste is behouden.',
    'import.report.column-ignored': 'Kolom “{column}” is weggelaten.',
    'import.report.column-to-notes': 'Kolom “{column}” is bewaard in de notities ({count}×).',
    'import.report.attribute-to-notes': 'Attribuut “{name}” is bewaard in de notities ({count}×).',
    'import.report.attribute-ignored': 'Het tekenattribuut “{name}” is niet geïmporteerd.',
    'import.report.codebook-invalid':
      'Het codeboek van het bestand is onleesbaar ({detail}); het standaardcodeboek wordt gebruikt.',
  },
);
