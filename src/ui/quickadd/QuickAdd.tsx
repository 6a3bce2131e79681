import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { freeSpot } from '../../canvas/freeSpot';
import { addActor, makeActor } from '../../model';
import { Combobox } from '../common/Combobox';
import { useEditor, useMap } from '../editorContext';
import { useI18n } from '../i18nContext';
import { useEditNotice } from '../inspector/editNotice';
import { NoticeLine } from '../inspector/NoticeLine';
import { typeChoices, typeLabel } from '../inspector/typeOptions';
import './quickadd.css';

type NewKind = 'external' | 'internal';

/**
 * Adds actors one after another without the mouse: type a name, Enter, pick a type (arrows or
 * typing, Enter), and the actor lands on a free spot; focus is back in the name field for the next.
 */
export function QuickAdd() {
  const { t, locale } = useI18n();
  const { store } = useEditor();
  const map = useMap();
  const { notice, show } = useEditNotice();
  const [name, setName] = useState('');
  const [step, setStep] = useState<'name' | 'type'>('name');
  const [kind, setKind] = useState<NewKind>('external');
  const nameRef = useRef<HTMLInputElement>(null);
  const focusName = useRef(false);
  const hintId = useId();
  const codebook = map?.codebook;
  const choices = useMemo(
    () => (codebook ? typeChoices(codebook, kind, locale) : { options: [], groups: [] }),
    [codebook, kind, locale],
  );

  // Back in the name step after adding or Escape: the cursor waits for the next name.
  useEffect(() => {
    if (step === 'name' && focusName.current) {
      focusName.current = false;
      nameRef.current?.focus();
    }
  }, [step]);

  if (!map) return null;

  const backToName = () => {
    focusName.current = true;
    setStep('name');
  };
  const toTypeStep = () => {
    if (name.trim() === '') {
      show({ tone: 'hint', key: 'quickadd.nameRequired', after: null });
      nameRef.current?.focus();
      return;
    }
    setStep('type');
  };
  const add = (type: string | null) => {
    const current = store.current();
    if (!current) return;
    const label = name.trim();
    store.apply(addActor(makeActor({ label, kind, type }), freeSpot(current, { kind, type })));
    const typeText = typeLabel(current.codebook, kind, type, locale);
    show({
      tone: 'added',
      key: typeText ? 'quickadd.added' : 'quickadd.addedNoType',
      params: { label, type: typeText },
      after: store.current(),
    });
    setName('');
    backToName();
  };

  return (
    <section className="quick-add" aria-label={t('quickadd.region')} data-testid="quick-add">
      <fieldset className="quick-add-kind segmented">
        <legend className="visually-hidden">{t('quickadd.kind')}</legend>
        {(['external', 'internal'] as const).map((k) => (
          <label key={k} className={kind === k ? 'checked' : undefined}>
            <input
              type="radio"
              name="quick-add-kind"
              value={k}
              checked={kind === k}
              onChange={() => setKind(k)}
            />
            {t(k === 'external' ? 'quickadd.kindExternal' : 'quickadd.kindInternal')}
          </label>
        ))}
      </fieldset>
      {step === 'name' ? (
        <form
          className="quick-add-step"
          onSubmit={(e) => {
            e.preventDefault();
            toTypeStep();
          }}
        >
          <label htmlFor={`${hintId}-name`}>
            {t(kind === 'external' ? 'quickadd.newPartner' : 'quickadd.newInternal')}
          </label>
          <input
            id={`${hintId}-name`}
            ref={nameRef}
            type="text"
            value={name}
            autoComplete="off"
            placeholder={t('quickadd.namePlaceholder')}
            aria-describedby={hintId}
            onChange={(e) => setName(e.target.value)}
            data-testid="quick-add-name"
          />
          <button type="submit">{t('quickadd.next')}</button>
        </form>
      ) : (
        <div
          className="quick-add-step"
          // Escape with nothing typed leaves the type step at once (the list is open from the start).
          onKeyDownCapture={(e) => {
            const target = e.target as HTMLInputElement;
            if (e.key === 'Escape' && target.value === '') {
              e.preventDefault();
              e.stopPropagation();
              backToName();
            }
          }}
        >
          <span className="quick-add-pending" data-testid="quick-add-pending">
            {name.trim()}
          </span>
          <Combobox
            label={t('quickadd.typeFor', { name: name.trim() })}
            hideLabel // the name is shown beside it; the accessible name says it too
            options={choices.options}
            groups={choices.groups}
            value={null}
            onChange={add}
            emptyText={t('quickadd.noMatch')}
            noneLabel={t('quickadd.noType')}
            placeholder={t('quickadd.typePlaceholder')}
            autoFocus
            defaultOpen
            onEscape={backToName}
            testId="quick-add-type"
          />
          <button type="button" onClick={backToName}>
            {t('quickadd.back')}
          </button>
        </div>
      )}
      <div className="quick-add-status">
        {/* The last change's notice takes the hint's place once the user is on their way. */}
        <p id={hintId} className="quick-add-hint" hidden={step === 'name' && notice !== null}>
          {t(step === 'name' ? 'quickadd.hintName' : 'quickadd.hintType')}
        </p>
        <NoticeLine onUndone={() => nameRef.current?.focus()} />
      </div>
    </section>
  );
}
