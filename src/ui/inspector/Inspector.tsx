import { useEffect, useRef } from 'react';
import type { MessageKey } from '../../i18n';
import type { Actor } from '../../model';
import { patchView } from '../../store';
import { useEditor, useMap, useView } from '../editorContext';
import { useI18n } from '../i18nContext';
import { ActorPanel } from './ActorPanel';
import './inspector.css';
import { TiePanel } from './TiePanel';

const KIND_KEYS: Readonly<Record<Actor['kind'], MessageKey>> = {
  ego: 'inspector.kindEgo',
  internal: 'inspector.kindInternal',
  external: 'inspector.kindExternal',
};

/**
 * The side panel for the selected actor or tie. It reads everything from the store, so undo and
 * redo show at once; when the selected element is gone (e.g. its creation was undone) it closes.
 */
export function Inspector() {
  const { t } = useI18n();
  const { view } = useEditor();
  const map = useMap();
  const { selection } = useView();
  const rootRef = useRef<HTMLDivElement>(null);
  const actor =
    selection?.kind === 'actor' ? map?.actors.find((a) => a.id === selection.id) : undefined;
  const tie = selection?.kind === 'tie' ? map?.ties.find((x) => x.id === selection.id) : undefined;
  const missing = selection !== null && !actor && !tie;

  useEffect(() => {
    if (missing) view.setState(patchView({ selection: null }));
  }, [missing, view]);

  // Another element: start at its top, not where the previous one was scrolled to.
  const selectedId = selection?.id ?? null;
  useEffect(() => {
    rootRef.current?.closest('.side-panel')?.scrollTo?.({ top: 0 });
  }, [selectedId]);

  if (!map || (!actor && !tie)) return null;
  const labelOf = (id: string) => map.actors.find((a) => a.id === id)?.label ?? id;
  const kind = actor ? t(KIND_KEYS[actor.kind]) : t('inspector.tie');
  const name = actor
    ? actor.label
    : tie && `${labelOf(tie.source)} ${tie.directed ? '→' : '—'} ${labelOf(tie.target)}`;

  return (
    <div className="inspector" data-testid="inspector" ref={rootRef}>
      <div className="inspector-header">
        <h2 className="inspector-title">
          <span className="inspector-kind">{kind}</span>
          <span className="inspector-name">{name}</span>
        </h2>
        <button
          type="button"
          className="inspector-close"
          onClick={() => view.setState(patchView({ selection: null }))}
          data-testid="inspector-close"
        >
          <span aria-hidden="true">×</span> {t('inspector.close')}
        </button>
      </div>
      {/* A key per element: a half-typed field never carries over to the next selection. */}
      {actor && <ActorPanel key={actor.id} actor={actor} map={map} />}
      {tie && <TiePanel key={tie.id} tie={tie} map={map} />}
    </div>
  );
}
