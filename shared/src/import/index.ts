// Importing a plan (issue 13): a table → Plan, the 计划草稿 round trip, and the re-import diff.
export * from './schema';
export * from './plan-diff';
export * from './table-columns';
export * from './table-plan';
export * from './draft-layout';
export * from './draft-messages';
export * from './draft-read';
