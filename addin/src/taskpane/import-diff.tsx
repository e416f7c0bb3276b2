// What a re-import would change, listed for the admin to confirm before staff see it.
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { PlanDiff } from '@plansync/shared';
import type { Lang } from '../i18n/lang';
import { t, type MessageKey } from '../i18n/messages';
import { useListStyles } from './list-styles';

const useStyles = makeStyles({
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS },
});

export interface ImportDiffProps {
  lang: Lang;
  diff: PlanDiff;
  busy: boolean;
  onConfirm(): void;
  onCancel(): void;
}

export function ImportDiff({ lang, diff, busy, onConfirm, onCancel }: ImportDiffProps) {
  const styles = { ...useListStyles(), ...useStyles() };
  const groups: [MessageKey, string[]][] = [
    ['tasksAdded', diff.tasks.added.map((x) => `${x.number}. ${x.title}`)],
    ['tasksRemoved', diff.tasks.removed.map((x) => `${x.number}. ${x.title}`)],
    ['tasksRenamed', diff.tasks.renamed.map((x) => `${x.number}. ${x.from} → ${x.to}`)],
    ['targetsAdded', diff.targets.added.map((x) => `${x.id} ${x.metric}`)],
    ['targetsRemoved', diff.targets.removed.map((x) => `${x.id} ${x.metric}`)],
    ['targetsRenamed', diff.targets.renamed.map((x) => `${x.id} ${x.from} → ${x.to}`)],
    ['targetsRestored', diff.targets.restored.map((x) => `${x.id} ${x.metric}`)],
  ];
  const shown = groups.filter(([, items]) => items.length > 0);
  return (
    <section className={styles.box} data-testid="import-diff" aria-label={t(lang, 'confirmTitle')}>
      <Text weight="semibold">{t(lang, 'confirmTitle')}</Text>
      {shown.length === 0 && <Text>{t(lang, 'noChanges')}</Text>}
      {shown.map(([key, items]) => (
        <div key={key} data-testid={`diff-${key}`} data-value={items.length}>
          <Text>{`${t(lang, key)}（${items.length}）`}</Text>
          <ul className={styles.list}>
            {items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </div>
      ))}
      {diff.orphanedFigures.length > 0 && (
        <Text className={styles.alert} data-testid="diff-orphaned">
          {t(lang, 'orphaned', { ids: diff.orphanedFigures.join('、') })}
        </Text>
      )}
      <div className={styles.buttons}>
        <Button data-testid="import-confirm" appearance="primary" disabled={busy} onClick={onConfirm}>
          {t(lang, 'confirmPublish')}
        </Button>
        <Button data-testid="import-cancel" disabled={busy} onClick={onCancel}>
          {t(lang, 'cancel')}
        </Button>
      </div>
    </section>
  );
}
