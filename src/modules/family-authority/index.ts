// The family's access by law, for every capability that shows the family its own file (the portal, the
// family's rights pages): the pure policy, the viewer resolution and the authority source behind it.
export * from './policy.js';
export * from './authority-source.js';
export * from './viewer.js';
