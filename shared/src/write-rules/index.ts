// The write rules of a push, pure, kept once for the worker and the add-in's in-memory API.
export * from './refusal';
export * from './check-batch';
export * from './apply-batch';
