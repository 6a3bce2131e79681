import { termLabel, type ProtocolStep } from '../../codebook';
import type { MessageKey } from '../../i18n';
import type { PartnerMapDoc } from '../../model';
import { patchView, type Selection } from '../../store';
import { useEditor, useMap, useView } from '../editorContext';
import { useI18n } from '../i18nContext';
import {
  reviewSummary,
  tiesWithoutHowWhat,
  tiesWithoutMotive,
  whenWhereProgress,
  whoProgress,
  type ActorItem,
  type TieItem,
} from './progress';

type Item =
  | { readonly kind: 'tie'; readonly item: TieItem }
  | { readonly kind: 'actor'; readonly item: ActorItem };

interface ListProps {
  readonly title: MessageKey;
  readonly done: MessageKey;
  readonly items: readonly Item[];
  readonly testId: string;
}

const asTies = (items: readonly TieItem[]): readonly Item[] =>
  items.map((item) => ({ kind: 'tie', item }));

const selectionOf = (entry: Item): Selection =>
  entry.kind === 'tie' ? { kind: 'tie', id: entry.item.id } : { kind: 'actor', id: entry.item.id };

/** A to-do list of ties or actors; choosing one selects it on the map (and in the side panel). */
function WorkList({ title, done, items, testId }: ListProps) {
  const { t } = useI18n();
  const { view } = useEditor();
  const { selection } = useView();
  if (items.length === 0) {
    return (
      <p className="protocol-done" data-testid={testId}>
        <span aria-hidden="true">✓ </span>
        {t(done)}
      </p>
    );
  }
  const select = (next: Selection) => view.setState(patchView({ selection: next }));
  return (
    <section className="protocol-worklist" data-testid={testId}>
      <h4>{t(title, { count: items.length })}</h4>
      <p className="protocol-hint">{t('protocol.selectHint')}</p>
      <ul>
        {items.map((entry) => {
          const { kind, item } = entry;
          const current = selection?.kind === kind && selection.id === item.id;
          return (
            <li key={item.id}>
              <button
                type="button"
                aria-current={current ? 'true' : undefined}
                onClick={() => select(selectionOf(entry))}
              >
                {item.label}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Review({ map }: { readonly map: PartnerMapDoc }) {
  const { t, locale } = useI18n();
  const summary = reviewSummary(map);
  const open = [
    ['protocol.review.openFrequency', summary.open.withoutFrequency],
    ['protocol.review.openMotive', summary.open.withoutMotive],
    ['protocol.review.openHowWhat', summary.open.withoutHowWhat],
  ] as const;
  const stillOpen = open.filter(([, count]) => count > 0);
  return (
    <div className="protocol-review" data-testid="protocol-review">
      <ul className="protocol-counts">
        <li>{t('protocol.review.partners', { count: summary.partners })}</li>
        <li>{t('protocol.review.ties', { count: summary.ties })}</li>
      </ul>
      <h4>{t('protocol.review.byDimension')}</h4>
      <ul className="protocol-counts">
        {summary.byDimension.map(({ dimension, ties }) => (
          <li key={dimension.id}>
            {termLabel(dimension, locale)}: <strong>{ties}</strong>
          </li>
        ))}
      </ul>
      {summary.missingTypeGroups.length > 0 ? (
        <>
          <h4>{t('protocol.review.missingGroups')}</h4>
          <ul data-testid="protocol-missing-groups">
            {summary.missingTypeGroups.map((group) => (
              <li key={group.id}>{termLabel(group, locale)}</li>
            ))}
          </ul>
        </>
      ) : (
        <p className="protocol-done">{t('protocol.review.allGroups')}</p>
      )}
      <h4>{t('protocol.review.open')}</h4>
      {stillOpen.length > 0 ? (
        <ul>
          {stillOpen.map(([key, count]) => (
            <li key={key}>{t(key, { count })}</li>
          ))}
        </ul>
      ) : (
        <p className="protocol-done">{t('protocol.review.nothingOpen')}</p>
      )}
    </div>
  );
}

/** What is still to do on the map in this step, computed from the map (progress.ts). */
export function StepWork({ step }: { readonly step: ProtocolStep }) {
  const { t } = useI18n();
  const map = useMap();
  if (!map) return null;
  if (step === 'who') {
    const who = whoProgress(map);
    return (
      <div className="protocol-work">
        <ul className="protocol-counts" data-testid="protocol-who-counts">
          <li>{t('protocol.who.partners', { count: who.partners })}</li>
          <li>{t('protocol.who.internal', { count: who.internal })}</li>
        </ul>
        {who.partners === 0 ? (
          <p className="protocol-hint">{t('protocol.who.none')}</p>
        ) : (
          <WorkList
            title="protocol.who.unconnected"
            done="protocol.who.allConnected"
            items={who.unconnected.map((item) => ({ kind: 'actor', item }))}
            testId="protocol-unconnected"
          />
        )}
      </div>
    );
  }
  if (step === 'review') return <Review map={map} />;
  if (map.ties.length === 0) return <p className="protocol-hint">{t('protocol.noTies')}</p>;
  if (step === 'when-where') {
    const progress = whenWhereProgress(map);
    return (
      <div className="protocol-work">
        <WorkList
          title="protocol.whenWhere.withoutFrequency"
          done="protocol.whenWhere.allFrequency"
          items={asTies(progress.withoutFrequency)}
          testId="protocol-without-frequency"
        />
        <WorkList
          title="protocol.whenWhere.withoutSetting"
          done="protocol.whenWhere.allSetting"
          items={asTies(progress.withoutSetting)}
          testId="protocol-without-setting"
        />
      </div>
    );
  }
  if (step === 'why') {
    return (
      <WorkList
        title="protocol.why.withoutMotive"
        done="protocol.why.allMotive"
        items={asTies(tiesWithoutMotive(map))}
        testId="protocol-without-motive"
      />
    );
  }
  return (
    <WorkList
      title="protocol.howWhat.without"
      done="protocol.howWhat.all"
      items={asTies(tiesWithoutHowWhat(map))}
      testId="protocol-without-how-what"
    />
  );
}
