/**
 * Zod schemas of every request and response of the workbench API, with their TypeScript types (z.infer): the
 * routes validate with them, the OpenAPI document is generated from them, and the web app imports the types
 * (`import type { SearchResponse } from '../../src/server/schemas.js'`).
 */
import { z } from '@hono/zod-openapi';

// ---- shared ----

export const ErrorSchema = z.object({ error: z.string().openapi({ example: 'not_found' }), message: z.string() }).openapi('Error');
export type ApiError = z.infer<typeof ErrorSchema>;

/** A positive whole number from the query string, with a default and a ceiling. */
const count = (def: number, max: number) => z.coerce.number().int().min(1).max(max).default(def);
const optional = z.string().trim().min(1).optional();
const date = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date YYYY, YYYY-MM or YYYY-MM-DD').optional();
const actor = z.string().trim().min(1).max(100).optional().openapi({ description: "who decides (default 'workbench')" });

export const EntityIdParam = z.object({ id: z.string().min(1).openapi({ param: { name: 'id', in: 'path' }, example: 'per-40e25373cb' }) });
export const DocumentIdParam = z.object({ id: z.string().min(1).openapi({ param: { name: 'id', in: 'path' }, description: 'sha256, or a unique prefix of at least 8 hex characters' }) });

// ---- health ----

export const HealthSchema = z
  .object({
    case: z.string(),
    documents: z.number(),
    entities: z.number(),
    ranker: z.string(),
    graph: z.enum(['none', 'building', 'ready']).openapi({ description: 'the link graph: not built yet, being built beside the server, or ready' }),
  })
  .openapi('Health');
export type Health = z.infer<typeof HealthSchema>;

// ---- search ----

export const SearchQuery = z.object({
  q: z.string().default('').openapi({ description: 'words, "phrases", OR, NOT/-word, prefix*, type: lang: source: entity: country: from: to: path:' }),
  type: optional,
  lang: optional,
  source: optional,
  entity: optional.openapi({ description: 'entity ids, comma-separated: documents naming one of them', example: 'per-40e25373cb' }),
  country: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2}(\s*,\s*[A-Za-z]{2})*$/, 'ISO alpha-2 country codes, comma-separated')
    .optional()
    .openapi({ description: 'ISO alpha-2 codes, comma-separated, any case: documents triage gave a verdict for one of them', example: 'SY' }),
  from: date,
  to: date,
  limit: count(20, 200),
});
export type SearchParams = z.infer<typeof SearchQuery>;

export const HitSchema = z
  .object({
    id: z.string(),
    rank: z.number(),
    title: z.string().nullable(),
    mime: z.string(),
    languages: z.array(z.string()),
    paths: z.array(z.object({ source: z.string(), path: z.string(), chain: z.array(z.string()) })),
    snippets: z.array(z.object({ text: z.string(), start: z.number(), end: z.number(), highlights: z.array(z.object({ start: z.number(), end: z.number() })) })),
  })
  .openapi('Hit');
export type Hit = z.infer<typeof HitSchema>;

const FacetCounts = z.array(
  z.object({
    value: z.string(),
    count: z.number(),
    label: z.string().optional().openapi({ description: 'an entity: its display name, with its Latin name in parentheses when that differs' }),
    type: z.string().optional().openapi({ description: 'an entity: person or organisation' }),
  }),
);
export const SearchResponseSchema = z
  .object({
    hits: z.array(HitSchema),
    ms: z.number(),
    facets: z.object({
      type: FacetCounts,
      lang: FacetCounts,
      source: FacetCounts,
      entity: FacetCounts.openapi({ description: 'the 15 persons and organisations named in most sampled documents' }),
      country: FacetCounts.openapi({ description: 'sampled documents per triage verdict country' }),
      year: FacetCounts.openapi({ description: 'sampled documents per year of their date, oldest first' }),
    }),
    expanded: z
      .array(z.object({ entity: z.string(), name: z.string(), matched: z.string(), score: z.number(), explanation: z.string(), names: z.array(z.string()) }))
      .openapi({ description: 'persons the query named (either script): their names were searched too' }),
  })
  .openapi('SearchResponse');
export type SearchResponse = z.infer<typeof SearchResponseSchema>;

// ---- documents ----

export const DocumentRowSchema = z
  .object({
    rowid: z.number(),
    sha256: z.string(),
    mime: z.string(),
    depth: z.number(),
    status: z.string(),
    errorReason: z.string().nullable(),
    errorMessage: z.string().nullable(),
    title: z.string().nullable(),
    languages: z.array(z.string()),
    method: z.string().nullable(),
    ocrConfidence: z.number().nullable(),
    pageCount: z.number().nullable(),
    docDate: z.string().nullable(),
    size: z.number(),
    md5: z.string(),
    sha1: z.string(),
  })
  .openapi('DocumentRow');

export const OccurrenceSchema = z.object({ fileId: z.number(), source: z.string(), path: z.string(), chain: z.array(z.string()), name: z.string(), mtime: z.string().nullable(), error: z.string().nullable() }).openapi('Occurrence');
export const CustodyEventSchema = z.object({ at: z.string(), actor: z.string(), action: z.string(), details: z.unknown() }).openapi('CustodyEvent');
export const MentionSchema = z
  .object({
    id: z.number(),
    type: z.string(),
    start: z.number(),
    end: z.number(),
    surface: z.string(),
    value: z.string(),
    recogniser: z.string(),
    confidence: z.number(),
    entity: z.string().nullable(),
    attrs: z.record(z.string(), z.unknown()).optional(),
  })
  .openapi('Mention');

export const DocumentResponseSchema = z
  .object({
    document: DocumentRowSchema,
    paths: z.array(OccurrenceSchema),
    custody: z.array(z.object({ source: z.string(), custodian: z.string().optional(), seizedAt: z.string().optional(), seizedWhere: z.string().optional(), events: z.array(CustodyEventSchema) })),
    text: z.string(),
    mentions: z.array(MentionSchema),
    structure: z.unknown().openapi({ description: "the extractor's structure: pages, sheets with rows and cells, messages, email headers" }),
    metadata: z.unknown(),
  })
  .openapi('DocumentResponse');
export type DocumentResponse = z.infer<typeof DocumentResponseSchema>;

export const OriginalQuery = z.object({ inline: z.enum(['0', '1']).optional() });

// ---- transactions (entities cite them too) ----

export const TransactionSchema = z
  .object({
    id: z.number(),
    doc: z.number(),
    sha256: z.string(),
    date: z.string().nullable(),
    amount: z.number(),
    currency: z.string(),
    usd: z.number().nullable(),
    payer: z.string().nullable(),
    payee: z.string().nullable(),
    payerEntity: z.string().nullable(),
    payeeEntity: z.string().nullable(),
    memo: z.string().nullable(),
    category: z.string(),
    categoryReason: z.string(),
    direction: z.string(),
    surface: z.string(),
    confidence: z.number(),
    sheet: z.string().optional(),
    row: z.number().optional(),
    start: z.number().optional(),
    end: z.number().optional(),
    country: z.string().optional(),
    countryReason: z.string().optional(),
  })
  .openapi('Transaction');
export type Transaction = z.infer<typeof TransactionSchema>;

// ---- entities ----

export const EntityRecordSchema = z
  .object({
    id: z.string(),
    type: z.string(),
    name: z.string(),
    nameAr: z.string().nullable(),
    nameLatin: z.string().nullable(),
    names: z.array(z.object({ value: z.string(), surface: z.string(), script: z.enum(['arabic', 'latin', 'other']), count: z.number(), romanised: z.string().optional().openapi({ description: 'an Arabic name in Latin letters' }) })),
    mentions: z.number(),
    documents: z.number(),
    ambiguous: z.boolean(),
    evidence: z.unknown(),
  })
  .openapi('Entity');
export type EntityRecord = z.infer<typeof EntityRecordSchema>;

export const EntitiesQuery = z.object({ type: optional, q: optional, ambiguous: z.enum(['0', '1']).optional().openapi({ description: '1 includes ambiguous persons' }), limit: count(100, 5000) });
export const EntitiesResponseSchema = z.object({ entities: z.array(EntityRecordSchema) }).openapi('EntitiesResponse');
export type EntitiesResponse = z.infer<typeof EntitiesResponseSchema>;

export const ScreeningHitSchema = z
  .object({ entity: z.string(), entry: z.number(), list: z.string(), ref: z.string(), score: z.number(), entityName: z.string(), listName: z.string(), explanation: z.string() })
  .openapi('ScreeningHit');
const ConnectionSchema = z.object({ entity: EntityRecordSchema.optional(), documents: z.number() });
export const EntityDetailSchema = EntityRecordSchema.extend({
  mentionsShown: z.array(z.object({ document: z.string(), title: z.string().nullable(), start: z.number(), end: z.number(), surface: z.string(), before: z.string(), after: z.string() })),
  selectors: z.array(ConnectionSchema),
  connections: z.array(ConnectionSchema),
  watchlistHits: z.array(ScreeningHitSchema),
  transactions: z.array(TransactionSchema),
}).openapi('EntityDetail');
export type EntityDetail = z.infer<typeof EntityDetailSchema>;
export const EntityDetailQuery = z.object({ mentions: count(20, 1000) });

export const MergeBody = z.object({ a: z.string().min(1), b: z.string().min(1), actor }).openapi('MergeRequest');
export const SplitBody = z.object({ names: z.array(z.string().min(1)).min(1), actor }).openapi('SplitRequest');
export const RenameBody = z.object({ name: z.string().trim().min(1), actor }).openapi('RenameRequest');
export const DistinctBody = MergeBody.openapi('DistinctRequest');
export const EntityResponseSchema = z.object({ entity: EntityRecordSchema }).openapi('EntityResponse');
export const SplitResponseSchema = z.object({ entities: z.array(EntityRecordSchema) }).openapi('SplitResponse');
export const DistinctResponseSchema = z.object({ distinct: z.tuple([z.string(), z.string()]) }).openapi('DistinctResponse');

// ---- graph ----

export const EvidenceSchema = z
  .object({
    doc: z.number().openapi({ description: 'document rowid' }),
    sha256: z.string().optional(),
    title: z.string().nullable().optional().openapi({ description: "the document's title (single-edge requests)" }),
    start: z.number().optional(),
    end: z.number().optional(),
    sheet: z.string().optional(),
    row: z.number().optional(),
    note: z.string().optional(),
    weight: z.number().optional(),
    before: z.string().optional().openapi({ description: 'up to 80 characters of the exact text before start (single-edge requests)' }),
    text: z.string().optional().openapi({ description: 'the exact text from start to end (single-edge requests)' }),
    after: z.string().optional().openapi({ description: 'up to 80 characters of the exact text after end (single-edge requests)' }),
  })
  .openapi('Evidence');
export const GraphNodeSchema = z.object({ id: z.string(), label: z.string(), type: z.string(), degree: z.number().optional(), depth: z.number().optional() }).openapi('GraphNode');
export const GraphEdgeSchema = z
  .object({ source: z.string(), target: z.string(), type: z.string(), directed: z.boolean(), weight: z.number(), count: z.number(), evidence: z.array(EvidenceSchema) })
  .openapi('GraphEdge');
export const NeighboursQuery = z.object({
  depth: z.coerce.number().int().min(1).max(3).default(1),
  types: optional,
  limit: count(200, 5000),
  evidence: z.coerce.number().int().min(0).max(10).default(1).openapi({ description: 'evidence items per edge, strongest first (count says how many there are; /api/graph/edge gives them all)' }),
});
export const EdgeQuery = z.object({ type: z.string().min(1), source: z.string().min(1), target: z.string().min(1) });
export const EdgeResponseSchema = z.object({ edge: GraphEdgeSchema }).openapi('EdgeResponse');
export type EdgeResponse = z.infer<typeof EdgeResponseSchema>;
export const NeighboursResponseSchema = z.object({ nodes: z.array(GraphNodeSchema), edges: z.array(GraphEdgeSchema), truncated: z.boolean() }).openapi('Neighbours');
export type Neighbours = z.infer<typeof NeighboursResponseSchema>;

export const PathQuery = z.object({ from: z.string().min(1), to: z.string().min(1), k: z.coerce.number().int().min(1).max(10).default(3), types: optional });
export const PathSchema = z.object({ cost: z.number(), nodes: z.array(GraphNodeSchema), edges: z.array(GraphEdgeSchema.extend({ cost: z.number() })) }).openapi('Path');
export const PathResponseSchema = z.object({ paths: z.array(PathSchema) }).openapi('Paths');
export type Paths = z.infer<typeof PathResponseSchema>;

// ---- money and transactions ----

const direction = z.enum(['income', 'spending']).optional();
export const MoneyQuery = z.object({
  by: z
    .enum(['category', 'month', 'month_category', 'country', 'payer', 'payee', 'flow', 'account'])
    .default('category')
    .openapi({ description: 'flow: payer → payee pairs; account: IBANs and wallets with the money of the documents that mention them' }),
  direction,
});
export const MoneyRowSchema = z
  .object({
    key: z.string().nullable(),
    direction: z.string(),
    transactions: z.number(),
    usd: z.number().nullable(),
    without_rate: z.number(),
    payer: z.string().optional().openapi({ description: 'flow: entity id, or the name as written when not resolved' }),
    payee: z.string().optional().openapi({ description: 'flow: entity id, or the name as written when not resolved' }),
    month: z.string().nullable().optional().openapi({ description: 'month_category: YYYY-MM' }),
    category: z.string().optional().openapi({ description: 'month_category' }),
    label: z.string().optional().openapi({ description: "account: the entity's name (the IBAN or wallet address)" }),
    type: z.string().optional().openapi({ description: 'account: iban or wallet' }),
  })
  .openapi('MoneyRow');
export const MoneyResponseSchema = z
  .object({ by: z.string(), rows: z.array(MoneyRowSchema), names: z.record(z.string(), z.string()).openapi({ description: 'the display name of every entity id the rows name' }) })
  .openapi('Money');
export type Money = z.infer<typeof MoneyResponseSchema>;

export const TransactionsQuery = z.object({
  entity: optional.openapi({ description: 'paid by or to this entity' }),
  payer: optional.openapi({ description: 'paid by this entity id, or by this name as written when the payer was not resolved' }),
  payee: optional.openapi({ description: 'paid to this entity id, or to this name as written when the payee was not resolved' }),
  account: optional.openapi({ description: 'an IBAN or wallet entity: the transactions of the documents that mention it' }),
  category: optional,
  direction,
  country: z.string().regex(/^[A-Za-z]{2}$/, 'an ISO country code of two letters').optional().openapi({ description: 'to or from this foreign country' }),
  without: z.enum(['payer', 'payee', 'country']).optional().openapi({ description: 'naming no payer, no payee, or no foreign country' }),
  doc: optional,
  from: date,
  to: date,
  limit: count(500, 10000),
});
export const TransactionsResponseSchema = z.object({ transactions: z.array(TransactionSchema) }).openapi('Transactions');
export type Transactions = z.infer<typeof TransactionsResponseSchema>;

// ---- triage ----

export const TriageQuery = z.object({ country: z.string().regex(/^[A-Za-z]{2}$/, 'an ISO country code of two letters').optional(), limit: count(50, 1000) });
export const VerdictSchema = z
  .object({
    doc: z.number(),
    sha256: z.string(),
    title: z.string().nullable(),
    docDate: z.string().nullable(),
    country: z.string(),
    score: z.number(),
    urgency: z.number(),
    reasons: z.array(z.looseObject({ kind: z.string(), surface: z.string(), start: z.number().optional(), end: z.number().optional(), weight: z.number(), note: z.string().optional() })),
    urgencyReasons: z.array(z.string()),
  })
  .openapi('Verdict');
export const TriageResponseSchema = z.object({ countries: z.array(z.object({ country: z.string(), documents: z.number(), urgent: z.number() })), queue: z.array(VerdictSchema) }).openapi('Triage');
export type Triage = z.infer<typeof TriageResponseSchema>;

// ---- timeline and places ----

export const TimelineQuery = z.object({ entity: optional, country: optional, kind: optional, from: date, to: date, limit: count(1000, 20000) });
export const EventSchema = z
  .object({ sha256: z.string(), doc: z.number(), date: z.string(), kind: z.string(), label: z.string(), start: z.number().optional(), end: z.number().optional(), entities: z.array(z.string()), countries: z.array(z.string()) })
  .openapi('TimelineEvent');
export const TimelineResponseSchema = z.object({ events: z.array(EventSchema) }).openapi('Timeline');
export type Timeline = z.infer<typeof TimelineResponseSchema>;

export const PlaceSchema = z.object({ lat: z.number(), lon: z.number(), label: z.string(), kind: z.enum(['gps', 'coordinates', 'place']), doc: z.string() }).openapi('Place');
export const PlacesResponseSchema = z.object({ places: z.array(PlaceSchema) }).openapi('Places');
export type Places = z.infer<typeof PlacesResponseSchema>;

// ---- watchlists ----

export const WatchlistSchema = z
  .object({ id: z.number(), name: z.string(), format: z.string(), source: z.string(), sha256: z.string(), importedAt: z.string(), importedBy: z.string(), entries: z.number() })
  .openapi('Watchlist');
export const WatchlistsResponseSchema = z.object({ lists: z.array(WatchlistSchema), hits: z.array(ScreeningHitSchema.extend({ entityLabel: z.string() })) }).openapi('Watchlists');
export type Watchlists = z.infer<typeof WatchlistsResponseSchema>;
export const WatchlistImportBody = z
  .object({ name: z.string().trim().min(1).max(60), filename: z.string().min(1).max(255), content: z.string().min(1).max(200_000_000), actor })
  .openapi('WatchlistImport');
export const WatchlistImportResponseSchema = z
  .object({ list: z.object({ list: z.string(), format: z.string(), entries: z.number(), sha256: z.string(), screened: z.number(), hits: z.number() }), hits: z.array(ScreeningHitSchema) })
  .openapi('WatchlistImportResult');

// ---- sources ----

export const SourcesResponseSchema = z
  .object({
    sources: z.array(z.object({ id: z.number(), label: z.string(), roots: z.array(z.string()), custodian: z.string().optional(), seizedAt: z.string().optional(), seizedWhere: z.string().optional(), actor: z.string(), registeredAt: z.string(), custody: z.array(CustodyEventSchema) })),
    status: z.object({
      files: z.object({ n: z.number(), bytes: z.number() }),
      blobs: z.object({ n: z.number(), bytes: z.number() }),
      byStatus: z.array(z.object({ status: z.string(), n: z.number() })),
      byType: z.array(z.object({ mime: z.string(), n: z.number() })),
      byLanguage: z.array(z.object({ lang: z.string(), n: z.number() })),
      byMethod: z.array(z.object({ method: z.string(), n: z.number() })),
      bySource: z.array(z.object({ source: z.string(), documents: z.number(), files: z.number() })),
      errors: z.array(z.object({ reason: z.string().nullable(), n: z.number(), example: z.string().nullable() })),
      stages: z.object({
        documents: z.number(),
        extracted: z.number().openapi({ description: 'documents past extraction: done, failed, or skipped as known' }),
        done: z.number(),
        recognised: z.number().openapi({ description: 'extracted documents whose entities are recognised' }),
        analysed: z.object({ documents: z.number(), at: z.string() }).nullable().openapi({ description: 'the last case-wide analysis' }),
      }),
    }),
  })
  .openapi('Sources');
export type Sources = z.infer<typeof SourcesResponseSchema>;
