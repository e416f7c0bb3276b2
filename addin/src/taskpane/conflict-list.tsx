// Open conflicts, each with both values and the other writer, and a keep-mine / take-theirs choice.
import { Button, Card, Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ConflictChoice } from '../excel/resolve';
import type { CellRef, ConflictItem } from '../excel/summary';
import type { Lang } from '../i18n/lang';
import { t } from '../i18n/messages';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  values: { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: tokens.spacingHorizontalS },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS },
});

export interface ConflictListProps {
  lang: Lang;
  conflicts: ConflictItem[];
  busy: boolean;
  onResolve(choice: ConflictChoice): void;
  onSelect(cell: CellRef): void;
}

export function ConflictList({ lang, conflicts, busy, onResolve, onSelect }: ConflictListProps) {
  const styles = useStyles();
  if (!conflicts.length) return null;
  return (
    <section className={styles.list} aria-label={t(lang, 'conflicts')}>
      <Text weight="semibold">{lang === 'zh' ? `冲突（${conflicts.length}）` : `Conflicts (${conflicts.length})`}</Text>
      {conflicts.map((c) => (
        <Card key={`${c.kind}:${c.key}`} data-testid="conflict" data-key={c.key} data-kind={c.kind}>
          <Link onClick={() => onSelect(c)}>{c.label}</Link>
          <Text data-testid="conflict-who">{t(lang, 'theirsDiffer', { writer: c.writer, at: c.writtenAt })}</Text>
          <div className={styles.values}>
            <Text>{t(lang, 'here')}</Text>
            <Text data-testid="conflict-mine">{c.mine}</Text>
            <Text>{t(lang, 'server')}</Text>
            <Text data-testid="conflict-theirs">
              {lang === 'zh' ? `${c.theirs}（${c.writer} ${c.writtenAt}）` : `${c.theirs} (${c.writer} ${c.writtenAt})`}
            </Text>
          </div>
          <div className={styles.buttons}>
            <Button
              data-testid="keep-mine"
              size="small"
              disabled={busy}
              onClick={() => onResolve({ kind: c.kind, key: c.key, choice: 'mine' })}
            >
              {t(lang, 'mine')}
            </Button>
            <Button
              data-testid="take-theirs"
              size="small"
              disabled={busy}
              onClick={() => onResolve({ kind: c.kind, key: c.key, choice: 'theirs' })}
            >
              {t(lang, 'theirs')}
            </Button>
          </div>
        </Card>
      ))}
    </section>
  );
}
