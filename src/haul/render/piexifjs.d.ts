/** Minimal types for piexifjs (EXIF read/write on JPEGs held as binary strings). */
declare module 'piexifjs' {
  /** Tag number → value (string, number, bytes, or [numerator, denominator] rationals). */
  export type Ifd = Record<number, unknown>;
  export interface ExifDict {
    '0th'?: Ifd;
    Exif?: Ifd;
    GPS?: Ifd;
    Interop?: Ifd;
    '1st'?: Ifd;
    thumbnail?: string | null;
  }
  interface Piexif {
    /** Serialises an EXIF dictionary to an APP1 segment (binary string). */
    dump(exif: ExifDict): string;
    /** Inserts a dumped segment into a JPEG given as a binary string; returns the new binary string. */
    insert(exif: string, jpeg: string): string;
    load(jpeg: string): ExifDict;
    remove(jpeg: string): string;
  }
  const piexif: Piexif;
  export default piexif;
}
