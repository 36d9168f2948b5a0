/**
 * The closed word classes of Arabic names written in Latin script (kunya heads, articles with their assimilated
 * forms, nasab particles, the ʿAbd compounds) and the capitalised words that never belong to a name (function
 * words, greetings, document labels, months and weekdays in English and French, Hijri months).
 */

export const LATIN_KUNYA_HEADS: readonly string[] = ['Abu', 'Abou', 'Abū', 'Abo', 'Aboo', 'Umm', 'Um', 'Oum', 'Om', 'Oumm', 'Ummu', 'ABU', 'ABOU', 'UMM', 'OUM'];

/** The article and its sun-letter assimilations (al-, el-, ad-, ash-, as-, ar-, at-, az-, an-, adh-, ath-…). */
export const ARTICLES: readonly string[] = [
  'al', 'el', 'il', 'ul', 'ad', 'adh', 'ar', 'as', 'ash', 'at', 'ath', 'az', 'an', 'ed', 'er', 'es', 'et', 'ez', 'en',
  'ech', 'ec', 'ud', 'ur', 'us', 'ut', 'un', 'aḍ', 'aṣ', 'aṭ', 'aẓ', 'aš',
];

export const LATIN_NASAB: readonly string[] = ['bin', 'ibn', 'ben', 'bint', 'bent', 'Bin', 'Ibn', 'Ben', 'Bint', 'BIN', 'IBN', 'BINT', 'b.', 'ould', 'Ould'];

/** ʿAbd written apart from the divine name that follows (Abd al-Karim, Abdel Karim, Abdul Rahman). */
export const ABD_WORDS: readonly string[] = ['Abd', 'ʿAbd', 'Abdel', 'Abdul', 'Abdoul', 'Abdal', 'Abdur', 'Abder', 'Abdu', 'Abdou', 'Abdil', 'ABD', 'ABDUL', 'ABDEL'];

/** Capitalised words that never start or continue a name. */
export const NOT_NAME_WORDS: readonly string[] = [
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'We', 'I', 'You', 'He', 'She', 'It', 'They', 'Our', 'My', 'Your',
  'His', 'Her', 'Their', 'Please', 'Peace', 'Dear', 'Hello', 'Hi', 'Thanks', 'Thank', 'Regards', 'Best', 'Kind',
  'Date', 'Subject', 'From', 'To', 'Cc', 'Bcc', 'Re', 'Fwd', 'Fw', 'Sent', 'Objet', 'De', 'À', 'Le', 'La', 'Les',
  'Un', 'Une', 'Des', 'Du', 'Au', 'Aux', 'Et', 'Ou', 'Nous', 'Vous', 'Il', 'Elle', 'Ils', 'Elles', 'Merci',
  'Salutations', 'Bonjour', 'Cher', 'Chère', 'Que', 'Qui', 'Pour', 'Par', 'Sur', 'Dans', 'Avec', 'In', 'On', 'At',
  'For', 'With', 'By', 'Of', 'And', 'Or', 'But', 'If', 'As', 'Mon', 'Ma', 'Mes', 'God', 'Allah', 'Inshallah',
  'Amen', 'Yes', 'No', 'OK', 'Ok', 'Good', 'Fine', 'Received', 'Receipt', 'Money', 'Transfer', 'Meeting', 'Note',
  'Total', 'Amount', 'Payment', 'Salary', 'Salaries', 'Name', 'Phone', 'Tel', 'Mobile', 'Email', 'Address',
  'Account', 'Number', 'Page', 'Report', 'List', 'Sheet', 'Table', 'Notes', 'Remarks', 'Reference', 'Ref', 'Via',
  'Islamic', 'State', 'Caliphate', 'Mujahideen', 'Mujahidin', 'Muslims', 'Muslim', 'Prophet', 'Quran', 'Koran',
  'Hijri', 'AH', 'AD', 'CE', 'BC', 'PM', 'AM', 'USD', 'EUR', 'TRY', 'SYP', 'IQD', 'JOD', 'SAR', 'GBP',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December', 'Janvier', 'Février', 'Mars', 'Avril', 'Mai', 'Juin', 'Juillet', 'Août', 'Septembre', 'Octobre',
  'Novembre', 'Décembre', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Lundi',
  'Mardi', 'Mercredi', 'Jeudi', 'Vendredi', 'Samedi', 'Dimanche', 'Street', 'Road', 'Avenue', 'Rue', 'Square',
  'North', 'South', 'East', 'West', 'Nord', 'Sud', 'Est', 'Ouest', 'New', 'Old', 'Great', 'Saint', 'St', 'Sainte',
  // Words that open sentences: capitalised there, never part of a name.
  'Then', 'Also', 'However', 'Later', 'Meanwhile', 'After', 'Before', 'When', 'While', 'Since', 'Yesterday', 'Today',
  'Tomorrow', 'Finally', 'Moreover', 'So', 'Now', 'Here', 'There', 'Alors', 'Puis', 'Ensuite', 'Hier', 'Demain',
  'Après', 'Avant', 'Quand', 'Aujourd', 'Maintenant', 'Ici', 'Mais', 'Donc', 'Car',
];

/** Hijri months: a "name" starting with one of these next to a number or an ordinal is a date. */
export const HIJRI_MONTH_WORDS: readonly string[] = [
  'Muharram', 'Moharram', 'Safar', 'Rabi', 'Rabiʿ', "Rabi'", 'Rabia', 'Rabie', 'Rabīʿ', 'Jumada', 'Joumada', 'Jumadi',
  'Djoumada', 'Jumādā', 'Rajab', 'Radjab', 'Shaban', "Sha'ban", 'Shaʿban', 'Chaabane', 'Chaabane', 'Ramadan',
  'Ramadhan', 'Ramaḍān', 'Shawwal', 'Chawwal', 'Dhu', 'Dhul', 'Dhū', 'Zul', 'Thul', 'Dou', 'Dhou',
];

/** Second words of Hijri month names (al-Awwal, al-Thani, al-Ula, al-Qada, al-Hijja…). */
export const HIJRI_MONTH_SECOND_WORDS: readonly string[] = [
  'Awwal', 'Awal', 'Aouel', 'Thani', 'Thaani', 'Sani', 'Tani', 'Akhir', 'Akhar', 'Akhira', 'Akhirah', 'Ula', 'Oula',
  'Ukhra', 'Qada', 'Qaada', "Qa'da", 'Qiʿda', 'Qidah', 'Kaada', 'Hijja', 'Hijjah', 'Hidja', 'Hijjeh', 'Qadah',
];

/** Words after which a name names a place or an institution (Abu Nuwas Street, Salah al-Din province). */
export const PLACE_WORDS_AFTER: readonly string[] = [
  'province', 'Province', 'governorate', 'Governorate', 'district', 'District', 'region', 'Region', 'city', 'City',
  'village', 'Village', 'camp', 'Camp', 'street', 'Street', 'road', 'Road', 'Avenue', 'avenue', 'Square', 'square',
  'Caddesi', 'Sokak', 'Bridge', 'bridge', 'Mosque', 'mosque', 'Hospital', 'hospital', 'School', 'school', 'University',
  'Airport', 'airport', 'Dam', 'dam', 'Valley', 'Mountain', 'Market', 'market', 'crossing', 'Crossing', 'neighbourhood',
  'neighborhood', 'quarter', 'Hotel', 'hotel', 'Restaurant', 'Company', 'Brigade', 'Battalion', 'Bank',
];

/** Words before which a name names a place or an institution (rue Abou Nouas, camp de Zaatari, mosquée…). */
export const PLACE_WORDS_BEFORE: readonly string[] = [
  'rue', 'Rue', 'avenue', 'boulevard', 'Boulevard', 'place', 'quartier', 'province', 'gouvernorat', 'district', 'camp',
  'mosquée', 'Mosquée', 'hôpital', 'école', 'école', 'village', 'ville', 'région', 'Mount', 'Lake', 'Fort', 'Port',
  'Cape', 'Wadi', 'Jabal', 'Jebel', 'Souk', 'Suq', 'Kafr', 'Khan', 'Qasr',
];
