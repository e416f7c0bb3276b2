// The plan picker and the three actions, with a spinner while one runs.
import { Button, Field, Select, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import type { PlanSummary } from '@plansync/shared';
import type { Lang } from '../i18n/lang';
import { t } from '../i18n/messages';

const useStyles = makeStyles({
  bar: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export type ActionName = 'insert' | 'sync' | 'pull';

export interface ActionBarProps {
  lang: Lang;
  plans: PlanSummary[];
  planId: string;
  busy: string | null;
  connected: boolean;
  onPlan(planId: string): void;
  onAction(action: ActionName): void;
}

export function ActionBar({ lang, plans, planId, busy, connected, onPlan, onAction }: ActionBarProps) {
  const styles = useStyles();
  const disabled = !connected || busy !== null;
  return (
    <div className={styles.bar}>
      <Field label={t(lang, 'plan')}>
        <Select data-testid="plan-picker" value={planId} disabled={!plans.length} onChange={(_, d) => onPlan(d.value)}>
          <option value="">{t(lang, 'choosePlan')}</option>
          {plans.map((p) => (
            <option key={p.id} value={p.id}>
              {lang === 'zh'
                ? `${p.title}（${p.tasks}项任务、${p.targets}项指标）`
                : `${p.title} (${p.tasks} tasks, ${p.targets} targets)`}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.buttons}>
        <Button
          data-testid="insert"
          appearance="primary"
          disabled={disabled || !planId}
          onClick={() => onAction('insert')}
        >
          {t(lang, 'insert')}
        </Button>
        <Button data-testid="sync" disabled={disabled} onClick={() => onAction('sync')}>
          {t(lang, 'sync')}
        </Button>
        <Button data-testid="pull" disabled={disabled} onClick={() => onAction('pull')}>
          {t(lang, 'pull')}
        </Button>
      </div>
      {busy && <Spinner data-testid="busy" size="tiny" label={t(lang, 'working')} />}
    </div>
  );
}
