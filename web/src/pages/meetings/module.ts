import { defineWebModule, lazyPage } from '../../web-module';
import en from './en.json';
import nl from './nl.json';
import { CARE_ROLES } from '../../components/roles';

const meetingPage = lazyPage(() => import('./meeting-page'), 'MeetingPage');

export const meetingsModule = defineWebModule({
  name: 'meetings',
  texts: { nl, en },
  routes: [
    {
      path: 'families/:familyId/meetings',
      roles: CARE_ROLES,
      page: lazyPage(() => import('./meetings-page'), 'MeetingsPage'),
    },
    { path: 'families/:familyId/meetings/:meetingId', roles: CARE_ROLES, page: meetingPage },
  ],
  nav: [],
});
