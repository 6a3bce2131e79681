import type { ReactNode } from 'react';
import {
  ATTRIBUTE_QUESTIONS,
  termLabel,
  type AttributeDef,
  type AttributeQuestion,
  type Codebook,
  type Locale,
} from '../../codebook';
import type { MessageKey } from '../../i18n';
import { useI18n } from '../i18nContext';
import { CheckboxChoice, RadioChoice, Section, type ChoiceOption } from './fields';

const QUESTION_KEYS: Readonly<Record<AttributeQuestion, MessageKey>> = {
  where: 'inspector.qWhere',
  when: 'inspector.qWhen',
  how: 'inspector.qHow',
  who: 'inspector.qWho',
  what: 'inspector.qWhat',
  quality: 'inspector.qQuality',
};

interface Props {
  readonly codebook: Codebook;
  readonly attributes: Readonly<Record<string, readonly string[]>>;
  readonly onChange: (attribute: string, values: readonly string[]) => void;
  /** Fields that belong to a question but are not coded attributes (e.g. the free duration). */
  readonly extra?: Partial<Record<AttributeQuestion, ReactNode>>;
  /** How many of those extra fields are filled in, per question (for the closed section's note). */
  readonly extraFilled?: Partial<Record<AttributeQuestion, number>>;
}

const choices = (def: AttributeDef, locale: Locale): ChoiceOption[] =>
  def.values.map((v) => ({
    id: v.id,
    label: termLabel(v, locale),
    ...(v.description ? { title: v.description[locale] || v.description.en } : {}),
  }));

/** The 5W1H attributes and tie qualities, one collapsible section per question. */
export function AttributeFields({ codebook, attributes, onChange, extra, extraFilled }: Props) {
  const { t, locale } = useI18n();
  return (
    <>
      {ATTRIBUTE_QUESTIONS.map((question) => {
        const defs = codebook.tieAttributes.filter((a) => a.question === question);
        if (defs.length === 0 && !extra?.[question]) return null;
        const filled =
          defs.filter((d) => (attributes[d.id]?.length ?? 0) > 0).length +
          (extraFilled?.[question] ?? 0);
        return (
          <Section
            key={question}
            title={t(QUESTION_KEYS[question])}
            note={filled > 0 ? t('inspector.filledCount', { count: filled }) : undefined}
            testId={`attributes-${question}`}
          >
            {extra?.[question]}
            {defs.map((def) => {
              const values = attributes[def.id] ?? [];
              const legend = termLabel(def, locale);
              const help = def.description && (def.description[locale] || def.description.en);
              return (
                <div key={def.id} className="attribute">
                  {def.multiple ? (
                    <CheckboxChoice
                      legend={legend}
                      options={choices(def, locale)}
                      values={values}
                      onChange={(next) => onChange(def.id, next)}
                      testId={`attribute-${def.id}`}
                    />
                  ) : (
                    <RadioChoice
                      legend={legend}
                      options={choices(def, locale)}
                      value={values[0] ?? null}
                      onChange={(id) => onChange(def.id, id === null ? [] : [id])}
                      noneLabel={t('inspector.notSet')}
                      testId={`attribute-${def.id}`}
                    />
                  )}
                  {help && <p className="attribute-help">{help}</p>}
                </div>
              );
            })}
          </Section>
        );
      })}
    </>
  );
}
