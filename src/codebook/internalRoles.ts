/**
 * Roles of internal actors (kind `internal`): school staff and sub-teams.
 * Source: domain.md §1 "Internal actors" and §7: management and middle management (PLG 324–30,
 * Table 1), beginning and experienced teachers (LS 1286–87), the focus-group roles (LS 2681–86).
 */
import { term, text } from './term';
import type { Term } from './types';

export const INTERNAL_ROLES: readonly Term[] = [
  term('principal', 'Principal', 'Directeur'),
  term('deputy-principal', 'Deputy principal', 'Adjunct-directeur'),
  term('coordinating-principal', 'Coordinating principal', 'Coördinerend directeur'),
  term(
    'middle-management',
    'Middle management',
    'Middenkader',
    text('E.g. a coordinator or policy officer.', 'Bv. een coördinator of beleidsmedewerker.'),
  ),
  term(
    'policy-support',
    'Policy support / school developer',
    'Beleidsondersteuner / schoolontwikkelaar',
  ),
  term(
    'care-coordinator',
    'Care / pupil-guidance coordinator',
    'Verantwoordelijke zorg of leerlingenbegeleiding',
  ),
  term('teacher', 'Teacher', 'Leerkracht'),
  term(
    'beginning-teacher',
    'Beginning teacher',
    'Beginnende leerkracht',
    text(
      'In joint initiatives, aims mainly at inspiration.',
      'Richt zich in initiatieven vooral op inspiratie.',
    ),
  ),
  term(
    'experienced-teacher',
    'Experienced teacher',
    'Ervaren leerkracht',
    text(
      'In joint initiatives, aims mainly at elaboration.',
      'Richt zich in initiatieven vooral op elaboratie.',
    ),
  ),
  term(
    'team',
    'Team or sub-team',
    'Team of deelteam',
    text(
      'A group inside the school, e.g. a subject group or care team.',
      'Een groep binnen de school, bv. een vakgroep of zorgteam.',
    ),
  ),
];
