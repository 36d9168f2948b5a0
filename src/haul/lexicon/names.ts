/**
 * Arabic name parts with the Latin spellings real documents use for them. Curated by hand: each spelling is one
 * that appears in press, court and administrative records (English and French usage), so the generated
 * renderings vary the way a resolver must cope with, and no further.
 *
 * Nisbas that belong to well-known real people of this field (al-Baghdadi, al-Masri, al-Adnani, ...) are left out
 * on purpose, so no generated person can be mistaken for a real one.
 */

export interface NamePart {
  /** Arabic script, unvocalised. */
  ar: string;
  /** English-style spellings, commonest first. */
  en: readonly string[];
  /** French-style spellings (ou for u, dj for j, ch for sh, ...). */
  fr: readonly string[];
  /** Scholarly (ALA-LC-like) spelling with macrons, where useful. */
  sch?: string;
}

export interface Nisba extends NamePart {
  /** True when the article assimilates to the first letter (sun letters: ash-Shammari, ad-Dulaimi). */
  sun: boolean;
}

const part = (ar: string, en: string[], fr: string[], sch?: string): NamePart =>
  sch === undefined ? { ar, en, fr } : { ar, en, fr, sch };

/** Male given names (ism), also used for fathers and grandfathers. */
export const MALE_ISMS: readonly NamePart[] = [
  part('محمد', ['Muhammad', 'Mohammed', 'Mohamed', 'Mohammad', 'Mohamad'], ['Mohamed', 'Mohammed'], 'Muḥammad'),
  part('أحمد', ['Ahmad', 'Ahmed'], ['Ahmed'], 'Aḥmad'),
  part('خالد', ['Khalid', 'Khaled'], ['Khaled'], 'Khālid'),
  part('محمود', ['Mahmoud', 'Mahmud'], ['Mahmoud'], 'Maḥmūd'),
  part('عمر', ['Omar', 'Umar', 'Omer'], ['Omar'], 'ʿUmar'),
  part('حسين', ['Hussein', 'Husain', 'Hussain', 'Husayn'], ['Hussein', 'Houssein'], 'Ḥusayn'),
  part('حسن', ['Hassan', 'Hasan'], ['Hassan'], 'Ḥasan'),
  part('يوسف', ['Yusuf', 'Yousef', 'Youssef', 'Yousif'], ['Youssef'], 'Yūsuf'),
  part('إبراهيم', ['Ibrahim', 'Ebrahim'], ['Ibrahim'], 'Ibrāhīm'),
  part('عبد الله', ['Abdullah', 'Abdallah', 'Abd Allah', 'Abdulla'], ['Abdallah', 'Abdellah'], 'ʿAbd Allāh'),
  part('عبد الرحمن', ['Abdul Rahman', 'Abdulrahman', 'Abd al-Rahman', 'Abdurrahman'], ['Abderrahmane', 'Abdel Rahman'], 'ʿAbd al-Raḥmān'),
  part('عبد الكريم', ['Abdul Karim', 'Abdulkarim', 'Abd al-Karim'], ['Abdelkrim', 'Abdel Karim'], 'ʿAbd al-Karīm'),
  part('صالح', ['Salih', 'Saleh'], ['Salah', 'Saleh'], 'Ṣāliḥ'),
  part('سعيد', ['Saeed', 'Said', 'Saied'], ['Saïd', 'Said'], 'Saʿīd'),
  part('جاسم', ['Jasim', 'Jassim', 'Jasem'], ['Djassim', 'Jassem'], 'Jāsim'),
  part('قاسم', ['Qasim', 'Kassim', 'Qassem', 'Gasim'], ['Kacem', 'Kassem'], 'Qāsim'),
  part('طارق', ['Tariq', 'Tarek', 'Tareq', 'Tarik'], ['Tarek'], 'Ṭāriq'),
  part('ياسين', ['Yasin', 'Yassin', 'Yaseen'], ['Yacine', 'Yassine'], 'Yāsīn'),
  part('فيصل', ['Faisal', 'Faysal', 'Feisal'], ['Fayçal', 'Faycal'], 'Fayṣal'),
  part('ماجد', ['Majid', 'Majed'], ['Madjid', 'Majed'], 'Mājid'),
  part('ناصر', ['Nasser', 'Nasir', 'Naser'], ['Nacer', 'Nasser'], 'Nāṣir'),
  part('رياض', ['Riyadh', 'Riad', 'Riyad'], ['Riad'], 'Riyāḍ'),
  part('زياد', ['Ziad', 'Ziyad'], ['Ziad'], 'Ziyād'),
  part('مازن', ['Mazin', 'Mazen'], ['Mazen'], 'Māzin'),
  part('هشام', ['Hisham', 'Hesham'], ['Hichem', 'Hicham'], 'Hishām'),
  part('وليد', ['Walid', 'Waleed'], ['Walid', 'Oualid'], 'Walīd'),
  part('عادل', ['Adil', 'Adel'], ['Adel'], 'ʿĀdil'),
  part('كريم', ['Karim', 'Kareem'], ['Karim'], 'Karīm'),
  part('نبيل', ['Nabil', 'Nabeel'], ['Nabil'], 'Nabīl'),
  part('مصطفى', ['Mustafa', 'Mostafa', 'Moustafa'], ['Moustafa', 'Mustapha'], 'Muṣṭafā'),
  part('سليمان', ['Sulaiman', 'Suleiman', 'Sulayman'], ['Slimane', 'Souleiman'], 'Sulaymān'),
  part('إسماعيل', ['Ismail', 'Ismael', 'Esmail'], ['Ismaïl', 'Smail'], 'Ismāʿīl'),
  part('شاكر', ['Shakir', 'Shaker'], ['Chaker'], 'Shākir'),
  part('ذياب', ['Dhiyab', 'Diyab', 'Thiyab', 'Ziyab'], ['Dhiab', 'Diab'], 'Dhiyāb'),
  part('ظاهر', ['Dhahir', 'Zahir', 'Thahir'], ['Dhaher', 'Zaher'], 'Ẓāhir'),
  part('غانم', ['Ghanim', 'Ghanem'], ['Ghanem'], 'Ghānim'),
  part('فاضل', ['Fadhil', 'Fadil', 'Fazil'], ['Fadhel', 'Fadel'], 'Fāḍil'),
  part('نوري', ['Nouri', 'Nuri'], ['Nouri'], 'Nūrī'),
  part('حمد', ['Hamad', 'Hamed'], ['Hamad'], 'Ḥamad'),
  part('عدنان', ['Adnan'], ['Adnane'], 'ʿAdnān'),
  part('منذر', ['Munther', 'Mundhir', 'Monzer', 'Munzir'], ['Mounzer', 'Moundhir'], 'Mundhir'),
  part('رعد', ['Raad', "Ra'ad", 'Rad'], ['Raad'], 'Raʿd'),
  part('عثمان', ['Othman', 'Uthman', 'Osman'], ['Othmane', 'Outhmane'], 'ʿUthmān'),
  part('بشير', ['Bashir', 'Basheer'], ['Béchir', 'Bachir'], 'Bashīr'),
  part('مهدي', ['Mahdi', 'Mehdi'], ['Mehdi'], 'Mahdī'),
  part('ثامر', ['Thamir', 'Thamer', 'Tamer', 'Samer'], ['Thamer'], 'Thāmir'),
  part('جمال', ['Jamal', 'Gamal'], ['Djamel', 'Jamel'], 'Jamāl'),
  part('قيس', ['Qais', 'Qays', 'Kais', 'Gais'], ['Kaïs', 'Kais'], 'Qays'),
  part('سفيان', ['Sufyan', 'Sofian', 'Sufian'], ['Soufiane', 'Sofiane'], 'Sufyān'),
];

/** Female given names. */
export const FEMALE_ISMS: readonly NamePart[] = [
  part('فاطمة', ['Fatima', 'Fatimah', 'Fatma'], ['Fatima', 'Fatma'], 'Fāṭima'),
  part('مريم', ['Maryam', 'Mariam'], ['Meriem', 'Myriam'], 'Maryam'),
  part('خديجة', ['Khadija', 'Khadijah'], ['Khadidja', 'Khadija'], 'Khadīja'),
  part('زينب', ['Zainab', 'Zaynab', 'Zeinab'], ['Zineb', 'Zeineb'], 'Zaynab'),
  part('سمية', ['Sumaya', 'Sumayya', 'Somaya'], ['Soumaya', 'Soumia'], 'Sumayya'),
  part('رقية', ['Ruqaya', 'Ruqayya', 'Rukaya'], ['Roukaya', 'Rokia'], 'Ruqayya'),
  part('هدى', ['Huda', 'Hoda'], ['Houda'], 'Hudā'),
  part('نور', ['Nour', 'Noor', 'Nur'], ['Nour'], 'Nūr'),
];

/** Names that follow Abu / Umm in a kunya (typically a first son's name, or a traditional one). */
export const KUNYA_NAMES: readonly NamePart[] = [
  part('حمزة', ['Hamza', 'Hamzah', 'Hamzeh'], ['Hamza'], 'Ḥamza'),
  part('عبيدة', ['Ubaida', 'Obaida', 'Ubaydah', 'Obeida'], ['Oubaïda', 'Obeida'], 'ʿUbayda'),
  part('معاذ', ['Muadh', 'Moaz', 'Muath', 'Muaz'], ['Mouadh', 'Mouaz'], 'Muʿādh'),
  part('أنس', ['Anas'], ['Anas'], 'Anas'),
  part('حذيفة', ['Hudhaifa', 'Huthaifa', 'Hudhayfah', 'Huzaifa'], ['Houdhaifa', 'Houdaifa'], 'Ḥudhayfa'),
  part('طلحة', ['Talha', 'Talhah'], ['Talha'], 'Ṭalḥa'),
  part('خطاب', ['Khattab', 'Khatab'], ['Khattab'], 'Khaṭṭāb'),
  part('زكريا', ['Zakariya', 'Zakaria', 'Zakariyya'], ['Zakaria', 'Zakariya'], 'Zakariyyā'),
  part('يحيى', ['Yahya', 'Yehia', 'Yahia'], ['Yahia', 'Yahya'], 'Yaḥyā'),
  part('عاصم', ['Asim', 'Assem', 'Asem'], ['Assem'], 'ʿĀṣim'),
  part('منصور', ['Mansour', 'Mansur'], ['Mansour'], 'Manṣūr'),
  part('البراء', ['al-Baraa', 'al-Bara', 'Albaraa'], ['el-Baraa', 'Elbara'], 'al-Barāʾ'),
  part('دجانة', ['Dujana', 'Dujanah', 'Dojana'], ['Doujana'], 'Dujāna'),
  part('تراب', ['Turab', 'Torab'], ['Tourab'], 'Turāb'),
  part('قتيبة', ['Qutaiba', 'Qutayba', 'Kutaiba', 'Gutaiba'], ['Koutaiba', 'Qoutaiba'], 'Qutayba'),
  part('صهيب', ['Suhaib', 'Sohaib', 'Suhayb'], ['Souhaib', 'Sohaib'], 'Ṣuhayb'),
  part('وقاص', ['Waqqas', 'Waqas', 'Wakkas', 'Waggas'], ['Ouakkas', 'Waqqas'], 'Waqqāṣ'),
  part('ذر', ['Dharr', 'Dhar', 'Tharr', 'Zarr'], ['Dhar', 'Zar'], 'Dharr'),
  part('بلال', ['Bilal', 'Belal'], ['Bilel', 'Bilal'], 'Bilāl'),
  part('ياسر', ['Yasir', 'Yasser', 'Yaser'], ['Yasser', 'Yacer'], 'Yāsir'),
  part('عقيل', ['Aqil', 'Akeel', 'Aqeel', 'Ageel'], ['Akil', 'Aqil'], 'ʿAqīl'),
  part('جعفر', ['Jafar', "Ja'far", 'Jaafar'], ['Djaafar', 'Jaafar'], 'Jaʿfar'),
  part('سعد', ['Saad', "Sa'd", 'Sad'], ['Saad'], 'Saʿd'),
];

/** Nisbas (tribal or regional), Latin spellings given without the article. */
export const NISBAS: readonly Nisba[] = [
  { ar: 'العبيدي', en: ['Ubaidi', 'Obaidi', 'Obeidi', 'Ubaydi'], fr: ['Oubaïdi', 'Obeidi'], sch: 'ʿUbaydī', sun: false },
  { ar: 'الجبوري', en: ['Jubouri', 'Juburi', 'Jbouri', 'Jabouri'], fr: ['Djibouri', 'Joubouri'], sch: 'Jubūrī', sun: false },
  { ar: 'الدليمي', en: ['Dulaimi', 'Dulaymi', 'Dleimi', 'Duleimi'], fr: ['Doulaïmi', 'Dulaimi'], sch: 'Dulaymī', sun: true },
  { ar: 'الشمري', en: ['Shammari', 'Shamari', 'Shemmari'], fr: ['Chammari', 'Chamari'], sch: 'Shammarī', sun: true },
  { ar: 'الزبيدي', en: ['Zubaidi', 'Zubaydi', 'Zobaidi', 'Zbeidi'], fr: ['Zoubaïdi', 'Zoubeidi'], sch: 'Zubaydī', sun: true },
  { ar: 'الراوي', en: ['Rawi', 'Rawy'], fr: ['Raoui', 'Rawi'], sch: 'Rāwī', sun: true },
  { ar: 'العاني', en: ['Ani', 'Aani', "A'ani"], fr: ['Ani', 'Aani'], sch: 'ʿĀnī', sun: false },
  { ar: 'الكبيسي', en: ['Kubaisi', 'Kubaysi', 'Kbeisi', 'Qubaisi'], fr: ['Koubaïssi', 'Kobeissi'], sch: 'Kubaysī', sun: false },
  { ar: 'الحديثي', en: ['Hadithi', 'Hadeethi', 'Haditi'], fr: ['Hadithi'], sch: 'Ḥadīthī', sun: false },
  { ar: 'الكربولي', en: ['Karbouli', 'Karbuli', 'Karbooli'], fr: ['Karbouli'], sch: 'Karbūlī', sun: false },
  { ar: 'المشهداني', en: ['Mashhadani', 'Mashadani', 'Mish-hadani'], fr: ['Machhadani', 'Mashhadani'], sch: 'Mashhadānī', sun: false },
  { ar: 'السامرائي', en: ['Samarrai', "Samarra'i", 'Samarai', 'Samaraie'], fr: ['Samarraï', 'Samarrai'], sch: 'Sāmarrāʾī', sun: true },
  { ar: 'النعيمي', en: ['Nuaimi', 'Naimi', "Nu'aimi", 'Nuaymi'], fr: ['Nouaïmi', 'Naïmi'], sch: 'Nuʿaymī', sun: true },
  { ar: 'العزاوي', en: ['Azzawi', 'Azawi', 'Izzawi'], fr: ['Azzaoui', 'Azaoui'], sch: 'ʿAzzāwī', sun: false },
  { ar: 'الحمداني', en: ['Hamdani', 'Hamadani'], fr: ['Hamdani'], sch: 'Ḥamdānī', sun: false },
  { ar: 'الجميلي', en: ['Jumaili', 'Jumayli', 'Jemili', 'Jmeili'], fr: ['Djoumaïli', 'Joumaili'], sch: 'Jumaylī', sun: false },
  { ar: 'العكيدي', en: ['Uqaidi', 'Ukaidi', 'Ogaidi', 'Ugaidi', 'Akidi'], fr: ['Oukaïdi', 'Okaidi'], sch: 'ʿUqaydī', sun: false },
  { ar: 'البقاري', en: ['Baqqari', 'Bakkari', 'Baggari', 'Baqari'], fr: ['Bakkari', 'Baqqari'], sch: 'Baqqārī', sun: false },
  { ar: 'الطائي', en: ["Ta'i", 'Taie', 'Tai', 'Taee'], fr: ['Taï', 'Taie'], sch: 'Ṭāʾī', sun: true },
  { ar: 'الظاهري', en: ['Dhahiri', 'Zahiri', 'Thahiri'], fr: ['Dhahiri', 'Zahiri'], sch: 'Ẓāhirī', sun: true },
  { ar: 'الذهبي', en: ['Dhahabi', 'Zahabi', 'Thahabi'], fr: ['Dhahabi', 'Zahabi'], sch: 'Dhahabī', sun: true },
  { ar: 'الحلبي', en: ['Halabi', 'Halaby'], fr: ['Halabi'], sch: 'Ḥalabī', sun: false },
  { ar: 'الحمصي', en: ['Homsi', 'Humsi'], fr: ['Homsi'], sch: 'Ḥimṣī', sun: false },
  { ar: 'الديري', en: ['Deiri', 'Dayri', 'Dairi'], fr: ['Deïri', 'Deiri'], sch: 'Dayrī', sun: true },
  { ar: 'الرقاوي', en: ['Raqqawi', 'Rakkawi', 'Raqawi'], fr: ['Rakkaoui', 'Raqqaoui'], sch: 'Raqqāwī', sun: true },
  { ar: 'الموصلي', en: ['Mosuli', 'Mawsili', 'Mousli', 'Musuli'], fr: ['Moussouli', 'Mossouli'], sch: 'Mawṣilī', sun: false },
  { ar: 'التكريتي', en: ['Tikriti', 'Takriti'], fr: ['Tikriti'], sch: 'Tikrītī', sun: true },
  { ar: 'الهيتي', en: ['Hiti', 'Heeti', 'Hitti'], fr: ['Hiti'], sch: 'Hītī', sun: false },
  { ar: 'الفلاحي', en: ['Fallahi', 'Falahi'], fr: ['Fellahi', 'Fallahi'], sch: 'Fallāḥī', sun: false },
  { ar: 'القيسي', en: ['Qaisi', 'Kaisi', 'Qaysi', 'Gaisi'], fr: ['Kaïssi', 'Qaissi'], sch: 'Qaysī', sun: false },
  { ar: 'العراقي', en: ['Iraqi', 'Iraki', 'Eraqi', 'Iragi'], fr: ['Iraki', 'Irakî'], sch: 'ʿIrāqī', sun: false },
  { ar: 'السوري', en: ['Suri', 'Souri', 'Soori'], fr: ['Souri'], sch: 'Sūrī', sun: true },
  { ar: 'البدري', en: ['Badri', 'Badry'], fr: ['Badri'], sch: 'Badrī', sun: false },
  { ar: 'الخزرجي', en: ['Khazraji', 'Khazrachi'], fr: ['Khazraji', 'Khazradji'], sch: 'Khazrajī', sun: false },
  { ar: 'الشيخلي', en: ['Sheikhly', 'Shaikhli', 'Sheikhli'], fr: ['Cheikhli'], sch: 'Shaykhlī', sun: true },
  { ar: 'الزوبعي', en: ["Zoba'i", 'Zobaie', 'Zawbai', 'Zubai'], fr: ['Zoubaï', 'Zobai'], sch: 'Zawbaʿī', sun: true },
];

/** Nicknames (laqab) with their Latin forms; used as "Abu Hamza al-Tawil" or alone ("al-Hajji"). */
export const LAQABS: readonly NamePart[] = [
  part('الحجي', ['al-Hajji', 'al-Haji', 'el-Hajji'], ['el-Hadji', 'el-Hajji'], 'al-Ḥajjī'),
  part('الطويل', ['al-Tawil', 'al-Taweel', 'at-Tawil'], ['el-Taouil', 'el-Tawil'], 'al-Ṭawīl'),
  part('الأسمر', ['al-Asmar', 'el-Asmar'], ['el-Asmar'], 'al-Asmar'),
  part('الشايب', ['al-Shayeb', 'ash-Shayib', 'al-Shaib'], ['el-Chayeb'], 'al-Shāyib'),
  part('الدكتور', ['al-Doctor', 'the Doctor', 'al-Duktur'], ['le Docteur', 'el-Doktor'], 'al-Duktūr'),
  part('الأشقر', ['al-Ashqar', 'al-Ashkar', 'el-Ashgar'], ['el-Achkar'], 'al-Ashqar'),
];

/** Honorifics written before names; cues for the recogniser, never part of the name. */
export const HONORIFICS_AR = ['الأخ', 'الشيخ', 'الأمير', 'الوالي', 'الحاج', 'المسؤول'] as const;
export const HONORIFICS_EN = ['brother', 'Sheikh', 'emir', 'Hajji'] as const;
export const HONORIFICS_FR = ['frère', 'cheikh', 'émir'] as const;
