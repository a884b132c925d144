// Moved to src/query/arrange.ts; kept until the last import of this path is gone.
export * from '../query/arrange';
