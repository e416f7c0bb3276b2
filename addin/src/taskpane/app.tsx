// The task pane: connection, plan and actions, then the result, the conflicts and any error.
import { Divider, Title3, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../i18n/lang';
import { t } from '../i18n/messages';
import { ActionBar } from './action-bar';
import type { PaneActions } from './actions';
import { ConflictList } from './conflict-list';
import { ConnectionForm } from './connection-form';
import { ErrorBar } from './error-bar';
import { HistoryPanel } from './history-panel';
import { ImportPanel } from './import-panel';
import { useImport } from './use-import';
import { ReportingStatus } from './reporting-status';
import { ResultSummary } from './result-summary';
import { TypingStatus } from './typing-status';
import { CheckFactor } from './check-factor';
import type { Connection } from './settings';
import { usePane } from './use-pane';
import { NetworkError } from '../api/errors';

const useStyles = makeStyles({
  pane: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
});

export interface AppProps {
  lang: Lang;
  actions: PaneActions;
  initial: Connection;
  onSaveConnection(connection: Connection): void;
}

export function App({ lang, actions, initial, onSaveConnection }: AppProps) {
  const styles = useStyles();
  const pane = usePane(actions, initial, onSaveConnection);
  const { connection, me, plans, busy, summary, error, waiting, locked, history, changeLog } = pane.state;
  return (
    <main className={styles.pane} aria-label={t(lang, 'appTitle')}>
      <Title3>{t(lang, 'appTitle')}</Title3>
      <ConnectionForm
        lang={lang}
        value={connection}
        me={me}
        busy={busy !== null}
        onChange={pane.setConnection}
        onConnect={pane.connect}
      />
      <Divider />
      <ActionBar
        lang={lang}
        plans={plans}
        planId={connection.planId}
        busy={busy}
        connected={me !== null}
        onPlan={pane.choosePlan}
        onAction={pane.act}
      />
      <TypingStatus lang={lang} waiting={waiting} locked={locked} />
      {waiting && (
        <CheckFactor
          lang={lang}
          value={actions.checkFactor()}
          disabled={busy !== null}
          onChange={pane.setCheckFactor}
        />
      )}
      {error !== null && (
        <ErrorBar lang={lang} error={error} intent={error instanceof NetworkError ? 'warning' : 'error'} />
      )}
      {summary && <ResultSummary lang={lang} summary={summary} onSelect={pane.select} />}
      {me && (
        <HistoryPanel
          lang={lang}
          history={history}
          written={changeLog}
          busy={busy !== null}
          onChangeLog={pane.changeLog}
        />
      )}
      {summary && <ReportingStatus lang={lang} summary={summary} me={me} />}
      {me?.role === 'admin' && (
        <>
          <Divider />
          <ImportSection lang={lang} actions={actions} planId={connection.planId} onPublished={pane.connect} />
        </>
      )}
      {summary && (
        <ConflictList
          lang={lang}
          conflicts={summary.conflicts}
          busy={busy !== null}
          onResolve={pane.resolve}
          onSelect={pane.select}
        />
      )}
    </main>
  );
}

interface ImportSectionProps {
  lang: Lang;
  actions: PaneActions;
  planId: string;
  onPublished(): void;
}

/** The admin's 导入计划 panel, wired to the import steps; publishing refreshes the plan list. */
function ImportSection({ lang, actions, planId, onPublished }: ImportSectionProps) {
  const state = useImport(actions.import, onPublished);
  return <ImportPanel lang={lang} planId={planId} {...state} />;
}
