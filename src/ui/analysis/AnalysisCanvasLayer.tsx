import type { Core, SingularElementArgument } from 'cytoscape';
import { useEffect, useMemo, useRef } from 'react';
import { analysisMarks } from '../../canvas/elements';
import { patchElements } from '../../canvas/sync';
import { useEditor, useMap, useView } from '../editorContext';
import { useI18n } from '../i18nContext';
import { useAnalysisState } from './AnalysisRunner';
import { focusOf, markInput, type Focus } from './canvasMarks';
import { focusActions, useFocusActions } from './focus';
import { revealFocus } from './reveal';
import './focusBar.css';

/** A highlight's bar names at most this many actors. */
const NAMES_SHOWN = 3;

const CHOICE_INPUTS = ['checkbox', 'radio', 'button', 'submit', 'reset'];

/** Where Escape belongs to something else: typing, a list or menu that is open, a dialog. */
const isEditing = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable ||
    (target instanceof HTMLInputElement && !CHOICE_INPUTS.includes(target.type)) ||
    ['SELECT', 'TEXTAREA'].includes(target.tagName) ||
    target.closest(
      'dialog, [role="dialog"], [role="combobox"], [role="listbox"], [role="menu"]',
    ) !== null);

/**
 * Draws the analysis on the canvas (sizes, marks, a highlight or "what depends on X") by
 * writing `mark*` fields into the elements' data, and shows the bar that clears a focus.
 */
export function AnalysisCanvasLayer({ cy }: { readonly cy: Core | null }) {
  const map = useMap();
  const { view } = useEditor();
  const { analysisOpen, sizeBy, markStructure, dependsOn, highlight } = useView();
  const { analysis, core } = useAnalysisState();
  const marksView = useMemo(
    () => ({ analysisOpen, sizeBy, markStructure, dependsOn, highlight }),
    [analysisOpen, sizeBy, markStructure, dependsOn, highlight],
  );
  const focus = useMemo(() => (map ? focusOf(map, marksView) : null), [map, marksView]);
  const marks = useMemo(
    () => (map ? analysisMarks(map, markInput(analysis, core, marksView, focus)) : null),
    [map, analysis, core, marksView, focus],
  );

  // Runs after the canvas synced the same map. Only changed fields are written (every data()
  // call makes Cytoscape restyle and draw the element again), through its partial redraw.
  useEffect(() => {
    if (!cy || !marks) return;
    const patches = new Map<SingularElementArgument, Record<string, unknown>>();
    for (const [id, data] of marks) {
      const element = cy.getElementById(id);
      if (element.empty()) continue;
      const current = element.data() as Record<string, unknown>;
      let patch: Record<string, unknown> | null = null;
      for (const [key, value] of Object.entries(data)) {
        // A mark that is off is not written to an element that has none (new ones): the
        // stylesheet reads a missing field as off, and the write would draw it again.
        if (current[key] !== value && (current[key] !== undefined || value))
          (patch ??= {})[key] = value;
      }
      if (patch) patches.set(element, patch);
    }
    patchElements(cy, patches);
  }, [cy, marks]);

  // When what is in focus changes, bring it into view if part of it is off screen or covered.
  const focusKey = focus ? [...focus.halo, ...focus.bright, ...focus.ties].join(' ') : '';
  useEffect(() => {
    if (cy && focusKey) revealFocus(cy, focusKey.split(' '));
  }, [cy, focusKey]);

  // Another map: nothing of the previous map's focus carries over.
  const mapId = map?.id ?? null;
  const shownFor = useRef(mapId);
  useEffect(() => {
    if (shownFor.current === mapId) return;
    shownFor.current = mapId;
    focusActions(view).clear();
  }, [mapId, view]);

  // Escape clears the focus, unless a field, list, menu, dialog or a half-drawn tie wants it.
  const active = dependsOn !== null || highlight.length > 0;
  useEffect(() => {
    if (!active) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || isEditing(event.target)) return;
      if (view.getState().tieDraft !== null) return;
      event.preventDefault();
      focusActions(view).clear();
    };
    // Capture: before presentation mode's Escape, so the first Escape only clears the focus.
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [active, view]);

  return focus && map ? <FocusBar focus={focus} /> : null;
}

function FocusBar({ focus }: { readonly focus: Focus }) {
  const { t } = useI18n();
  const map = useMap();
  const actions = useFocusActions();
  const labelOf = new Map<string, string>(map?.actors.map((a) => [a.id, a.label]));
  const [x] = focus.halo;
  const name = labelOf.get(x ?? '') ?? '';
  const count = focus.bright.size;
  let text: string;
  if (focus.kind === 'dependsOn') {
    text =
      count === 0
        ? t('analysis.bar.dependsNone', { name })
        : t(count === 1 ? 'analysis.bar.dependsOne' : 'analysis.bar.dependsMany', { name, count });
  } else {
    const shown = [...(focus.halo.size > 0 ? focus.halo : focus.bright)];
    const names = shown.slice(0, NAMES_SHOWN).map((id) => labelOf.get(id) ?? id);
    const more = shown.length - names.length;
    text = t(more > 0 ? 'analysis.bar.highlightMore' : 'analysis.bar.highlight', {
      names: names.join(', '),
      more,
    });
  }
  return (
    <div className="analysis-focus-bar" role="status" data-testid="analysis-focus-bar">
      <span>{text}</span>
      <button type="button" onClick={actions.clear} title={t('analysis.bar.clearHint')}>
        {t('analysis.bar.clear')}
      </button>
    </div>
  );
}
