import { defineWebModule, lazyPage } from '../../web-module';
import en from './en.json';
import nl from './nl.json';

const meetingPage = lazyPage(() => import('./meeting-page'), 'MeetingPage');

export const meetingsModule = defineWebModule({
  name: 'meetings',
  texts: { nl, en },
  routes: [
    { path: 'families/:familyId/meetings', page: lazyPage(() => import('./meetings-page'), 'MeetingsPage') },
    { path: 'families/:familyId/meetings/:meetingId', page: meetingPage },
  ],
  nav: [],
});
