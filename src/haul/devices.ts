/**
 * Where files sit on the seized devices: two Windows laptops, an Android phone export and a USB stick.
 * Folders follow each device's habits, so paths look like what an examiner copies off real media.
 */
import type { Rng } from './random.js';

export type Device = 'laptop-1' | 'laptop-2' | 'phone-1' | 'usb-1';

export type Place =
  | 'documents'
  | 'downloads'
  | 'desktop'
  | 'scans'
  | 'finance'
  | 'mail'
  | 'whatsapp-chats'
  | 'whatsapp-documents'
  | 'telegram'
  | 'camera'
  | 'system'
  | 'program'
  | 'temp'
  | 'archive';

const USERS: Record<Device, string> = { 'laptop-1': 'User', 'laptop-2': 'Admin', 'phone-1': '', 'usb-1': '' };

const FOLDERS: Record<Device, Partial<Record<Place, readonly string[]>>> = {
  'laptop-1': {
    documents: ['Users/User/Documents', 'Users/User/Documents/رسائل', 'Users/User/Documents/Office'],
    downloads: ['Users/User/Downloads'],
    desktop: ['Users/User/Desktop'],
    scans: ['Users/User/Documents/Scans', 'Users/User/Pictures/Scans'],
    finance: ['Users/User/Documents/المالية', 'Users/User/Documents/Accounts'],
    mail: ['Users/User/Documents/Mail', 'Users/User/AppData/Roaming/Thunderbird/Profiles/x1.default/Mail/Local Folders'],
    system: ['Windows/System32', 'Windows/SysWOW64', 'Windows/Logs'],
    program: ['Program Files/Common Files/Shared', 'Program Files (x86)/Utilities'],
    temp: ['Users/User/AppData/Local/Temp'],
    archive: ['Users/User/Documents/Archive'],
    camera: ['Users/User/Pictures'],
  },
  'laptop-2': {
    documents: ['Users/Admin/Documents', 'Users/Admin/Documents/الديوان', 'Users/Admin/Documents/كتب رسمية'],
    downloads: ['Users/Admin/Downloads'],
    desktop: ['Users/Admin/Desktop', 'Users/Admin/Desktop/جديد'],
    scans: ['Users/Admin/Documents/مسح ضوئي'],
    finance: ['Users/Admin/Documents/الحسابات', 'Users/Admin/Desktop/سجلات'],
    mail: ['Users/Admin/Documents/البريد'],
    system: ['Windows/System32', 'Windows/INF'],
    program: ['Program Files/Office Tools'],
    temp: ['Users/Admin/AppData/Local/Temp'],
    archive: ['Users/Admin/Documents/أرشيف'],
    camera: ['Users/Admin/Pictures'],
  },
  'phone-1': {
    documents: ['Internal storage/Documents'],
    downloads: ['Internal storage/Download'],
    scans: ['Internal storage/Pictures/CamScanner'],
    'whatsapp-chats': ['Internal storage/WhatsApp/Chats'],
    'whatsapp-documents': ['Internal storage/WhatsApp/Media/WhatsApp Documents'],
    telegram: ['Internal storage/Telegram/Telegram Desktop'],
    camera: ['Internal storage/DCIM/Camera'],
    system: ['Internal storage/Android/data/com.android.providers'],
    temp: ['Internal storage/.thumbnails'],
    finance: ['Internal storage/Documents'],
    mail: ['Internal storage/Download'],
    archive: ['Internal storage/Download'],
  },
  'usb-1': {
    documents: ['backup/docs', 'ارشيف', 'نسخ'],
    finance: ['backup/accounts', 'ارشيف/مالية'],
    scans: ['backup/scan'],
    archive: ['backup', 'ارشيف'],
    system: ['.Trashes', 'System Volume Information'],
    camera: ['backup/photos'],
    mail: ['backup/mail'],
  },
};

export const DEVICES: readonly Device[] = ['laptop-1', 'laptop-2', 'phone-1', 'usb-1'];

/** A folder on a device for a kind of place; falls back to the device's documents folder. */
export function folderFor(rng: Rng, device: Device, place: Place): string {
  const options = FOLDERS[device][place] ?? FOLDERS[device].documents ?? ['files'];
  return `${device}/${rng.pick(options)}`;
}

export function userOf(device: Device): string {
  return USERS[device];
}

/** Keeps file paths unique inside the haul by numbering repeats: a.docx, a (2).docx, ... */
export class PathBook {
  private readonly used = new Set<string>();

  claim(path: string): string {
    let candidate = path;
    for (let n = 2; this.used.has(candidate.toLowerCase()); n++) {
      const dot = path.lastIndexOf('.');
      const slash = path.lastIndexOf('/');
      candidate = dot > slash ? `${path.slice(0, dot)} (${n})${path.slice(dot)}` : `${path} (${n})`;
    }
    this.used.add(candidate.toLowerCase());
    return candidate;
  }
}
