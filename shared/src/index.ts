// Public surface of @plansync/shared: schemas, types and pure logic used by the worker and the add-in.
export * from './plan/schema';
export * from './plan/parse';
export * from './plan/warnings';
export * from './plan/synthetic';
export * from './plan/target-id';
export * from './progress/schema';
export * from './progress/permissions';
export * from './api/error';
export * from './bench/report';
export * from './sync';
export * from './text/table';
export * from './assessment';
export * from './import';
export * from './text/localized';
export * from './text/sha256';
export * from './write-rules';
export * from './history';
