import { defineWebModule, lazyPage } from '../../web-module';
import en from './en.json';
import nl from './nl.json';

export const homeModule = defineWebModule({
  name: 'home',
  texts: { nl, en },
  routes: [{ page: lazyPage(() => import('./home-page'), 'HomePage') }],
  nav: [{ to: '/', label: 'home.nav', order: 10 }],
});
