import { metricMessages } from '../../analysis/insights';
import { CORE_MARK_COLOUR, HIGHLIGHT_COLOUR } from '../../canvas/stylesheet';
import type { SizeMetric } from '../../store';
import { useI18n } from '../i18nContext';

const NODE_FILL = '#9ca3af';

/** Legend rows for the analysis marks, drawn like the canvas draws them. */
export function MarkLegend({
  sizeBy,
  marks,
}: {
  readonly sizeBy: SizeMetric | null;
  readonly marks: boolean;
}) {
  const { t } = useI18n();
  return (
    <ul className="analysis-legend" aria-label={t('analysis.legend')}>
      {sizeBy && (
        <li>
          <svg viewBox="0 0 36 24" aria-hidden="true">
            <circle cx="7" cy="14" r="5" fill={NODE_FILL} stroke={CORE_MARK_COLOUR} />
            <circle cx="24" cy="12" r="10" fill={NODE_FILL} stroke={CORE_MARK_COLOUR} />
          </svg>
          <span>{t('analysis.legendSize', { metric: t(metricMessages(sizeBy).name) })}</span>
        </li>
      )}
      {marks && (
        <>
          <li>
            <svg viewBox="0 0 36 24" aria-hidden="true">
              <circle cx="18" cy="12" r="6" fill={NODE_FILL} stroke={CORE_MARK_COLOUR} />
              <circle
                cx="18"
                cy="12"
                r="9.5"
                fill="none"
                stroke={CORE_MARK_COLOUR}
                strokeWidth="3"
              />
            </svg>
            <span>{t('analysis.legendCore')}</span>
          </li>
          <li>
            <svg viewBox="0 0 36 24" aria-hidden="true">
              <circle
                cx="18"
                cy="12"
                r="9"
                fill={NODE_FILL}
                stroke={CORE_MARK_COLOUR}
                strokeWidth="1.5"
              />
              <circle
                cx="18"
                cy="12"
                r="6"
                fill="none"
                stroke={CORE_MARK_COLOUR}
                strokeWidth="1.5"
              />
            </svg>
            <span>{t('analysis.legendCutPoint')}</span>
          </li>
          <li>
            <svg viewBox="0 0 36 24" aria-hidden="true">
              <line
                x1="2"
                y1="12"
                x2="34"
                y2="12"
                stroke={CORE_MARK_COLOUR}
                strokeWidth="9"
                opacity="0.6"
              />
              <line x1="2" y1="12" x2="34" y2="12" stroke={NODE_FILL} strokeWidth="3" />
            </svg>
            <span>{t('analysis.legendBridge')}</span>
          </li>
        </>
      )}
      <li>
        <svg viewBox="0 0 36 24" aria-hidden="true">
          <circle cx="18" cy="12" r="11" fill={HIGHLIGHT_COLOUR} />
          <circle cx="18" cy="12" r="6" fill={NODE_FILL} stroke={CORE_MARK_COLOUR} />
        </svg>
        <span>{t('analysis.legendHighlight')}</span>
      </li>
    </ul>
  );
}
