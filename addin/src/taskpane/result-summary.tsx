// The last action's result in staff words (已报送 3 项（服务器已保存），2 项未发送：…; 更新 4 项：…), each item a link
// that selects its cell in the sheet.
import { Link, Text } from '@fluentui/react-components';
import type { ActionSummary, CellRef } from '../excel/summary';
import type { Lang } from '../i18n/lang';
import { t } from '../i18n/messages';
import { useListStyles } from './list-styles';

export interface ResultSummaryProps {
  lang: Lang;
  summary: ActionSummary;
  onSelect(cell: CellRef): void;
}

export function ResultSummary({ lang, summary, onSelect }: ResultSummaryProps) {
  const styles = useListStyles();
  const { applied, invalid, conflicts, unsent } = summary;
  const action = summary.action ?? (summary.inserted ? 'insert' : 'sync');
  const line = (testId: string, n: number, text: string, bad = false) => (
    <Text data-testid={testId} data-value={n} weight="semibold" className={bad ? styles.alert : undefined}>
      {text}
    </Text>
  );
  const list = (cells: CellRef[], testId: string, bad = false) =>
    cells.length > 0 && (
      <ul className={styles.list}>
        {cells.map((cell) => (
          <li key={`${cell.sheet}!${cell.address}`}>
            <Link
              data-testid={testId}
              data-sheet={cell.sheet}
              data-address={cell.address}
              onClick={() => onSelect(cell)}
            >
              {cell.label}
            </Link>
            <Text className={bad ? styles.alert : undefined}>{` ${cell.message}`}</Text>
          </li>
        ))}
      </ul>
    );
  return (
    <section className={styles.box} data-testid="summary" aria-label={t(lang, 'result')}>
      {summary.inserted && (
        <Text data-testid="summary-inserted">{`${t(lang, 'inserted')}${lang === 'zh' ? '：' : ': '}${t(lang, 'tasksTargets', summary.inserted)}`}</Text>
      )}
      {(summary.degraded ?? []).map((d) => (
        <Text key={d.set} data-testid="summary-degraded">
          {t(lang, 'degraded', { ...d })}
        </Text>
      ))}
      {action === 'sync' &&
        line('summary-applied', applied, applied ? t(lang, 'reported', { n: applied }) : t(lang, 'reportedNone'))}
      {list(summary.reported ?? [], 'reported-cell')}
      {action === 'pull' &&
        line(
          'summary-updated',
          summary.updated,
          summary.pulled?.length ? t(lang, 'pulledSome', { n: summary.pulled.length }) : t(lang, 'pulledNone'),
        )}
      {summary.rollUp === 'user_sheet' && <Text data-testid="summary-roll-up">{t(lang, 'rollUpUserSheet')}</Text>}
      {action === 'resolve' && line('summary-updated', summary.updated, t(lang, 'resolved', { n: summary.updated }))}
      {list(summary.pulled ?? [], 'pulled-cell')}
      {action === 'pull' && summary.pulled?.length ? (
        <Text data-testid="summary-pulled-marked" size={200}>
          {t(lang, 'pulledMarked')}
        </Text>
      ) : null}
      {invalid.length > 0 && line('summary-invalid', invalid.length, t(lang, 'notSent', { n: invalid.length }), true)}
      {list(invalid, 'invalid-cell', true)}
      {unsent > 0 && line('summary-unsent', unsent, t(lang, 'unsentNetwork', { n: unsent }), true)}
      {conflicts.length > 0 &&
        line('summary-conflicts', conflicts.length, t(lang, 'conflictsWaiting', { n: conflicts.length }))}
    </section>
  );
}
