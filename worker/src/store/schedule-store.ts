// The reporting schedule of each plan, `schedule:{planId}`: set by an admin, read by the assessment.
import { ReportingScheduleSchema, type ReportingSchedule } from '@plansync/shared';
import { scheduleKey } from './keys';
import { retryRateLimited } from './retry';

export class ScheduleStore {
  constructor(private readonly kv: KVNamespace) {}

  /** The schedule an admin set, or null when none was (the caller then uses the default). One KV read. */
  async get(planId: string): Promise<ReportingSchedule | null> {
    const stored = await this.kv.get(scheduleKey(planId), 'json');
    const parsed = ReportingScheduleSchema.safeParse(stored);
    return stored !== null && parsed.success ? parsed.data : null;
  }

  /** One KV write (more only when KV answers 429 and it is retried). */
  async put(planId: string, schedule: ReportingSchedule): Promise<void> {
    await retryRateLimited(() => this.kv.put(scheduleKey(planId), JSON.stringify(schedule)));
  }
}
