// The charts of a fake sheet, drawn as plain bars (the playground has no Excel to draw them): one group per category,
// one bar per series, so a person can see what Excel would plot.
import { makeStyles, tokens } from '@fluentui/react-components';
import type { FakeWorkbook } from '../excel-fake';

const useStyles = makeStyles({
  chart: { padding: tokens.spacingVerticalM, fontSize: tokens.fontSizeBase200 },
  title: { fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalS },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  label: { width: '140px', flexShrink: 0, textAlign: 'right' },
  bars: { flexGrow: 1, maxWidth: '420px' },
  bar: { height: '8px', margin: '1px 0' },
});

/** Series colours, in the order of the chart's series. */
const COLOURS = ['#4472C4', '#ED7D31', '#A5A5A5'];

export function SheetCharts({ book, sheet }: { book: FakeWorkbook; sheet: string }) {
  const styles = useStyles();
  const charts = book.sheet(sheet)?.charts ?? [];
  return charts.map((c) => {
    const data = book.chartData(sheet, c.name);
    const share = (v: unknown) => `${Math.max(0, Math.min(1, Number(v) || 0)) * 100}%`;
    return (
      <figure key={c.name} className={styles.chart} data-testid={`chart-${c.name}`}>
        <figcaption className={styles.title}>
          {data.title}
          {data.series.map((s, i) => (
            <span key={i} style={{ color: COLOURS[i % COLOURS.length], marginLeft: '12px' }}>
              ■ {String(s.name)}
            </span>
          ))}
        </figcaption>
        {data.categories.map((category, k) => (
          <div key={k} className={styles.row}>
            <span className={styles.label}>{String(category)}</span>
            <div className={styles.bars}>
              {data.series.map((s, i) => (
                <div
                  key={i}
                  className={styles.bar}
                  style={{ width: share(s.values[k]), background: COLOURS[i % COLOURS.length] }}
                />
              ))}
            </div>
          </div>
        ))}
      </figure>
    );
  });
}
