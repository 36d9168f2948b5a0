/**
 * Honorifics, titles and introducing words that stand before a person's name. They are cues that a name follows
 * and go to attrs.honorific, never into the name. Arabic forms are listed as written; matching folds them with
 * normaliseArabic, so hamza and teh-marbuta variants need no listing.
 */

/** Arabic honorifics, ranks and functions (with and without the article). */
export const ARABIC_HONORIFICS: readonly string[] = [
  'الشيخ', 'شيخ', 'الأخ', 'أخ', 'أخي', 'الأخت', 'أخت', 'أختي', 'الإخوة', 'الأمير', 'أمير', 'الوالي', 'والي',
  'الحاج', 'حاج', 'الحاجة', 'حاجة', 'الحجي', 'الدكتور', 'دكتور', 'الدكتورة', 'د.', 'المهندس', 'مهندس', 'م.',
  'المهندسة', 'الأستاذ', 'أستاذ', 'الأستاذة', 'السيد', 'سيد', 'السيدة', 'القائد', 'القاضي', 'الملا', 'ملا',
  'المولوي', 'الإمام', 'إمام', 'العقيد', 'اللواء', 'العميد', 'المقدم', 'الرائد', 'النقيب', 'الملازم', 'الرقيب',
  'العريف', 'المجاهد', 'الشهيد', 'الرفيق', 'المعلم', 'سماحة', 'فضيلة', 'معالي', 'سعادة', 'الداعية', 'الشرعي',
  'الأمني', 'المسؤول', 'المدعو', 'المدعوة', 'المكنى', 'الملقب', 'الملقبة', 'المكنّى', 'الأسير', 'المعتقل',
];

/** Latin-script honorifics and titles (English and French); matched case-sensitively, a final '.' optional. */
export const LATIN_HONORIFICS: readonly string[] = [
  'Sheikh', 'Shaikh', 'Shaykh', 'Sheik', 'Cheikh', 'cheikh', 'sheikh', 'Emir', 'emir', 'Amir', 'amir', 'Émir', 'émir',
  'Brother', 'brother', 'Bro', 'Frère', 'frère', 'Sister', 'sister', 'Sœur', 'sœur', 'Hajji', 'hajji', 'Haji', 'Hajj',
  'Hadj', 'Hadji', 'hadj', 'Dr', 'Doctor', 'Docteur', 'docteur', 'Prof', 'Professor', 'Mr', 'Mrs', 'Ms', 'Miss', 'M',
  'Mme', 'Mlle', 'Monsieur', 'monsieur', 'Madame', 'madame', 'Mademoiselle', 'Sir', 'Imam', 'imam', 'Imām', 'Mullah',
  'Mulla', 'mullah', 'Mawlawi', 'Maulvi', 'Qadi', 'qadi', 'Judge', 'Wali', 'wali', 'Commander', 'commander', 'Cdr',
  'General', 'Gen', 'Général', 'Colonel', 'Col', 'Captain', 'Capt', 'Capitaine', 'Major', 'Lieutenant', 'Lt',
  'Sergeant', 'Sgt', 'Engineer', 'engineer', 'Eng', 'Ing', 'Ingénieur', 'ingénieur', 'Ustadh', 'Ustaz', 'Sayyid',
  'Sayed', 'Sayyed', 'Comrade', 'Martyr', 'martyr', 'Shahid', 'Shaheed',
];

/** Words that make the following capitalised words a person's name even when unknown (Western names too). */
export const LATIN_STRONG_CUES: readonly string[] = ['Mr', 'Mrs', 'Ms', 'Miss', 'M', 'Mme', 'Mlle', 'Monsieur', 'Madame', 'Dr', 'Docteur'];
