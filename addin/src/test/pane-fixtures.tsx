// Test fixtures for the pane's jsdom tests: the plan list, actions that do nothing by default, and the pane rendered.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen } from '@testing-library/react';
import { vi } from 'vitest';
import type { ActionSummary } from '../excel/summary';
import type { Lang } from '../i18n/lang';
import type { PaneActions } from '../taskpane/actions';
import { App, type AppProps } from '../taskpane/app';

/** An editor of 市人社局, the unit the pane's tests connect as unless they say otherwise. */
export const EDITOR = { role: 'editor', unit: '市人社局', tokenId: 't1', label: null } as const;

export const PLANS = [
  {
    id: 'chengdu-2014',
    title: '成都市2014年人才工作要点',
    year: 2014,
    tasks: 23,
    targets: 14,
    updatedAt: '2026-03-01T00:00:00.000Z',
  },
];

/** A summary of an action that changed nothing. */
export const EMPTY_SUMMARY: ActionSummary = { sent: 0, applied: 0, updated: 0, invalid: [], conflicts: [], unsent: 0 };

/** Actions as spies: connecting as `EDITOR` to `PLANS`, every other action answering `EMPTY_SUMMARY`. */
export function fakeActions(over: Partial<PaneActions> = {}): PaneActions {
  return {
    connect: vi.fn(async () => ({ me: EDITOR, plans: PLANS, workbookPlan: null })),
    insert: vi.fn(async () => ({ ...EMPTY_SUMMARY, inserted: { tasks: 23, targets: 14 } })),
    sync: vi.fn(async () => EMPTY_SUMMARY),
    pull: vi.fn(async () => EMPTY_SUMMARY),
    resolve: vi.fn(async () => EMPTY_SUMMARY),
    select: vi.fn(async () => undefined),
    watch: vi.fn(),
    checkFactor: vi.fn(() => 3),
    setCheckFactor: vi.fn(async () => undefined),
    history: vi.fn(async () => ({ rows: [], cut: false })),
    changeLog: vi.fn(async (task: number | null) => ({ task, rows: 0, cut: false })),
    import: {
      fromText: vi.fn(),
      fromFile: vi.fn(),
      fromSelection: vi.fn(),
      publish: vi.fn(),
      confirm: vi.fn(),
    },
    ...over,
  };
}

/**
 * Renders the pane with `actions`, in `lang`, from the saved connection `initial` (no token by default).
 * Returns the `onSaveConnection` spy.
 */
export function renderPane(
  actions: PaneActions,
  {
    lang = 'zh',
    initial = { workerUrl: 'http://localhost:8787', token: '', planId: '' },
    save = vi.fn(),
  }: {
    lang?: Lang;
    initial?: AppProps['initial'];
    save?: AppProps['onSaveConnection'];
  } = {},
) {
  render(
    <FluentProvider theme={webLightTheme}>
      <App lang={lang} actions={actions} initial={initial} onSaveConnection={save} />
    </FluentProvider>,
  );
  return save;
}

/** Renders the pane, types a token and connects; resolves once the pane shows who the token is. */
export async function connect(actions: PaneActions, lang: Lang = 'zh') {
  const save = renderPane(actions, { lang });
  fireEvent.change(screen.getByTestId('settings-token'), { target: { value: 'secret' } });
  fireEvent.click(screen.getByTestId('connect'));
  await screen.findByTestId('me');
  return save;
}
