// A subject is what one write changes: a target's figure or a task's report; history and repair key by it.

export type Subject = { kind: 'figure'; targetId: string } | { kind: 'report'; task: number };

/** Stable map key for a subject: `f:4.1` or `r:4`. */
export const subjectId = (subject: Subject) =>
  subject.kind === 'figure' ? `f:${subject.targetId}` : `r:${subject.task}`;
