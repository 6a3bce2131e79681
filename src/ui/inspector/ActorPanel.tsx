import { termLabel } from '../../codebook';
import { removeActors, updateActor, type Actor, type PartnerMapDoc } from '../../model';
import { patchView } from '../../store';
import { Combobox } from '../common/Combobox';
import { useEditor } from '../editorContext';
import { useI18n } from '../i18nContext';
import { useEditNotice } from './editNotice';
import { CheckboxChoice, CommitText, RadioChoice, Section } from './fields';
import { typeChoices } from './typeOptions';

/** Everything about one actor; each change is one undo step. */
export function ActorPanel({ actor, map }: { readonly actor: Actor; readonly map: PartnerMapDoc }) {
  const { t, locale } = useI18n();
  const { store, view } = useEditor();
  const { show } = useEditNotice();
  const cb = map.codebook;
  const update = (patch: Partial<Omit<Actor, 'id'>>) => store.apply(updateActor(actor.id, patch));
  const choices = typeChoices(cb, actor.kind, locale, actor.type);
  const ties = map.ties.filter((x) => x.source === actor.id || x.target === actor.id);
  const labelOf = (id: string) => map.actors.find((a) => a.id === id)?.label ?? id;
  const frequencyOf = (id: string | null) =>
    id === null
      ? ''
      : termLabel(
          cb.frequencies.find((f) => f.id === id),
          locale,
          id,
        );

  const remove = () => {
    store.apply(removeActors([actor.id]));
    show({
      tone: 'deleted',
      key: ties.length ? 'inspector.deletedActorTies' : 'inspector.deletedActor',
      params: { label: actor.label, count: ties.length },
      after: store.current(),
      focusUndo: true,
      selectOnUndo: { kind: 'actor', id: actor.id },
    });
    view.setState(patchView({ selection: null }));
  };

  return (
    <div className="inspector-panel" data-testid="actor-panel">
      <Section title={t('inspector.basics')} defaultOpen testId="actor-basics">
        <CommitText
          label={t('inspector.name')}
          value={actor.label}
          allowEmpty={false}
          onCommit={(label) => update({ label })}
          testId="actor-name"
        />
        {actor.kind !== 'ego' && (
          <Combobox
            label={t(actor.kind === 'internal' ? 'inspector.role' : 'inspector.type')}
            options={choices.options}
            groups={choices.groups}
            value={actor.type}
            onChange={(type) => type !== actor.type && update({ type })}
            emptyText={t('quickadd.noMatch')}
            noneLabel={t('quickadd.noType')}
            placeholder={t('quickadd.typePlaceholder')}
            testId="actor-type"
          />
        )}
      </Section>

      <Section
        title={t('inspector.positionAndRole')}
        defaultOpen
        note={
          actor.position || actor.triangleRole
            ? t('inspector.filledCount', {
                count: Number(!!actor.position) + Number(!!actor.triangleRole),
              })
            : undefined
        }
      >
        <RadioChoice
          legend={t('inspector.position')}
          options={cb.positions.map((p) => ({
            id: p.id,
            label: termLabel(p, locale),
            description: p.description && (p.description[locale] || p.description.en),
          }))}
          value={actor.position}
          onChange={(position) => update({ position })}
          noneLabel={t('inspector.notSet')}
          testId="actor-position"
        />
        <RadioChoice
          legend={t('inspector.triangleRole')}
          options={cb.triangleRoles.map((r) => ({ id: r.id, label: termLabel(r, locale) }))}
          value={actor.triangleRole}
          onChange={(triangleRole) => update({ triangleRole })}
          noneLabel={t('inspector.notSet')}
          testId="actor-triangle"
        />
      </Section>

      <Section
        title={t('inspector.resources')}
        note={
          actor.resources.length
            ? t('inspector.chosenCount', { count: actor.resources.length })
            : undefined
        }
      >
        <CheckboxChoice
          legend={t('inspector.resources')}
          hideLegend
          options={cb.resources.map((r) => ({ id: r.id, label: termLabel(r, locale) }))}
          values={actor.resources}
          onChange={(resources) => update({ resources })}
          testId="actor-resources"
        />
      </Section>

      <Section
        title={t('inspector.ties')}
        note={String(ties.length)}
        defaultOpen={ties.length > 0}
        testId="actor-ties"
      >
        {ties.length === 0 ? (
          <p className="muted">{t('inspector.noTies')}</p>
        ) : (
          <ul className="link-list">
            {ties.map((tie) => {
              const other = tie.source === actor.id ? tie.target : tie.source;
              const arrow = !tie.directed ? '—' : tie.source === actor.id ? '→' : '←';
              return (
                <li key={tie.id}>
                  <button
                    type="button"
                    className="link-row"
                    onClick={() =>
                      view.setState(patchView({ selection: { kind: 'tie', id: tie.id } }))
                    }
                  >
                    <span aria-hidden="true">{arrow}</span>
                    <span>{labelOf(other)}</span>
                    <span className="muted">{frequencyOf(tie.frequency)}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </Section>

      <Section title={t('inspector.notes')} note={actor.notes ? t('inspector.hasText') : undefined}>
        <CommitText
          label={t('inspector.notes')}
          value={actor.notes}
          multiline
          onCommit={(notes) => update({ notes })}
          testId="actor-notes"
        />
      </Section>

      <div className="inspector-danger">
        {actor.kind === 'ego' ? (
          <p className="muted">{t('inspector.egoCannotDelete')}</p>
        ) : (
          <button type="button" className="danger" onClick={remove} data-testid="delete-actor">
            {t('inspector.deleteActor')}
          </button>
        )}
      </div>
    </div>
  );
}
