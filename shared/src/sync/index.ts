// Pure sync logic shared by the add-in and anyone checking cells: parsing, diff, merge and conflict choice.
export * from './cell';
export * from './messages';
export * from './codec';
export * from './row';
export * from './diff';
export * from './merge';
export * from './batch';
export * from './number-format';
