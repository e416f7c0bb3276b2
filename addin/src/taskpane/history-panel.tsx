// The history of the figure or report whose cell is selected (who, when, period, old → new; issue 12.6), and the
// buttons that write the 变更记录 sheet for the selected row's task or for the whole plan.
import { Button, Spinner, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { CHANGE_FIELD_LABELS, type ChangeRow } from '@plansync/shared';
import type { SelectedSubject } from '../excel/explain';
import type { Lang } from '../i18n/lang';
import { t } from '../i18n/messages';
import { formatTime } from '../layout/ledger';
import type { ChangeLogWritten } from './actions';
import { ErrorBar } from './error-bar';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  when: { color: tokens.colorNeutralForeground3 },
  change: { whiteSpace: 'pre-wrap', wordBreak: 'break-word' },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** Rows listed in the pane; a longer history is one click away on the 变更记录 sheet. */
const SHOWN = 50;

/** The selected subject's history: `rows` null while it loads. */
export interface HistoryView {
  subject: SelectedSubject;
  rows: ChangeRow[] | null;
  cut: boolean;
  error: unknown;
}

export interface HistoryPanelProps {
  lang: Lang;
  history: HistoryView | null;
  written: ChangeLogWritten | null;
  busy: boolean;
  onChangeLog(task: number | null): void;
}

export function HistoryPanel({ lang, history, written, busy, onChangeLog }: HistoryPanelProps) {
  const styles = useStyles();
  const blank = t(lang, 'blank');
  const rows = history?.rows;
  return (
    <section className={styles.box} data-testid="history" aria-label={t(lang, 'historyTitle')}>
      <Subtitle2>{t(lang, 'historyTitle')}</Subtitle2>
      {!history && <Text data-testid="history-hint">{t(lang, 'historyHint')}</Text>}
      {history && (
        <Text weight="semibold" data-testid="history-subject" data-address={history.subject.address}>
          {history.subject.label}
        </Text>
      )}
      {history && rows === null && <Spinner size="tiny" data-testid="history-busy" />}
      {history?.error != null && <ErrorBar lang={lang} error={history.error} />}
      {rows?.length === 0 && history?.error == null && (
        <Text data-testid="history-empty">{t(lang, 'historyNone')}</Text>
      )}
      {rows && rows.length > 0 && (
        <ul className={styles.list}>
          {rows.slice(0, SHOWN).map((r) => (
            <li key={`${r.version}-${r.field}`} data-testid="history-row">
              <Text className={styles.when} size={200}>
                {`${formatTime(r.writtenAt)} ${r.writer}${r.period ? ` · ${r.period}` : ''}`}
              </Text>
              <br />
              <Text className={styles.change}>
                {`${CHANGE_FIELD_LABELS[r.field][lang]}${lang === 'zh' ? '：' : ': '}${r.old || blank} → ${r.new || blank}`}
              </Text>
            </li>
          ))}
        </ul>
      )}
      {rows && (rows.length > SHOWN || history.cut) && <Text size={200}>{t(lang, 'historyMore')}</Text>}
      <div className={styles.buttons}>
        {history && (
          <Button data-testid="change-log-task" disabled={busy} onClick={() => onChangeLog(history.subject.task)}>
            {t(lang, 'changeLogTask', { task: history.subject.task })}
          </Button>
        )}
        <Button data-testid="change-log-all" disabled={busy} onClick={() => onChangeLog(null)}>
          {t(lang, 'changeLogAll')}
        </Button>
      </div>
      {written && (
        <Text data-testid="change-log-written" data-value={written.rows}>
          {t(lang, written.task === null ? 'changeLogWrittenAll' : 'changeLogWritten', {
            n: written.rows,
            task: written.task ?? '',
          })}
          {written.cut ? t(lang, 'changeLogCut') : ''}
        </Text>
      )}
    </section>
  );
}
