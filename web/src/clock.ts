// The app's one clock, shared with the server (src/platform/clock.ts): date fields start at today's
// date in the Netherlands, not the UTC date (which is still yesterday just after midnight).
export { now, today } from '../../src/platform/clock';
