import { defineWebModule, lazyPage } from '../../web-module';
import en from './en.json';
import nl from './nl.json';

export const instrumentsModule = defineWebModule({
  name: 'instruments',
  texts: { nl, en },
  routes: [
    { path: 'families/:familyId/instruments', page: lazyPage(() => import('./instruments-page'), 'InstrumentsPage') },
  ],
  nav: [],
});
