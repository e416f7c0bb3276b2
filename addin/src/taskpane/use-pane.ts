// The pane's state: connection, identity, plans, the running action, the last result and the last error.
import { useCallback, useEffect, useEffectEvent, useRef, useState } from 'react';
import type { Me, PlanSummary } from '@plansync/shared';
import type { WaitingCount } from '../excel/events';
import type { LockedCell, SelectedSubject } from '../excel/explain';
import type { ConflictChoice } from '../excel/resolve';
import type { ActionSummary, CellRef } from '../excel/summary';
import type { ActionName } from './action-bar';
import type { ChangeLogWritten, PaneActions } from './actions';
import type { HistoryView } from './history-panel';
import type { Connection } from './settings';

export interface PaneState {
  connection: Connection;
  me: Me | null;
  plans: PlanSummary[];
  busy: string | null;
  summary: ActionSummary | null;
  error: unknown;
  /** Rows waiting to be sent or fixed, as Excel reports changes (null where it cannot tell). */
  waiting: WaitingCount | null;
  /** The locked input cell selected in the sheet, explained. */
  locked: LockedCell | null;
  /** The history of the figure or report last selected in the sheet. */
  history: HistoryView | null;
  /** What the last 写出变更记录 wrote. */
  changeLog: ChangeLogWritten | null;
}

export function usePane(actions: PaneActions, initial: Connection, save: (c: Connection) => void) {
  const [state, setState] = useState<PaneState>({
    connection: initial,
    me: null,
    plans: [],
    busy: null,
    summary: null,
    error: null,
    waiting: null,
    locked: null,
    history: null,
    changeLog: null,
  });
  // Only the answer to the latest selection is shown, however the requests overtake each other.
  const asked = useRef(0);
  const patch = (p: Partial<PaneState>) => setState((s) => ({ ...s, ...p }));

  // Runs one action: marks busy, keeps its summary, shows any error; never lets an error escape unseen.
  const run = useCallback(async (name: string, work: () => Promise<ActionSummary | void>) => {
    setState((s) => ({ ...s, busy: name, error: null }));
    try {
      const summary = await work();
      setState((s) => ({ ...s, busy: null, ...(summary ? { summary, error: summary.failure ?? null } : {}) }));
    } catch (error) {
      setState((s) => ({ ...s, busy: null, error }));
    }
  }, []);

  const connect = () =>
    run('connect', async () => {
      const { me, plans, workbookPlan } = await actions.connect(state.connection);
      // The workbook's own plan first, then the last one chosen, then the only one there is.
      const planId = workbookPlan ?? (state.connection.planId || (plans.length === 1 ? plans[0]!.id : ''));
      const connection = { ...state.connection, planId };
      save(connection);
      patch({ me, plans, connection });
    });

  const showHistory = async (subject: SelectedSubject) => {
    const ask = ++asked.current;
    const shown = (view: Omit<HistoryView, 'subject'>) => {
      if (ask === asked.current) patch({ history: { subject, ...view } });
    };
    shown({ rows: null, cut: false, error: null });
    try {
      shown({ ...(await actions.history(subject)), error: null });
    } catch (error) {
      shown({ rows: [], cut: false, error });
    }
  };

  // A sync, pull or choice may have added to the history shown: it is asked for again.
  const refreshHistory = () => {
    if (state.history) void showHistory(state.history.subject);
  };

  // A pane set up once connects by itself when it opens again, as staff expect; it watches the workbook from then on.
  const onOpen = useEffectEvent(() => {
    actions.watch({
      waiting: (waiting) => patch({ waiting }),
      selected: (locked) => patch({ locked }),
      // The last figure or report selected stays shown while other cells are selected.
      subject: (subject) => void (subject && showHistory(subject)),
      failed: (error) => patch({ error }),
    });
    if (initial.token) void connect();
  });
  useEffect(() => onOpen(), []);

  return {
    state,
    setConnection: (connection: Connection) => patch({ connection }),
    connect,
    choosePlan: (planId: string) => {
      const connection = { ...state.connection, planId };
      save(connection);
      patch({ connection });
    },
    act: (name: ActionName) =>
      run(name, () =>
        name === 'insert' ? actions.insert(state.connection.planId) : name === 'sync' ? actions.sync() : actions.pull(),
      ).then(refreshHistory),
    resolve: (choice: ConflictChoice) => run('resolve', () => actions.resolve([choice])).then(refreshHistory),
    setCheckFactor: (factor: number) => run('factor', () => actions.setCheckFactor(factor)),
    select: (cell: CellRef) => run('select', () => actions.select(cell)),
    changeLog: (task: number | null) =>
      run('changeLog', async () => {
        patch({ changeLog: null });
        const changeLog = await actions.changeLog(task);
        patch({ changeLog });
      }),
  };
}
