import { useMemo, useState } from 'react';
import type { PartnerMapDoc } from '../../model';
import { downloadBytes } from '../download';
import { useView } from '../editorContext';
import { useI18n } from '../i18nContext';
import { BlankImageError } from './browser';
import { ImageOptions } from './ImageOptions';
import { makeImageExport, planPng, type ExportInput, type ImageSettings } from './imageExport';
import { todayIso } from './texts';
import { useExportAnalysis } from './useExportAnalysis';

type Status =
  | { readonly kind: 'idle' }
  | { readonly kind: 'working' }
  | { readonly kind: 'done'; readonly file: string }
  | { readonly kind: 'failed'; readonly reason: string };

const initialSettings = (map: PartnerMapDoc): ImageSettings => ({
  format: 'png',
  size: 'screen',
  customWidth: 4000,
  background: 'white',
  showTitle: true,
  titleText: map.title,
  showLegend: true,
  showDate: true,
  showCaption: true,
  embedMap: true,
  orientation: 'portrait',
});

/** The dialog's "picture or report" section: PNG, SVG and the PDF report. */
export function ImageExportSection({ map }: { readonly map: PartnerMapDoc }) {
  const { t, locale } = useI18n();
  const view = useView();
  const [settings, setSettings] = useState(() => initialSettings(map));
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const analysis = useExportAnalysis(map, view.analysisWeighted);
  const { colourBy, analysisOpen, sizeBy } = view;
  const count = new Intl.NumberFormat(locale).format;

  const input = useMemo((): ExportInput | null => {
    if (analysis.status !== 'ready') return null;
    return {
      map,
      view: { colourBy, analysisOpen, sizeBy },
      analysis: analysis.analysis,
      core: new Set(analysis.core.map((a) => a.id)),
      insights: analysis.insights,
      locale,
      t,
      today: todayIso(),
    };
  }, [analysis, map, colourBy, analysisOpen, sizeBy, locale, t]);

  // The PNG's pixel size, and whether the browser's canvas limit shrinks it, before exporting.
  const plan = useMemo(
    () => (input && settings.format === 'png' ? planPng(input, settings) : null),
    [input, settings],
  );

  const run = async () => {
    if (!input) return;
    setStatus({ kind: 'working' });
    try {
      const { file } = await makeImageExport(input, settings);
      downloadBytes(file.name, file.bytes, file.mime);
      setStatus({ kind: 'done', file: file.name });
    } catch (error) {
      const reason =
        error instanceof BlankImageError
          ? t('export.blank')
          : error instanceof Error
            ? error.message
            : String(error);
      setStatus({ kind: 'failed', reason });
    }
  };

  const change = (patch: Partial<ImageSettings>) => {
    setSettings((s) => ({ ...s, ...patch }));
    setStatus({ kind: 'idle' });
  };

  return (
    <form
      className="export-form"
      onSubmit={(e) => {
        e.preventDefault();
        void run();
      }}
    >
      <ImageOptions
        settings={settings}
        onChange={change}
        sizeNote={
          plan && (
            <p
              className={plan.size.clamped ? 'export-notice warn' : 'export-notice'}
              role="status"
              data-testid={plan.size.clamped ? 'export-clamped' : 'export-pixel-size'}
            >
              {plan.size.clamped
                ? t('export.clamped', {
                    requestedWidth: count(plan.requested.width),
                    requestedHeight: count(plan.requested.height),
                    width: count(plan.size.width),
                    height: count(plan.size.height),
                  })
                : t('export.pixelSize', {
                    width: count(plan.size.width),
                    height: count(plan.size.height),
                  })}
            </p>
          )
        }
      />

      <div className="export-actions">
        <button
          type="submit"
          className="primary"
          disabled={!input || status.kind === 'working'}
          data-testid="export-download"
        >
          {t('export.download')}
        </button>
        <p className="export-status" role="status" aria-live="polite" data-testid="export-status">
          {analysis.status === 'error'
            ? t('export.failed', { reason: t('export.noAnalysis', { reason: analysis.error }) })
            : !input
              ? t('export.analysing')
              : status.kind === 'working'
                ? t('export.working')
                : status.kind === 'done'
                  ? t('export.done', { file: status.file })
                  : status.kind === 'failed'
                    ? t('export.failed', { reason: status.reason })
                    : ''}
        </p>
      </div>
    </form>
  );
}
