import { act } from '@testing-library/react';
import type { Locale } from '../../../src/codebook';
import type { ActorId, PartnerMapDoc, TieId } from '../../../src/model';
import { patchView, type MapStore, type Selection } from '../../../src/store';
import { Inspector } from '../../../src/ui/inspector/Inspector';
import { QuickAdd } from '../../../src/ui/quickadd/QuickAdd';
import { smallMap } from '../../model/fixtures';
import { renderEditor } from '../render';

/** The inspector with the notice line (rendered by the quick-add bar) and `selection` open. */
export function openInspector(
  selection: Selection,
  { map = smallMap(), locale = 'en' }: { map?: PartnerMapDoc; locale?: Locale } = {},
) {
  const rendered = renderEditor(
    <>
      <QuickAdd />
      <Inspector />
    </>,
    { map, locale },
  );
  act(() => rendered.view.setState(patchView({ selection })));
  return rendered;
}

/** How many undo steps the store holds. */
export const steps = (store: MapStore): number => store.getState().history?.past.length ?? 0;

export const actorOf = (store: MapStore, id: ActorId) =>
  store.current()!.actors.find((a) => a.id === id);

export const tieOf = (store: MapStore, id: TieId) => store.current()!.ties.find((t) => t.id === id);
