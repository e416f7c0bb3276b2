// Real request bytes: every action of the add-in run through Microsoft's Excel client (`excel-web-16.00.js` in
// jsdom) for an admin and an editor, on the seed and on plans of 1,000 and 10,000 targets. `realRequestBytes` is the
// largest request body the real client built (Excel on the web refuses over 5 MB); `realSyncs` counts its requests.
// pull writes the 汇总 sheet (new); repull rewrites it (the old one deleted first).
import { syntheticPlan, type BenchRow } from '@plansync/shared';
import { ledgerRound } from '../src/excel-fake/office-js/ledger-round';
import { seedPlan } from '../src/test/workbook-fixtures';

/** Bytes never vary between runs, so each case runs once. */
export async function realRequestRows(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const [name, plan] of [
    ['seed', seedPlan()],
    ['1000', syntheticPlan(1000)],
    ['10000', syntheticPlan(10000)],
  ] as const) {
    for (const role of ['admin', 'editor'] as const) {
      const { costs } = await ledgerRound(plan, role);
      rows.push(
        ...Object.entries(costs).flatMap(([action, m]): BenchRow[] => [
          {
            part: 'addin',
            case: `${action}/${name}/${role}`,
            metric: 'realRequestBytes',
            value: m.bytes,
            unit: 'bytes',
          },
          { part: 'addin', case: `${action}/${name}/${role}`, metric: 'realSyncs', value: m.syncs, unit: 'syncs' },
        ]),
      );
    }
  }
  return rows;
}
