// The rows an action reported or brought in, as links for the pane: which target or task, and what it now holds.
import { CHANGE_FIELD_LABELS, type FieldChange, type WriteStamp } from '@plansync/shared';
import type { Lang } from '../i18n/lang';
import { rangeAddress } from '../layout/address';
import { indexesOf } from '../layout/columns';
import { describeCells, sheetRowOf, type LedgerRow, type LedgerSpec } from '../layout/ledger';
import { reportLedger } from '../layout/report-ledger';
import { figureLedger } from '../layout/figure-ledger';
import type { Ledgers } from './read';
import type { CellRef } from './summary';

export interface RowPick {
  kind: 'figure' | 'report';
  key: string;
}

const SHORT = 14;

/**
 * One link per picked row, in sheet order: label `4.1 引进高层次人才…`, message the value the row now holds (or, after
 * a pull, what changed: `20 → 30`, `下步计划：… → …`) and, with `withWriter`, who wrote it (`30（市人社局）`).
 */
export function rowRefs(ledgers: Ledgers, picks: readonly RowPick[], lang: Lang, withWriter = false): CellRef[] {
  const keys = (kind: RowPick['kind']) => new Set(picks.filter((p) => p.kind === kind).map((p) => p.key));
  return [
    ...refs(figureLedger, ledgers.figures.rows, keys('figure'), lang, withWriter),
    ...refs(reportLedger, ledgers.reports.rows, keys('report'), lang, withWriter),
  ];
}

function refs<V, S extends WriteStamp, I>(
  spec: LedgerSpec<V, S, I>,
  rows: ReadonlyMap<number, LedgerRow<V, S>>,
  keys: ReadonlySet<string>,
  lang: Lang,
  withWriter: boolean,
): CellRef[] {
  const [firstInput] = indexesOf(spec.columns, 'input');
  const zh = lang === 'zh';
  return [...rows]
    .filter(([, row]) => keys.has(row.key))
    .sort(([a], [b]) => a - b)
    .map(([index, row]) => {
      // Figures: the metric (info 1); reports: the task title (info 0).
      const about = String(row.info[spec.codec.kind === 'figure' ? 1 : 0] ?? '');
      const name = spec.codec.kind === 'figure' ? row.key : zh ? `任务${row.key}` : `task ${row.key}`;
      const value = row.changed?.length ? changesText(row.changed, lang) : describeCells(spec, row, lang);
      const who = withWriter && row.writer ? (zh ? `（${row.writer}）` : ` (${row.writer})`) : '';
      return {
        sheet: spec.sheet,
        address: rangeAddress(sheetRowOf(index), firstInput!),
        label: `${name} ${about.length > SHORT ? `${about.slice(0, SHORT)}…` : about}`,
        message: `${value}${who}`,
      };
    });
}

/** Longest text shown per side of a change; the cell's full history is one click away (select the cell). */
const CHANGE_CHARS = 30;

/** A pull's changes in a few words: `20 → 30` when only a figure changed, else each field by name. */
function changesText(changes: readonly FieldChange[], lang: Lang): string {
  const cut = (text: string) =>
    text === ''
      ? lang === 'zh'
        ? '（空）'
        : '(blank)'
      : text.length > CHANGE_CHARS
        ? `${text.slice(0, CHANGE_CHARS)}…`
        : text;
  const only = changes.length === 1 && changes[0]!.field === 'value';
  return changes
    .map(
      (c) =>
        `${only ? '' : `${CHANGE_FIELD_LABELS[c.field][lang]}${lang === 'zh' ? '：' : ': '}`}${cut(c.old)} → ${cut(c.new)}`,
    )
    .join(lang === 'zh' ? '；' : '; ');
}
