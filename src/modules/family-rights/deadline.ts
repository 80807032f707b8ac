// The answer deadline of a family's request. The Jeugdwet (7.3.9, 7.3.10) names no term of its own,
// so the AVG's applies (art. 12 lid 3: "onverwijld en in ieder geval binnen een maand"); Keukentafel
// keeps the stricter, countable four weeks (28 calendar days) from the day the request was made —
// the same term for correction, deletion and a question about the access log. See docs/privacy.md.
import { addDays, differenceInCalendarDays, parseISO, format } from 'date-fns';

export const ANSWER_TERM_DAYS = 28;

/** The last day to answer a request made on `submittedOn` (YYYY-MM-DD). */
export function answerDueOn(submittedOn: string): string {
  return format(addDays(parseISO(submittedOn), ANSWER_TERM_DAYS), 'yyyy-MM-dd');
}

/** Days left until the deadline (negative: overdue), counted on calendar dates in the Netherlands. */
export function daysLeft(dueOn: string, today: string): number {
  return differenceInCalendarDays(parseISO(dueOn), parseISO(today));
}
