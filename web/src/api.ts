/**
 * A typed client for the workbench's JSON API (same origin, under /api).
 * Errors come back as JSON {error, message} with an HTTP status: they are thrown as ApiError, whose message
 * is the server's, to be shown to the analyst.
 */

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type Query = Record<string, string | number | undefined | null>;

export function qs(params: Query): string {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') u.set(k, String(v));
  const s = u.toString();
  return s ? `?${s}` : '';
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`/api${path}`, { headers: { accept: 'application/json', ...(init?.body ? { 'content-type': 'application/json' } : {}) }, ...init });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(0, 'network', `The server cannot be reached (${e instanceof Error ? e.message : String(e)}).`);
  }
  const text = await res.text();
  let body: unknown = null;
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      if (!res.ok) throw new ApiError(res.status, 'http', text.slice(0, 300) || res.statusText);
      throw new ApiError(res.status, 'parse', 'The server answered with something that is not JSON.');
    }
  }
  if (!res.ok) {
    const b = (body ?? {}) as { error?: unknown; message?: unknown };
    const message = typeof b.message === 'string' ? b.message : typeof b.error === 'string' ? b.error : `${res.status} ${res.statusText}`;
    throw new ApiError(res.status, typeof b.error === 'string' ? b.error : 'http', message);
  }
  return body as T;
}

const get = <T>(path: string, signal?: AbortSignal) => request<T>(path, { signal });
const post = <T>(path: string, body: unknown) => request<T>(path, { method: 'POST', body: JSON.stringify(body) });

/* ---------- shapes ---------- */

export interface Health { case: string; documents: number; entities: number; ranker: string }

export interface Highlight { start: number; end: number }
export interface Snippet { text: string; start: number; end: number; highlights: Highlight[] }
export interface HitPath { source: string; path: string; chain: string[] }
export interface Hit { id: string; rank: number; title: string | null; mime: string; languages: string[]; paths: HitPath[]; snippets: Snippet[] }
/** A facet value and how many of the sampled matches have it; an entity's also carries its display label and type. */
export interface Facet { value: string; count: number; label?: string; type?: string }
export interface SearchResult {
  hits: Hit[];
  ms: number;
  facets?: { type?: Facet[]; lang?: Facet[]; source?: Facet[]; entity?: Facet[]; country?: Facet[]; year?: Facet[] };
}

export interface DocumentMeta {
  rowid: number; sha256: string; mime: string; status: string; errorReason: string | null; errorMessage: string | null;
  title: string | null; languages: string[]; method: string | null; ocrConfidence: number | null; pageCount: number | null;
  docDate: string | null; size: number; md5: string | null; sha1: string | null;
}
export interface DocPath { source: string; path: string; chain: string[]; name?: string | null; mtime?: string | null }
export interface CustodyEvent { at: string; actor: string; action: string; details?: unknown }
export interface Custody { source: string; custodian?: string; seizedAt?: string; seizedWhere?: string; events: CustodyEvent[] }
export interface Mention { id: number | string; type: string; start: number; end: number; surface: string; value: string; entity: string | null }
export interface EmailStructure { from?: string; to?: string[] | string; cc?: string[] | string; date?: string; subject?: string; messageId?: string; inReplyTo?: string; attachments?: (string | { name?: string; filename?: string; sha256?: string; mime?: string; size?: number })[] }
export interface Structure {
  pages?: { text: string; [k: string]: unknown }[];
  sheets?: { name: string; rows: (string | number | null)[][] }[];
  messages?: { sender: string; at: string | null; text: string }[];
  email?: EmailStructure;
}
export interface DocumentDetail {
  document: DocumentMeta; paths: DocPath[]; custody: Custody[]; text: string | null; mentions: Mention[];
  structure: Structure | null; metadata: Record<string, unknown> | null;
}

export interface EntityName { value: string; surface?: string; script?: string; romanised?: string | null; count?: number }
export interface Entity {
  id: string; type: string; name: string; nameAr?: string | null; nameLatin?: string | null; names: EntityName[];
  mentions: number; documents: number; ambiguous?: boolean; evidence?: string[]; [k: string]: unknown;
}
export interface EntityMention { document: string; title?: string | null; start: number; end: number; surface: string; before?: string; after?: string; context?: string }
export interface Connection { entity: Entity | undefined; documents: number; types?: string[] }
export interface WatchHit { entity: string; entry: number; list: string; ref: string; score: number; entityName: string; listName: string; explanation: string; entityLabel?: string }
export interface Transaction {
  id: number; doc: number; sha256: string; date: string | null; amount: number; currency: string; usd: number | null;
  payer: string | null; payee: string | null; payerEntity: string | null; payeeEntity: string | null; memo: string | null;
  category: string; categoryReason?: string; direction: 'income' | 'spending' | string; surface?: string; confidence?: number;
  sheet?: string; row?: number; country?: string | null; countryReason?: string; start?: number; end?: number;
}
export interface EntityDetail { entity: Entity; mentions: EntityMention[]; selectors: Connection[]; connected: Connection[]; transactions: Transaction[]; hits: WatchHit[] }

export interface GraphNode { id: string; label: string; type: string; degree?: number; depth?: number }
export interface Evidence { doc: number | string; sha256?: string; document?: string; title?: string | null; start?: number; end?: number; sheet?: string; row?: number; note?: string; before?: string; text?: string; after?: string }
export interface GraphEdge { source: string; target: string; type: string; directed?: boolean; weight: number; count?: number; cost?: number; evidence: Evidence[] }
export interface GraphData { nodes: GraphNode[]; edges: GraphEdge[]; truncated?: boolean; cost?: number }
export interface PathsResult { paths: GraphData[] }

/** A row of /api/money; flow rows carry payer and payee, month_category rows month and category, account rows label and type. */
export interface MoneyRow {
  key: string | null; direction?: string; transactions?: number; usd?: number; without_rate?: number;
  payer?: string; payee?: string; month?: string | null; category?: string; label?: string; type?: string; [k: string]: unknown;
}
export interface TriageReason { kind: string; surface: string; start: number; end: number; weight: number }
export interface Verdict {
  doc: number; sha256: string; title: string | null; docDate: string | null; country: string; score: number; urgency: number;
  reasons: (Partial<TriageReason> & Record<string, unknown>)[]; urgencyReasons: string[];
}
export interface TriageResult { countries: { country: string; documents: number; urgent: number }[]; queue: Verdict[] }
export interface TimelineEvent { sha256: string; doc: number; date: string; kind: string; label: string; entities: string[]; countries: string[]; start?: number; end?: number }
export interface Place { lat: number; lon: number; label: string; kind: string; doc: string | number; sha256?: string }
export interface WatchList { id: number; name: string; format: string; source?: string; sha256?: string; importedAt?: string; importedBy?: string; entries: number }
export interface Source { id: number; label: string; roots: string[]; custodian?: string; seizedAt?: string; seizedWhere?: string; actor: string; registeredAt: string; custody: CustodyEvent[] }
export interface CaseStatus {
  files: { n: number; bytes: number };
  blobs: { n: number; bytes: number };
  byStatus: { status: string; n: number }[];
  byType: { mime: string; n: number }[];
  byLanguage: { lang: string; n: number }[];
  byMethod: { method: string; n: number }[];
  bySource: { source: string; documents: number; files: number }[];
  errors: { reason: string | null; n: number; example: string | null }[];
  stages: { documents: number; extracted: number; done: number; recognised: number; analysed: { documents: number; at: string } | null };
}
export interface SourcesResult { sources: Source[]; status: CaseStatus }
export interface ImportResult { list: { list: string; format: string; entries: number; sha256: string; screened: number; hits: number }; hits: WatchHit[] }

/* ---------- normalisation of the entity detail (the server may nest or flatten it) ---------- */

function normaliseEntityDetail(raw: Record<string, unknown>): EntityDetail {
  const entity = (raw.entity && typeof raw.entity === 'object' ? raw.entity : raw) as Entity;
  const arr = <T>(...keys: string[]): T[] => {
    for (const k of keys) if (Array.isArray(raw[k])) return raw[k] as T[];
    return [];
  };
  const mentions = raw.entity ? arr<EntityMention>('mentions', 'mentionsShown') : arr<EntityMention>('mentionsShown');
  return {
    entity,
    mentions,
    selectors: arr<Connection>('selectors'),
    connected: arr<Connection>('connected', 'connections'),
    transactions: arr<Transaction>('transactions'),
    hits: arr<WatchHit>('hits', 'watchlistHits'),
  };
}

/* ---------- endpoints ---------- */

export const api = {
  health: (s?: AbortSignal) => get<Health>('/health', s),
  search: (p: Query, s?: AbortSignal) => get<SearchResult>(`/search${qs(p)}`, s),
  document: (id: string, s?: AbortSignal) => get<DocumentDetail>(`/documents/${encodeURIComponent(id)}`, s),
  originalUrl: (id: string, inline = false) => `/api/documents/${encodeURIComponent(id)}/original${inline ? '?inline=1' : ''}`,
  entities: (p: Query, s?: AbortSignal) => get<{ entities: Entity[] }>(`/entities${qs(p)}`, s),
  entity: async (id: string, s?: AbortSignal) => normaliseEntityDetail(await get<Record<string, unknown>>(`/entities/${encodeURIComponent(id)}`, s)),
  merge: (a: string, b: string) => post<{ entity: Entity }>('/entities/merge', { a, b }),
  split: (id: string, names: string[]) => post<{ entities: Entity[] }>(`/entities/${encodeURIComponent(id)}/split`, { names }),
  rename: (id: string, name: string) => post<{ entity: Entity }>(`/entities/${encodeURIComponent(id)}/rename`, { name }),
  neighbours: (id: string, p: Query, s?: AbortSignal) => get<GraphData>(`/graph/neighbours/${encodeURIComponent(id)}${qs(p)}`, s),
  path: (from: string, to: string, k = 3, s?: AbortSignal) => get<PathsResult>(`/graph/path${qs({ from, to, k })}`, s),
  edge: (type: string, source: string, target: string, s?: AbortSignal) => get<{ edge: GraphEdge }>(`/graph/edge${qs({ type, source, target })}`, s),
  money: (by: string, s?: AbortSignal) => get<{ by: string; rows: MoneyRow[]; names: Record<string, string> }>(`/money${qs({ by })}`, s),
  transactions: (p: Query, s?: AbortSignal) => get<{ transactions: Transaction[] }>(`/transactions${qs(p)}`, s),
  triage: (country?: string, s?: AbortSignal) => get<TriageResult>(`/triage${qs({ country })}`, s),
  timeline: (entity?: string, s?: AbortSignal) => get<{ events: TimelineEvent[] }>(`/timeline${qs({ entity })}`, s),
  places: (s?: AbortSignal) => get<{ places: Place[] }>('/places', s),
  watchlists: (s?: AbortSignal) => get<{ lists: WatchList[]; hits: WatchHit[] }>('/watchlists', s),
  importWatchlist: (name: string, filename: string, content: string) => post<ImportResult>('/watchlists', { name, filename, content }),
  sources: (s?: AbortSignal) => get<SourcesResult>('/sources', s),
};
