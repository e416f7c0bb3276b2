// Which of two writes of one subject is current: higher version, then later time, then write id.
//
// Without compare-and-swap two locations can both accept version n of a subject; both stay in history,
// and this total order picks the same winner everywhere, so snapshot merges and repairs agree.
import type { WriteStamp } from '@plansync/shared';

type Ordered = Pick<WriteStamp, 'version' | 'writtenAt' | 'writeId'>;

/** Negative when `a` comes before `b`. */
export function compareStamps(a: Ordered, b: Ordered): number {
  if (a.version !== b.version) return a.version - b.version;
  if (a.writtenAt !== b.writtenAt) return a.writtenAt < b.writtenAt ? -1 : 1;
  return a.writeId < b.writeId ? -1 : a.writeId > b.writeId ? 1 : 0;
}
