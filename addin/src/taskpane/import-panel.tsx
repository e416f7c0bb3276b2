// 导入计划 (admin only): a plan id, then pasted text, a .docx/.txt file or the selected table; then 发布.
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useRef, useState } from 'react';
import type { PlanFile } from '../import/read-file';
import type { ImportStep } from '../import/import-actions';
import type { Lang } from '../i18n/lang';
import { t } from '../i18n/messages';
import { ErrorBar } from './error-bar';
import { ImportDiff } from './import-diff';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  file: { display: 'none' },
});

export interface ImportPanelProps {
  lang: Lang;
  /** The plan chosen in the picker: a re-import's id by default. */
  planId: string;
  busy: boolean;
  step: ImportStep | null;
  error: unknown;
  onText(planId: string, text: string): void;
  onFile(planId: string, file: PlanFile): void;
  onSelection(planId: string): void;
  onPublish(): void;
  onConfirm(): void;
  onCancel(): void;
}

export function ImportPanel(props: ImportPanelProps) {
  const { lang, busy, step, error } = props;
  const styles = useStyles();
  const [planId, setPlanId] = useState(props.planId);
  const [text, setText] = useState('');
  const file = useRef<HTMLInputElement>(null);
  return (
    <section className={styles.box} aria-label={t(lang, 'importTitle')} data-testid="import-panel">
      <Text weight="semibold">{t(lang, 'importTitle')}</Text>
      <Field label={t(lang, 'importPlanId')}>
        <Input data-testid="import-plan-id" value={planId} onChange={(_, d) => setPlanId(d.value.trim())} />
      </Field>
      <Field label={t(lang, 'importText')}>
        <Textarea data-testid="import-text" resize="vertical" value={text} onChange={(_, d) => setText(d.value)} />
      </Field>
      <input
        ref={file}
        className={styles.file}
        data-testid="import-file"
        type="file"
        accept=".docx,.txt,.doc,.pdf"
        onChange={(e) => {
          const chosen = e.target.files?.[0];
          e.target.value = '';
          if (chosen) props.onFile(planId, chosen);
        }}
      />
      <div className={styles.buttons}>
        <Button data-testid="import-from-text" disabled={busy} onClick={() => props.onText(planId, text)}>
          {t(lang, 'importFromText')}
        </Button>
        <Button data-testid="import-choose-file" disabled={busy} onClick={() => file.current?.click()}>
          {t(lang, 'importFile')}
        </Button>
        <Button data-testid="import-from-selection" disabled={busy} onClick={() => props.onSelection(planId)}>
          {t(lang, 'importFromSelection')}
        </Button>
        <Button data-testid="publish" appearance="primary" disabled={busy} onClick={props.onPublish}>
          {t(lang, 'publish')}
        </Button>
      </div>
      {busy && <Spinner data-testid="import-busy" size="tiny" label={t(lang, 'working')} />}
      {error !== null && <ErrorBar lang={lang} error={error} />}
      {step && step.kind !== 'confirm' && (
        <MessageBar
          data-testid="import-status"
          data-kind={step.kind}
          intent={step.kind === 'errors' ? 'error' : step.kind === 'published' ? 'success' : 'info'}
        >
          <MessageBarBody>{statusText(lang, step)}</MessageBarBody>
        </MessageBar>
      )}
      {step?.kind === 'confirm' && (
        <ImportDiff lang={lang} diff={step.diff} busy={busy} onConfirm={props.onConfirm} onCancel={props.onCancel} />
      )}
    </section>
  );
}

function statusText(lang: Lang, step: Exclude<ImportStep, { kind: 'confirm' }>): string {
  switch (step.kind) {
    case 'draft':
      return t(lang, 'draftWritten', { ...step.written });
    case 'errors':
      return t(lang, 'draftErrors', { count: step.count });
    case 'published':
      return t(lang, 'published', { title: step.plan.title, tasks: step.plan.tasks, targets: step.plan.targets });
  }
}
