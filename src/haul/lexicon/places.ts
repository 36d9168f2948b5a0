/**
 * Places the generated documents point at. Foreign cities carry the country a partner agency would triage on;
 * home places (Iraq, Syria) are where the fictional group lives and point at no foreign country.
 * Coordinates are city centres (public geography), used for photo GPS and for scoring a map.
 */

export interface City {
  ar: string;
  en: string;
  fr: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  lat: number;
  lon: number;
  /** Street names for postal addresses, in the local Latin form. */
  streets: readonly string[];
  /** Postal code pattern: '#' is a digit. */
  postcode?: string;
}

export interface Country {
  code: string;
  ar: string;
  en: string;
  fr: string;
  /** Adjective as used in passing ("Turkish coffee", "French cuisine"). */
  adjEn: string;
  adjAr: string;
}

export const COUNTRIES: Readonly<Record<string, Country>> = {
  IQ: { code: 'IQ', ar: 'العراق', en: 'Iraq', fr: 'Irak', adjEn: 'Iraqi', adjAr: 'عراقي' },
  SY: { code: 'SY', ar: 'سوريا', en: 'Syria', fr: 'Syrie', adjEn: 'Syrian', adjAr: 'سوري' },
  TR: { code: 'TR', ar: 'تركيا', en: 'Turkey', fr: 'Turquie', adjEn: 'Turkish', adjAr: 'تركي' },
  DE: { code: 'DE', ar: 'ألمانيا', en: 'Germany', fr: 'Allemagne', adjEn: 'German', adjAr: 'ألماني' },
  FR: { code: 'FR', ar: 'فرنسا', en: 'France', fr: 'France', adjEn: 'French', adjAr: 'فرنسي' },
  BE: { code: 'BE', ar: 'بلجيكا', en: 'Belgium', fr: 'Belgique', adjEn: 'Belgian', adjAr: 'بلجيكي' },
  NL: { code: 'NL', ar: 'هولندا', en: 'the Netherlands', fr: 'Pays-Bas', adjEn: 'Dutch', adjAr: 'هولندي' },
  SE: { code: 'SE', ar: 'السويد', en: 'Sweden', fr: 'Suède', adjEn: 'Swedish', adjAr: 'سويدي' },
  GB: { code: 'GB', ar: 'بريطانيا', en: 'the United Kingdom', fr: 'Royaume-Uni', adjEn: 'British', adjAr: 'بريطاني' },
  AT: { code: 'AT', ar: 'النمسا', en: 'Austria', fr: 'Autriche', adjEn: 'Austrian', adjAr: 'نمساوي' },
  DK: { code: 'DK', ar: 'الدنمارك', en: 'Denmark', fr: 'Danemark', adjEn: 'Danish', adjAr: 'دنماركي' },
  JO: { code: 'JO', ar: 'الأردن', en: 'Jordan', fr: 'Jordanie', adjEn: 'Jordanian', adjAr: 'أردني' },
  LB: { code: 'LB', ar: 'لبنان', en: 'Lebanon', fr: 'Liban', adjEn: 'Lebanese', adjAr: 'لبناني' },
  SA: { code: 'SA', ar: 'السعودية', en: 'Saudi Arabia', fr: 'Arabie saoudite', adjEn: 'Saudi', adjAr: 'سعودي' },
  QA: { code: 'QA', ar: 'قطر', en: 'Qatar', fr: 'Qatar', adjEn: 'Qatari', adjAr: 'قطري' },
  KW: { code: 'KW', ar: 'الكويت', en: 'Kuwait', fr: 'Koweït', adjEn: 'Kuwaiti', adjAr: 'كويتي' },
  AE: { code: 'AE', ar: 'الإمارات', en: 'the United Arab Emirates', fr: 'Émirats arabes unis', adjEn: 'Emirati', adjAr: 'إماراتي' },
  BH: { code: 'BH', ar: 'البحرين', en: 'Bahrain', fr: 'Bahreïn', adjEn: 'Bahraini', adjAr: 'بحريني' },
  IT: { code: 'IT', ar: 'إيطاليا', en: 'Italy', fr: 'Italie', adjEn: 'Italian', adjAr: 'إيطالي' },
  MA: { code: 'MA', ar: 'المغرب', en: 'Morocco', fr: 'Maroc', adjEn: 'Moroccan', adjAr: 'مغربي' },
  IN: { code: 'IN', ar: 'الهند', en: 'India', fr: 'Inde', adjEn: 'Indian', adjAr: 'هندي' },
  BR: { code: 'BR', ar: 'البرازيل', en: 'Brazil', fr: 'Brésil', adjEn: 'Brazilian', adjAr: 'برازيلي' },
  JP: { code: 'JP', ar: 'اليابان', en: 'Japan', fr: 'Japon', adjEn: 'Japanese', adjAr: 'ياباني' },
  ES: { code: 'ES', ar: 'إسبانيا', en: 'Spain', fr: 'Espagne', adjEn: 'Spanish', adjAr: 'إسباني' },
};

/** Countries outside the group's home (Iraq, Syria): what triage ranks documents by. */
export const HOME_COUNTRIES = new Set(['IQ', 'SY']);

const c = (ar: string, en: string, fr: string, country: string, lat: number, lon: number, streets: string[], postcode?: string): City =>
  postcode === undefined ? { ar, en, fr, country, lat, lon, streets } : { ar, en, fr, country, lat, lon, streets, postcode };

export const FOREIGN_CITIES: readonly City[] = [
  c('إسطنبول', 'Istanbul', 'Istanbul', 'TR', 41.0082, 28.9784, ['Millet Caddesi', 'Vatan Caddesi', 'Fevzi Paşa Caddesi'], '34###'),
  c('غازي عنتاب', 'Gaziantep', 'Gaziantep', 'TR', 37.0662, 37.3833, ['İnönü Caddesi', 'Atatürk Bulvarı', 'Suburcu Caddesi'], '27###'),
  c('أورفة', 'Sanliurfa', 'Şanlıurfa', 'TR', 37.1591, 38.7969, ['Sarayönü Caddesi', 'Atatürk Caddesi'], '63###'),
  c('أنطاكية', 'Antakya', 'Antioche', 'TR', 36.2021, 36.1606, ['Kurtuluş Caddesi', 'Atatürk Caddesi'], '31###'),
  c('مرسين', 'Mersin', 'Mersin', 'TR', 36.8121, 34.6415, ['İstiklal Caddesi', 'Kuvayi Milliye Caddesi'], '33###'),
  c('برلين', 'Berlin', 'Berlin', 'DE', 52.52, 13.405, ['Sonnenallee', 'Hermannstraße', 'Karl-Marx-Straße'], '12###'),
  c('هامبورغ', 'Hamburg', 'Hambourg', 'DE', 53.5511, 9.9937, ['Steindamm', 'Wandsbeker Chaussee'], '22###'),
  c('ميونخ', 'Munich', 'Munich', 'DE', 48.1351, 11.582, ['Landwehrstraße', 'Schillerstraße'], '80###'),
  c('باريس', 'Paris', 'Paris', 'FR', 48.8566, 2.3522, ['rue de la Chapelle', 'boulevard Barbès', 'rue du Faubourg Saint-Denis'], '750##'),
  c('ليون', 'Lyon', 'Lyon', 'FR', 45.764, 4.8357, ['rue Paul Bert', 'cours Gambetta'], '6900#'),
  c('مرسيليا', 'Marseille', 'Marseille', 'FR', 43.2965, 5.3698, ['rue d’Aubagne', 'boulevard National'], '130##'),
  c('بروكسل', 'Brussels', 'Bruxelles', 'BE', 50.8503, 4.3517, ['chaussée de Gand', 'rue de Ribaucourt', 'boulevard Léopold II'], '10##'),
  c('أنتويرب', 'Antwerp', 'Anvers', 'BE', 51.2194, 4.4025, ['Turnhoutsebaan', 'Kerkstraat'], '20##'),
  c('أمستردام', 'Amsterdam', 'Amsterdam', 'NL', 52.3676, 4.9041, ['Javastraat', 'Kinkerstraat'], '10## AB'),
  c('روتردام', 'Rotterdam', 'Rotterdam', 'NL', 51.9244, 4.4777, ['West-Kruiskade', 'Beijerlandselaan'], '30## CD'),
  c('ستوكهولم', 'Stockholm', 'Stockholm', 'SE', 59.3293, 18.0686, ['Rinkebytorget', 'Sveavägen'], '1## ##'),
  c('مالمو', 'Malmo', 'Malmö', 'SE', 55.605, 13.0038, ['Amiralsgatan', 'Rosengård centrum'], '2## ##'),
  c('لندن', 'London', 'Londres', 'GB', 51.5072, -0.1276, ['Whitechapel Road', 'Edgware Road', 'Green Street']),
  c('برمنغهام', 'Birmingham', 'Birmingham', 'GB', 52.4862, -1.8904, ['Coventry Road', 'Stratford Road']),
  c('فيينا', 'Vienna', 'Vienne', 'AT', 48.2082, 16.3738, ['Favoritenstraße', 'Thaliastraße'], '1###'),
  c('كوبنهاغن', 'Copenhagen', 'Copenhague', 'DK', 55.6761, 12.5683, ['Nørrebrogade', 'Istedgade'], '2###'),
  c('عمّان', 'Amman', 'Amman', 'JO', 31.9539, 35.9106, ['شارع الملك فيصل', 'شارع الجاردنز']),
  c('الزرقاء', 'Zarqa', 'Zarka', 'JO', 32.0728, 36.088, ['شارع السعادة']),
  c('بيروت', 'Beirut', 'Beyrouth', 'LB', 33.8938, 35.5018, ['شارع الحمرا', 'طريق الجديدة']),
  c('طرابلس', 'Tripoli', 'Tripoli', 'LB', 34.4367, 35.8497, ['شارع عزمي']),
  c('الرياض', 'Riyadh', 'Riyad', 'SA', 24.7136, 46.6753, ['طريق الملك فهد', 'شارع العليا']),
  c('جدة', 'Jeddah', 'Djeddah', 'SA', 21.4858, 39.1925, ['شارع فلسطين']),
  c('الدوحة', 'Doha', 'Doha', 'QA', 25.2854, 51.531, ['شارع سلوى', 'شارع المطار']),
  c('مدينة الكويت', 'Kuwait City', 'Koweït', 'KW', 29.3759, 47.9774, ['شارع فهد السالم']),
  c('دبي', 'Dubai', 'Dubaï', 'AE', 25.2048, 55.2708, ['شارع الرقة', 'شارع الاتحاد']),
  c('المنامة', 'Manama', 'Manama', 'BH', 26.2285, 50.586, ['شارع الحكومة']),
];

/** Home places: the fictional group's own ground. Mentions of these point at no foreign country. */
export const HOME_CITIES: readonly City[] = [
  c('الموصل', 'Mosul', 'Mossoul', 'IQ', 36.34, 43.13, []),
  c('تلعفر', 'Tal Afar', 'Tal Afar', 'IQ', 36.3744, 42.4497, []),
  c('الفلوجة', 'Fallujah', 'Falloujah', 'IQ', 33.3496, 43.7843, []),
  c('القائم', 'al-Qaim', 'Al-Qaïm', 'IQ', 34.3684, 41.0945, []),
  c('الحويجة', 'Hawija', 'Hawija', 'IQ', 35.3229, 43.7715, []),
  c('الرقة', 'Raqqa', 'Raqqa', 'SY', 35.9594, 39.0079, []),
  c('دير الزور', 'Deir ez-Zor', 'Deir ez-Zor', 'SY', 35.3359, 40.1408, []),
  c('البوكمال', 'Albu Kamal', 'Abou Kamal', 'SY', 34.4536, 40.9367, []),
  c('الميادين', 'Mayadin', 'Mayadine', 'SY', 35.0193, 40.4511, []),
  c('منبج', 'Manbij', 'Manbij', 'SY', 36.5281, 37.9549, []),
];

/** Offices that letterheads and memos name: a diwan of a fictional administration. */
export const OFFICES_AR = ['ديوان المالية', 'ديوان الزكاة', 'مكتب العلاقات العامة', 'ديوان الخدمات', 'مكتب الإدارة العامة', 'مكتب شؤون الأفراد'] as const;
export const OFFICES_EN = ['Finance Office', 'Zakat Office', 'Public Relations Office', 'Services Office', 'General Administration', 'Personnel Office'] as const;
