// History for people: accepted writes as rows of old → new.
export * from './change-rows';
