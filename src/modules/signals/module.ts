// The signals module's manifest, its one entry into the app (listed in src/modules/index.ts).
// Signals of concern: submission, CSV import, triage, outreach and escalation.
import type { ErrorTexts } from '../../platform/http/messages.js';
import { defineModule } from '../../platform/module.js';
import { signalRoutes } from './routes.js';
import { signalSubmissionPolicy, signalQueuePolicy, signalPolicy } from './policy.js';
import { escalateLateSignals, jobClock } from './escalation.js';

/** Dutch and English texts of the codes this module throws; their keys become valid `ErrorCode`s. */
export const SIGNALS_ERRORS = {
  signal_rejected: {
    nl: 'Dit signaal kan niet worden aangenomen. Kijk bij de velden wat er niet klopt.',
    en: 'This signal cannot be accepted. See the fields for what is wrong.',
  },
  signal_not_found: { nl: 'Dit signaal bestaat niet.', en: 'No such signal.' },
  signal_already_triaged: { nl: 'Dit signaal is al beoordeeld.', en: 'This signal has already been triaged.' },
  signal_closed: { nl: 'Dit signaal is afgesloten.', en: 'This signal is closed.' },
  outreach_not_chosen: {
    nl: 'Voor dit signaal is niet gekozen voor erop af gaan.',
    en: 'Outreach was not chosen for this signal.',
  },
  too_few_attempts: {
    nl: '"Niet bereikt" kan pas na minstens twee vastgelegde, vergeefse contactpogingen.',
    en: '"Not reached" needs at least two recorded, unsuccessful contact attempts.',
  },
  no_contact_recorded: { nl: 'Leg eerst de contactpogingen vast.', en: 'Record the contact attempts first.' },
  batch_not_found: { nl: 'Deze upload bestaat niet.', en: 'No such upload.' },
  csv_empty: { nl: 'Het bestand is leeg of heeft geen kopregel.', en: 'The file is empty or has no header line.' },
  csv_header_missing: {
    nl: 'De eerste regel moet de kolommen noemen; postcode en huisnummer zijn verplicht.',
    en: 'The first line must name the columns; postcode and house number are required.',
  },
  csv_malformed: {
    nl: 'Het bestand is geen geldig CSV-bestand (bijvoorbeeld een aanhalingsteken dat niet sluit).',
    en: 'The file is not valid CSV (for example a quote that is never closed).',
  },
  csv_too_many_rows: {
    nl: 'Een bestand mag hoogstens 100.000 regels hebben. Splits het bestand.',
    en: 'A file may have at most 100,000 rows. Split the file.',
  },
  csv_unsupported_encoding: {
    nl: 'Sla het bestand op als CSV in UTF-8 of Windows-1252, niet als UTF-16.',
    en: 'Save the file as UTF-8 or Windows-1252 CSV, not UTF-16.',
  },
} as const satisfies ErrorTexts;

declare module '../../platform/errors.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodes extends Record<keyof typeof SIGNALS_ERRORS, true> {}
}

export const signalsModule = defineModule({
  name: 'signals',
  routes: signalRoutes,
  subjectParams: [{ param: 'signalId', subject: 'signal' }],
  policies: [signalSubmissionPolicy, signalQueuePolicy, signalPolicy],
  errors: SIGNALS_ERRORS,
  jobs: ({ log }) => ({
    handlers: {
      'signals.escalate_late': async (payload, { trx }) => {
        const n = await escalateLateSignals(trx, jobClock(payload));
        if (n > 0) log.info({ escalated: n }, 'late signals escalated to team leads');
      },
    },
    schedules: [{ name: 'signals-escalate-late', kind: 'signals.escalate_late', intervalSeconds: 900 }],
  }),
});
