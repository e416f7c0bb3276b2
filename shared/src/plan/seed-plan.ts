// The seed plan, 《成都市2014年人才工作要点》 (BRIEF): its file, the id it is imported under, its text.
//
// Node only (it reads the file), so it is exported as `@plansync/shared/seed-plan`, not from the package index.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePlan } from './parse';
import type { Plan } from './schema';

export const SEED_PLAN_ID = 'chengdu-2014-talent';

/** Absolute path of `seeds/chengdu-2014-talent-work-plan.txt`. */
// import.meta.dirname, not import.meta.url: under jsdom (the add-in's DOM tests) the URL is not a file URL.
export const SEED_PLAN_FILE = join(import.meta.dirname, '..', '..', '..', 'seeds', 'chengdu-2014-talent-work-plan.txt');

export const readSeedText = (): string => readFileSync(SEED_PLAN_FILE, 'utf8');

/** The seed parsed under SEED_PLAN_ID. */
export const readSeedPlan = (): Plan => parsePlan(readSeedText(), { id: SEED_PLAN_ID });
