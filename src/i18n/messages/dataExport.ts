import { defineMessages } from '../define';

/** Messages of the Export dialog's data section (English, Dutch). */
export const dataExportMessages = defineMessages(
  {
    'dataExport.section': 'Data for other tools',
    'dataExport.format': 'File format',
    'dataExport.format.native': 'PartnerMap file (.json)',
    'dataExport.formatHint.native':
      'Everything, exactly: opens again in PartnerMap on this or another device.',
    'dataExport.format.csv': 'CSV for spreadsheets (.zip)',
    'dataExport.formatHint.csv':
      'Two tables, actors.csv and ties.csv, for Excel, LibreOffice, SPSS or R. Each motive also gets a 0/1 column.',
    'dataExport.format.graphml': 'GraphML (.graphml)',
    'dataExport.formatHint.graphml':
      'Every field of the actors and ties, for Gephi, yEd, networkx, igraph and R.',
    'dataExport.format.gexf': 'GEXF (.gexf)',
    'dataExport.formatHint.gexf': 'Every field of the actors and ties, for Gephi and networkx.',
    'dataExport.delimiter': 'Column separator',
    'dataExport.delimiter.comma': 'Comma (,), as in English spreadsheets',
    'dataExport.delimiter.semicolon':
      'Semicolon (;), as Excel in Belgium and the Netherlands expects',
    'dataExport.gexfVersion': 'GEXF version',
    'dataExport.gexfVersion.1.2draft': '1.2 (read by Gephi and by networkx before 3.6)',
    'dataExport.gexfVersion.1.3': '1.3 (newest; Gephi 0.10 and later)',
    'dataExport.download': 'Download the data',
    'dataExport.done': 'Saved {file} in your downloads.',
  },
  {
    'dataExport.section': 'Gegevens voor andere programma’s',
    'dataExport.format': 'Bestandsformaat',
    'dataExport.format.native': 'PartnerMap-bestand (.json)',
    'dataExport.formatHint.native':
      'Alles, precies zo: opent opnieuw in PartnerMap op dit of een ander toestel.',
    'dataExport.format.csv': 'CSV voor rekenbladen (.zip)',
    'dataExport.formatHint.csv':
      'Twee tabellen, actors.csv en ties.csv, voor Excel, LibreOffice, SPSS of R. Elk motief krijgt ook een kolom met 0/1.',
    'dataExport.format.graphml': 'GraphML (.graphml)',
    'dataExport.formatHint.graphml':
      'Alle velden van de actoren en banden, voor Gephi, yEd, networkx, igraph en R.',
    'dataExport.format.gexf': 'GEXF (.gexf)',
    'dataExport.formatHint.gexf': 'Alle velden van de actoren en banden, voor Gephi en networkx.',
    'dataExport.delimiter': 'Scheidingsteken tussen kolommen',
    'dataExport.delimiter.comma': 'Komma (,), zoals in Engelstalige rekenbladen',
    'dataExport.delimiter.semicolon': 'Puntkomma (;), wat Excel in België en Nederland verwacht',
    'dataExport.gexfVersion': 'GEXF-versie',
    'dataExport.gexfVersion.1.2draft': '1.2 (gelezen door Gephi en door networkx voor 3.6)',
    'dataExport.gexfVersion.1.3': '1.3 (nieuwste; Gephi 0.10 en later)',
    'dataExport.download': 'Gegevens downloaden',
    'dataExport.done': '{file} is bewaard bij je downloads.',
  },
);
