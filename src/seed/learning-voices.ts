// Each IJsselland municipality's own voice on the example meetlat: where it stands on each step
// at two or three moments, what it says about it, and the step it names as needing most attention.
// Synthetic text, no persons. Levels run 1 (startend) … 5 (verankerd).

/** What is said about a step, by how far a municipality is (levels 1–2, 3, 4–5). */
export const STEP_BANDS: ReadonlyArray<readonly [low: string, mid: string, high: string]> = [
  [
    'De ondersteuner bij de huisarts is er nog maar bij een paar praktijken.',
    'Bij de meeste huisartsen zit nu een ondersteuner; de scholen volgen.',
    'Huisarts, school en consultatiebureau zijn vaste vindplaatsen geworden.',
  ],
  [
    'Gezinnen hebben nog vaak meerdere plannen naast elkaar.',
    'Eén plan lukt, maar de regisseur wisselt nog te vaak.',
    'Eén plan en één regisseur is gewoon geworden, ook bij schulden en wonen.',
  ],
  [
    'Het gesprek over het gezin gebeurt nog te vaak zonder het gezin.',
    'Het top 3-gesprek wordt gevoerd waar het ingewikkeld is.',
    'Gezinnen zitten standaard aan tafel; iedere stem telt echt.',
  ],
  [
    'Professionals nemen het nog snel over van het netwerk.',
    'We vragen vaker wat familie en buren zelf kunnen.',
    'Het netwerk is de eerste vraag in elk plan.',
  ],
  [
    'Vrijwilligerswerk rond gezinnen is versnipperd.',
    'Buurtgezinnen draait, maar er zijn te weinig steungezinnen.',
    'Steungezinnen en dorpsinitiatieven dragen een groot deel van de basis.',
  ],
  [
    'Er gaat nog veel direct naar specialistische hulp.',
    'Afschalen gebeurt, maar vaak laat.',
    'Zware hulp is uitzondering en wordt actief afgeschaald.',
  ],
  [
    'Inkoop is nog vooral per product geregeld.',
    'De regionale afspraken staan; lokaal zoeken we nog.',
    'Lokaal en regionaal vullen elkaar aan en de contracten volgen de visie.',
  ],
  [
    'We sturen nog op uren en budget, niet op resultaat.',
    'De eerste resultaatcriteria zijn met aanbieders afgesproken.',
    'Resultaten zijn onderwerp van elk contractgesprek.',
  ],
  [
    'We hebben verhalen, maar weinig cijfers.',
    'Er is een logboek; bespreken gebeurt nog onregelmatig.',
    'Leren is een vast ritme: logboek, reflectieoverleg, bijsturen.',
  ],
];

export interface Voice {
  code: string;
  slug: string;
  /** Local colour the municipality adds to its reflections, in its own words. */
  colour: readonly string[];
  /** Levels per step at the first moment. */
  start: readonly number[];
  /** Per moment after the first: how many steps moved up (deterministic picks). */
  moves: readonly number[];
  /** The step needing most attention (1-based) and why, per moment. */
  focus: ReadonlyArray<readonly [step: number, reason: string]>;
}

export const VOICES: readonly Voice[] = [
  {
    code: '0193',
    slug: 'zwolle',
    colour: [
      'In de stad werken de WIJ-teams per wijk.',
      'Met zoveel partners is afstemmen hier het werk.',
      'De wijken verschillen sterk.',
    ],
    start: [3, 2, 3, 2, 2, 2, 3, 2, 2],
    moves: [3, 2],
    focus: [
      [
        2,
        'Gezinnen vertellen ons dat ze nog steeds bij meerdere loketten hun verhaal doen. Daar willen we als eerste aan werken.',
      ],
      [
        6,
        'Het aantal verwijzingen naar specialistische hulp daalt niet vanzelf. We willen beter zien waar afschalen kan.',
      ],
      [9, 'We hebben nu cijfers, maar bespreken ze te weinig met de teams. Leren moet een ritme worden.'],
    ],
  },
  {
    code: '0166',
    slug: 'kampen',
    colour: [
      'Het budget staat onder druk.',
      'We zijn klein genoeg om elkaar te kennen.',
      'De kernen hebben elk een eigen karakter.',
    ],
    start: [2, 2, 2, 3, 2, 1, 2, 1, 2],
    moves: [2, 3],
    focus: [
      [8, 'We geven meer uit dan begroot en weten niet goed wat het oplevert. Sturen op resultaat moet beter.'],
      [6, 'Te veel jongeren komen direct in de zware hulp terecht. We zoeken lichtere alternatieven dichtbij.'],
    ],
  },
  {
    code: '1896',
    slug: 'zwartewaterland',
    colour: [
      'In Genemuiden en Hasselt kennen mensen elkaar.',
      'Kerken en verenigingen doen veel.',
      'De lijnen zijn kort.',
    ],
    start: [2, 3, 2, 3, 3, 2, 2, 2, 1],
    moves: [2],
    focus: [
      [9, 'We doen veel goed, maar schrijven weinig op. Daardoor leren we er te weinig van.'],
      [1, 'De school is de plek waar we gezinnen zien. Daar willen we een jeugdhulpverlener naast de leerkracht.'],
    ],
  },
  {
    code: '1708',
    slug: 'steenwijkerland',
    colour: [
      'We hebben veel kleine dorpen.',
      'Afstand is hier een echte drempel.',
      'Vrijwilligers in de dorpen zijn onmisbaar.',
    ],
    start: [2, 2, 3, 2, 3, 2, 2, 2, 2],
    moves: [3, 1],
    focus: [
      [1, 'Voor gezinnen in de kleine dorpen is de hulp ver weg. We willen dichterbij komen, via huisarts en school.'],
      [5, 'De dorpen willen meer zelf doen. We zoeken hoe we dat steunen zonder het over te nemen.'],
      [5, 'Buurtgezinnen groeit, maar steungezinnen raken overbelast. Dat vraagt aandacht.'],
    ],
  },
  {
    code: '0180',
    slug: 'staphorst',
    colour: [
      'De gemeenschap vangt hier veel zelf op.',
      'Hulp van buiten wordt niet altijd vanzelf gevraagd.',
      'Familie staat dichtbij.',
    ],
    start: [2, 2, 2, 4, 4, 2, 2, 1, 1],
    moves: [2, 2],
    focus: [
      [3, 'Gezinnen vragen pas laat om hulp. Als ze aan tafel zitten, moeten ze zich gehoord voelen.'],
      [8, 'We kopen in zonder te weten wat het oplevert. We willen met aanbieders afspreken waar we op letten.'],
    ],
  },
  {
    code: '0160',
    slug: 'hardenberg',
    colour: [
      'Ons gebied is groot en landelijk.',
      'De kosten lopen hier harder op dan elders.',
      'We werken met vaste aanbieders in de regio.',
    ],
    start: [2, 2, 2, 2, 3, 1, 3, 2, 2],
    moves: [2, 2],
    focus: [
      [
        6,
        'Het regionale budget voor ambulante hulp raakt op. We moeten eerder en lichter helpen in plaats van later en zwaarder.',
      ],
      [7, 'Regionaal ingekochte hulp is ver weg voor onze gezinnen. We willen meer lokaal organiseren.'],
      [6, 'Afschalen lukt beter, maar nog niet overal. We houden dit vast.'],
    ],
  },
  {
    code: '0175',
    slug: 'ommen',
    colour: [
      'Als kleine gemeente moeten we keuzes maken.',
      'We leunen op de regio voor specialistische hulp.',
      'Het team kent de gezinnen.',
    ],
    start: [3, 2, 3, 3, 2, 2, 2, 2, 2],
    moves: [1],
    focus: [
      [
        2,
        'Gezinnen met schulden en opvoedvragen hebben te maken met te veel mensen. Eén regisseur moet het verschil maken.',
      ],
      [4, 'We zien dat familie en buren meer kunnen dan we dachten. Dat willen we vaker benutten.'],
    ],
  },
  {
    code: '0148',
    slug: 'dalfsen',
    colour: [
      'In de kernen is de sociale basis sterk.',
      'We werken nauw samen met Zwolle.',
      'Het consultatiebureau is een belangrijke vindplaats.',
    ],
    start: [3, 3, 2, 3, 3, 2, 2, 2, 2],
    moves: [2, 1],
    focus: [
      [
        3,
        'Het gesprek mét het gezin gaat goed bij de lichte vragen, maar nog niet bij de zware. Daar willen we oefenen.',
      ],
      [9, 'We willen weten of wat we doen werkt. Het logboek helpt, maar we bespreken het nog te weinig.'],
      [8, 'Met de aanbieders zijn criteria afgesproken; nu moeten we er ook echt op sturen.'],
    ],
  },
  {
    code: '0177',
    slug: 'raalte',
    colour: [
      'Onze kernen verschillen veel van elkaar.',
      'Het onderwijs is een sterke partner.',
      'We zijn trots op de vrijwilligers.',
    ],
    start: [2, 2, 2, 3, 3, 2, 2, 2, 2],
    moves: [3, 2],
    focus: [
      [1, 'De scholen signaleren veel, maar de hulp komt traag op gang. We willen sneller en dichterbij helpen.'],
      [2, 'Er lopen nog te veel plannen naast elkaar. We kiezen voor één plan per gezin.'],
    ],
  },
  {
    code: '1773',
    slug: 'olstwijhe',
    colour: [
      'We zijn een kleine gemeente met twee grote kernen.',
      'Alles wat we doen, doen we met weinig mensen.',
      'Samenwerking met de buurgemeenten is nodig.',
    ],
    start: [2, 3, 3, 3, 2, 2, 1, 2, 2],
    moves: [2],
    focus: [
      [7, 'Als kleine gemeente hebben we weinig invloed op de inkoop. We willen lokaal meer ruimte.'],
      [5, 'Vrijwilligers zijn er, maar ze vinden de gezinnen niet. We willen dat beter verbinden.'],
    ],
  },
];
