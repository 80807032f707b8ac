// The demo's example meetlat ("voorbeeld"): nine steps taken from the seeds' own themes. A real
// region loads its own (Meetlat → Meetlat laden, or examples/meetlat-voorbeeld.csv as a template).
import type { MeetlatDefinition } from '../modules/learning/meetlat-definition.js';

export const EXAMPLE_MEETLAT: MeetlatDefinition = {
  name: 'Voorbeeld-meetlat transformatie jeugdhulp (demo)',
  levels: ['Startend', 'In ontwikkeling', 'Op weg', 'Gevorderd', 'Verankerd'],
  steps: [
    {
      position: 1,
      title: 'Vroeg en dichtbij helpen',
      description:
        'Hulp zit waar gezinnen al komen: de ondersteuner jeugd en gezin bij de huisarts, jeugdhulpverleners in elke school, het consultatiebureau, en partners die vroeg signaleren.',
      indicators: ['entry_point_specialised_share', 'time_to_help', 'signals_to_trajectory', 'evictions_prevented'],
    },
    {
      position: 2,
      title: 'Eén gezin, één plan, één regisseur',
      description:
        'Elk gezin heeft één plan over alle leefgebieden en één regisseur; iedereen die betrokken is weet van elkaar. Het gezin doet zijn verhaal één keer.',
      indicators: ['goals_achieved', 'drop_out'],
    },
    {
      position: 3,
      title: 'Het gezin aan tafel',
      description:
        'We praten mét ouders en jongeren, niet over hen. Het top 3-gesprek: iedere stem telt, samen bepalen we de grootste zorgen en waar we beginnen.',
      indicators: ['satisfaction', 'drop_out'],
    },
    {
      position: 4,
      title: 'Eigen kracht en netwerk eerst',
      description:
        'Wat kan het gezin zelf, wat kan het netwerk? Professionele hulp sluit daarop aan en bouwt het niet af.',
      indicators: ['managing_without_help', 'problems_reduced'],
    },
    {
      position: 5,
      title: 'Vrijwilligers en gemeenschap',
      description:
        'Vrijwilligers, dorpen en buurten dragen de basis: steungezinnen via Buurtgezinnen, huiswerkhulp, koffieochtenden, een dag uit.',
      indicators: ['support_family_matches', 'repeat_use'],
    },
    {
      position: 6,
      title: 'Alleen opschalen als het nodig is',
      description: 'Zware en dure hulp alleen als lichtere hulp niet genoeg is, en weer afschalen zodra het kan.',
      indicators: ['entry_point_specialised_share', 'repeat_use', 'managing_without_help'],
    },
    {
      position: 7,
      title: 'Lokaal inkopen wat lokaal kan, regionaal wat meerwaarde heeft',
      description:
        'Lokale aanbieders voor de basis; zware, zeldzame hulp samen als regio. Alleen aanbieders die volgens de visie werken krijgen een contract.',
      indicators: ['budget_spent', 'cost_per_youth'],
    },
    {
      position: 8,
      title: 'Sturen op resultaat',
      description:
        'Met aanbieders afgesproken resultaatcriteria; we kijken naar uitkomsten voor gezinnen, niet naar geleverde uren.',
      indicators: ['goals_achieved', 'problems_reduced', 'satisfaction', 'budget_spent'],
    },
    {
      position: 9,
      title: 'Leren en meten',
      description:
        'We registreren wat goed en minder goed gaat, bespreken waar het schuurt en passen ons werk aan. Cijfers en verhalen naast elkaar.',
      indicators: ['drop_out', 'repeat_use', 'satisfaction'],
    },
  ],
};
