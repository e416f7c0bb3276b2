// Target ids: `4.2` is the second target of task 4 (TARGET_ID_PATTERN); the task and the plan order they carry.

/**
 * The task number a target id belongs to.
 * @example taskOfTarget('4.10') === 4
 */
export const taskOfTarget = (targetId: string): number => Number(targetId.slice(0, targetId.indexOf('.')));

/** The target's number within its task: `4.10` → 10. */
export const indexInTask = (targetId: string): number => Number(targetId.slice(targetId.indexOf('.') + 1));

/**
 * Target ids in plan order: 4.2 before 4.10, task 4 before task 10. Every push sorts the whole snapshot
 * with it, so it reads the numbers by slicing rather than splitting each id into a new array.
 */
export function compareTargetIds(a: string, b: string): number {
  return taskOfTarget(a) - taskOfTarget(b) || indexInTask(a) - indexInTask(b);
}
