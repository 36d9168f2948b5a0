/**
 * Additions to the i18n-iso-countries names: the short and colloquial forms people write (سورية، أمريكا, Syria,
 * Britain, Irak, Hollande), the adjectives of the countries that matter here (Syrian, irakien…), and the names
 * that are ordinary words too and are never matched bare (مالي "financial", بنين "sons", Chad, Maurice…).
 */

/** name | ISO code, one per line; Arabic, English and French mixed. */
const EXTRA = `
سورية | SY
الجمهورية العربية السورية | SY
المملكة العربية السعودية | SA
الإمارات | AE
دولة الإمارات | AE
المملكة الأردنية الهاشمية | JO
بريطانيا | GB
إنجلترا | GB
إنكلترا | GB
أمريكا | US
أميركا | US
الولايات المتحدة الأمريكية | US
الولايات المتحدة الأميركية | US
سلطنة عمان | OM
الدانمارك | DK
البوسنة | BA
ماليزيا | MY
Syria | SY
Iran | IR
Russia | RU
Britain | GB
England | GB
Scotland | GB
Holland | NL
KSA | SA
America | US
United States | US
Emirates | AE
Czech Republic | CZ
South Korea | KR
North Korea | KP
Vietnam | VN
Laos | LA
Moldova | MD
Macedonia | MK
Ivory Coast | CI
Taiwan | TW
Brunei | BN
Vatican | VA
Kingdom of Saudi Arabia | SA
Arabie saoudite | SA
Émirats arabes unis | AE
Émirats | AE
Grande-Bretagne | GB
Angleterre | GB
États-Unis | US
Etats-Unis | US
Hollande | NL
Turquie | TR
Irak | IQ
`;

/** Names (as given by the library or above) that are ordinary words or given names too. */
/** Country names that are also given names: not a country next to another capitalised word (Michael Jordan). */
export const COUNTRY_NAMES_ALSO_PERSONAL: readonly string[] = ['Jordan', 'Israel', 'India', 'Kenya', 'China', 'Chile', 'France', 'Niger', 'Georgia'];

export const COUNTRY_NAMES_NEVER_BARE: readonly string[] = [
  'مالي', 'بنين', 'عمان', 'الجبل الأسود', 'جزيرة مان', 'US', 'Chad', 'Reunion', 'Maurice', 'Grenade',
  'Dominique', 'Man', 'Guadeloupe', 'Georgia', 'Jersey', 'Guernsey', 'Niue', 'Cook Islands', 'Christmas Island',
];

/** Adjectives of nationality, English (capitalised) and French (any case), for the countries that matter here. */
const ADJECTIVES = `
SY | Syrian syrien syrienne syriens syriennes Syrien Syrienne
IQ | Iraqi irakien irakienne irakiens irakiennes Irakien Irakienne
TR | Turkish turc turque turcs turques Turc Turque
SA | Saudi saoudien saoudienne saoudiens saoudiennes Saoudien Saoudienne
JO | Jordanian jordanien jordanienne jordaniens jordaniennes Jordanien Jordanienne
LB | Lebanese libanais libanaise libanaises Libanais Libanaise
KW | Kuwaiti koweïtien koweïtienne koweïtiens Koweïtien
QA | Qatari qatari qatarie qataris Qatarie
BH | Bahraini bahreïni bahreïnie bahreïnis
AE | Emirati émirati émiratie émiratis
OM | Omani omanais omanaise
YE | Yemeni yéménite yéménites Yéménite
EG | Egyptian égyptien égyptienne égyptiens égyptiennes Égyptien Égyptienne
LY | Libyan libyen libyenne libyens libyennes Libyen Libyenne
TN | Tunisian tunisien tunisienne tunisiens tunisiennes Tunisien Tunisienne
DZ | Algerian algérien algérienne algériens algériennes Algérien Algérienne
MA | Moroccan marocain marocaine marocains marocaines Marocain Marocaine
SD | Sudanese soudanais soudanaise
PS | Palestinian palestinien palestinienne palestiniens palestiniennes Palestinien Palestinienne
IR | Iranian iranien iranienne iraniens iraniennes Iranien Iranienne
AF | Afghan afghane afghanes Afghane
PK | Pakistani pakistanais pakistanaise
`;

/** Currency words next to which an adjective names money, not a country (Syrian pounds, livres syriennes). */
export const CURRENCY_WORDS: readonly string[] = [
  'pound', 'pounds', 'lira', 'liras', 'lire', 'dinar', 'dinars', 'riyal', 'riyals', 'rial', 'rials', 'dirham',
  'dirhams', 'dollar', 'dollars', 'livre', 'livres', 'rupee', 'rupees', 'currency', 'monnaie', 'ليرة', 'الليرة',
  'ليرات', 'دينار', 'الدينار', 'دنانير', 'ريال', 'الريال', 'ريالات', 'درهم', 'دراهم', 'جنيه', 'جنيهات', 'دولار',
  'دولارات', 'عملة', 'العملة',
];

export interface CountryName {
  name: string;
  code: string;
}

function parsePairs(table: string): CountryName[] {
  return table
    .split('\n')
    .map((line) => line.split('|').map((s) => s.trim()))
    .filter((f): f is [string, string] => f.length === 2 && f[0] !== '' && f[1] !== '')
    .map(([name, code]) => ({ name, code }));
}

export const EXTRA_COUNTRY_NAMES: readonly CountryName[] = parsePairs(EXTRA);

export const COUNTRY_ADJECTIVES: readonly CountryName[] = ADJECTIVES.split('\n')
  .map((line) => line.split('|').map((s) => s.trim()))
  .filter((f) => f.length === 2)
  .flatMap(([code, words]) => (words ?? '').split(/\s+/).filter(Boolean).map((name) => ({ name, code: code ?? '' })));
