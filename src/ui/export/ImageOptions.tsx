import { useId, type ReactNode } from 'react';
import { SIZE_PRESETS, type SizePreset } from '../../io/image';
import type { MessageKey } from '../../i18n';
import { useI18n } from '../i18nContext';
import { FormatChoices } from './FormatChoices';
import type { ImageFormat, ImageSettings } from './imageExport';

const FORMATS: readonly ImageFormat[] = ['png', 'svg', 'pdf'];

const FORMAT_LABEL: Readonly<Record<ImageFormat, MessageKey>> = {
  png: 'export.format.png',
  svg: 'export.format.svg',
  pdf: 'export.format.pdf',
};
const FORMAT_HINT: Readonly<Record<ImageFormat, MessageKey>> = {
  png: 'export.formatHint.png',
  svg: 'export.formatHint.svg',
  pdf: 'export.formatHint.pdf',
};
const SIZE_LABEL: Readonly<Record<SizePreset, MessageKey>> = {
  screen: 'export.size.screen',
  double: 'export.size.double',
  'a4-portrait': 'export.size.a4-portrait',
  'a4-landscape': 'export.size.a4-landscape',
  'a3-portrait': 'export.size.a3-portrait',
  'a3-landscape': 'export.size.a3-landscape',
  custom: 'export.size.custom',
};

interface Props {
  readonly settings: ImageSettings;
  readonly onChange: (patch: Partial<ImageSettings>) => void;
  /** Shown under the size: the pixel size, or that the browser's limit shrinks it. */
  readonly sizeNote: ReactNode;
}

/** The image section's choices: format, size, background, what to show, page orientation. */
export function ImageOptions({ settings, onChange, sizeNote }: Props) {
  const { t } = useI18n();
  const id = useId();
  const { format } = settings;
  const check = (
    key: 'showTitle' | 'showLegend' | 'showDate' | 'showCaption' | 'embedMap',
    label: MessageKey,
  ) => (
    <label className="export-choice">
      <input
        type="checkbox"
        checked={settings[key]}
        onChange={(e) => onChange({ [key]: e.target.checked })}
        data-testid={`export-${key}`}
      />
      {t(label)}
    </label>
  );

  return (
    <>
      <FormatChoices
        legend={t('export.format')}
        choices={FORMATS.map((f) => ({
          value: f,
          label: t(FORMAT_LABEL[f]),
          hint: t(FORMAT_HINT[f]),
        }))}
        value={format}
        onChange={(f) => onChange({ format: f })}
        testIdPrefix="export-format"
      />

      {format === 'png' && (
        <div className="export-group">
          <div className="export-row">
            <label htmlFor={`${id}-size`}>{t('export.size')}</label>
            <select
              id={`${id}-size`}
              value={settings.size}
              onChange={(e) => onChange({ size: e.target.value as SizePreset })}
              data-testid="export-size"
            >
              {SIZE_PRESETS.map((s) => (
                <option key={s} value={s}>
                  {t(SIZE_LABEL[s])}
                </option>
              ))}
            </select>
            {settings.size === 'custom' && (
              <>
                <label htmlFor={`${id}-width`}>{t('export.customWidth')}</label>
                <input
                  id={`${id}-width`}
                  type="number"
                  min={1}
                  step={1}
                  inputMode="numeric"
                  value={settings.customWidth}
                  onChange={(e) => onChange({ customWidth: Number(e.target.value) })}
                  data-testid="export-custom-width"
                />
              </>
            )}
          </div>
          {sizeNote}
        </div>
      )}

      {format === 'pdf' ? (
        <fieldset className="export-group export-inline">
          <legend>{t('export.orientation')}</legend>
          {(['portrait', 'landscape'] as const).map((o) => (
            <label key={o} className="export-choice">
              <input
                type="radio"
                name={`${id}-orientation`}
                checked={settings.orientation === o}
                onChange={() => onChange({ orientation: o })}
                data-testid={`export-orientation-${o}`}
              />
              {t(o === 'portrait' ? 'export.orientation.portrait' : 'export.orientation.landscape')}
            </label>
          ))}
        </fieldset>
      ) : (
        <fieldset className="export-group export-inline">
          <legend>{t('export.background')}</legend>
          {(['white', 'transparent'] as const).map((b) => (
            <label key={b} className="export-choice">
              <input
                type="radio"
                name={`${id}-background`}
                checked={settings.background === b}
                onChange={() => onChange({ background: b })}
                data-testid={`export-background-${b}`}
              />
              {t(b === 'white' ? 'export.background.white' : 'export.background.transparent')}
            </label>
          ))}
        </fieldset>
      )}

      <fieldset className="export-group export-inline">
        <legend>{t('export.include')}</legend>
        {format !== 'pdf' && check('showTitle', 'export.includeTitle')}
        {(format === 'pdf' || settings.showTitle) && (
          <div className="export-row">
            <label htmlFor={`${id}-title`}>{t('export.titleText')}</label>
            <input
              id={`${id}-title`}
              className="export-title-input"
              value={settings.titleText}
              onChange={(e) => onChange({ titleText: e.target.value })}
              data-testid="export-title-text"
            />
          </div>
        )}
        {format !== 'pdf' && (
          <>
            {check('showLegend', 'export.includeLegend')}
            {check('showDate', 'export.includeDate')}
            {check('showCaption', 'export.includeCaption')}
          </>
        )}
        {format === 'png' && check('embedMap', 'export.embedMap')}
      </fieldset>
    </>
  );
}
