// The demo's learning log: what went well, less well and where it chafed, in the teams' and policy
// advisors' words (synthetic, no persons), some discussed at reflection meetings with decisions and
// follow-up actions — done, open, and one overdue — so every state shows.
import type { LearningKind } from '../platform/db/schema.js';

export interface EntryTemplate {
  kind: LearningKind;
  step: number | null;
  title: string;
  body: string;
  decision: string;
  action: string;
}

export const ENTRY_TEMPLATES: readonly EntryTemplate[] = [
  {
    kind: 'went_well',
    step: 1,
    title: 'Spreekuur op school werkt drempelverlagend',
    body: 'Sinds het wekelijkse spreekuur op de basisschool lopen ouders vaker even binnen. Vragen komen eerder, nog voordat er iets escaleert.',
    decision: 'Het spreekuur wordt uitgebreid naar een tweede school.',
    action: 'Afspraken maken met de directie van de tweede school',
  },
  {
    kind: 'chafed',
    step: 2,
    title: 'Twee plannen naast elkaar bij schuldhulp',
    body: 'Schuldhulp werkt met een eigen plan naast het gezinsplan. Het gezin moest twee keer hetzelfde vertellen en wist niet wie de regie had.',
    decision: 'Schuldhulp schuift aan bij het opstellen van het gezinsplan; één plan is het uitgangspunt.',
    action: 'Werkafspraak met schuldhulp opstellen over één plan',
  },
  {
    kind: 'went_less_well',
    step: 3,
    title: 'Top 3-gesprek te snel ingepland',
    body: 'We plannden het gesprek binnen een week. Niet iedereen uit het netwerk kon komen en het gezin voelde zich overvallen.',
    decision: 'Een top 3-gesprek wordt voortaan met het gezin samen gepland, met minstens twee weken voorbereiding.',
    action: 'Handreiking voor het plannen van een tafelgesprek schrijven',
  },
  {
    kind: 'went_well',
    step: 4,
    title: 'Netwerkberaad bracht onverwachte hulp',
    body: 'Bij het netwerkberaad bleek dat een oom en de buren veel konden oppakken. Professionele hulp kon daardoor lichter blijven.',
    decision: 'Netwerkberaad wordt standaard aangeboden voordat zwaardere hulp wordt aangevraagd.',
    action: 'Netwerkberaad opnemen in de werkwijze van het team',
  },
  {
    kind: 'chafed',
    step: 5,
    title: 'Steungezinnen te lang op de wachtlijst',
    body: 'Er zijn meer vraaggezinnen dan steungezinnen. Sommige gezinnen wachten maanden op een match en haken af.',
    decision: 'Werving van steungezinnen samen met kerken en verenigingen oppakken.',
    action: 'Wervingsavond met verenigingen organiseren',
  },
  {
    kind: 'went_less_well',
    step: 6,
    title: 'Afschalen na verblijf loopt vast',
    body: 'Na een verblijf is er geen lichte hulp beschikbaar in de buurt, waardoor de zware hulp langer doorloopt dan nodig.',
    decision: 'Met de aanbieder afspreken dat afschalen vanaf de start van het verblijf wordt voorbereid.',
    action: 'Afschaalafspraak in het contractgesprek agenderen',
  },
  {
    kind: 'chafed',
    step: 7,
    title: 'Regionaal ingekochte hulp ver weg',
    body: 'Gezinnen moeten voor regionaal ingekochte hulp ver reizen. Een deel haakt daardoor af voordat de hulp goed op gang is.',
    decision: 'In de regio voorstellen om een deel van deze hulp ook lokaal aan te bieden.',
    action: 'Voorstel voor het regionaal inkoopoverleg voorbereiden',
  },
  {
    kind: 'went_well',
    step: 8,
    title: 'Resultaatgesprek met aanbieder gaf inzicht',
    body: 'In het eerste resultaatgesprek bespraken we doelrealisatie in plaats van uren. De aanbieder kwam zelf met verbeterpunten.',
    decision: 'Resultaatgesprekken twee keer per jaar met elke lokale aanbieder.',
    action: 'Planning van resultaatgesprekken maken',
  },
  {
    kind: 'went_less_well',
    step: 9,
    title: 'Logboek wordt weinig gebruikt',
    body: 'Collega’s vinden het logboek nuttig maar schrijven er weinig in. Het voelt als extra administratie.',
    decision: 'Elk teamoverleg begint met vijf minuten voor het logboek.',
    action: 'Logboek als vast agendapunt opnemen',
  },
  {
    kind: 'chafed',
    step: null,
    title: 'Eigen richtlijnen botsen in het multidisciplinaire overleg',
    body: 'Professionals van verschillende organisaties werken volgens hun eigen richtlijnen. In het overleg schuurt dat, vooral rond veiligheid.',
    decision: 'Een gezamenlijke werkafspraak over veiligheid opstellen met alle partners aan tafel.',
    action: 'Eerste versie gezamenlijke werkafspraak veiligheid',
  },
  {
    kind: 'went_well',
    step: 1,
    title: 'Signaal van de woningcorporatie op tijd',
    body: 'Door de vroege melding van huurachterstand konden we langsgaan voordat er een ontruiming dreigde. Het gezin was opgelucht.',
    decision: 'De afspraken met de corporatie worden voortgezet en uitgebreid naar de energieleverancier.',
    action: 'Gesprek met de energieleverancier over vroegsignalering',
  },
  {
    kind: 'went_less_well',
    step: 2,
    title: 'Overdracht van regisseur ging mis',
    body: 'Bij een wisseling van regisseur ging informatie verloren. Het gezin moest opnieuw beginnen met vertellen.',
    decision: 'Een warme overdracht met het gezin erbij wordt de norm.',
    action: 'Checklist warme overdracht maken',
  },
];
