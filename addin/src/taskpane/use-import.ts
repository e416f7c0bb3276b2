// The import panel's state: the step reached, the running step, the last error; `onPublished` refreshes the plans.
import { useState } from 'react';
import type { ImportActions, ImportStep } from '../import/import-actions';

export function useImport(actions: ImportActions, onPublished: () => void) {
  const [state, setState] = useState<{ step: ImportStep | null; busy: boolean; error: unknown }>({
    step: null,
    busy: false,
    error: null,
  });
  const run = async (work: () => Promise<ImportStep>) => {
    setState((s) => ({ ...s, busy: true, error: null }));
    try {
      const step = await work();
      setState({ step, busy: false, error: null });
      if (step.kind === 'published') onPublished();
    } catch (error) {
      setState((s) => ({ ...s, busy: false, error }));
    }
  };
  return {
    ...state,
    onText: (planId: string, text: string) => run(() => actions.fromText(planId, text)),
    onFile: (planId: string, file: File | { name: string; arrayBuffer(): Promise<ArrayBuffer> }) =>
      run(() => actions.fromFile(planId, file)),
    onSelection: (planId: string) => run(() => actions.fromSelection(planId)),
    onPublish: () => run(() => actions.publish()),
    onConfirm: () => run(() => actions.confirm()),
    onCancel: () => setState({ step: null, busy: false, error: null }),
  };
}
