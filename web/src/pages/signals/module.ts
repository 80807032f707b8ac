import { defineWebModule, lazyPage } from '../../web-module';
import en from './en.json';
import nl from './nl.json';

export const signalsModule = defineWebModule({
  name: 'signals',
  texts: { nl, en },
  routes: [
    {
      path: 'signals/submit',
      roles: ['signaller'],
      page: lazyPage(() => import('./partner-page'), 'PartnerSignalsPage'),
    },
    {
      path: 'signals/queue',
      roles: ['professional', 'team_lead'],
      page: lazyPage(() => import('./queue-page'), 'TriageQueuePage'),
    },
    {
      path: 'signals/:signalId',
      roles: ['professional', 'team_lead'],
      page: lazyPage(() => import('./signal-page'), 'SignalPage'),
    },
  ],
  nav: [
    { to: '/signals/submit', label: 'signals.nav.partner', roles: ['signaller'], order: 60, section: true },
    {
      to: '/signals/queue',
      label: 'signals.nav.queue',
      roles: ['professional', 'team_lead'],
      order: 65,
      section: true,
    },
  ],
});
