// @vitest-environment happy-dom
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { PROTOCOL_PROMPTS, type Locale } from '../../../src/codebook';
import { asTieId } from '../../../src/model';
import { patchView } from '../../../src/store';
import { I18nContext, makeI18n } from '../../../src/ui/i18nContext';
import { ProtocolPanel } from '../../../src/ui/protocol/ProtocolPanel';
import { ProtocolToolbarButtons } from '../../../src/ui/protocol/ProtocolToolbarButtons';
import { renderEditor } from '../render';

/** Switches the language live, as the header's language menu does. */
function LocaleSwitch({ children }: { readonly children: ReactNode }) {
  const [locale, setLocale] = useState<Locale>('en');
  return (
    <I18nContext.Provider value={makeI18n(locale)}>
      <button type="button" onClick={() => setLocale('nl')}>
        to Dutch
      </button>
      {children}
    </I18nContext.Provider>
  );
}

function renderProtocol() {
  return renderEditor(
    <LocaleSwitch>
      <ProtocolToolbarButtons />
      <ProtocolPanel />
    </LocaleSwitch>,
  );
}

const prompts = () =>
  within(screen.getByTestId('protocol-prompts'))
    .getAllByRole('listitem')
    .map((li) => li.textContent);

describe('ProtocolPanel', () => {
  it('starts at Who with the English prompts, then speaks Dutch after a language switch', async () => {
    const user = userEvent.setup();
    const { view } = renderProtocol();
    expect(screen.queryByTestId('protocol-panel')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Guided protocol' }));
    expect(view.getState().protocolStep).toBe('who');
    expect(
      screen.getByRole('button', { name: 'Guided protocol' }).getAttribute('aria-pressed'),
    ).toBe('true');
    expect(screen.getByTestId('protocol-step-title').textContent).toBe('Who');
    expect(screen.getByText('Step 1 of 5')).toBeTruthy();
    expect(prompts()).toEqual(PROTOCOL_PROMPTS.who.map((p) => p.en));
    // Focus moved into the panel.
    expect(document.activeElement?.textContent).toBe('Guided protocol');
    expect(document.activeElement?.tagName).toBe('H2');
    expect(screen.getByTestId('protocol-who-counts').textContent).toContain(
      'Partners on the map: 2',
    );

    await user.click(screen.getByRole('button', { name: 'to Dutch' }));
    expect(screen.getByTestId('protocol-step-title').textContent).toBe('Wie');
    expect(screen.getByText('Stap 1 van 5')).toBeTruthy();
    expect(prompts()).toEqual(PROTOCOL_PROMPTS.who.map((p) => p.nl));
    expect(screen.getByRole('button', { name: 'Volgende' })).toBeTruthy();
  });

  it('Next, Previous, a jump in the step list, Finish and Leave move view.protocolStep', async () => {
    const user = userEvent.setup();
    const { view } = renderProtocol();
    await user.click(screen.getByRole('button', { name: 'Guided protocol' }));

    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(view.getState().protocolStep).toBe('when-where');
    expect(prompts()).toEqual(PROTOCOL_PROMPTS['when-where'].map((p) => p.en));

    await user.click(screen.getByRole('button', { name: 'Previous' }));
    expect(view.getState().protocolStep).toBe('who');
    // On the first step Previous stays focusable but does nothing.
    const previous = screen.getByRole('button', { name: 'Previous' });
    expect(previous.getAttribute('aria-disabled')).toBe('true');
    await user.click(previous);
    expect(view.getState().protocolStep).toBe('who');

    const steps = within(screen.getByRole('navigation', { name: 'Protocol steps' }));
    await user.click(steps.getByRole('button', { name: /How and what/ }));
    expect(view.getState().protocolStep).toBe('how-what');
    expect(steps.getByRole('button', { name: /How and what/ }).getAttribute('aria-current')).toBe(
      'step',
    );

    await user.click(steps.getByRole('button', { name: /Review/ }));
    expect(screen.queryByRole('button', { name: 'Next' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Finish' }));
    expect(view.getState().protocolStep).toBeNull();
    expect(screen.queryByTestId('protocol-panel')).toBeNull();
    // Focus goes back to the toolbar toggle.
    expect(document.activeElement?.getAttribute('data-testid')).toBe('protocol-toggle');

    await user.click(screen.getByRole('button', { name: 'Guided protocol' }));
    await user.click(screen.getByRole('button', { name: 'Leave' }));
    expect(view.getState().protocolStep).toBeNull();
  });

  it('is keyboard operable: Enter on Next advances', async () => {
    const user = userEvent.setup();
    const { view } = renderProtocol();
    act(() => view.setState(patchView({ protocolStep: 'why' })));
    screen.getByRole('button', { name: 'Next' }).focus();
    await user.keyboard('{Enter}');
    expect(view.getState().protocolStep).toBe('how-what');
  });

  it('lists the ties without a frequency; choosing one selects it', async () => {
    const user = userEvent.setup();
    const { view } = renderProtocol();
    act(() => view.setState(patchView({ protocolStep: 'when-where' })));

    const list = within(await screen.findByTestId('protocol-without-frequency'));
    expect(list.getByRole('heading').textContent).toBe('Ties without a contact frequency (1)');
    await user.click(list.getByRole('button', { name: 'CLB Gent – UGent' }));
    expect(view.getState().selection).toEqual({ kind: 'tie', id: asTieId('t-2') });
    expect(
      list.getByRole('button', { name: 'CLB Gent – UGent' }).getAttribute('aria-current'),
    ).toBe('true');
    // Neither tie has a setting yet.
    expect(
      within(screen.getByTestId('protocol-without-setting')).getAllByRole('button'),
    ).toHaveLength(2);
  });

  it('updates the list live when a tie gets its frequency', () => {
    const { view, store } = renderProtocol();
    act(() => view.setState(patchView({ protocolStep: 'when-where' })));
    fireEvent.click(screen.getByRole('button', { name: 'to Dutch' }));
    act(() =>
      store.apply((map) => ({
        ...map,
        ties: map.ties.map((t) => ({ ...t, frequency: 'weekly' })),
      })),
    );
    expect(screen.getByTestId('protocol-without-frequency').textContent).toContain(
      'Elke relatie heeft een contactfrequentie.',
    );
  });

  it('Review sums up the map and names the partner groups that are missing, in Dutch too', () => {
    const { view } = renderProtocol();
    act(() => view.setState(patchView({ protocolStep: 'review' })));
    const review = within(screen.getByTestId('protocol-review'));
    expect(review.getByText('Partners: 2')).toBeTruthy();
    expect(review.getByText('Ties: 2')).toBeTruthy();
    expect(review.getByText('Task dimension:').textContent).toBe('Task dimension: 2');
    const missing = within(screen.getByTestId('protocol-missing-groups'));
    expect(missing.getByText('International')).toBeTruthy();
    expect(missing.queryByText('Higher education')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'to Dutch' }));
    expect(review.getByText('Nog geen partner uit')).toBeTruthy();
    expect(missing.getByText('Internationaal')).toBeTruthy();
    expect(review.getByText('Relaties zonder contactfrequentie: 1')).toBeTruthy();
  });
});
