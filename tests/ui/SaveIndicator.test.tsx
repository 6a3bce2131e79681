// @vitest-environment happy-dom
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { SaveIndicator } from '../../src/ui/SaveIndicator';
import { renderEditor } from './render';

describe('SaveIndicator', () => {
  it('says saved, and explains a quota error with a retry button', () => {
    const retry = vi.fn();
    const { rerender } = renderEditor(
      <SaveIndicator status={{ state: 'saved' }} onRetry={retry} />,
    );
    expect(screen.getByRole('status').textContent).toBe('Saved');
    rerender(
      <SaveIndicator
        status={{ state: 'error', error: 'QuotaExceededError', errorKind: 'quota' }}
        onRetry={retry}
      />,
    );
    expect(screen.getByRole('status').textContent).toContain('no storage space left');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(retry).toHaveBeenCalledOnce();
  });

  it('speaks Dutch', () => {
    renderEditor(<SaveIndicator status={{ state: 'pending' }} onRetry={() => {}} />, {
      locale: 'nl',
    });
    expect(screen.getByRole('status').textContent).toBe('Niet-bewaarde wijzigingen');
  });
});
