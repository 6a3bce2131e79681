import {
  useEffect,
  useId,
  useRef,
  useState,
  useSyncExternalStore,
  type KeyboardEvent,
} from 'react';
import { layoutInEffect, trimLayouts } from '../canvas/guides/activeLayout';
import { concentricLayout, forceLayout } from '../canvas/layouts';
import type { MessageKey } from '../i18n';
import { moveActors, type Point } from '../model';
import type { LayoutGuides, LayoutKind, MapStore, ViewStore } from '../store';
import { useEditor, useView } from './editorContext';
import { useI18n } from './i18nContext';
import './layoutMenu.css';

interface Choice {
  readonly kind: LayoutKind;
  readonly label: MessageKey;
  readonly hint: MessageKey;
  readonly done: MessageKey;
}

const CHOICES: readonly Choice[] = [
  { kind: 'free', label: 'layout.free', hint: 'layout.freeHint', done: 'layout.appliedFree' },
  {
    kind: 'rings-frequency',
    label: 'layout.ringsFrequency',
    hint: 'layout.ringsFrequencyHint',
    done: 'layout.appliedRingsFrequency',
  },
  {
    kind: 'rings-position',
    label: 'layout.ringsPosition',
    hint: 'layout.ringsPositionHint',
    done: 'layout.appliedRingsPosition',
  },
  { kind: 'force', label: 'layout.force', hint: 'layout.forceHint', done: 'layout.appliedForce' },
];

/** How many earlier layouts are remembered, so that undo can bring their guides back. */
const REMEMBERED_LAYOUTS = 20;
/** The menu's width in layoutMenu.css. */
const MENU_WIDTH = 360;

/**
 * Applies a layout to the open map as one undo step and remembers it in the view (with the
 * guides of a concentric layout). "Free" moves nothing: it only drops the guides.
 */
export function applyLayout(store: MapStore, view: ViewStore, kind: LayoutKind): void {
  const map = store.current();
  if (!map) return;
  let positions: Record<string, Point> = {};
  let guides: LayoutGuides | null = null;
  if (kind === 'force') {
    positions = forceLayout(map).positions;
  } else if (kind !== 'free') {
    const result = concentricLayout(map, kind === 'rings-frequency' ? 'frequency' : 'position');
    positions = result.positions;
    guides = result.guides;
  }
  // Only real moves: laying out an already laid-out map again adds no empty undo step.
  const moves = Object.entries(positions).filter(([id, p]) => {
    const now = map.positions[id];
    return !now || now.x !== p.x || now.y !== p.y;
  });
  if (moves.length > 0) store.apply(moveActors(Object.fromEntries(moves)));
  const after = store.current() ?? map;
  view.setState((state) => ({
    ...state,
    layout: {
      kind,
      guides,
      positions: after.positions,
      previous: trimLayouts(state.layout, REMEMBERED_LAYOUTS - 1),
    },
  }));
}

/** The toolbar's layout menu button: Free / Rings by frequency / Rings by position / Force. */
export function LayoutMenu() {
  const { t } = useI18n();
  const { store, view } = useEditor();
  const { layout } = useView();
  const history = useSyncExternalStore(store.subscribe, () => store.getState().history);
  const current = layoutInEffect(layout, history)?.kind ?? 'free';
  const [open, setOpen] = useState(false);
  const [focused, setFocused] = useState(0);
  const [status, setStatus] = useState('');
  const [alignEnd, setAlignEnd] = useState(false);
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const items = useRef<(HTMLButtonElement | null)[]>([]);
  const menuId = useId();

  useEffect(() => {
    if (open) items.current[focused]?.focus();
  }, [open, focused]);

  // A press anywhere outside closes the menu.
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const openAt = (index: number) => {
    // Near the right edge of the window the menu opens leftwards, so that it stays in view.
    const left = button.current?.getBoundingClientRect().left ?? 0;
    setAlignEnd(left + MENU_WIDTH > window.innerWidth);
    setFocused((index + CHOICES.length) % CHOICES.length);
    setOpen(true);
  };
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const choose = (choice: Choice) => {
    applyLayout(store, view, choice.kind);
    setStatus(t(choice.done));
    close();
  };

  const onButtonKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      openAt(event.key === 'ArrowDown' ? 0 : CHOICES.length - 1);
    }
  };
  const onMenuKey = (event: KeyboardEvent) => {
    const moves: Record<string, number> = {
      ArrowDown: focused + 1,
      ArrowUp: focused - 1,
      Home: 0,
      End: CHOICES.length - 1,
    };
    const next = moves[event.key];
    if (next !== undefined) {
      event.preventDefault();
      setFocused((next + CHOICES.length) % CHOICES.length);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'Tab') {
      setOpen(false);
    }
  };

  const currentChoice = CHOICES.find((c) => c.kind === current) ?? CHOICES[0]!;
  return (
    <div className="layout-menu" ref={wrapper}>
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? setOpen(false) : openAt(CHOICES.indexOf(currentChoice)))}
        onKeyDown={onButtonKey}
        data-testid="layout-menu"
      >
        {t('layout.button', { current: t(currentChoice.label) })}
        <span aria-hidden="true" className="layout-menu-caret">
          ▾
        </span>
      </button>
      {open && (
        <div
          id={menuId}
          role="menu"
          aria-label={t('layout.menu')}
          className={`layout-menu-list${alignEnd ? ' align-end' : ''}`}
          onKeyDown={onMenuKey}
        >
          {CHOICES.map((choice, i) => (
            <button
              key={choice.kind}
              ref={(el) => {
                items.current[i] = el;
              }}
              type="button"
              role="menuitemradio"
              aria-checked={choice.kind === current}
              tabIndex={i === focused ? 0 : -1}
              aria-labelledby={`${menuId}-${i}-label`}
              aria-describedby={`${menuId}-${i}-hint`}
              onClick={() => choose(choice)}
              onFocus={() => setFocused(i)}
            >
              <span className="layout-menu-check" aria-hidden="true">
                {choice.kind === current ? '✓' : ''}
              </span>
              <span className="layout-menu-text">
                <span id={`${menuId}-${i}-label`} className="layout-menu-label">
                  {t(choice.label)}
                </span>
                <span id={`${menuId}-${i}-hint`} className="layout-menu-hint">
                  {t(choice.hint)}
                </span>
              </span>
            </button>
          ))}
        </div>
      )}
      <span className="visually-hidden" role="status">
        {status}
      </span>
    </div>
  );
}
