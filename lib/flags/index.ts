export type { Dismissal, Flag, FlagCategory } from './types.ts';
export * from './model.ts';
export * from './url.ts';
export * from './jsonld.ts';
export * from './import.ts';
export * from './report.ts';
export * from './dismissals.ts';
export * from './guard.ts';
