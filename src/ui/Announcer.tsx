import { termLabel } from '../codebook';
import type { PartnerMapDoc } from '../model';
import type { Selection } from '../store';
import type { I18n } from './i18nContext';

/** The sentence a screen reader hears for the current selection. */
export function describeSelection(map: PartnerMapDoc, selection: Selection, i18n: I18n): string {
  const { t, locale } = i18n;
  if (!selection) return t('announce.none');
  const label = (id: string) => map.actors.find((a) => a.id === id)?.label ?? id;
  if (selection.kind === 'actor') {
    const actor = map.actors.find((a) => a.id === selection.id);
    if (!actor) return t('announce.none');
    const cb = map.codebook;
    const type =
      actor.type === null
        ? ''
        : termLabel(
            [...cb.actorTypes, ...cb.internalRoles].find((x) => x.id === actor.type),
            locale,
            actor.type,
          );
    const ties = map.ties.filter((x) => x.source === actor.id || x.target === actor.id).length;
    return t('announce.actor', { label: actor.label, type, ties });
  }
  const tie = map.ties.find((x) => x.id === selection.id);
  if (!tie) return t('announce.none');
  return t('announce.tie', { source: label(tie.source), target: label(tie.target) });
}

/** A polite live region: selection changes and undo/redo are read out (Cytoscape has no a11y). */
export function Announcer({ message }: { message: string }) {
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="announcer">
      {message}
    </div>
  );
}
