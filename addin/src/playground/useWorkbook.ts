// Re-renders when the fake workbook changes (after each sync and each typed cell).
import { useSyncExternalStore } from 'react';
import type { FakeWorkbook } from '../excel-fake';

export function useWorkbookVersion(book: FakeWorkbook): number {
  return useSyncExternalStore(
    (onChange) => book.subscribe(onChange),
    () => versions.get(book) ?? 0,
  );
}

const versions = new WeakMap<FakeWorkbook, number>();

/** Counts changes so React sees a new snapshot value per change. */
export function trackVersions(book: FakeWorkbook): void {
  book.subscribe(() => versions.set(book, (versions.get(book) ?? 0) + 1));
}
