// The real host: Excel.run, document settings and requirement-set checks of the running Office.
import type { DocSettings, ExcelHost, XlContext, XlRun } from './types';

export function officeHost(): ExcelHost {
  // Compile-time check that the real request context has the shape the add-in codes against.
  const run: XlRun = (batch) => Excel.run((context: Excel.RequestContext) => batch(context satisfies XlContext));
  const settings: DocSettings = {
    get: (name) => Office.context.document.settings.get(name),
    set: (name, value) => Office.context.document.settings.set(name, value),
    saveAsync: (callback) =>
      Office.context.document.settings.saveAsync((r) =>
        callback?.({
          status: r.status === Office.AsyncResultStatus.Succeeded ? 'succeeded' : 'failed',
          ...(r.error ? { error: { message: r.error.message } } : {}),
        }),
      ),
  };
  return { run, settings, supports: (version) => Office.context.requirements.isSetSupported('ExcelApi', version) };
}

/** Office's display language, e.g. `zh-CN`. */
export function officeDisplayLanguage(): string | undefined {
  return typeof Office === 'undefined' ? undefined : Office.context?.displayLanguage;
}
