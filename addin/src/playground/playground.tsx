// The playground: a fake workbook rendered as tables beside the real task pane, wired to a real worker.
import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { FakeWorkbook } from '../excel-fake';
import type { Lang } from '../i18n/lang';
import { App } from '../taskpane/app';
import type { PaneActions } from '../taskpane/actions';
import type { Connection } from '../taskpane/settings';
import { SheetTabs } from './sheet-tabs';
import { SheetView } from './sheet-view';
import { useWorkbookVersion } from './use-workbook';

const useStyles = makeStyles({
  page: { display: 'flex', height: '100vh', gap: tokens.spacingHorizontalM },
  book: {
    display: 'flex',
    flexDirection: 'column',
    flexGrow: 1,
    minWidth: 0,
    padding: tokens.spacingHorizontalS,
    gap: tokens.spacingVerticalXS,
  },
  title: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  pane: { width: '340px', flexShrink: 0, overflowY: 'auto', borderLeft: `1px solid ${tokens.colorNeutralStroke2}` },
});

export interface PlaygroundProps {
  book: FakeWorkbook;
  actions: PaneActions;
  lang: Lang;
  initial: Connection;
  onSaveConnection(c: Connection): void;
  /** 重新开始: drop the kept workbook and start from an empty one. */
  onRestart(): void;
}

export function Playground({ book, actions, lang, initial, onSaveConnection, onRestart }: PlaygroundProps) {
  const styles = useStyles();
  useWorkbookVersion(book);
  // The workbook's own active sheet: the add-in activates one after insert or when a summary cell is selected.
  const active = book.activeSheet ?? book.sheets[0]?.name ?? '';
  const [error, setError] = useState<string | null>(null);
  return (
    <div className={styles.page}>
      <section className={styles.book} aria-label="workbook">
        <div className={styles.title}>
          <Text weight="semibold">
            {lang === 'zh'
              ? '模拟工作簿（无需 Excel，刷新不丢失）'
              : 'Simulated workbook (no Excel needed; kept on reload)'}
          </Text>
          <Button data-testid="restart" size="small" onClick={onRestart}>
            {lang === 'zh' ? '重新开始' : 'Start over'}
          </Button>
        </div>
        {error && (
          <MessageBar intent="warning" data-testid="sheet-error">
            <MessageBarBody>{error}</MessageBarBody>
          </MessageBar>
        )}
        <SheetView book={book} sheet={active} lang={lang} onError={setError} />
        <SheetTabs
          sheets={book.sheets.filter((s) => s.visibility === 'Visible').map((s) => s.name)}
          active={active}
          onSelect={(s) => {
            setError(null);
            book.activate(s);
          }}
        />
      </section>
      <aside className={styles.pane} data-testid="taskpane">
        <App lang={lang} actions={actions} initial={initial} onSaveConnection={onSaveConnection} />
      </aside>
    </div>
  );
}
