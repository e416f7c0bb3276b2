// Open conflicts, each with every field that differs (both values in full) and the other writer, and a
// keep-mine / take-theirs choice.
import { Badge, Button, Card, Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ConflictChoice } from '../excel/resolve';
import type { CellRef, ConflictField, ConflictItem } from '../excel/summary';
import type { Lang } from '../i18n/lang';
import { t } from '../i18n/messages';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  field: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  values: { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: tokens.spacingHorizontalS },
  // Reports run to 2,000 characters: shown whole, wrapped, line breaks kept.
  text: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
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
          {c.fields
            .filter((f) => f.differs)
            .map((f) => (
              <FieldDiff key={f.id} lang={lang} field={f} />
            ))}
          {c.fields.some((f) => !f.differs) && (
            <Text size={200} data-testid="conflict-same">
              {t(lang, 'sameFields', {
                fields: c.fields
                  .filter((f) => !f.differs)
                  .map((f) => f.name)
                  .join(lang === 'zh' ? '、' : ', '),
              })}
            </Text>
          )}
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

/** One differing field: its name marked 不同, then this workbook's value and the server's, each in full. */
function FieldDiff({ lang, field }: { lang: Lang; field: ConflictField }) {
  const styles = useStyles();
  const blank = t(lang, 'blank');
  return (
    <div className={styles.field} data-testid="conflict-field" data-field={field.id}>
      <Text weight="semibold">
        {field.name}{' '}
        <Badge appearance="tint" color="danger" size="small">
          {t(lang, 'differs')}
        </Badge>
      </Text>
      <div className={styles.values}>
        <Text>{t(lang, 'here')}</Text>
        <Text className={styles.text} data-testid="conflict-mine">
          {field.mine || blank}
        </Text>
        <Text>{t(lang, 'server')}</Text>
        <Text className={styles.text} data-testid="conflict-theirs">
          {field.theirs || blank}
        </Text>
      </div>
    </div>
  );
}
