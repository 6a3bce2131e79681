/**
 * Prompt questions for a guided 5W1H protocol: what a researcher asks a school's core team.
 * Source: domain.md §4 (LS 1375–1605; the "who" sub-questions LS 1498–1502, "what" LS 1582–85),
 * §3 motives (LS 1869–1915), §6 structural holes (LS 1257–60), dependencies (LS 1265–66) and
 * islands of innovation (LS 2625–31). The wording is proposed, not quoted.
 */
import { text } from './term';
import type { LocalizedText } from './types';

export const PROTOCOL_STEPS = ['who', 'when-where', 'why', 'how-what', 'review'] as const;
export type ProtocolStep = (typeof PROTOCOL_STEPS)[number];

export const PROTOCOL_PROMPTS: Readonly<Record<ProtocolStep, readonly LocalizedText[]>> = {
  who: [
    text(
      'Which partners outside the school do you learn with?',
      'Met welke partners buiten de school leren jullie samen?',
    ),
    text(
      'Who took the initiative for this partnership?',
      'Wie nam het initiatief voor deze samenwerking?',
    ),
    text(
      'With what mandate does each person sit at the table, and who takes the decisions?',
      'Met welk mandaat zit iedereen aan tafel, en wie neemt de beslissingen?',
    ),
    text(
      'How is what happens fed back to the people each partner represents?',
      'Hoe wordt er teruggekoppeld naar de achterban van elke partner?',
    ),
  ],
  'when-where': [
    text(
      'How often are you in contact with this partner?',
      'Hoe vaak hebben jullie contact met deze partner?',
    ),
    text(
      'Do you meet face to face, online, or both? At school or elsewhere?',
      'Zien jullie elkaar face-to-face, online of allebei? Op school of op verplaatsing?',
    ),
    text(
      'How long has the partnership been running, and how long will it go on?',
      'Hoe lang loopt de samenwerking al, en hoe lang nog?',
    ),
    text(
      'Is there a fixed follow-up, or does it happen now and then?',
      'Is er een vaste opvolging, of gebeurt dat eerder occasioneel?',
    ),
  ],
  why: [
    text(
      'What does this partnership help you do in your daily work: materials, care, projects, internships, policy requirements?',
      'Waarbij helpt deze samenwerking jullie in het dagelijkse werk: leermiddelen, zorg, projecten, stages, decretale verwachtingen?',
    ),
    text(
      'What does it bring in contacts: new connections, co-creation, a network to fall back on?',
      'Wat brengt ze op het vlak van contacten: nieuwe connecties, co-creatie, een netwerk om op terug te vallen?',
    ),
    text(
      'How does it help the school and its teachers grow: innovation, professional development, quality, pupil achievement?',
      'Hoe helpt ze de school en de leraren groeien: vernieuwing, professionele ontwikkeling, kwaliteit, leerlingenprestaties?',
    ),
    text(
      'Which of these reasons weighs most for you?',
      'Welke van die redenen weegt voor jullie het zwaarst?',
    ),
  ],
  'how-what': [
    text(
      'How did the partnership start: spontaneously, out of necessity, encouraged or imposed?',
      'Hoe is de samenwerking ontstaan: spontaan, uit noodzaak, gestimuleerd of opgelegd?',
    ),
    text(
      'Is it formally arranged or rather informal, and are decisions taken together?',
      'Is ze formeel geregeld of eerder informeel, en worden beslissingen samen genomen?',
    ),
    text(
      'What do you want to achieve together: is there a help question, a learning question or a learning goal?',
      'Wat willen jullie samen bereiken: is er een hulpvraag, een leervraag of een leerdoel?',
    ),
    text(
      'What form does it take: training, a learning network, a PLG, a community of practice?',
      'Welke vorm neemt ze aan: een vorming, een lerend netwerk, een PLG, een community of practice?',
    ),
  ],
  review: [
    text(
      'Looking at the map, which partners might be missing?',
      'Als jullie naar de kaart kijken: welke partners ontbreken misschien nog?',
    ),
    text(
      'Which partners do you depend on, and for what?',
      'Van welke partners zijn jullie afhankelijk, en waarvoor?',
    ),
    text(
      'If a partner dropped out, who could take over that role?',
      'Als een partner wegvalt, wie kan die rol dan overnemen?',
    ),
    text(
      'Are there colleagues who are not yet involved in any partnership?',
      "Zijn er collega's die nog bij geen enkele samenwerking betrokken zijn?",
    ),
  ],
};
