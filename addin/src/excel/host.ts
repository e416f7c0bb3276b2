// The real host: Excel.run, document settings and requirement-set checks of the running Office.
import type { DocSettings, ExcelHost, XlContext, XlRun } from './types';

/**
 * `Excel.run` with `delayForCellEdit`: while a person is still typing in a cell (no Enter yet), Excel waits for the
 * edit to end instead of failing with InvalidOperationInCellEditMode (hosts without the option ignore it).
 * `excel` and `session` let the test lane run the real client library against a recording request executor.
 */
export function officeRun(excel: typeof Excel = Excel, session?: unknown): XlRun {
  const options = { delayForCellEdit: true, ...(session ? { session } : {}) } as Excel.RunOptions;
  // Compile-time check that the real request context has the shape the add-in codes against.
  return (batch) => excel.run(options, (context: Excel.RequestContext) => batch(context satisfies XlContext));
}

export function officeHost(): ExcelHost {
  const run = officeRun();
  const settings: DocSettings = {
    get: (name): unknown => Office.context.document.settings.get(name),
    set: (name, value) => Office.context.document.settings.set(name, value),
    saveAsync: (callback) =>
      Office.context.document.settings.saveAsync((r) =>
        callback?.({
          status: r.status === Office.AsyncResultStatus.Succeeded ? 'succeeded' : 'failed',
          ...(r.status === Office.AsyncResultStatus.Failed ? { error: { message: r.error.message } } : {}),
        }),
      ),
  };
  return {
    run,
    settings,
    supports: (version) => Office.context.requirements.isSetSupported('ExcelApi', version),
    build: () => {
      // Older hosts have no diagnostics, whatever the typings say.
      const d = Office.context.diagnostics as Office.ContextInformation | undefined;
      return d ? `${d.platform} ${d.version}` : 'Office';
    },
  };
}

/** Resolves once Office.js is initialised (`Office.onReady`); the task pane renders after it. */
export async function officeReady(): Promise<void> {
  await Office.onReady();
}

/** Office's display language, e.g. `zh-CN`. */
export function officeDisplayLanguage(): string | undefined {
  // Outside Office (or before it is ready) there is no Office or no context, whatever the typings say.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
  return typeof Office === 'undefined' ? undefined : Office.context?.displayLanguage;
}
