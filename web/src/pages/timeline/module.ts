import { defineWebModule, lazyPage } from '../../web-module';
import en from './en.json';
import nl from './nl.json';

export const timelineModule = defineWebModule({
  name: 'timeline',
  texts: { nl, en },
  routes: [{ path: 'families/:familyId/timeline', page: lazyPage(() => import('./timeline-page'), 'TimelinePage') }],
  nav: [],
});
