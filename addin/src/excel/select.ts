// Jumps to a cell listed in the summary: activates its sheet and selects it (one context.sync).
import type { ExcelHost } from './types';
import { writeOps } from './write-ops';

export async function selectCell(host: ExcelHost, sheet: string, address: string): Promise<void> {
  await host.run((context) => writeOps(context, [{ kind: 'select', sheet, address }]));
}
