/**
 * Living-triangle roles (levende driehoek; van Ginkel et al. 2009).
 * Source: domain.md §2b, LS 1561–67. The three roles are best held by three or more people.
 */
import { term } from './term';
import type { Term } from './types';

export const TRIANGLE_ROLES: readonly Term[] = [
  term('initiator', 'Initiator', 'Initiator'),
  term('executor', 'Actor (executor)', 'Actor (uitvoerder)'),
  term('supporter', 'Supporter', 'Ondersteuner'),
];
