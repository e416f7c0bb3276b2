// Playground entry: the fake workbook kept in the browser (or a fresh one), the real pane's actions over it,
// settings from the URL or storage.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { isIsoDate } from '@plansync/shared';
import { createRoot } from 'react-dom/client';
import { fakeHost } from '../excel-fake';
import { langFromDisplayLanguage } from '../i18n/lang';
import { createPaneActions } from '../taskpane/actions';
import { defaultWorkerUrl, loadConnection, saveConnection } from '../taskpane/settings';
import { Playground } from './playground';
import { autosave, forgetBook, loadBook } from './saved-book';

const params = new URLSearchParams(location.search);
// Chinese unless ?lang=en: the ledgers' users read Chinese, whatever the browser says.
const lang = langFromDisplayLanguage(params.get('lang') ?? 'zh');
const book = loadBook(localStorage);
const stopAutosave = autosave(book, localStorage, (error) => console.warn('playground: workbook not saved', error));
const stored = loadConnection(localStorage, defaultWorkerUrl(import.meta.env, location.origin));
const initial = {
  workerUrl: params.get('worker') ?? stored.workerUrl,
  token: params.get('token') ?? stored.token,
  planId: params.get('plan') ?? stored.planId,
};
// ?asOf=2014-07-08 judges sync and pull at that date (trying a plan of another year; end-to-end tests).
const asOfParam = params.get('asOf');
const asOf = asOfParam && isIsoDate(asOfParam) ? () => asOfParam : undefined;
// For debugging and end-to-end tests: the workbook behind the tables.
Object.assign(window, { plansyncPlayground: { book } });

createRoot(document.getElementById('root')!).render(
  <FluentProvider theme={webLightTheme}>
    <Playground
      book={book}
      actions={createPaneActions(fakeHost(book), lang, undefined, asOf)}
      lang={lang}
      initial={initial}
      onSaveConnection={(c) => saveConnection(localStorage, c)}
      onRestart={() => {
        stopAutosave();
        forgetBook(localStorage);
        location.reload();
      }}
    />
  </FluentProvider>,
);
