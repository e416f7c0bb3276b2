// A refused batch's issues land on the cells of the target or task each names.
import { checkBatch, syntheticPlan, type Writer } from '@plansync/shared';
import { describe, expect, it } from 'vitest';
import { ApiRequestError } from '../api/errors';
import { rejectedCells } from './rejection';

const plan = syntheticPlan(8, 'p'); // task 1 led by 市人社局, task 2 by 市科技局
const editor: Writer = { role: 'editor', unit: '市人社局', tokenId: 't' };

const refused = (details: unknown) => new ApiRequestError(400, 'invalid_request', '整批未写入', details);

describe('rejectedCells', () => {
  it('marks each entry the shared rules refused by its target or task, on the field the path names', () => {
    const refusal = checkBatch(
      plan,
      {
        figures: [{ targetId: '2.1', value: 1, baseVersion: 0 }],
        reports: [{ task: 2, status: 'done', progress: '', baseVersion: 0 }],
      },
      editor,
      'zh',
    );
    const cells = rejectedCells(refused(refusal?.issues));
    expect(cells.map(({ kind, key, field }) => [kind, key, field])).toEqual([
      ['figure', '2.1', 0],
      ['report', '2', 0],
    ]);
    expect(cells[0]!.problem.text).toContain('市科技局');
  });

  it('takes the field from the path and leaves issues that name no entry on nothing', () => {
    const cells = rejectedCells(
      refused([
        { path: 'figures.4.note', targetId: '1.3', message: '太长' },
        { path: 'figures.5.value', message: '无指标' },
        { path: 'reports', message: '整体' },
      ]),
    );
    expect(cells).toEqual([{ kind: 'figure', key: '1.3', field: 1, problem: { code: 'rejected', text: '太长' } }]);
  });
});
