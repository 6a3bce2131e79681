// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { exportCsvFiles, exportMap } from '../../../src/io';
import type { PartnerMapDoc } from '../../../src/model';
import type { LibraryController } from '../../../src/store/library';
import { ImportDialog } from '../../../src/ui/import/ImportDialog';
import { loadSampleMap } from '../../fixtures/samples';
import { renderEditor } from '../render';

function fakeLibrary() {
  const imported: PartnerMapDoc[] = [];
  const library = {
    importMap: vi.fn(async (map: PartnerMapDoc) => {
      imported.push(map);
      return { asCopy: false };
    }),
  } as unknown as LibraryController; // only importMap is used by the dialog
  return { library, imported };
}

const fileOf = (f: { name: string; bytes: Uint8Array; mime: string }) =>
  new File([f.bytes.slice()], f.name, { type: f.mime });

describe('ImportDialog', () => {
  const map = loadSampleMap('primary-school');

  it('reads a PartnerMap file, shows the report, and adds the map only when confirmed', async () => {
    const { library, imported } = fakeLibrary();
    const onClose = vi.fn();
    renderEditor(<ImportDialog library={library} files={[]} onClose={onClose} />);
    const input = screen.getByTestId('import-file') as HTMLInputElement;
    await userEvent.upload(input, fileOf(exportMap(map, 'native')));
    const report = await screen.findByTestId('import-report');
    expect(report.textContent).toContain(`${map.actors.length} actors and ${map.ties.length} ties`);
    expect(report.textContent).toContain('Everything in the file was imported as it was.');
    expect(library.importMap).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Add to the library and open' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(imported).toEqual([map]);
  });

  it('maps CSV columns: a column left out is reported and not imported', async () => {
    const { library, imported } = fakeLibrary();
    const [actors, ties] = exportCsvFiles(map);
    renderEditor(
      <ImportDialog library={library} files={[fileOf(actors), fileOf(ties)]} onClose={vi.fn()} />,
      { locale: 'nl' },
    );
    await screen.findByText('Controleer de kolommen');
    const notes = screen.getAllByLabelText('Veld voor kolom “notes”')[0] as HTMLSelectElement;
    expect(notes.value).toBe('notes');
    fireEvent.change(notes, { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Importeren met deze kolommen' }));
    const report = await screen.findByTestId('import-report');
    expect(report.querySelector('[data-code="column-ignored"]')?.textContent).toBe(
      'Kolom “notes” is weggelaten.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Toevoegen aan de bibliotheek en openen' }));
    await waitFor(() => expect(imported).toHaveLength(1));
    expect(imported[0]!.actors.every((a) => a.notes === '')).toBe(true);
    expect(imported[0]!.ties).toHaveLength(map.ties.length);
  });

  it('names the line of a bad file and imports nothing', async () => {
    const { library } = fakeLibrary();
    const bad = new File(['<graphml><graph>\n<node id="a">\n</graph>'], 'bad.graphml');
    renderEditor(<ImportDialog library={library} files={[bad]} onClose={vi.fn()} />);
    const error = await screen.findByTestId('import-error');
    expect(error.textContent).toMatch(/Line \d+: the XML is malformed/);
    expect(error.textContent).toContain('Nothing was imported.');
    fireEvent.click(screen.getByRole('button', { name: 'Choose another file' }));
    expect(screen.getByRole('button', { name: 'Choose a file…' })).toBeTruthy();
    expect(library.importMap).not.toHaveBeenCalled();
  });
});
