import { useEffect, useId, useRef } from 'react';
import { PROTOCOL_PROMPTS, PROTOCOL_STEPS, type ProtocolStep } from '../../codebook';
import { patchView } from '../../store';
import { useEditor, useView } from '../editorContext';
import { useI18n } from '../i18nContext';
import { StepWork } from './StepWork';
import { STEP_COUNT, stepAfter, stepBefore, stepNumber } from './steps';
import './protocol.css';

/** The guided protocol's panel; renders nothing while the protocol is not running. */
export function ProtocolPanel() {
  const { protocolStep } = useView();
  return protocolStep ? <RunningProtocol step={protocolStep} /> : null;
}

function RunningProtocol({ step }: { readonly step: ProtocolStep }) {
  const { t, locale } = useI18n();
  const { view } = useEditor();
  const { presentation } = useView();
  const titleId = useId();
  const questionsId = useId();
  const title = useRef<HTMLHeadingElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const before = stepBefore(step);
  const after = stepAfter(step);

  // Starting the protocol moves keyboard focus into the panel.
  useEffect(() => {
    title.current?.focus({ preventScroll: true });
  }, []);
  // A new step starts at its title and questions, not where the last step's list was scrolled.
  // (Block bodies: recent Chromium's scrollTo returns a promise, which React would call on cleanup.)
  useEffect(() => {
    if (body.current) body.current.scrollTop = 0;
  }, [step]);

  const go = (next: ProtocolStep | null) => {
    if (next) view.setState(patchView({ protocolStep: next }));
  };
  const leave = () => {
    view.setState(patchView({ protocolStep: null }));
    document.querySelector<HTMLElement>('[data-protocol-toggle]')?.focus({ preventScroll: true });
  };

  return (
    <aside
      className={`protocol-panel${presentation ? ' presenting' : ''}`}
      aria-labelledby={titleId}
      data-testid="protocol-panel"
    >
      <header className="protocol-header">
        <h2 id={titleId} ref={title} tabIndex={-1}>
          {t('protocol.panelTitle')}
        </h2>
        <button type="button" onClick={leave} title={t('protocol.leaveHint')}>
          {t('protocol.leave')}
        </button>
      </header>
      <nav aria-label={t('protocol.stepsLabel')}>
        <ol className="protocol-steps">
          {PROTOCOL_STEPS.map((s) => (
            <li key={s}>
              <button
                type="button"
                aria-current={s === step ? 'step' : undefined}
                onClick={() => go(s)}
              >
                <span className="protocol-step-number" aria-hidden="true">
                  {stepNumber(s)}
                </span>
                {t(`protocol.step.${s}`)}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <div className="protocol-body" ref={body}>
        <div aria-live="polite" aria-atomic="true">
          <p className="protocol-progress">
            {t('protocol.progress', { n: stepNumber(step), total: STEP_COUNT })}
          </p>
          <h3 className="protocol-step-title" data-testid="protocol-step-title">
            {t(`protocol.step.${step}`)}
          </h3>
        </div>
        <section aria-labelledby={questionsId}>
          <h4 id={questionsId} className="protocol-label">
            {t('protocol.questions')}
          </h4>
          <ul className="protocol-prompts" data-testid="protocol-prompts">
            {PROTOCOL_PROMPTS[step].map((prompt) => (
              <li key={prompt.en}>{prompt[locale] || prompt.en}</li>
            ))}
          </ul>
        </section>
        {!presentation && (
          <section className="protocol-map-work">
            <h4 className="protocol-label">{t('protocol.onTheMap')}</h4>
            <p className="protocol-instruction">{t(`protocol.instruction.${step}`)}</p>
            <StepWork step={step} />
          </section>
        )}
      </div>
      <footer className="protocol-footer">
        <button
          type="button"
          onClick={() => go(before)}
          aria-disabled={before ? undefined : 'true'}
          data-testid="protocol-previous"
        >
          {t('protocol.previous')}
        </button>
        {after ? (
          <button
            type="button"
            className="primary"
            onClick={() => go(after)}
            data-testid="protocol-next"
          >
            {t('protocol.next')}
          </button>
        ) : (
          <button type="button" className="primary" onClick={leave} data-testid="protocol-finish">
            {t('protocol.finish')}
          </button>
        )}
      </footer>
    </aside>
  );
}
