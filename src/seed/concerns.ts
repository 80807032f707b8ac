// The concerns demo families bring to the kitchen table, in the words different people use for
// them, with the story fragments, goals and actions that go with each. The demo composes families
// from these pieces, so no two dossiers read the same while each stays internally consistent:
// the story mentions what the table later ranks, and the plan's goals follow the top-3.
import type { LIFE_DOMAINS } from '../modules/plans/content.js';

type LifeDomain = (typeof LIFE_DOMAINS)[number];
export type OwnerRole = 'parent' | 'network' | 'regisseur' | 'organisation';

export interface ConcernSpec {
  key: string;
  label: string;
  domain: LifeDomain;
  /** Own words, by who says it. {child} is a child's first name. */
  parent: readonly string[];
  youth: readonly string[];
  network: readonly string[];
  partner: readonly string[];
  /** A sentence for the family's own story. */
  story: readonly string[];
  goal: ReadonlyArray<{ what: string; howWeKnow: string }>;
  actions: ReadonlyArray<{ what: string; owner: OwnerRole; organisation?: string }>;
  safetyAgreement?: string;
  /** Whether a safety rating is asked at the table when this concern is on it. */
  safety?: boolean;
}

export const CONCERNS: readonly ConcernSpec[] = [
  {
    key: 'schulden',
    label: 'Geldzorgen en schulden',
    domain: 'finances',
    parent: [
      'De post durf ik niet meer open te maken.',
      'Het geld is altijd op voor het einde van de maand.',
      'We hebben een betalingsachterstand bij de huur en de zorgverzekering.',
      'Ik weet niet meer bij wie we allemaal schulden hebben.',
    ],
    youth: ['Ik mag nooit mee op schoolreis omdat het te duur is.', 'Mama huilt als er brieven komen.'],
    network: ['Ze lenen steeds geld, dat kan zo niet doorgaan.', 'Ik zie de aanmaningen op tafel liggen.'],
    partner: [
      'Er is een melding van twee maanden huurachterstand.',
      'De schulden geven veel spanning in het gezin.',
      'Er lopen meerdere incassotrajecten.',
    ],
    story: [
      'Sinds {parent} zijn of haar werk kwijt is, lopen de rekeningen op.',
      'We hebben schulden die we zelf niet meer overzien.',
      'Elke maand is het geld op voordat de maand om is.',
    ],
    goal: [
      {
        what: 'Alle schulden op een rij en een vaste betaalregeling',
        howWeKnow: 'Er is een overzicht bij de schuldhulp en de huur wordt op tijd betaald',
      },
      {
        what: 'Elke maand rondkomen zonder nieuwe achterstanden',
        howWeKnow: 'Drie maanden achter elkaar geen nieuwe aanmaningen',
      },
    ],
    actions: [
      { what: 'Elke week samen de post openen', owner: 'network' },
      { what: 'Aanmelden bij de schuldhulpverlening', owner: 'regisseur' },
      { what: 'Een weekbudget maken en bijhouden', owner: 'parent' },
      {
        what: 'Betalingsregeling met de woningcorporatie afspreken',
        owner: 'organisation',
        organisation: 'Woningcorporatie',
      },
    ],
  },
  {
    key: 'opvoeding',
    label: 'Spanning en ruzie bij de opvoeding',
    domain: 'parenting',
    parent: [
      'Ik krijg geen rust in huis, we schreeuwen te veel.',
      'We zijn het vaak oneens over de kinderen.',
      'Ik weet niet meer hoe ik grenzen moet stellen.',
      'Elke avond is het strijd om naar bed te gaan.',
    ],
    youth: ['Thuis is het altijd ruzie.', 'Ze luisteren nooit naar mij.', 'Ik zit het liefst op mijn kamer.'],
    network: ['De ouders zijn op, dat zie je gewoon.', 'Ik hoor ze vaak tegen de kinderen schreeuwen.'],
    partner: [
      'De ouders zijn overbelast.',
      'Er is weinig structuur in het gezin.',
      'Ouders hebben handvatten nodig bij de opvoeding.',
    ],
    story: [
      'Thuis is er veel ruzie en we komen er samen niet uit.',
      'We willen weer rust in huis.',
      'Als ouders staan we niet op één lijn.',
    ],
    goal: [
      {
        what: 'Rust in huis: minder ruzie en vaste afspraken',
        howWeKnow: 'Het gezin geeft de sfeer thuis een 7 of hoger',
      },
      {
        what: 'Ouders maken samen afspraken over de opvoeding',
        howWeKnow: 'Er is een huisregelsbord en beide ouders houden zich eraan',
      },
    ],
    actions: [
      { what: 'Samen huisregels opschrijven en ophangen', owner: 'parent' },
      { what: 'Opvoedondersteuning aan huis, tien gesprekken', owner: 'organisation', organisation: 'Jeugdhulp' },
      { what: 'Een vast moment per week voor elk kind', owner: 'parent' },
      { what: 'Op woensdag de kinderen opvangen zodat ouders op adem komen', owner: 'network' },
    ],
  },
  {
    key: 'veiligheid',
    label: 'Veiligheid van de kinderen thuis',
    domain: 'safety',
    safety: true,
    parent: ['Soms loopt het uit de hand en dan zijn de kinderen bang.', 'Ik wil niet dat de kinderen nog ruzie zien.'],
    youth: ['Ik ben bang als papa boos wordt.', 'Ik ga dan met mijn zusje naar boven.'],
    network: ["Ik hoor 's avonds vaak geschreeuw.", 'Ik heb een keer de politie gebeld.'],
    partner: [
      'Er is twee keer politie geweest na ruzie.',
      'Er is een melding bij Veilig Thuis gedaan.',
      'De kinderen zijn getuige van huiselijk geweld geweest.',
    ],
    story: [
      'Er is een melding gedaan bij Veilig Thuis en dat was een schok.',
      'We willen dat de kinderen zich thuis weer veilig voelen.',
    ],
    goal: [
      {
        what: 'Geen ruzie meer waar de kinderen bij zijn',
        howWeKnow: 'Iedereen aan tafel geeft een 7 of hoger op veiligheid',
      },
    ],
    actions: [
      { what: 'Samen een afkoelplan maken voor als de spanning oploopt', owner: 'parent' },
      { what: 'Elke twee weken een veiligheidscheck met het gezin', owner: 'regisseur' },
      { what: 'Bereikbaar zijn als noodadres voor de kinderen', owner: 'network' },
    ],
    safetyAgreement: 'Als de ruzie oploopt, gaat een ouder een blokje om en belt de ander het netwerk.',
  },
  {
    key: 'school',
    label: 'Schoolverzuim',
    domain: 'school_work',
    parent: [
      '{child} gaat niet graag naar school.',
      'De school belt bijna elke week.',
      "Ik krijg {child} 's ochtends mijn bed niet uit.",
    ],
    youth: ['Ik snap er niks van op school.', 'Ik word gepest in de klas.', 'School is saai, ik ga liever niet.'],
    network: ['{child} is overdag vaak thuis.', 'Ik zie {child} door de week in de buurt rondhangen.'],
    partner: ['{child} heeft dit jaar al veel ongeoorloofd verzuim.', 'De leerplichtambtenaar is ingeschakeld.'],
    story: ['{child} gaat steeds minder naar school.', 'Op school gaat het niet goed met {child}.'],
    goal: [
      { what: '{child} gaat elke dag naar school', howWeKnow: 'Geen ongeoorloofd verzuim meer volgens school' },
      { what: '{child} heeft een plek op school die past', howWeKnow: 'Er is een passend onderwijsaanbod afgesproken' },
    ],
    actions: [
      { what: 'Gesprek met de mentor en de leerplichtambtenaar', owner: 'organisation', organisation: 'School' },
      { what: "{child} 's ochtends wekken en naar school brengen", owner: 'parent' },
      { what: 'Huiswerkbegeleiding op dinsdag en donderdag', owner: 'network' },
    ],
  },
  {
    key: 'huisvesting',
    label: 'Te kleine of onzekere woning',
    domain: 'housing',
    parent: [
      "Met z'n vijven in drie kamers.",
      'We moeten misschien het huis uit.',
      'Er zit schimmel in de slaapkamer van de kinderen.',
    ],
    youth: ['Ik heb geen eigen plek om huiswerk te maken.'],
    network: ['Het huis is eigenlijk veel te klein voor ze.'],
    partner: ['Er dreigt een huisuitzetting.', 'De woning is overbewoond.'],
    story: ['Ons huis is te klein en dat geeft veel spanning.', 'We zijn bang dat we ons huis kwijtraken.'],
    goal: [
      { what: 'Een veilige woning die groot genoeg is', howWeKnow: 'Er is een urgentieaanvraag of een andere woning' },
    ],
    actions: [
      { what: 'Urgentie aanvragen bij de gemeente', owner: 'regisseur' },
      { what: 'Schimmel laten verhelpen door de verhuurder', owner: 'organisation', organisation: 'Woningcorporatie' },
    ],
  },
  {
    key: 'psyche',
    label: 'Somberheid en stress van een ouder',
    domain: 'mental_health',
    parent: [
      "Ik lig 's nachts wakker van alle zorgen.",
      'Ik heb nergens meer energie voor.',
      'Soms zie ik het niet meer zitten.',
    ],
    youth: ['Mama is vaak verdrietig.', 'Papa ligt veel op de bank.'],
    network: ['Ze is zichzelf niet meer de laatste tijd.'],
    partner: ['Moeder lijkt depressieve klachten te hebben.', 'De draagkracht van de ouder is laag.'],
    story: ['Ik ben moe en somber, en dat merken de kinderen ook.', 'Ik heb het gevoel dat ik alles alleen moet doen.'],
    goal: [
      {
        what: 'Een ouder die weer energie heeft voor het gezin',
        howWeKnow: 'Ouder scoort mentaal welbevinden 6 of hoger',
      },
    ],
    actions: [
      { what: 'Afspraak bij de huisarts over de klachten', owner: 'parent' },
      {
        what: 'Verwijzing naar de praktijkondersteuner GGZ',
        owner: 'organisation',
        organisation: 'Huisartsenpraktijk',
      },
      { what: 'Twee keer per week samen wandelen', owner: 'network' },
    ],
  },
  {
    key: 'middelen',
    label: 'Blowen of drinken',
    domain: 'health',
    parent: ['{child} blowt veel en komt laat thuis.', 'Mijn partner drinkt te veel.'],
    youth: ['Iedereen in mijn groep blowt, het is niet zo erg.', 'Ik drink alleen in het weekend.'],
    network: ['Ik zie {child} met oudere jongens op het plein.'],
    partner: ['Er zijn zorgen over middelengebruik.', '{child} is twee keer aangehouden met softdrugs.'],
    story: ['{child} blowt en we weten niet hoe we het gesprek moeten voeren.', 'Er wordt thuis te veel gedronken.'],
    goal: [{ what: 'Minder blowen en weer grip op het dagritme', howWeKnow: '{child} blowt niet meer door de week' }],
    actions: [
      {
        what: 'Gesprekken bij de verslavingszorg voor jongeren',
        owner: 'organisation',
        organisation: 'Verslavingszorg',
      },
      { what: 'Vaste tijden afspreken om thuis te zijn', owner: 'parent' },
    ],
  },
  {
    key: 'eenzaamheid',
    label: 'Weinig mensen om op terug te vallen',
    domain: 'social_network',
    parent: ['We kennen hier nog niemand.', 'Ik heb niemand die eens op de kinderen past.'],
    youth: ['Ik mis mijn vrienden van mijn oude school.'],
    network: ['Ze vragen nooit om hulp, maar ik zie dat het nodig is.'],
    partner: ['Het netwerk van het gezin is klein.'],
    story: ['We zijn net verhuisd en kennen hier nog niemand.', 'Familie woont ver weg en we staan er alleen voor.'],
    goal: [{ what: 'Meer mensen om op terug te vallen', howWeKnow: 'Er zijn twee mensen die het gezin kan bellen' }],
    actions: [
      { what: 'Aanmelden bij Buurtgezinnen voor een steungezin', owner: 'regisseur' },
      { what: 'Naar de koffieochtend in het wijkcentrum', owner: 'parent' },
      { what: 'Eens per week langskomen', owner: 'network' },
    ],
  },
  {
    key: 'gedrag',
    label: 'Boosheid en gedrag van een kind',
    domain: 'parenting',
    parent: [
      '{child} is vaak boos en slaat dan om zich heen.',
      '{child} luistert helemaal niet meer.',
      'Bij elke kleine tegenslag ontploft {child}.',
    ],
    youth: ['Ik word gewoon heel snel boos.', 'Iedereen zegt altijd dat ik de schuld heb.'],
    network: ['{child} is lief, maar kan ineens heel boos worden.', 'Bij ons thuis is {child} veel rustiger.'],
    partner: ['{child} heeft driftbuien in de klas.', 'Er is mogelijk sprake van een ontwikkelingsprobleem.'],
    story: [
      '{child} is vaak boos en dan weten we niet wat we moeten doen.',
      'Het gedrag van {child} maakt het thuis zwaar.',
    ],
    goal: [
      {
        what: '{child} leert met boosheid om te gaan',
        howWeKnow: 'Minder dan één uitbarsting per week thuis en op school',
      },
    ],
    actions: [
      { what: 'Training omgaan met boosheid voor {child}', owner: 'organisation', organisation: 'Jeugdhulp' },
      { what: 'Samen een rustplek in huis inrichten', owner: 'parent' },
    ],
  },
  {
    key: 'scheiding',
    label: 'Ruzie na de scheiding',
    domain: 'parenting',
    parent: [
      'We kunnen niet meer normaal met elkaar praten.',
      'De kinderen zitten klem tussen ons in.',
      'De omgangsregeling werkt niet.',
    ],
    youth: ['Ik wil niet kiezen tussen papa en mama.'],
    network: ['De kinderen worden heen en weer geslingerd.'],
    partner: ['De ouders zijn verwikkeld in een vechtscheiding.', 'De kinderen raken betrokken bij het conflict.'],
    story: [
      'Sinds de scheiding is er veel ruzie over de kinderen.',
      'De kinderen hebben last van de ruzie tussen ons als ouders.',
    ],
    goal: [
      {
        what: 'Een omgangsregeling waar iedereen zich aan houdt',
        howWeKnow: 'Drie maanden zonder conflict bij het wisselen',
      },
    ],
    actions: [
      { what: 'Samen naar een mediator', owner: 'parent' },
      { what: 'Ouderschapsplan opnieuw opstellen', owner: 'regisseur' },
      { what: 'De wissel van de kinderen bij oma laten plaatsvinden', owner: 'network' },
    ],
  },
  {
    key: 'gezondheid',
    label: 'Ziekte in het gezin',
    domain: 'health',
    parent: ['Sinds mijn operatie kan ik weinig.', 'De zorg voor {child} met de ziekte kost al mijn tijd.'],
    youth: ['Ik moet veel thuis helpen omdat mama ziek is.'],
    network: ['Ze doen alles zelf, maar het wordt ze te veel.'],
    partner: ['De mantelzorg drukt zwaar op het gezin.'],
    story: ['Door ziekte kunnen we veel dingen niet meer.', 'De zorg voor {child} valt ons zwaar.'],
    goal: [{ what: 'De zorg thuis is vol te houden', howWeKnow: 'Ouders hebben elke week een vrije middag' }],
    actions: [
      { what: 'Respijtzorg aanvragen', owner: 'regisseur' },
      { what: 'Eén middag per week de zorg overnemen', owner: 'network' },
    ],
  },
  {
    key: 'werk',
    label: 'Geen werk of dagbesteding',
    domain: 'school_work',
    parent: ['Ik zit al een jaar thuis en dat vreet aan me.', 'Ik wil graag werken maar vind niks.'],
    youth: ['Ik ben gestopt met mijn opleiding en weet niet wat ik wil.'],
    network: ['Een baan zou {parent} goed doen.', 'Thuis zitten maakt het alleen maar zwaarder.'],
    partner: ['De jongere zit zonder startkwalificatie thuis.'],
    story: ['Ik wil weer aan het werk, maar het lukt niet.', '{child} is gestopt met school en zit thuis.'],
    goal: [{ what: 'Een vaste dagbesteding of werk', howWeKnow: 'Minstens drie dagdelen per week werk of opleiding' }],
    actions: [
      { what: 'Gesprek met het jongerenloket over een opleiding', owner: 'regisseur' },
      { what: 'Vrijwilligerswerk zoeken in de buurt', owner: 'parent' },
    ],
  },
];

export const STRENGTHS = {
  parent: [
    'Ik sta er elke dag voor de kinderen',
    'Ik kook graag met de kinderen',
    'We kunnen samen goed lachen',
    'Ik breng de kinderen elke dag naar school',
    'Ik vraag hulp als het nodig is',
    'We houden veel van elkaar',
  ],
  youth: ['Ik ben goed in voetbal', 'Ik help mijn kleine broertje', 'Ik teken graag', 'Ik heb een bijbaantje'],
  network: [
    'De kinderen komen graag bij ons spelen',
    'Ik kan op woensdag oppassen',
    'Ik woon om de hoek en ben er altijd',
  ],
  partner: ['Ouders zijn open over hun zorgen', 'De kinderen zijn goed verzorgd', 'Het gezin zoekt zelf hulp'],
} as const;

export const STORY_OPENINGS = [
  'Wij zijn een gezin van {n}.',
  'Ik ben alleen met de kinderen.',
  'We wonen nu drie jaar in deze buurt.',
  'Wij zijn {parent} en de kinderen.',
  'Ons gezin is samengesteld: we wonen met {n} mensen in huis.',
  'Ik woon met mijn kinderen bij mijn moeder in.',
] as const;
export const STORY_WISHES = [
  'We willen graag dat iemand met ons meedenkt, niet over ons.',
  'We willen het zelf doen, maar hebben even hulp nodig.',
  'Ons verhaal willen we maar één keer vertellen.',
  'We hopen dat het over een half jaar rustiger is.',
  'Wat goed gaat: we houden van elkaar en willen er samen uitkomen.',
  'Oma helpt waar ze kan, maar het wordt ons te veel.',
] as const;
export const INTAKE_OPENINGS = [
  'Kennismaking aan de keukentafel met beide ouders.',
  'Intake bij moeder thuis.',
  'Intake op het wijkcentrum met ouder en oudste kind.',
  'Kennismaking na verwijzing door de ondersteuner jeugd en gezin bij de huisarts.',
  'Eerste gesprek na een signaal van de school.',
] as const;
export const INTAKE_CLOSINGS = [
  'Afspraak: gezinsplan binnen zes weken.',
  'Vervolg: top-3-gesprek met het gezin en het netwerk.',
  'Vervolg: gesprek met school en de ondersteuner jeugd en gezin.',
  'Gezin wil zelf de regie houden; netwerk wordt uitgenodigd aan tafel.',
] as const;
export const HANDOVER_NOTES = [
  'Overdracht: de kinderen kennen de nieuwe regisseur van school; moeder stemde in.',
  'Overdracht wegens zwangerschapsverlof; warme overdracht aan de keukentafel gedaan.',
  'De nieuwe regisseur heeft meer ervaring met schulden; het gezin vond het goed.',
  'Overdracht na verhuizing binnen de gemeente naar een andere wijk.',
  'Vorige regisseur is van team gewisseld; lopende acties zijn doorgesproken.',
] as const;
