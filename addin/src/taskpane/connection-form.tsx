// Worker URL and token, a connect button, and who the token belongs to.
import { Badge, Button, Field, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ROLE_LABELS, type Me } from '@plansync/shared';
import type { Lang } from '../i18n/lang';
import { t } from '../i18n/messages';
import type { Connection } from './settings';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  me: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

export interface ConnectionFormProps {
  lang: Lang;
  value: Connection;
  me: Me | null;
  busy: boolean;
  onChange(value: Connection): void;
  onConnect(): void;
}

export function ConnectionForm({ lang, value, me, busy, onChange, onConnect }: ConnectionFormProps) {
  const styles = useStyles();
  const role = me && ROLE_LABELS[me.role][lang] + (me.role === 'admin' ? t(lang, 'adminWritesAll') : '');
  return (
    <form
      className={styles.form}
      onSubmit={(e) => {
        e.preventDefault();
        onConnect();
      }}
    >
      <Field label={t(lang, 'workerUrl')}>
        <Input
          data-testid="settings-url"
          value={value.workerUrl}
          onChange={(_, d) => onChange({ ...value, workerUrl: d.value })}
        />
      </Field>
      <Field label={t(lang, 'token')}>
        <Input
          data-testid="settings-token"
          type="password"
          value={value.token}
          onChange={(_, d) => onChange({ ...value, token: d.value })}
        />
      </Field>
      <Button data-testid="connect" type="submit" disabled={busy || !value.workerUrl || !value.token}>
        {t(lang, 'connect')}
      </Button>
      {me && (
        <div className={styles.me} data-testid="me">
          <Text>{t(lang, 'connectedAs')}</Text>
          {/* Whom the token stands for: an editor's unit, else the label it was made with (目督办), else its role. */}
          <Badge appearance="tint">{me.unit ?? me.label ?? role}</Badge>
          {(me.unit ?? me.label) && <Text size={200}>{role}</Text>}
        </div>
      )}
    </form>
  );
}
