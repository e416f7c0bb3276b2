// Re-renders when the fake workbook changes (after each sync and each typed cell).
import { useSyncExternalStore } from 'react';
import type { FakeWorkbook } from '../excel-fake';

export function useWorkbookVersion(book: FakeWorkbook): number {
  return useSyncExternalStore(
    (onChange) => book.subscribe(onChange),
    () => book.version,
  );
}
