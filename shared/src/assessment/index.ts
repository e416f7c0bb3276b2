// The supervising office's judgement (issue 12): schedule, periods, 序时进度, 完成率, lights, who has reported.
export * from './assess';
export * from './dates';
export * from './due-by';
export * from './elapsed';
export * from './lights';
export * from './period-values';
export * from './periods';
export * from './reporting';
export * from './roll-up';
export * from './schedule';
export * from './target-light';
export * from './task-light';
