/**
 * Words that head or close an organisation's name, in Arabic, English and French: an Arabic organisation is a
 * head noun followed by its idafa/adjective chain (ديوان الزكاة، مكتب شؤون الأفراد); a Latin one is a run of
 * capitalised words ending in a cue (Zakat Office, Al Rafidain Bank), an English head with "of" and a
 * capitalised complement (Ministry of Interior), or a French head noun with its complement, often in lower case
 * (Bureau des relations publiques, Banque de l'Habitat).
 */

/** Arabic head nouns, as written (matched after normaliseArabic). */
export const ARABIC_ORGANISATION_HEADS: readonly string[] = [
  'ديوان', 'مكتب', 'هيئة', 'وزارة', 'شركة', 'مؤسسة', 'جمعية', 'منظمة', 'مصرف', 'بنك', 'كتيبة', 'كتائب', 'لواء',
  'ألوية', 'جبهة', 'جيش', 'حركة', 'مركز', 'مجلس', 'اتحاد', 'حزب', 'جماعة', 'دائرة', 'مديرية', 'لجنة', 'صندوق',
  'مستشفى', 'جامعة', 'سرية', 'فرقة', 'فيلق', 'تنظيم', 'تجمع', 'رابطة', 'نقابة', 'شبكة', 'وكالة', 'قيادة', 'إدارة',
  'محكمة', 'شرطة', 'الهلال', 'الصليب', 'بيت', 'دار',
];

/** Heads that are ordinary words too: only an organisation when followed by a definite (ال) complement. */
export const ARABIC_WEAK_HEADS: readonly string[] = ['بيت', 'دار', 'قيادة', 'إدارة', 'شرطة', 'الهلال', 'الصليب', 'مركز', 'قسم'];

/** English and French words that close a capitalised organisation name. */
export const LATIN_ORGANISATION_TAILS: readonly string[] = [
  'Office', 'Bank', 'Company', 'Co', 'Corp', 'Corporation', 'Ltd', 'LLC', 'Inc', 'GmbH', 'SARL', 'SA', 'AG', 'BV',
  'Foundation', 'Association', 'Society', 'Committee', 'Council', 'Ministry', 'Department', 'Brigade', 'Brigades',
  'Battalion', 'Front', 'Army', 'Organisation', 'Organization', 'Agency', 'Exchange', 'Group', 'Trading',
  'Services', 'Charity', 'Relief', 'Institute', 'University', 'Hospital', 'Centre', 'Center', 'Union', 'Party',
  'Movement', 'Authority', 'Directorate', 'Commission', 'Fund', 'Trust', 'Network', 'Coalition', 'Police', 'Court', 'Diwan', 'Bureau', 'Transfers', 'Holding', 'Holdings', 'Partners', 'Battalions',
  'Groups', 'Forces', 'Committees', 'Companies', 'Banks', 'Offices', 'Administration', 'Secretariat', 'Embassy',
  'Consulate', 'Mosque', 'School', 'College', 'Academy', 'Media', 'Press', 'News', 'Radio', 'Television', 'TV',
];

/** English words that head an organisation name followed by "of/for" and a capitalised complement. */
export const LATIN_ORGANISATION_HEADS: readonly string[] = [
  'Ministry', 'Bank', 'Office', 'Council', 'Committee', 'Department', 'Directorate', 'Army', 'Front', 'Brigade',
  'University', 'Diwan', 'Bureau', 'Union', 'Commission', 'Fund', 'Organisation', 'Organization', 'Agency',
];

/** French words that head an organisation name followed by "de/du/des" and a complement, often lower case. */
export const FRENCH_ORGANISATION_HEADS: readonly string[] = [
  'Bureau', 'Banque', 'Société', 'Compagnie', 'Association', 'Fondation', 'Comité', 'Conseil', 'Ministère',
  'Direction', 'Brigade', 'Bataillon', 'Front', 'Armée', 'Organisation', 'Agence', 'Groupe', 'Institut',
  'Université', 'Hôpital', 'Centre', 'Union', 'Parti', 'Mouvement', 'Autorité', 'Commission', 'Fonds', 'Office',
  'Croissant-Rouge', 'Croix-Rouge',
];

/** Well-known organisations named without a cue word (money-transfer networks, the Red Crescent). */
export const LATIN_KNOWN_ORGANISATIONS: readonly string[] = ['Western Union', 'MoneyGram', 'PayPal', 'Red Crescent', 'Red Cross', 'Croissant-Rouge', 'Croix-Rouge'];
