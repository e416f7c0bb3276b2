// The playground's workbook kept in the browser's storage, like Excel's autosave: restored on reload, saved
// shortly after each change, forgotten by 重新开始.
import { FakeWorkbook } from '../excel-fake';
import { workbookFromJson, workbookToJson } from '../excel-fake/persist';
import type { KeyValueStore } from '../taskpane/settings';

const KEY = 'plansync.playground.workbook';
/** Saving waits this long after a change, so a burst of changes (an insert, a paste) is saved once. */
const SAVE_DELAY_MS = 300;

/** The saved workbook, or a fresh one with an empty Sheet1 (as Excel opens a new file). */
export function loadBook(store: KeyValueStore & { removeItem(key: string): void }): FakeWorkbook {
  try {
    const saved = workbookFromJson(JSON.parse(store.getItem(KEY) ?? 'null'));
    if (saved) return saved;
  } catch {
    // A corrupt entry (edited by hand): start afresh rather than fail to open the playground.
  }
  const book = new FakeWorkbook();
  book.addSheet('Sheet1');
  return book;
}

/**
 * Saves `book` after every change; `onFailed` hears when the browser refuses (storage full). The returned stop
 * also drops a save still waiting, so 重新开始 cannot be undone by a change made just before it.
 */
export function autosave(book: FakeWorkbook, store: KeyValueStore, onFailed: (error: unknown) => void): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const unsubscribe = book.subscribe(() => {
    if (timer) return;
    timer = setTimeout(() => {
      timer = null;
      try {
        store.setItem(KEY, JSON.stringify(workbookToJson(book)));
      } catch (error) {
        onFailed(error);
      }
    }, SAVE_DELAY_MS);
  });
  return () => {
    unsubscribe();
    if (timer) clearTimeout(timer);
  };
}

/** 重新开始: forgets the saved workbook (the connection settings stay). */
export function forgetBook(store: { removeItem(key: string): void }): void {
  store.removeItem(KEY);
}
