import { ImportProgressDialog } from './ImportProgressDialog';
import { ImportResultsDialog } from './ImportResultsDialog';
import type { LibraryImporter } from './use-library-import';

/** The dialogs of an import: progress while the files go in, then the results. */
export function ImportFlow({ importer }: { importer: LibraryImporter }) {
  const { state } = importer;
  if (state.phase === 'running') {
    return <ImportProgressDialog progress={state.progress} cancelling={state.cancelling} onCancel={importer.cancel} />;
  }
  if (state.phase === 'done') {
    return (
      <ImportResultsDialog
        outcomes={state.outcomes}
        again={state.again}
        onOpen={importer.openImported}
        onAgain={importer.importAgain}
        onClose={importer.dismiss}
      />
    );
  }
  return null;
}
