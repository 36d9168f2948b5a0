const ARABIC = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/;
export const hasArabic = (s: string | null | undefined): boolean => !!s && ARABIC.test(s);

/** A readable romanisation of Arabic script, letter by letter (a fallback when the server gives none). */
const MAP: Record<string, string> = {
  'ا': 'a', 'أ': 'a', 'إ': 'i', 'آ': 'aa', 'ء': "'", 'ؤ': "'", 'ئ': "'", 'ب': 'b', 'ت': 't', 'ث': 'th', 'ج': 'j', 'ح': 'h',
  'خ': 'kh', 'د': 'd', 'ذ': 'dh', 'ر': 'r', 'ز': 'z', 'س': 's', 'ش': 'sh', 'ص': 's', 'ض': 'd', 'ط': 't', 'ظ': 'z',
  'ع': "'", 'غ': 'gh', 'ف': 'f', 'ق': 'q', 'ك': 'k', 'ل': 'l', 'م': 'm', 'ن': 'n', 'ه': 'h', 'ة': 'a', 'و': 'w',
  'ي': 'y', 'ى': 'a', 'پ': 'p', 'چ': 'ch', 'گ': 'g', 'ڤ': 'v', 'ی': 'y', 'ک': 'k',
};
const WORDS: Record<string, string> = {
  'ابو': 'Abu', 'أبو': 'Abu', 'ابي': 'Abi', 'أبي': 'Abi', 'ام': 'Umm', 'أم': 'Umm', 'بن': 'bin', 'ابن': 'ibn', 'بنت': 'bint',
  'عبد': 'Abd', 'الله': 'Allah', 'محمد': 'Muhammad', 'احمد': 'Ahmad', 'أحمد': 'Ahmad', 'علي': 'Ali', 'عمر': 'Umar',
  'خديجة': 'Khadija', 'خديجه': 'Khadija', 'فاطمة': 'Fatima', 'زينب': 'Zaynab', 'حسن': 'Hasan', 'حسين': 'Husayn',
  'ياسر': 'Yasir', 'خالد': 'Khalid', 'ابراهيم': 'Ibrahim', 'إبراهيم': 'Ibrahim', 'يوسف': 'Yusuf', 'عثمان': 'Uthman',
  'الشيخ': 'ash-Shaykh', 'الأمير': 'al-Amir', 'الامير': 'al-Amir', 'الأخ': 'al-Akh', 'الاخ': 'al-Akh',
};
const SUN = new Set(['ت', 'ث', 'د', 'ذ', 'ر', 'ز', 'س', 'ش', 'ص', 'ض', 'ط', 'ظ', 'ن']);
export function romanise(s: string): string {
  return s
    .split(/\s+/)
    .map((w) => {
      const known = WORDS[w.replace(/[\u064B-\u0652\u0640]/g, '')];
      if (known) return known;
      if (w.startsWith('ال') && w.length > 3) {
        const rest = romanise(w.slice(2));
        const c = w[2]!;
        const art = SUN.has(c) ? `a${(MAP[c] ?? '').charAt(0)}` : 'al';
        return `${art}-${rest}`;
      }
      let out = '';
      const word = w.replace(/[\u064B-\u0652\u0640]/g, '');
      for (let i = 0; i < word.length; i++) {
        const c = word[i]!;
        const prev = i > 0 ? word[i - 1] : undefined;
        if (c === 'و' && prev !== undefined) out += 'u';
        else if (c === 'ي' && prev !== undefined) out += 'i';
        else out += MAP[c] ?? c;
      }
      return out.charAt(0).toUpperCase() + out.slice(1);
    })
    .join(' ');
}

export function fmtDate(s: string | null | undefined): string {
  if (!s) return '—';
  return s.length > 10 && s[10] === 'T' ? `${s.slice(0, 10)} ${s.slice(11, 16)}` : s;
}

export function fmtBytes(n: number | null | undefined): string {
  if (n === null || n === undefined) return '—';
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

export function fmtUsd(n: number | null | undefined): string {
  if (n === null || n === undefined) return '—';
  return `$${Math.round(n).toLocaleString('en-US')}`;
}

export function fmtNum(n: number | null | undefined): string {
  if (n === null || n === undefined) return '—';
  return n.toLocaleString('en-US');
}

const MIME_LABELS: Record<string, string> = {
  'application/pdf': 'PDF',
  'message/rfc822': 'Email',
  'application/mbox': 'Mailbox',
  'text/plain': 'Text',
  'text/html': 'HTML',
  'text/csv': 'CSV',
  'image/jpeg': 'JPEG image',
  'image/png': 'PNG image',
  'application/zip': 'ZIP archive',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
  'application/x-whatsapp-chat': 'WhatsApp chat',
  'application/x-telegram-export+json': 'Telegram chat',
  'application/x-msdownload': 'Executable',
};
export const mimeLabel = (m: string): string => MIME_LABELS[m] ?? m;

/** Country code → name, with the browser's Intl data. */
const regionNames = typeof Intl !== 'undefined' && 'DisplayNames' in Intl ? new Intl.DisplayNames(['en'], { type: 'region' }) : null;
export function countryName(cc: string): string {
  try {
    return regionNames?.of(cc.toUpperCase()) ?? cc;
  } catch {
    return cc;
  }
}

export const shortHash = (h: string) => h.slice(0, 12);

/** A link to a document, optionally highlighting a range of its text (?hl=start-end). */
export function docHref(sha256: string, start?: number | null, end?: number | null): string {
  const base = `/documents/${encodeURIComponent(sha256)}`;
  return start !== undefined && start !== null && end !== undefined && end !== null ? `${base}?hl=${start}-${end}` : base;
}
