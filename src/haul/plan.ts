/**
 * The planner: from a seed and a document count, decides every file of the haul, its content and its truth.
 * Pure: no I/O. The writer (write.ts) renders the specs; the truth needs only the file hashes added.
 */
import { Rng } from './random.js';
import type { Attachment, DocMeta, DocSpec, Email, Lang, TextBody, TxtEncoding } from './spec.js';
import { generatePersons, type Person } from './persons.js';
import { makeWorld, type World } from './content/world.js';
import { Facts } from './content/facts.js';
import { LETTERS, LETTER_WEIGHTS } from './content/letters.js';
import { BENIGN, type BenignType } from './content/benign.js';
import { ledger } from './content/ledger.js';
import { chat } from './content/chat.js';
import { folderFor, PathBook, type Device, type Place } from './devices.js';
import { randomDay } from './dates.js';
import { FOREIGN_CITIES, HOME_CITIES, HOME_COUNTRIES } from './lexicon/places.js';
import type { NoiseType } from './spec.js';
import type { Truth, TruthDocument, TruthTransaction } from './truth.js';
import { computeTotals } from './totals.js';
import iconv from 'iconv-lite';

export const GENERATOR_VERSION = 1;

/** A file to write at `path` (relative to haul/): rendered from a spec, or a byte copy of another planned file. */
export interface PlannedFile {
  path: string;
  mtime: string;
  spec?: DocSpec;
  copyOf?: string;
  /** The truth document describing this file (top level). */
  doc: string;
}

export interface HaulPlan {
  files: PlannedFile[];
  truth: Truth;
}

type Unit =
  | 'letter-docx'
  | 'letter-pdf'
  | 'scan'
  | 'xlsx'
  | 'csv'
  | 'eml'
  | 'whatsapp'
  | 'telegram'
  | 'html'
  | 'txt'
  | 'zip'
  | 'photo'
  | 'noise'
  | 'benign'
  | 'duplicate';

/** Shares per 100 documents, roughly what a seized laptop set holds once its system folders are trimmed. */
const UNIT_WEIGHTS: readonly (readonly [Unit, number])[] = [
  ['letter-docx', 11],
  ['letter-pdf', 7],
  ['scan', 6],
  ['xlsx', 3],
  ['csv', 2],
  ['eml', 5],
  ['whatsapp', 1.5],
  ['telegram', 1],
  ['html', 3],
  ['txt', 6],
  ['zip', 1],
  ['photo', 9],
  ['noise', 20],
  ['benign', 10],
  ['duplicate', 5],
];

const LANG_WEIGHTS: readonly (readonly [Lang, number])[] = [
  ['ar', 65],
  ['en', 25],
  ['fr', 10],
];

interface Built {
  doc: TruthDocument;
  facts?: Facts;
}

class Planner {
  readonly files: PlannedFile[] = [];
  readonly documents: TruthDocument[] = [];
  readonly transactions: TruthTransaction[] = [];
  private readonly paths = new PathBook();
  private readonly topLevel: TruthDocument[] = [];
  private docSeq = 0;
  private chatSeq = 0;

  constructor(
    readonly rng: Rng,
    readonly world: World,
  ) {}

  private nextId(): string {
    this.docSeq += 1;
    return `D${String(this.docSeq).padStart(6, '0')}`;
  }

  /** Records a truth document built from facts; transactions get ids and point back at it. */
  private record(path: string, inner: string[], kind: TruthDocument['kind'], device: string, facts: Facts | undefined, extra: Partial<TruthDocument> = {}): TruthDocument {
    const id = this.nextId();
    const txIds: string[] = [];
    for (const t of facts?.transactions ?? []) {
      const tx: TruthTransaction = { id: `T${String(this.transactions.length + 1).padStart(6, '0')}`, document: id, ...t };
      this.transactions.push(tx);
      txIds.push(tx.id);
    }
    const doc: TruthDocument = {
      id,
      path,
      inner,
      kind,
      device,
      languages: [],
      duplicate_of: null,
      noise: false,
      scanned: false,
      benign: false,
      persons: facts?.persons ?? [],
      countries: dedupeCountries(facts?.countries ?? []),
      distractor_countries: [...(facts?.distractors ?? [])].sort(),
      hijri_dates: facts?.hijri ?? [],
      selectors: facts?.selectors ?? [],
      transactions: txIds,
      ...extra,
    };
    this.documents.push(doc);
    return doc;
  }

  private place(rng: Rng, device: Device, place: Place, name: string): string {
    return this.paths.claim(`${folderFor(rng, device, place)}/${name}`);
  }

  private addFile(path: string, spec: DocSpec, doc: TruthDocument, mtime: string): void {
    this.files.push({ path, spec, doc: doc.id, mtime });
    this.topLevel.push(doc);
  }

  private meta(r: Rng, body: TextBody, author?: Person): DocMeta {
    const day = randomDay(r);
    const created = `${day.iso}T${String(r.int(6, 22)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:00Z`;
    return { author: author ? (author.renderings[0] as string) : r.pick(['User', 'Admin', 'PC', 'HP']), created, title: body.title };
  }

  /** A letter of the organisation as a text body, with its facts. */
  private letter(r: Rng, lang?: Lang): { body: TextBody; facts: Facts } {
    const facts = new Facts(r);
    const l = lang ?? r.weighted(LANG_WEIGHTS);
    const type = r.weighted(LETTER_WEIGHTS);
    return { body: LETTERS[type](facts, this.world, l), facts };
  }

  private benignBody(r: Rng, lang?: Lang): { body: TextBody; facts: Facts } {
    const facts = new Facts(r);
    const l = lang ?? r.weighted<Lang>([['ar', 5], ['en', 4], ['fr', 1]]);
    const type = r.weighted<BenignType>([['news', 4], ['recipe', 3], ['manual', 2]]);
    return { body: BENIGN[type](facts, l), facts };
  }

  private langsOf(body: TextBody): Lang[] {
    return [body.lang];
  }

  /** Builds one unit; returns how many truth documents it produced. */
  unit(kind: Unit, index: number): number {
    const r = this.rng.fork(`unit:${index}`);
    const device = r.weighted<Device>([['laptop-1', 4], ['laptop-2', 3], ['phone-1', 2], ['usb-1', 1]]);
    const before = this.documents.length;
    switch (kind) {
      case 'letter-docx':
      case 'letter-pdf':
      case 'html':
      case 'txt': {
        const { body, facts } = this.letter(r, kind === 'txt' ? r.weighted<Lang>([['ar', 6], ['en', 3], ['fr', 1]]) : undefined);
        this.textFile(r, device, kind, body, facts, false);
        break;
      }
      case 'benign': {
        const { body, facts } = this.benignBody(r);
        const fmt = r.weighted<'letter-docx' | 'letter-pdf' | 'html' | 'txt'>([['letter-docx', 2], ['letter-pdf', 2], ['html', 3], ['txt', 2]]);
        this.textFile(r, device, fmt, body, facts, true);
        break;
      }
      case 'scan':
        this.scan(r, device);
        break;
      case 'xlsx':
      case 'csv':
        this.ledgerFile(r, device, kind);
        break;
      case 'eml':
        this.eml(r, device);
        break;
      case 'whatsapp':
      case 'telegram':
        this.chatFile(r, kind);
        break;
      case 'zip':
        this.zip(r, device);
        break;
      case 'photo':
        this.photo(r, device);
        break;
      case 'noise':
        this.noise(r, device);
        break;
      case 'duplicate':
        this.duplicate(r, device);
        break;
    }
    return this.documents.length - before;
  }

  private fileName(r: Rng, lang: Lang, stem: { ar: string; en: string }, ext: string, n: number): string {
    return lang === 'ar' && r.chance(0.7) ? `${stem.ar}_${n}.${ext}` : `${stem.en}_${n}.${ext}`;
  }

  /** A prose document as DOCX, PDF, HTML or TXT. */
  private textFile(r: Rng, device: Device, kind: 'letter-docx' | 'letter-pdf' | 'html' | 'txt', body: TextBody, facts: Facts, benign: boolean): void {
    const n = r.int(1, 999);
    const meta = this.meta(r, body);
    const stem = benign ? { ar: 'مقال', en: r.pick(['article', 'recipe', 'manual', 'news']) } : { ar: r.pick(['رسالة', 'كتاب', 'مذكرة']), en: r.pick(['letter', 'memo', 'note']) };
    let spec: DocSpec;
    let ext: string;
    if (kind === 'letter-docx') {
      spec = { kind: 'docx', body, meta };
      ext = 'docx';
    } else if (kind === 'letter-pdf') {
      spec = { kind: 'pdf', body, meta };
      ext = 'pdf';
    } else if (kind === 'html') {
      spec = { kind: 'html', body, meta };
      ext = r.pick(['html', 'htm']);
    } else {
      // windows-1256 is what Arabic Windows writes; English and French notes come out as UTF-8 or UTF-16.
      const encoding = body.lang !== 'ar' ? r.pick<TxtEncoding>(['utf-8', 'utf-8', 'utf-16le']) : r.weighted<TxtEncoding>([['utf-8', 4], ['utf-16le', 2], ['utf-16be', 1], ['windows-1256', 3]]);
      const bom = encoding.startsWith('utf-16') ? r.chance(0.7) : encoding === 'utf-8' ? r.chance(0.3) : false;
      spec = { kind: 'txt', body: encoding === 'windows-1256' ? cp1256Safe(body, facts) : body, encoding, bom };
      ext = 'txt';
    }
    const place: Place = benign ? r.pick<Place>(['downloads', 'desktop', 'documents']) : r.pick<Place>(['documents', 'documents', 'desktop', 'finance', 'downloads']);
    const path = this.place(r, device, place, this.fileName(r, body.lang, stem, ext, n));
    const doc = this.record(path, [], spec.kind, device, facts, { languages: this.langsOf(body), benign, noise: benign, title: body.title, ...(spec.kind === 'txt' ? { encoding: spec.encoding } : {}) });
    this.addFile(path, spec, doc, meta.created);
  }

  private scan(r: Rng, device: Device): void {
    const { body, facts } = this.letter(r, r.weighted<Lang>([['ar', 6], ['en', 3], ['fr', 1]]));
    const as = r.weighted<'pdf' | 'jpeg' | 'png'>([['pdf', 4], ['jpeg', 4], ['png', 2]]);
    const meta = this.meta(r, body);
    const degrade = { rotate: r.between(-2.5, 2.5), blur: r.chance(0.5) ? r.between(0.3, 0.9) : 0, noise: r.between(0.05, 0.35), quality: r.int(60, 88), seed: r.int(1, 2 ** 30) };
    const spec: DocSpec = { kind: 'scan', as, body, degrade, meta };
    const d = meta.created.slice(0, 10).replace(/-/g, '');
    const name = as === 'pdf' ? `Scan_${d}_${r.int(1, 99)}.pdf` : as === 'jpeg' ? `IMG_${d}_${r.digits(6)}.jpg` : `scan${r.int(1, 999)}.png`;
    const path = this.place(r, device, 'scans', name);
    const text = [body.heading, body.title, ...body.paragraphs].filter((x): x is string => Boolean(x)).join('\n');
    const doc = this.record(path, [], 'scan', device, facts, { languages: [body.lang], scanned: true, format: as, title: body.title, text });
    this.addFile(path, spec, doc, meta.created);
  }

  private ledgerFile(r: Rng, device: Device, kind: 'xlsx' | 'csv'): void {
    const facts = new Facts(r);
    const lang = r.weighted<'ar' | 'en'>([['ar', 7], ['en', 3]]);
    const book = ledger(facts, this.world, lang, kind === 'csv' ? 1 : r.int(1, 3));
    const meta = this.meta(r, { lang, title: book.title, paragraphs: [] });
    const year = meta.created.slice(0, 4);
    const spec: DocSpec = kind === 'xlsx' ? { kind, ledger: book, meta } : { kind, ledger: book, delimiter: r.pick([',', ';'] as const), bom: r.chance(0.6) };
    const name = lang === 'ar' ? `حسابات_${year}_${r.int(1, 99)}.${kind}` : `ledger_${year}_${r.int(1, 99)}.${kind}`;
    const path = this.place(r, device, 'finance', name);
    const doc = this.record(path, [], kind, device, facts, { languages: [lang], title: book.title });
    this.addFile(path, spec, doc, meta.created);
  }

  /** An email between two members of the cast, possibly with attachments. */
  private email(r: Rng, path: string, inner: string[], device: string): { email: Email; docs: number } {
    const withMail = this.world.persons.filter((p) => p.emails.length > 0);
    const from = r.pick(withMail);
    const to = r.pick(withMail.filter((p) => p !== from));
    const { body, facts } = this.letter(r);
    const fromName = facts.person(from, body.lang === 'ar' ? 'ar' : body.lang);
    const toName = facts.person(to, body.lang === 'ar' ? 'ar' : body.lang);
    const cc = r.chance(0.3) ? [r.pick(withMail.filter((p) => p !== from && p !== to))] : [];
    const ccAddr = cc.map((p) => ({ name: facts.person(p, body.lang), address: facts.email(p.emails[0] as string) }));
    const day = randomDay(r);
    const messageId = `${r.digits(10)}.${r.digits(6)}@${(from.emails[0] as string).split('@')[1]}`;
    const email: Email = {
      from: { name: fromName, address: facts.email(from.emails[0] as string) },
      to: [{ name: toName, address: facts.email(to.emails[0] as string) }],
      cc: ccAddr,
      subject: body.title,
      date: `${day.iso}T${String(r.int(5, 21)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}Z`,
      messageId,
      body,
      attachments: [],
    };
    if (r.chance(0.2)) email.inReplyTo = `${r.digits(10)}.${r.digits(6)}@${(to.emails[0] as string).split('@')[1]}`;
    this.record(path, inner, inner.length > 0 ? 'email-message' : 'eml', device, facts, { languages: [body.lang], title: body.title });
    let docs = 1;
    const nAtt = r.weighted([[0, 5], [1, 4], [2, 1]] as const);
    for (let i = 0; i < nAtt; i++) {
      const att = this.attachment(r, i);
      email.attachments.push(att.attachment);
      this.record(path, [...inner, att.attachment.filename], att.attachment.spec.kind, device, att.facts, { languages: att.langs, title: att.title, scanned: att.attachment.spec.kind === 'scan' });
      docs += 1;
    }
    return { email, docs };
  }

  /** An attachment: a letter as DOCX or PDF, or a ledger. */
  private attachment(r: Rng, i: number): { attachment: Attachment; facts: Facts; langs: Lang[]; title: string } {
    const kind = r.weighted<'docx' | 'pdf' | 'xlsx'>([['docx', 4], ['pdf', 3], ['xlsx', 2]]);
    if (kind === 'xlsx') {
      const facts = new Facts(r);
      const lang = r.pick<'ar' | 'en'>(['ar', 'en']);
      const book = ledger(facts, this.world, lang, 1);
      const meta = this.meta(r, { lang, title: book.title, paragraphs: [] });
      return { attachment: { filename: `${lang === 'ar' ? 'حسابات' : 'accounts'}_${i + 1}.xlsx`, spec: { kind, ledger: book, meta } }, facts, langs: [lang], title: book.title };
    }
    const { body, facts } = this.letter(r);
    const meta = this.meta(r, body);
    const name = `${body.lang === 'ar' ? 'كتاب' : 'document'}_${i + 1}.${kind}`;
    return { attachment: { filename: name, spec: { kind, body, meta } }, facts, langs: [body.lang], title: body.title };
  }

  private eml(r: Rng, device: Device): void {
    const path = this.place(r, device, 'mail', `message_${r.digits(5)}.eml`);
    const { email } = this.email(r, path, [], device);
    const doc = this.documents.find((d) => d.path === path && d.inner.length === 0) as TruthDocument;
    this.addFile(path, { kind: 'eml', email }, doc, email.date);
  }

  /** One mailbox per haul, holding `count` messages (each a document, attachments too). */
  mbox(count: number): number {
    const r = this.rng.fork('mbox');
    const device: Device = 'laptop-1';
    const path = this.place(r, device, 'mail', 'Inbox.mbox');
    const before = this.documents.length;
    const mboxDoc = this.record(path, [], 'mbox', device, undefined, { title: 'Inbox' });
    const emails: Email[] = [];
    while (this.documents.length - before < count) {
      const mr = r.fork(`message:${emails.length}`);
      const placeholder = `${mr.digits(10)}.${mr.digits(6)}`;
      const { email } = this.email(mr, path, [placeholder], device);
      // The message's document is addressed by its Message-ID.
      for (const d of this.documents.slice(before)) if (d.inner[0] === placeholder) d.inner[0] = email.messageId;
      emails.push(email);
    }
    emails.sort((a, b) => a.date.localeCompare(b.date));
    mboxDoc.languages = [...new Set(emails.map((e) => e.body.lang))];
    this.addFile(path, { kind: 'mbox', emails }, mboxDoc, emails[emails.length - 1]?.date ?? '2016-01-01T00:00:00Z');
    return this.documents.length - before;
  }

  private chatFile(r: Rng, kind: 'whatsapp' | 'telegram'): void {
    const facts = new Facts(r);
    const lang = r.weighted<Lang>([['ar', 8], ['en', 2]]);
    this.chatSeq += 1;
    const c = chat(facts, this.world, lang, 1000 + this.chatSeq);
    const last = c.messages[c.messages.length - 1]?.at ?? '2016-01-01T00:00:00';
    if (kind === 'whatsapp') {
      const path = this.paths.claim(`phone-1/Internal storage/WhatsApp/Chats/WhatsApp Chat with ${c.title}/_chat.txt`);
      const doc = this.record(path, [], kind, 'phone-1', facts, { languages: [lang], title: c.title });
      this.addFile(path, { kind, chat: c }, doc, `${last}Z`);
    } else {
      const path = this.paths.claim(`phone-1/Internal storage/Telegram/Telegram Desktop/ChatExport_${last.slice(0, 10)}/result.json`);
      const doc = this.record(path, [], kind, 'phone-1', facts, { languages: [lang], title: c.title });
      this.addFile(path, { kind, chat: c }, doc, `${last}Z`);
    }
  }

  /** An archive of letters and ledgers, with a nested archive inside. */
  private zip(r: Rng, device: Device): void {
    const day = randomDay(r);
    const mtime = `${day.iso}T12:00:00Z`;
    const path = this.place(r, device, 'archive', r.pick(['backup', 'ارشيف', 'docs', 'old']) + `_${day.year}.zip`);
    const zipDoc = this.record(path, [], 'zip', device, undefined, { title: 'archive' });
    const members: Attachment[] = [];
    const langs = new Set<Lang>();
    const addMembers = (prefix: string[], into: Attachment[], n: number, allowNested: boolean) => {
      for (let i = 0; i < n; i++) {
        if (allowNested && i === n - 1) {
          const nested: Attachment[] = [];
          const name = `old/${r.pick(['inner', 'قديم', 'part'])}_${i}.zip`;
          this.record(path, [...prefix, name], 'zip', device, undefined, { title: 'archive' });
          addMembers([...prefix, name], nested, r.int(1, 3), false);
          into.push({ filename: name, spec: { kind: 'zip', members: nested, mtime } });
          continue;
        }
        const a = this.attachment(r, i);
        const name = `${r.pick(['docs', 'files', 'مستندات'])}/${a.attachment.filename.replace(/(\.\w+)$/, `_${prefix.length}${i}$1`)}`;
        a.langs.forEach((l) => langs.add(l));
        this.record(path, [...prefix, name], a.attachment.spec.kind, device, a.facts, { languages: a.langs, title: a.title });
        into.push({ filename: name, spec: a.attachment.spec });
      }
    };
    addMembers([], members, r.int(2, 5), r.chance(0.7));
    zipDoc.languages = [...langs];
    this.addFile(path, { kind: 'zip', members, mtime }, zipDoc, mtime);
  }

  private photo(r: Rng, device: Device): void {
    const day = randomDay(r);
    const time = `${String(r.int(6, 20)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}`;
    const facts = new Facts(r);
    const withGps = r.chance(0.55);
    const abroad = withGps && r.chance(0.3);
    const city = abroad ? r.pick(FOREIGN_CITIES) : r.pick(HOME_CITIES);
    const gps = withGps ? { lat: round6(city.lat + r.between(-0.03, 0.03)), lon: round6(city.lon + r.between(-0.03, 0.03)), altitude: r.int(20, 600) } : undefined;
    if (gps && !HOME_COUNTRIES.has(city.country)) facts.countries.push({ country: city.country, via: 'gps', surface: `${gps.lat},${gps.lon}` });
    const camera = r.pick([
      { make: 'samsung', model: 'SM-J500H' },
      { make: 'HUAWEI', model: 'Y6 Pro' },
      { make: 'Apple', model: 'iPhone 6' },
      { make: 'Canon', model: 'Canon PowerShot A2300' },
    ]);
    const photoDevice: Device = r.chance(0.6) ? 'phone-1' : device;
    const name = `IMG_${day.iso.replace(/-/g, '')}_${time.replace(/:/g, '')}.jpg`;
    const path = this.place(r, photoDevice, 'camera', name);
    const spec: DocSpec = {
      kind: 'photo',
      photo: { width: r.pick([1024, 1280, 1600]), height: r.pick([768, 960, 1200]), scene: r.pick(['street', 'landscape', 'room', 'document-on-table'] as const), seed: r.int(1, 2 ** 30), camera, takenAt: `${day.iso}T${time}`, ...(gps ? { gps } : {}) },
    };
    const doc = this.record(path, [], 'photo', photoDevice, facts, { title: name });
    this.addFile(path, spec, doc, `${day.iso}T${time}Z`);
  }

  private noise(r: Rng, device: Device): void {
    const type = r.weighted<NoiseType>([['dll', 5], ['exe', 1], ['desktop-ini', 2], ['thumbs-db', 2], ['ds-store', 1], ['lnk', 2], ['log', 3], ['ini', 2], ['plist', 1], ['tmp', 2]]);
    const names: Record<NoiseType, () => [Place, string]> = {
      dll: () => [r.pick<Place>(['system', 'program']), `${r.pick(['msvc', 'api-ms-win-core', 'd3d', 'kernel', 'shell', 'ole', 'comctl'])}${r.int(10, 140)}.dll`],
      exe: () => ['program', `${r.pick(['setup', 'update', 'helper', 'launcher'])}${r.int(1, 9)}.exe`],
      'desktop-ini': () => [r.pick<Place>(['documents', 'desktop', 'downloads']), 'desktop.ini'],
      'thumbs-db': () => [r.pick<Place>(['documents', 'scans', 'camera']), 'Thumbs.db'],
      'ds-store': () => ['archive', '.DS_Store'],
      lnk: () => ['desktop', `${r.pick(['Word', 'Excel', 'Chrome', 'VLC', 'Telegram'])}.lnk`],
      log: () => ['system', `${r.pick(['setupapi', 'WindowsUpdate', 'CBS', 'dism'])}.log`],
      ini: () => ['program', `${r.pick(['config', 'settings', 'app'])}.ini`],
      plist: () => ['archive', `com.apple.${r.pick(['finder', 'dock', 'preview'])}.plist`],
      tmp: () => ['temp', `~DF${r.digits(4)}.tmp`],
    };
    const [place, name] = names[type]();
    const dev: Device = type === 'ds-store' || type === 'plist' ? 'usb-1' : device === 'phone-1' && (type === 'dll' || type === 'exe') ? 'laptop-1' : device;
    const path = this.place(r, dev, place, name);
    const size = type === 'dll' || type === 'exe' ? r.int(8, 200) * 1024 : r.int(200, 8000);
    const doc = this.record(path, [], 'noise', dev, undefined, { noise: true, title: name });
    const day = randomDay(r);
    this.addFile(path, { kind: 'noise', noise: { type, size, seed: r.int(1, 2 ** 30) } }, doc, `${day.iso}T08:00:00Z`);
  }

  /** The same bytes as an earlier file, under another name or on another device. */
  private duplicate(r: Rng, device: Device): void {
    const candidates = this.topLevel.filter((d) => d.duplicate_of === null && d.kind !== 'mbox' && d.kind !== 'whatsapp' && d.kind !== 'telegram');
    if (candidates.length === 0) {
      this.noise(r, device);
      return;
    }
    const original = r.pick(candidates);
    const file = this.files.find((f) => f.doc === original.id) as PlannedFile;
    const base = original.path.split('/').pop() as string;
    const dot = base.lastIndexOf('.');
    const name = r.pick([`Copy of ${base}`, `${base.slice(0, dot)} - نسخة${base.slice(dot)}`, `${base.slice(0, dot)}_old${base.slice(dot)}`, base]);
    const path = this.place(r, device, r.pick<Place>(['documents', 'downloads', 'archive', 'desktop']), name);
    const { id: _id, path: _p, device: _d, transactions: _t, ...rest } = original;
    const doc = this.record(path, [], original.kind, device, undefined, { ...rest, inner: [], duplicate_of: original.id });
    this.files.push({ path, copyOf: file.path, doc: doc.id, mtime: file.mtime });
    this.topLevel.push(doc);
  }
}

function dedupeCountries<T extends { country: string; via: string; surface: string }>(list: T[]): T[] {
  const seen = new Set<string>();
  return list.filter((c) => {
    const k = `${c.country}|${c.via}|${c.surface}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** windows-1256 lacks Arabic-Indic digits, narrow spaces, macrons and many Latin letters (ß, ş, ı): fold them as a Windows user would type them. */
const LATIN_FOLD: Record<string, string> = { ß: 'ss', ı: 'i', ø: 'o', æ: 'ae', đ: 'd', ł: 'l', 'ʿ': "'", 'ʾ': "'", '’': "'", '‘': "'", '€': 'EUR', '\u202f': ' ' };
const fold1256 = (s: string) =>
  [...s]
    .map((c) => {
      if (/[\u0660-\u0669]/.test(c)) return String(c.charCodeAt(0) - 0x660);
      if (LATIN_FOLD[c] !== undefined) return LATIN_FOLD[c];
      if (c.charCodeAt(0) < 0x80 || /[\u0600-\u06ff]/.test(c) || iconv.decode(iconv.encode(c, 'windows-1256'), 'windows-1256') === c) return c;
      return c.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    })
    .join('');

/** The body and the facts' surfaces, folded alike so the truth still quotes the text exactly. */
function cp1256Safe(body: TextBody, facts: Facts): TextBody {
  for (const list of [facts.persons, facts.countries, facts.hijri, facts.selectors, facts.transactions]) {
    for (const item of list as { surface: string }[]) item.surface = fold1256(item.surface);
  }
  return { ...body, title: fold1256(body.title), paragraphs: body.paragraphs.map(fold1256), ...(body.heading ? { heading: fold1256(body.heading) } : {}) };
}

export interface PlanOptions {
  docs: number;
  seed: number;
  persons?: number;
}

/** Plans a whole haul: exactly `docs` truth documents. */
export function planHaul(opts: PlanOptions): HaulPlan {
  const root = Rng.fromSeed(opts.seed);
  const persons = generatePersons(root.fork('persons'), opts.persons ?? Math.max(80, Math.min(160, Math.round(opts.docs / 60))));
  const world = makeWorld(persons);
  const planner = new Planner(root.fork('documents'), world);
  const pick = root.fork('units');
  let produced = 0;
  if (opts.docs >= 100) produced += planner.mbox(Math.max(8, Math.round(opts.docs * 0.02)));
  // Containers may produce several documents: near the end only single-document units are drawn.
  const single: readonly Unit[] = ['letter-docx', 'letter-pdf', 'scan', 'xlsx', 'csv', 'html', 'txt', 'photo', 'noise', 'benign', 'duplicate', 'whatsapp', 'telegram'];
  for (let i = 0; produced < opts.docs; i++) {
    let kind = pick.weighted(UNIT_WEIGHTS);
    if (opts.docs - produced < 12 && !single.includes(kind)) kind = 'letter-docx';
    produced += planner.unit(kind, i);
  }
  const documents = planner.documents;
  const truth: Truth = {
    generator: { name: 'ariadne make-haul', version: GENERATOR_VERSION, seed: opts.seed, docs: documents.length },
    persons: persons.map(toTruthPerson),
    documents,
    transactions: planner.transactions,
    totals: computeTotals(documents, planner.transactions),
  };
  return { files: planner.files, truth };
}

function toTruthPerson(p: Person): Truth['persons'][number] {
  return {
    id: p.id,
    role: p.role,
    gender: p.parts.female ? 'f' : 'm',
    arabic_name: p.arabicName,
    kunya: p.kunya,
    arabic_forms: p.arabicForms,
    ...(p.nickname ? { nickname: p.nickname } : {}),
    renderings: p.renderings,
    city: { name: p.city.en, country: p.city.country },
    phones: p.phones.map((x) => ({ e164: x.e164, country: x.country })),
    emails: p.emails,
    ibans: p.ibans.map((x) => ({ iban: x.iban, country: x.country, bank: x.bankName })),
    wallets: p.wallets.map((x) => ({ address: x.address, kind: x.kind, chain: x.chain })),
  };
}

