// Fixed facts of the demo region: IJsselland's ten municipalities with their real CBS codes
// (DOMAIN.md). Districts and neighbourhoods are synthetic but CBS-shaped (WKggggdd, BUggggddbb).
export const REGION = { code: 'IJSSELLAND', name: 'Jeugdzorgregio IJsselland' } as const;

export const MUNICIPALITIES = [
  { code: '0193', name: 'Zwolle', districts: 4 },
  { code: '0166', name: 'Kampen', districts: 2 },
  { code: '1896', name: 'Zwartewaterland', districts: 2 },
  { code: '1708', name: 'Steenwijkerland', districts: 2 },
  { code: '0180', name: 'Staphorst', districts: 1 },
  { code: '0160', name: 'Hardenberg', districts: 2 },
  { code: '0175', name: 'Ommen', districts: 1 },
  { code: '0148', name: 'Dalfsen', districts: 1 },
  { code: '0177', name: 'Raalte', districts: 2 },
  { code: '1773', name: 'Olst-Wijhe', districts: 1 },
] as const;

export const DISTRICT_NAMES = ['Centrum', 'Noord', 'Zuid', 'Oost', 'West'] as const;
export const NEIGHBOURHOOD_NAMES = [
  'De Weide',
  'Het Veld',
  'Molenbuurt',
  'Kerkbuurt',
  'De Esch',
  'Stationsbuurt',
  'Vogelbuurt',
  'Bloemenbuurt',
  'Oude Stad',
  'De Horst',
  'Buitengebied',
  'Havenkwartier',
  'Schildersbuurt',
  'De Marke',
  'Bomenbuurt',
] as const;

export const FIRST_NAMES = [
  'Anouk',
  'Bram',
  'Chantal',
  'Daan',
  'Esra',
  'Femke',
  'Gijs',
  'Hanna',
  'Imre',
  'Jasmijn',
  'Koen',
  'Lotte',
  'Mehmet',
  'Noor',
  'Olaf',
  'Priya',
  'Ruben',
  'Sanne',
  'Tim',
  'Ula',
  'Vera',
  'Wouter',
  'Yara',
  'Zeynep',
] as const;
export const LAST_NAMES = [
  'de Boer',
  'Jansen',
  'Visser',
  'Bakker',
  'Smit',
  'Mulder',
  'Kok',
  'Dijkstra',
  'Postma',
  'Hoekstra',
  'van Dam',
  'Koster',
  'Brouwer',
  'Veenstra',
  'Timmer',
  'Yilmaz',
  'El Idrissi',
  'Nguyen',
  'Wolters',
  'Schouten',
] as const;

// Home organisations of neighbourhood-team members: "two business cards".
export const PARTNER_KINDS = [
  { type: 'welfare_organisation', name: (m: string) => `Welzijn ${m}` },
  { type: 'care_provider', name: (m: string) => `Jeugdhulp ${m} (demo)` },
  { type: 'gp_practice', name: (m: string) => `Huisartsenpraktijk ${m}-Centrum` },
  { type: 'school', name: (m: string) => `Basisschool De Klimop ${m}` },
] as const;
