// A ledger sheet (指标 or 进展) as pure data: rows decoded from cell values, updated, and encoded back.
import type { z } from 'zod';
import {
  typedCells,
  writerLabel,
  type CellValue,
  type FieldChange,
  type LocalRow,
  type Plan,
  type RowUpdate,
  type SubjectCodec,
  type WriteStamp,
} from '@plansync/shared';
import type { Lang } from '../i18n/lang';
import { indexOf, indexesOf, type Column } from './columns';
import { DEFAULT_CHECK_FACTOR, checkOf } from './plausibility';
import { UNJUDGED, type Judged } from './lights';

/** One row the plan asks for: its key and the read-only cells of its `info` columns. */
export interface Subject {
  key: string;
  info: CellValue[];
}

export interface LedgerSpec<V, S extends WriteStamp, I> {
  sheet: string;
  codec: SubjectCodec<V, S, I>;
  columns: readonly Column[];
  /** Validates a stored conflict record before it is trusted. */
  stateSchema: z.ZodType<S>;
  /** One subject per row, its info cells in `lang` where they are ours (约), the plan's own words otherwise. */
  subjects(plan: Plan, lang: Lang): Subject[];
  /** Input cells as a person should see them (status labels instead of codes). */
  show(cells: readonly CellValue[], lang: Lang): CellValue[];
  /**
   * Input cells as read from Excel (value and number format) → what the cell rules should see: Excel holds a typed
   * `85%` as 0.85 and `5-8` as a date serial, which only the number format tells apart.
   */
  fromExcel(cells: readonly CellValue[], formats: readonly string[], info: readonly CellValue[]): CellValue[];
  /** What the input cells were read as when that is not plain to see (`1.5万` → `读作 15,000`), else null. */
  reading?(row: Pick<LocalRow<V, S>, 'cells' | 'parsed'>, lang: Lang): string | null;
  /** A value in a few words, for conflict messages. */
  describe(value: V | null, lang: Lang): string;
  /** The Excel formula of a `formula` column for the row at 1-based sheet row `sheetRow`. */
  formula(info: readonly CellValue[], sheetRow: number): string;
  /** The server state a just-applied value now has. */
  stateOf(key: string, value: V, stamp: WriteStamp): S;
  /** 请核实: why a valid `value` is implausible given the one reported before, or null (see plausibility.ts). */
  check?(value: V, previous: V | null, info: readonly CellValue[], factor: number, lang: Lang): string | null;
}

export interface LedgerRow<V, S> extends LocalRow<V, S> {
  info: CellValue[];
  writer: string;
  writtenAt: string;
  writeId: string;
  /** Its 序时进度 and 亮灯 cells: as last written, until an action brings a new assessment. */
  judged: Judged;
  /** Why the row's edit was not sent, shown in its sync state until the next action. */
  issue: { fields: number[]; message: string } | null;
  /** 请核实: why its figure looks implausible; kept in 同步状态 until a later figure clears it. */
  check?: string | null;
  /** The fields a pull just changed (issue 12.6): their cells are marked until the next action redraws the marks. */
  changed?: FieldChange[];
}

/** The 0-based sheet row of data row `index` (row 0 holds the headers). */
export const sheetRowOf = (index: number) => index + 1;

/**
 * Decodes data rows (without the header) read from the sheet; rows without a key are skipped, positions kept.
 * `formats` holds the number formats of the input cells, row by row, when they were read (see `LedgerSpec.fromExcel`).
 */
export function decodeRows<V, S extends WriteStamp, I>(
  spec: LedgerSpec<V, S, I>,
  values: readonly (readonly CellValue[])[],
  writable: (leadUnit: string) => boolean,
  formats: readonly (readonly string[])[] = [],
): Map<number, LedgerRow<V, S>> {
  const c = spec.columns;
  const [keyCol] = indexesOf(c, 'key');
  const [inputs, infos, synced] = [indexesOf(c, 'input'), indexesOf(c, 'info'), indexesOf(c, 'synced')];
  const withPeriods = c.some((column) => column.id === 'thisPeriod');
  const at = (row: readonly CellValue[], id: string) => row[indexOf(c, id)] ?? '';
  const rows = new Map<number, LedgerRow<V, S>>();
  values.forEach((row, index) => {
    const key = String(row[keyCol!] ?? '').trim();
    if (!key) return;
    const leadUnit = String(at(row, 'lead'));
    const parsedSynced = spec.codec.parse(synced.map((i) => row[i] ?? ''));
    const info = infos.map((i) => row[i] ?? '');
    rows.set(index, {
      key,
      // The input cells are parsed here, once per action: every later step reads `parsed` (LocalRow).
      ...typedCells(
        spec.codec,
        spec.fromExcel(
          inputs.map((i) => row[i] ?? ''),
          formats[index] ?? [],
          info,
        ),
      ),
      info,
      version: Number(at(row, 'version')) || 0,
      synced: parsedSynced.ok ? parsedSynced.value : null,
      conflict: decodeConflict(spec.stateSchema, at(row, 'conflict')),
      writable: writable(leadUnit),
      leadUnit,
      writer: String(at(row, 'writer')),
      writtenAt: String(at(row, 'writtenAt')),
      writeId: String(at(row, 'writeId')),
      judged: {
        elapsed: at(row, 'elapsed'),
        light: at(row, 'light'),
        ...(withPeriods ? { thisPeriod: at(row, 'thisPeriod'), lastPeriod: at(row, 'lastPeriod') } : {}),
      },
      issue: null,
      check: checkOf(at(row, 'state')),
    });
  });
  return rows;
}

/** A fresh row for a subject that has no row yet. */
export function freshRow<V, S, I>(
  spec: LedgerSpec<V, S & WriteStamp, I>,
  subject: Subject,
  writable: boolean,
): LedgerRow<V, S> {
  return {
    key: subject.key,
    cells: spec.codec.cells(null),
    parsed: { ok: true, value: null },
    info: subject.info,
    version: 0,
    synced: null,
    conflict: null,
    writable,
    leadUnit: String(subject.info[indexesOf(spec.columns, 'info').indexOf(indexOf(spec.columns, 'lead'))] ?? ''),
    writer: '',
    writtenAt: '',
    writeId: '',
    judged: UNJUDGED,
    issue: null,
  };
}

/** Applies a pull/push/choice outcome to a row (see RowUpdate). */
export function updateLedgerRow<V, S extends WriteStamp, I>(
  spec: LedgerSpec<V, S, I>,
  row: LedgerRow<V, S>,
  update: RowUpdate<S>,
  lang: Lang,
  factor = DEFAULT_CHECK_FACTOR,
): LedgerRow<V, S> {
  const { state } = update;
  if (update.action === 'conflict') return { ...row, conflict: state, issue: null };
  const value = spec.codec.valueOf(state);
  return {
    ...row,
    // Cells rewritten from a value hold that value: no need to parse what was just formatted.
    ...(update.action === 'update' ? { cells: spec.codec.cells(value), parsed: { ok: true, value } as const } : {}),
    synced: value,
    version: state.version,
    writeId: state.writeId,
    writer: writerLabel(state.writer, lang),
    writtenAt: formatTime(state.writtenAt),
    conflict: null,
    issue: null,
    // A new figure is questioned afresh against the one reported before it (and clears an older question).
    check: spec.check?.(value, reportedBefore(spec, row, factor, lang), row.info, factor, lang) ?? null,
  };
}

/**
 * The figure a new one is compared with for 请核实: the one reported before it, unless that one was itself
 * questioned (then the new, lower figure is the correction, not a slip).
 */
export function reportedBefore<V, S extends WriteStamp, I>(
  spec: LedgerSpec<V, S, I>,
  row: LedgerRow<V, S>,
  factor: number,
  lang: Lang,
): V | null {
  if (row.check || row.synced === null) return null;
  return spec.check?.(row.synced, null, row.info, factor, lang) ? null : row.synced;
}

/** ISO time → `2026-03-01 16:00` in the machine's time zone, as staff write dates. */
export function formatTime(iso: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** What the row's cells say, for conflict messages: the parsed value, or the typed text when it does not parse. */
export function describeCells<V, S extends WriteStamp, I>(
  spec: LedgerSpec<V, S, I>,
  { cells, parsed }: Pick<LedgerRow<V, S>, 'cells' | 'parsed'>,
  lang: Lang,
): string {
  return parsed.ok ? spec.describe(parsed.value, lang) : cells.filter((c) => c !== '' && c !== null).join(' / ');
}

function decodeConflict<S>(schema: z.ZodType<S>, cell: CellValue): S | null {
  if (typeof cell !== 'string' || !cell.startsWith('{')) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(cell));
    return parsed.success ? parsed.data : null;
  } catch {
    // A person edited the hidden record by hand; the conflict is gone, the typed cells stay and sync again.
    return null;
  }
}
