// @vitest-environment happy-dom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import primaryFile from '../../../sample-maps/primary-school.partnermap.json';
import type { AnalysisService } from '../../../src/analysis';
import type { Locale } from '../../../src/codebook';
import { parseMap, type PartnerMapDoc } from '../../../src/model';
import { patchView } from '../../../src/store';
import { AnalysisPanel } from '../../../src/ui/analysis/AnalysisPanel';
import { AnalysisRunner } from '../../../src/ui/analysis/AnalysisRunner';
import { AnalysisServiceContext } from '../../../src/ui/analysis/useAnalysis';
import * as download from '../../../src/ui/download';
import { renderEditor } from '../render';

function primary(): PartnerMapDoc {
  const parsed = parseMap(primaryFile.map);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.map;
}

async function renderPanel(locale: Locale = 'en', service?: AnalysisService) {
  const ui = (
    <>
      <AnalysisRunner />
      <AnalysisPanel />
    </>
  );
  const rendered = renderEditor(
    service ? (
      <AnalysisServiceContext.Provider value={service}>{ui}</AnalysisServiceContext.Provider>
    ) : (
      ui
    ),
    { map: primary(), locale },
  );
  act(() => rendered.view.setState(patchView({ analysisOpen: true })));
  return rendered;
}

const figure = (id: string) => document.querySelector<HTMLElement>(`[data-figure="${id}"]`)!;
const idOf = (map: PartnerMapDoc, label: string) => map.actors.find((a) => a.label === label)!.id;

describe('AnalysisPanel', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows the map figures with their explanations in English', async () => {
    const { store } = await renderPanel('en');
    await screen.findByText('The map in figures');
    const map = store.current()!;
    expect(within(figure('actors')).getByText(String(map.actors.length))).toBeTruthy();
    expect(within(figure('ties')).getByText('34')).toBeTruthy();
    expect(within(figure('components')).getByText('2')).toBeTruthy();
    expect(figure('density').textContent).toContain('9.7% (0.097)');
    expect(figure('density').textContent).toContain('the share of all possible ties');
    expect(figure('isolates').textContent).toContain('Wijkcomité Brugse Poort');
    const cut = within(figure('cutPoints'));
    expect(cut.getByText('4')).toBeTruthy();
    expect(cut.getByRole('button', { name: 'Show what depends on CLB Gent' })).toBeTruthy();
    expect(figure('bridges').textContent).toContain('CLB Gent – Huis van het Kind Gent');
  });

  it('shows the insights and core actors in Dutch', async () => {
    await renderPanel('nl');
    await screen.findByText('De kaart in cijfers');
    expect(figure('density').textContent).toContain('9,7%');
    const insights = within(screen.getByTestId('analysis-insights'));
    expect(
      insights.getByRole('button', {
        name: /Alleen CLB Gent verbindt jullie met Huis van het Kind Gent/,
      }),
    ).toBeTruthy();
    expect(insights.getByText('Geen partner uit “Internationaal” op de kaart')).toBeTruthy();
    const core = within(screen.getByTestId('analysis-core'));
    expect(core.getAllByRole('listitem')[0]!.textContent).toContain('Leerkrachten 3de graad');
    expect(core.getAllByRole('listitem')[0]!.textContent).toContain('Nr. 1 in aantal banden (4)');
  });

  it('clicking an insight highlights its actors; clicking again clears', async () => {
    const { view, store } = await renderPanel('en');
    const button = await screen.findByRole('button', {
      name: /Only CLB Gent connects you to Huis van het Kind Gent/,
    });
    const map = store.current()!;
    await userEvent.click(button);
    expect([...view.getState().highlight].sort()).toEqual(
      [idOf(map, 'CLB Gent'), idOf(map, 'Huis van het Kind Gent')].sort(),
    );
    expect(button.getAttribute('aria-pressed')).toBe('true');
    await userEvent.click(button);
    expect(view.getState().highlight).toEqual([]);
    expect(button.getAttribute('aria-pressed')).toBe('false');
  });

  it('sorts the metrics table by a column and selects an actor from a row', async () => {
    const { view, store } = await renderPanel('en');
    const table = await screen.findByTestId('analysis-metrics');
    const firstRow = () => table.querySelectorAll('tbody tr')[0]!.querySelector('th')!.textContent;
    const lastRow = () => {
      const rows = table.querySelectorAll('tbody tr');
      return rows[rows.length - 1]!.querySelector('th')!.textContent;
    };
    const header = within(table).getByRole('button', { name: /^Betweenness/ });
    expect(header.getAttribute('title')).toContain('shortest way between two others');
    await userEvent.click(header);
    expect(header.closest('th')!.getAttribute('aria-sort')).toBe('descending');
    expect(firstRow()).toBe('Basisschool De Regenboog');
    await userEvent.click(header);
    expect(header.closest('th')!.getAttribute('aria-sort')).toBe('ascending');
    expect(lastRow()).toBe('Basisschool De Regenboog');
    await userEvent.click(within(table).getByRole('button', { name: /^Actor/ }));
    expect(firstRow()).toBe('Arteveldehogeschool – lerarenopleiding');
    // Numbers per locale with three decimals; in/out degree because the map has directed ties.
    expect(within(table).getByRole('button', { name: /^Incoming ties/ })).toBeTruthy();
    expect(table.textContent).toContain('0.844');

    await userEvent.click(within(table).getByRole('button', { name: 'Zorgteam' }));
    const map = store.current()!;
    expect(view.getState().selection).toEqual({ kind: 'actor', id: idOf(map, 'Zorgteam') });
    await userEvent.click(
      within(table).getByRole('button', { name: 'Who depends on it? CLB Gent' }),
    );
    expect(view.getState().dependsOn).toBe(idOf(map, 'CLB Gent'));
    expect(view.getState().selection).toEqual({ kind: 'actor', id: idOf(map, 'Zorgteam') });
  });

  it('explains the columns on request', async () => {
    await renderPanel('nl');
    const toggle = await screen.findByRole('button', { name: 'Leg de kolommen uit' });
    const help = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(help.hidden).toBe(true);
    await userEvent.click(toggle);
    expect(help.hidden).toBe(false);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(help.textContent).toContain('Doorgeeffunctie:');
  });

  it('exports the table as a Dutch CSV named after the map', async () => {
    const save = vi.spyOn(download, 'downloadText').mockImplementation(() => {});
    await renderPanel('nl');
    await userEvent.click(await screen.findByRole('button', { name: 'Exporteren als CSV' }));
    expect(save).toHaveBeenCalledTimes(1);
    const [file, text, type] = save.mock.calls[0]!;
    expect(file).toMatch(/^Basisschool-De-Regenboog.*-analyse\.csv$/);
    expect(type).toBe('text/csv;charset=utf-8');
    const rows = text.replace(/^\uFEFF/, '').split('\r\n');
    expect(rows[0]!.startsWith('Actor;Graad;Graad (aandeel);')).toBe(true);
    const school = rows.find((r) => r.startsWith('Basisschool De Regenboog;'))!.split(';');
    expect(school[1]).toBe('21');
    expect(school[2]).toBe('0,807692');
  });

  it('shows the reason when the analysis fails', async () => {
    const failing: AnalysisService = {
      analyze: async () => ({ ok: false, error: 'Tie "t-9" connects "a" to itself.' }),
      dispose() {},
    };
    await renderPanel('en', failing);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'The analysis could not be done: Tie "t-9" connects "a" to itself.',
    );
  });

  it('changes the sizes, marks and weighting in the view state', async () => {
    const { view, store } = await renderPanel('en');
    await screen.findByText('The map in figures');
    fireEvent.change(screen.getByTestId('analysis-size-by'), { target: { value: 'betweenness' } });
    expect(view.getState().sizeBy).toBe('betweenness');
    expect(screen.getByText('Bigger = higher Betweenness')).toBeTruthy();
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Mark core actors, cut-points and bridges' }),
    );
    expect(view.getState().markStructure).toBe(false);
    await userEvent.click(screen.getByTestId('analysis-weighted'));
    expect(view.getState().analysisWeighted).toBe(true);
    await waitFor(() =>
      expect(screen.getByTestId('analysis-status').textContent).toContain('Frequent contact'),
    );
    const clb = idOf(store.current()!, 'CLB Gent');
    fireEvent.change(screen.getByTestId('analysis-depends-on'), { target: { value: clb } });
    expect(view.getState().dependsOn).toBe(clb);
  });
});
