/**
 * The typed interface stage code uses to talk to a case. SQL lives only under store/; a PostgreSQL
 * implementation will satisfy the same interface later.
 */
import type { Digests } from './blobs.js';

export interface SourceInput {
  label: string;
  roots: string[];
  custodian?: string;
  seizedAt?: string;
  seizedWhere?: string;
  actor: string;
}

export interface Source extends SourceInput {
  id: number;
  registeredAt: string;
}

export interface FileInput {
  sourceId: number;
  parentId: number | null;
  path: string;
  chain: string[];
  name: string;
  digests: Digests;
  mime: string;
  stored: boolean;
  mtime?: string;
  ctime?: string;
  atime?: string;
  error?: string;
  depth: number;
}

export interface PendingDocument {
  sha256: string;
  mime: string;
  depth: number;
  /** A name it was found under (extension hints, attachment names). */
  name: string;
  /** One file row where it was found: children of this document hang from it. */
  fileId: number;
  sourceId: number;
  path: string;
  chain: string[];
}

export interface ExtractionRecord {
  sha256: string;
  title?: string;
  text: string;
  languages: string[];
  method: string;
  ocrConfidence?: number;
  pageCount?: number;
  structure: unknown;
  metadata: unknown;
  docDate?: string;
  /** Analysed terms (space-joined) for the full-text index. */
  terms: string;
  titleTerms: string;
}

export interface DocumentRow {
  rowid: number;
  sha256: string;
  mime: string;
  depth: number;
  status: string;
  errorReason: string | null;
  errorMessage: string | null;
  title: string | null;
  languages: string[];
  method: string | null;
  ocrConfidence: number | null;
  pageCount: number | null;
  docDate: string | null;
  size: number;
  md5: string;
  sha1: string;
}

export interface Occurrence {
  fileId: number;
  source: string;
  path: string;
  chain: string[];
  name: string;
  mtime: string | null;
  error: string | null;
}

export interface SearchFilters {
  type?: string;
  lang?: string;
  source?: string;
  /** Entity ids (comma-separated): documents with a mention resolved to one of them. */
  entity?: string;
  /** ISO alpha-2 codes (comma-separated, any case): documents triage gave a verdict for one of them. */
  country?: string;
  from?: string;
  to?: string;
  path?: string;
}

export interface SearchRow {
  rowid: number;
  sha256: string;
  rank: number;
}
