export * from './columns.js';
export * from './accounts.js';
export * from './platform.js';
export * from './care.js';
export * from './meetings-plans.js';
export * from './instruments.js';
export * from './geo.js';
export * from './signals.js';
