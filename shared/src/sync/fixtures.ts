// Test fixtures: local rows and server states for the sync logic's tests (not exported from the package).
import type { FigureState, FigureValue, Writer } from '../progress/schema';
import type { CellValue } from './cell';
import { figureCodec } from './codec';
import { typedCells, type LocalRow } from './row';

const ADMIN: Writer = { role: 'admin', unit: null, tokenId: 'tok-admin' };

export function figureRow(
  key: string,
  cells: CellValue[],
  more: Partial<LocalRow<FigureValue, FigureState>> = {},
): LocalRow<FigureValue, FigureState> {
  return {
    key,
    ...typedCells(figureCodec, cells),
    version: 0,
    synced: null,
    conflict: null,
    writable: true,
    leadUnit: '市人社局',
    ...more,
  };
}

export function figureState(targetId: string, value: number, version: number, writer: Writer = ADMIN): FigureState {
  return {
    targetId,
    value,
    note: null,
    version,
    writer,
    writtenAt: '2026-03-01T08:00:00.000Z',
    writeId: `w-${targetId}-${version}`,
    batchId: `b-${version}`,
  };
}
