import { memo, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { addTie, asActorId, makeTie, type Actor, type TieId } from '../../model';
import { Combobox } from '../common/Combobox';
import { useEditor } from '../editorContext';
import { useI18n } from '../i18nContext';
import { checkNewTie } from './addTieCheck';
import { typeLabelOf, type Labels } from './rowModels';
import { collatorFor } from './sorting';
import { tieName } from './tieColumns';

interface Props {
  readonly actors: readonly Actor[];
  readonly labels: Labels;
  readonly onAdded: (id: TieId) => void;
  /** The pair already has a tie: show that one instead. */
  readonly onDuplicate: (id: TieId) => void;
  readonly onStatus: (message: string, tone: 'info' | 'error') => void;
}

/**
 * Two searchable actor pickers and "Add tie". Enter picks an actor, Enter again adds the tie;
 * "From" stays filled, so that several ties of one actor go quickly.
 */
export const AddTieForm = memo(function AddTieForm(props: Props) {
  const { actors, labels, onAdded, onDuplicate, onStatus } = props;
  const { store } = useEditor();
  const { t, locale } = useI18n();
  const headingId = useId();
  const [source, setSource] = useState<string | null>(null);
  const [target, setTarget] = useState<string | null>(null);
  const targetInput = useRef<HTMLInputElement>(null);

  const options = useMemo(() => {
    const collator = collatorFor(locale);
    return actors
      .map((a) => ({ id: a.id, label: a.label, hint: typeLabelOf(a, labels) || undefined }))
      .sort((a, b) => collator.compare(a.label, b.label));
  }, [actors, labels, locale]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const current = store.current();
    if (!current) return;
    const check = checkNewTie(
      current,
      source === null ? null : asActorId(source),
      target === null ? null : asActorId(target),
    );
    const name = (a: string | null) => current.actors.find((x) => x.id === a)?.label ?? '';
    const tie = tieName(t, { sourceLabel: name(source), targetLabel: name(target) });
    if (check.ok) {
      const added = makeTie(check.source, check.target);
      store.apply(addTie(added));
      setTarget(null);
      onAdded(added.id);
      onStatus(t('table.addTie.added', { tie }), 'info');
      targetInput.current?.focus();
    } else if (check.reason === 'duplicate') {
      onStatus(t('table.addTie.duplicate', { tie }), 'error');
      onDuplicate(check.existing);
    } else {
      const key =
        check.reason === 'missing'
          ? 'table.addTie.missing'
          : check.reason === 'self-loop'
            ? 'table.addTie.selfLoop'
            : 'table.addTie.unknown';
      onStatus(t(key), 'error');
    }
  };

  return (
    <form className="add-tie" aria-labelledby={headingId} onSubmit={submit}>
      <h3 id={headingId} className="add-tie-heading">
        {t('table.addTie')}
      </h3>
      <Combobox
        label={t('table.addTie.source')}
        options={options}
        value={source}
        onChange={setSource}
        emptyText={t('table.noMatch')}
        testId="add-tie-source"
      />
      <Combobox
        label={t('table.addTie.target')}
        options={options}
        value={target}
        onChange={setTarget}
        emptyText={t('table.noMatch')}
        inputRef={targetInput}
        testId="add-tie-target"
      />
      <button type="submit" className="primary" data-testid="add-tie-button">
        {t('table.addTie.button')}
      </button>
    </form>
  );
});
