// After a sync or pull: which period was reported (截至6月底), 序时进度 and the tasks' lights, and 未报送 units.
import { Text } from '@fluentui/react-components';
import type { Writer } from '@plansync/shared';
import type { ActionSummary } from '../excel/summary';
import type { Lang } from '../i18n/lang';
import { reportingText } from '../layout/reporting-text';
import { useListStyles } from './list-styles';

export interface ReportingStatusProps {
  lang: Lang;
  summary: ActionSummary;
  me: Writer | null;
}

export function ReportingStatus({ lang, summary, me }: ReportingStatusProps) {
  const styles = useListStyles();
  const { sent, judged, overdue } = reportingText(summary.period, summary.assessment, me, lang);
  if (!sent && !judged) return null;
  return (
    <section className={styles.box} data-testid="reporting">
      {sent && <Text data-testid="reporting-period">{sent}</Text>}
      {judged && <Text data-testid="reporting-judged">{judged}</Text>}
      {overdue && (
        <>
          <Text weight="semibold" className={styles.alert} data-testid="overdue-heading">
            {overdue.heading}
          </Text>
          <ul className={styles.list}>
            {overdue.units.map((unit) => (
              <li key={unit} data-testid="overdue-unit">
                {unit}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
