import { useId, useState } from 'react';
import { useI18n } from '../i18nContext';
import { CommitText } from './fields';

interface Props {
  readonly quotes: readonly string[];
  readonly onChange: (quotes: readonly string[]) => void;
}

/** Verbatim quotes from the discussion: add, edit (commits on blur), remove; one undo step each. */
export function QuotesEditor({ quotes, onChange }: Props) {
  const { t } = useI18n();
  const newId = useId();
  const [draft, setDraft] = useState('');
  const add = () => {
    const text = draft.trim();
    if (text === '') return;
    onChange([...quotes, text]);
    setDraft('');
  };
  return (
    <div className="quotes-editor" data-testid="quotes">
      {quotes.length > 0 && (
        <ol className="quote-list">
          {quotes.map((quote, i) => (
            // Quotes have no ids; the index is their identity within this tie.
            <li key={i} className="quote">
              <CommitText
                label={t('inspector.quoteN', { n: i + 1 })}
                value={quote}
                multiline
                // Emptying a quote removes it.
                onCommit={(next) =>
                  onChange(
                    next.trim() === ''
                      ? quotes.filter((_, j) => j !== i)
                      : quotes.map((q, j) => (j === i ? next : q)),
                  )
                }
              />
              <button
                type="button"
                className="danger"
                onClick={() => onChange(quotes.filter((_, j) => j !== i))}
              >
                {t('inspector.removeQuote', { n: i + 1 })}
              </button>
            </li>
          ))}
        </ol>
      )}
      <div className="field">
        <label htmlFor={newId}>{t('inspector.newQuote')}</label>
        <textarea
          id={newId}
          rows={2}
          value={draft}
          placeholder={t('inspector.newQuotePlaceholder')}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            // Ctrl/Cmd+Enter adds, a plain Enter stays a line break inside the quote.
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              add();
            }
          }}
          data-testid="new-quote"
        />
      </div>
      <button type="button" onClick={add} disabled={draft.trim() === ''}>
        {t('inspector.addQuote')}
      </button>
    </div>
  );
}
