import { useCallback, useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { useModalDialog } from '../common/useModalDialog';
import { DEFAULT_CODEBOOK } from '../../codebook';
import { importCsv, titleFromFileName, type ImportOptions, type TableRole } from '../../io';
import { toPersistenceError } from '../../persistence';
import type { LibraryController } from '../../store/library';
import { useI18n } from '../i18nContext';
import { CsvMappingStep } from './CsvMappingStep';
import { ImportFailure, ImportResultStep } from './ImportResultStep';
import { planImport, withRole, type CsvDraft, type ImportPlan, type NamedBytes } from './plan';
import { errorText, problemText } from './wording';
import './import.css';

type Stage =
  | { readonly step: 'pick' }
  | { readonly step: 'reading'; readonly name: string }
  | { readonly step: 'read-failed'; readonly detail: string }
  | ImportPlan;

interface Props {
  readonly library: LibraryController;
  /** Files dropped on the app: the import starts with them. Empty: the user picks. */
  readonly files: readonly File[];
  readonly onClose: () => void;
}

const ACCEPT = '.json,.csv,.tsv,.txt,.graphml,.gexf,.zip,.png';

/** Import a map: pick or drop a file, map CSV columns, read the report, then confirm. */
export function ImportDialog({ library, files, onClose }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const modal = useModalDialog(onClose);
  const titleId = useId();
  const [stage, setStage] = useState<Stage>({ step: 'pick' });
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const options = useRef<ImportOptions>({ codebook: DEFAULT_CODEBOOK });

  const start = useCallback(async (chosen: readonly File[]) => {
    if (chosen.length === 0) return;
    setSaveError(null);
    setStage({ step: 'reading', name: chosen.map((f) => f.name).join(', ') });
    let read: NamedBytes[];
    try {
      read = await Promise.all(
        chosen.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
      );
    } catch (error) {
      setStage({ step: 'read-failed', detail: (error as Error).message });
      return;
    }
    options.current = { codebook: DEFAULT_CODEBOOK, title: titleFromFileName(read[0]!.name) };
    setStage(planImport(read, options.current));
  }, []);

  useEffect(() => {
    if (files.length > 0) void start(files);
  }, [files, start]);

  const updateDraft = (index: number, change: (draft: CsvDraft) => CsvDraft) =>
    setStage((s) =>
      s.step === 'csv'
        ? { ...s, drafts: s.drafts.map((d, i) => (i === index ? change(d) : d)) }
        : s,
    );
  const setRole = (index: number, role: TableRole) =>
    setStage((s) => {
      if (s.step !== 'csv') return s;
      // One file holds the actors, the other the ties: switching one switches the other.
      const other: TableRole = role === 'actors' ? 'ties' : 'actors';
      const drafts = s.drafts.map((d, i) =>
        withRole(d, i === index ? role : s.drafts.length === 2 ? other : d.role, options.current),
      );
      return { ...s, drafts };
    });
  const setField = (index: number, column: number, field: string | null) =>
    updateDraft(index, (d) => ({
      ...d,
      mapping: d.mapping.map((f, c) => (c === column ? field : f)),
    }));
  const importDrafts = (drafts: readonly CsvDraft[]) => {
    const sheet = (role: TableRole) => {
      const draft = drafts.find((d) => d.role === role);
      return draft && { table: draft.table, mapping: draft.mapping };
    };
    const result = importCsv({ actors: sheet('actors'), ties: sheet('ties') }, options.current);
    setStage({ step: 'result', name: drafts.map((d) => d.table.name).join(', '), result });
  };
  const confirm = async (result: Extract<ImportPlan, { step: 'result' }>['result']) => {
    if (!result.ok) return;
    setSaving(true);
    try {
      await library.importMap(result.map);
      onClose();
    } catch (error) {
      setSaveError(t('import.saveFailed', { detail: toPersistenceError(error).message }));
      setSaving(false);
    }
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    e.stopPropagation();
    void start([...e.dataTransfer.files]);
  };
  const back = () => setStage({ step: 'pick' });

  return (
    <dialog
      {...modal}
      className="import-dialog"
      aria-labelledby={titleId}
      onDragOver={(e) => e.preventDefault()}
      onDrop={onDrop}
      data-testid="import-dialog"
    >
      <header className="dialog-header">
        <h2 id={titleId}>{t('import.title')}</h2>
        <button type="button" onClick={onClose}>
          {t('import.close')}
        </button>
      </header>
      {stage.step === 'pick' && <PickStep onFiles={(chosen) => void start(chosen)} />}
      {stage.step === 'reading' && <p role="status">{t('import.reading', { name: stage.name })}</p>}
      {stage.step === 'read-failed' && (
        <ImportFailure message={t('import.readFailed', { detail: stage.detail })} onBack={back} />
      )}
      {stage.step === 'problem' && (
        <ImportFailure message={problemText(i18n, stage.problem)} onBack={back} />
      )}
      {stage.step === 'error' && (
        <ImportFailure message={errorText(i18n, stage.error)} onBack={back} />
      )}
      {stage.step === 'csv' && (
        <CsvMappingStep
          drafts={stage.drafts}
          codebook={DEFAULT_CODEBOOK}
          onRole={setRole}
          onField={setField}
          onImport={() => importDrafts(stage.drafts)}
          onBack={back}
        />
      )}
      {stage.step === 'result' && (
        <ImportResultStep
          name={stage.name}
          result={stage.result}
          saving={saving}
          onConfirm={() => void confirm(stage.result)}
          onBack={back}
        />
      )}
      {saveError && (
        <p className="field-error" role="alert">
          {saveError}
        </p>
      )}
    </dialog>
  );
}

function PickStep({ onFiles }: { readonly onFiles: (files: readonly File[]) => void }) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="import-pick">
      <p>{t('import.intro')}</p>
      <p className="import-formats">{t('import.formats')}</p>
      <button
        type="button"
        className="primary import-choose"
        autoFocus
        onClick={() => input.current?.click()}
      >
        {t('import.choose')}
      </button>
      <input
        ref={input}
        hidden
        type="file"
        multiple
        accept={ACCEPT}
        data-testid="import-file"
        onChange={(e) => onFiles([...(e.target.files ?? [])])}
      />
      <p className="import-drop-hint">{t('import.dropHint')}</p>
    </div>
  );
}
