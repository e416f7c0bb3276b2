// The fake Excel host shared by the add-in's tests, its benchmark and the playground page: our own rather than
// office-addin-mock, which applies writes at once and has no ranges, protection or payload accounting (host.ts).
export { FakeWorkbook, FakeOfficeError } from './workbook';
export { WEB_API_VERSION, fakeHost, type FakeHost } from './host';
export { PAYLOAD_LIMIT } from './context';
export type { FakeCell } from './cell';
