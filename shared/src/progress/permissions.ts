// Who may write what: the lead unit reports its tasks' figures; the supervising office (admin) writes all.
import type { Task } from '../plan/schema';
import type { Writer } from './schema';

/** Whether `writer` may push figures and reports for `task`. */
export function canWrite(writer: Pick<Writer, 'role' | 'unit'>, task: Pick<Task, 'leadUnit'>): boolean {
  if (writer.role === 'admin') return true;
  return writer.role === 'editor' && writer.unit === task.leadUnit;
}
