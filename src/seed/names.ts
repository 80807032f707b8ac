// Synthetic names for the demo families: common Dutch first and family names and those of the
// larger communities in Overijssel, so the demo lists look like a real neighbourhood team's.
export const FEMALE_NAMES = ['Anouk', 'Chantal', 'Esra', 'Femke', 'Hanna', 'Jasmijn', 'Lotte', 'Noor', 'Priya', 'Sanne', 'Ula', 'Vera', 'Yara',
  'Zeynep', 'Iris', 'Marloes', 'Demi', 'Fatima', 'Ilse', 'Kim', 'Linda', 'Manon', 'Nadia', 'Petra', 'Roos', 'Saskia', 'Tamara', 'Wendy',
  'Aylin', 'Bo', 'Emma', 'Julia', 'Lieke', 'Mila', 'Nina', 'Sophie', 'Tess', 'Zoë', 'Amira', 'Evi', 'Fleur', 'Hiba', 'Isa', 'Luna'] as const;
export const MALE_NAMES = ['Bram', 'Daan', 'Gijs', 'Imre', 'Koen', 'Mehmet', 'Olaf', 'Ruben', 'Tim', 'Wouter', 'Jeroen', 'Mark', 'Dennis',
  'Erik', 'Hakan', 'Joost', 'Kevin', 'Mohamed', 'Niels', 'Patrick', 'Rik', 'Sander', 'Youssef', 'Ahmed', 'Finn', 'Jesse', 'Lars', 'Levi',
  'Milan', 'Noah', 'Sem', 'Thijs', 'Luuk', 'Bilal', 'Cas', 'Emre', 'Jens', 'Mats', 'Stijn', 'Tygo'] as const;
export const FAMILY_NAMES = ['de Boer', 'Jansen', 'Visser', 'Bakker', 'Smit', 'Mulder', 'Kok', 'Dijkstra', 'Postma', 'Hoekstra', 'van Dam',
  'Koster', 'Brouwer', 'Veenstra', 'Timmer', 'Yilmaz', 'El Idrissi', 'Nguyen', 'Wolters', 'Schouten', 'Kamphuis', 'Nijland', 'Hulsman',
  'Ter Horst', 'Oosterhuis', 'Bosch', 'Meijer', 'Vos', 'Kuipers', 'Lubbers', 'Schipper', 'Bruins', 'Scholten', 'Wessels', 'Huisman',
  'Boerman', 'Kaya', 'Demir', 'Bouzid', 'Haddou', 'Pranoto', 'Mahabier', 'Kowalski', 'Nowak', 'Tesfay', 'Haile', 'Ramdin', 'Ozturk',
  'Groot Koerkamp', 'Ten Brinke', 'Slot', 'Lamberts', 'Jonker', 'Zwiers', 'Bolhuis', 'Gerritsen', 'Dekker', 'Roelofs'] as const;

export type Gender = 'f' | 'm';
export const NETWORK_ROLES = {
  grandparent: { f: 'oma', m: 'opa' },
  neighbour: { f: 'buurvrouw', m: 'buurman' },
  friend: { f: 'vriendin', m: 'vriend' },
  volunteer: { f: 'vrijwilliger', m: 'vrijwilliger' },
  other: { f: 'tante', m: 'oom' },
} as const;
