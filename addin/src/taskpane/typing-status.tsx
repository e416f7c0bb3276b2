// What the sheets hold while staff type: the count waiting to be sent, the entries to fix, and why a selected
// cell is locked (whose row it is and whom to ask).
import { MessageBar, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import type { WaitingCount } from '../excel/events';
import type { LockedCell } from '../excel/explain';
import type { Lang } from '../i18n/lang';
import { t } from '../i18n/messages';
import { useListStyles } from './list-styles';

export interface TypingStatusProps {
  lang: Lang;
  waiting: WaitingCount | null;
  locked: LockedCell | null;
}

export function TypingStatus({ lang, waiting, locked }: TypingStatusProps) {
  const styles = useListStyles();
  if (!waiting && !locked) return null;
  return (
    <section className={styles.box}>
      {waiting && (
        <Text data-testid="waiting" data-value={waiting.pending} weight="semibold">
          {waiting.pending ? t(lang, 'waiting', { n: waiting.pending }) : t(lang, 'nothingWaiting')}
        </Text>
      )}
      {waiting && waiting.invalid > 0 && (
        <Text data-testid="waiting-invalid" data-value={waiting.invalid} className={styles.alert}>
          {t(lang, 'waitingInvalid', { n: waiting.invalid })}
        </Text>
      )}
      {locked && (
        <MessageBar data-testid="locked-cell" intent="info" data-address={locked.address}>
          <MessageBarBody>
            <MessageBarTitle>{t(lang, 'lockedTitle')}</MessageBarTitle>
            {t(lang, locked.reason === 'read_only' ? 'lockedReadOnly' : 'lockedOtherUnit', {
              label: locked.label,
              lead: locked.leadUnit,
            })}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
