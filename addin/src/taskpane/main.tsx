// Task pane entry: waits for Office, picks the language, renders the pane over the real Excel host.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { officeDisplayLanguage, officeHost, officeReady } from '../excel/host';
import { langFromDisplayLanguage } from '../i18n/lang';
import { createPaneActions } from './actions';
import { App } from './app';
import { defaultWorkerUrl, loadConnection, saveConnection } from './settings';

void officeReady().then(() => {
  const lang = langFromDisplayLanguage(officeDisplayLanguage());
  const initial = loadConnection(localStorage, defaultWorkerUrl(import.meta.env, location.origin));
  createRoot(document.getElementById('root')!).render(
    <FluentProvider theme={webLightTheme}>
      <App
        lang={lang}
        actions={createPaneActions(officeHost(), lang)}
        initial={initial}
        onSaveConnection={(c) => saveConnection(localStorage, c)}
      />
    </FluentProvider>,
  );
});
