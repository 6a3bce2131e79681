import { lazy, Suspense } from 'react';
import type { PartnerMapDoc } from '../../model';

// The dialog and the exporters load when the dialog first opens, not with the app.
const ExportDialog = lazy(() =>
  import('./ExportDialog').then((module) => ({ default: module.ExportDialog })),
);

export function LazyExportDialog(props: {
  readonly map: PartnerMapDoc;
  readonly onClose: () => void;
}) {
  return (
    <Suspense fallback={null}>
      <ExportDialog {...props} />
    </Suspense>
  );
}
