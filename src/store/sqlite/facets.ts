/** Type groups and the facet tokens the full-text index holds for type and language filters. */

/** Media-type groups for `--type`: short names analysts type. */
export const TYPE_GROUPS: Record<string, string[]> = {
  pdf: ['application/pdf'],
  word: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/vnd.oasis.opendocument.text', 'application/rtf'],
  docx: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  sheet: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/vnd.oasis.opendocument.spreadsheet', 'text/csv'],
  xlsx: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  csv: ['text/csv'],
  email: ['message/rfc822', 'application/vnd.ms-outlook'],
  chat: ['application/x-whatsapp-chat', 'application/x-telegram-export+json'],
  html: ['text/html'],
  text: ['text/plain'],
  image: ['image/jpeg', 'image/png', 'image/tiff', 'image/gif', 'image/webp', 'image/bmp'],
  archive: ['application/zip', 'application/x-tar', 'application/gzip', 'application/x-7z-compressed', 'application/mbox', 'application/vnd.ms-outlook-pst'],
};

/** Index tokens for a document's type groups, languages and year: ftypepdf, ftypeword, flangar, fyear2016... */
export function facetsOf(mime: string, languages: string[], docDate: string | null = null): string {
  const groups = Object.entries(TYPE_GROUPS)
    .filter(([, mimes]) => mimes.includes(mime))
    .map(([g]) => `ftype${g}`);
  const year = /^(\d{4})/.exec(docDate ?? '')?.[1];
  return [...groups, ...languages.map((l) => `flang${l.toLowerCase().replace(/[^a-z0-9]/g, '')}`), ...(year ? [`fyear${year}`] : [])].join(' ');
}

/** Years a date filter spans, for the year facet; null when open-ended over too many years to list. */
export function yearsBetween(from: string | undefined, to: string | undefined, thisYear = new Date().getUTCFullYear()): number[] | null {
  const first = from ? Number(/^(\d{4})/.exec(from)?.[1] ?? NaN) : 1970;
  const last = to ? Number(/^(\d{4})/.exec(to)?.[1] ?? NaN) : thisYear + 1;
  if (!Number.isFinite(first) || !Number.isFinite(last) || last < first || last - first > 60) return null;
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}
