// The fake Excel host shared by the add-in's tests, its benchmark and the playground page.
export { FakeWorkbook, FakeOfficeError } from './workbook';
export { fakeHost, type FakeHost } from './host';
export { PAYLOAD_LIMIT, type SyncStats } from './context';
export type { FakeSheet } from './sheet';
export type { FakeCell } from './cell';
