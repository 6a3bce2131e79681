import type { MessageKey } from '../i18n';
import type { SaveStatus } from '../persistence';
import { useI18n } from './i18nContext';

const STATE_MESSAGES = {
  saved: 'save.saved',
  pending: 'save.pending',
  saving: 'save.saving',
} as const satisfies Record<Exclude<SaveStatus['state'], 'error'>, MessageKey>;

/** "Saved / saving / unsaved / not saved" with the reason when a save failed. */
export function SaveIndicator({ status, onRetry }: { status: SaveStatus; onRetry: () => void }) {
  const { t } = useI18n();
  const text =
    status.state === 'error'
      ? status.errorKind === 'quota'
        ? t('save.errorQuota')
        : t('save.errorDetail', { message: status.error ?? '' })
      : t(STATE_MESSAGES[status.state]);
  return (
    <span className={`save-indicator save-${status.state}`} role="status" data-testid="save-status">
      {text}
      {status.state === 'error' && (
        <button type="button" className="link-button" onClick={onRetry}>
          {t('save.retry')}
        </button>
      )}
    </span>
  );
}
