// "Now" for one scope of asynchronous work (server only: AsyncLocalStorage). The demo seed replays
// two years of decisions and iJw messages through the real services; each step runs at its own
// instant, so decision dates, allocation times, message dates and the rules that compare them with
// "today" (TR135, OP087) see that moment. Outside a scope the clock is the real one.
import { AsyncLocalStorage } from 'node:async_hooks';
import { setClockSource } from './clock.js';

const scope = new AsyncLocalStorage<Date>();
setClockSource(() => {
  const at = scope.getStore();
  return at === undefined ? undefined : new Date(at.getTime());
});

/** Runs `work` with now() = `at` (and today() its date in the Netherlands). */
export function runAt<T>(at: Date, work: () => Promise<T>): Promise<T> {
  return scope.run(at, work);
}
