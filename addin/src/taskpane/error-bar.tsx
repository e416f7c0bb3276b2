// A typed error in a Fluent MessageBar: title and body in the person's language, never swallowed.
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Lang } from '../i18n/lang';
import { describeError } from './errors';

export interface ErrorBarProps {
  lang: Lang;
  error: unknown;
  /** `warning` when nothing was lost (a network failure with every edit kept). */
  intent?: 'error' | 'warning';
}

export function ErrorBar({ lang, error, intent = 'error' }: ErrorBarProps) {
  const shown = describeError(error, lang);
  return (
    <MessageBar data-testid="error" intent={intent}>
      <MessageBarBody>
        <MessageBarTitle>{shown.title}</MessageBarTitle>
        {shown.body}
      </MessageBarBody>
    </MessageBar>
  );
}
