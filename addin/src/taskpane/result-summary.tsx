// Counts of the last action and the cells it could not send, each a link that selects the cell in the sheet.
import { Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ActionSummary, CellRef } from '../excel/summary';
import type { Lang } from '../i18n/lang';
import { t } from '../i18n/messages';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  counts: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  bad: { color: tokens.colorPaletteRedForeground1 },
});

export interface ResultSummaryProps {
  lang: Lang;
  summary: ActionSummary;
  onSelect(cell: CellRef): void;
}

export function ResultSummary({ lang, summary, onSelect }: ResultSummaryProps) {
  const styles = useStyles();
  const counts = [
    ['sent', summary.sent],
    ['applied', summary.applied],
    ['updated', summary.updated],
    ['conflicts', summary.conflicts.length],
    ['invalid', summary.invalid.length],
    ...(summary.unsent ? ([['unsent', summary.unsent]] as const) : []),
  ] as const;
  return (
    <section className={styles.box} data-testid="summary" aria-label={t(lang, 'result')}>
      <Text weight="semibold">{t(lang, 'result')}</Text>
      {summary.inserted && (
        <Text data-testid="summary-inserted">{`${t(lang, 'inserted')}：${t(lang, 'tasksTargets', summary.inserted)}`}</Text>
      )}
      <div className={styles.counts}>
        {counts.map(([key, n]) => (
          <Text key={key} data-testid={`summary-${key}`} data-value={n}>{`${t(lang, key)}：${n}`}</Text>
        ))}
      </div>
      {summary.invalid.length > 0 && (
        <ul className={styles.list}>
          {summary.invalid.map((cell) => (
            <li key={`${cell.sheet}!${cell.address}`}>
              <Link
                data-testid="invalid-cell"
                data-sheet={cell.sheet}
                data-address={cell.address}
                onClick={() => onSelect(cell)}
              >
                {cell.label}
              </Link>
              <Text className={styles.bad}>{` ${cell.message}`}</Text>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
