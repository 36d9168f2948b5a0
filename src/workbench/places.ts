/**
 * Points for the map: GPS positions from photos' EXIF (document metadata), coordinates written in documents
 * (coordinates mentions, attrs {lat, lon}), and named places (place mentions, whose attrs carry the GeoNames
 * latitude and longitude of the city). Each point cites its document; a place named many times in one document
 * is one point.
 */
import type { SqliteCaseStore } from '../store/sqlite/sqlite-store.js';

export interface Place {
  lat: number;
  lon: number;
  label: string;
  kind: 'gps' | 'coordinates' | 'place';
  doc: string;
}

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= 180;

export function places(store: SqliteCaseStore): Place[] {
  const out: Place[] = [];
  const gps = store.db
    .prepare(
      `SELECT sha256, coalesce(title, '') title, json_extract(metadata, '$.exif.gps.lat') lat, json_extract(metadata, '$.exif.gps.lon') lon, json_extract(metadata, '$.exif.takenAt') takenAt
         FROM documents WHERE status = 'done' AND json_extract(metadata, '$.exif.gps') IS NOT NULL ORDER BY rowid`,
    )
    .all() as { sha256: string; title: string; lat: unknown; lon: unknown; takenAt: string | null }[];
  for (const g of gps) if (finite(g.lat) && finite(g.lon)) out.push({ lat: g.lat, lon: g.lon, label: [g.title || 'photo', g.takenAt].filter(Boolean).join(', '), kind: 'gps', doc: g.sha256 });
  const mentions = store.db
    .prepare(
      `SELECT d.sha256, m.type, min(m.surface) surface, m.value, json_extract(m.attrs, '$.lat') lat, json_extract(m.attrs, '$.lon') lon
         FROM mentions m JOIN documents d ON d.rowid = m.doc WHERE m.type IN ('coordinates', 'place') AND m.attrs IS NOT NULL
        GROUP BY m.doc, m.type, m.value ORDER BY m.doc, min(m.start)`,
    )
    .all() as { sha256: string; type: 'coordinates' | 'place'; surface: string; value: string; lat: unknown; lon: unknown }[];
  for (const m of mentions) {
    if (!finite(m.lat) || !finite(m.lon)) continue;
    out.push({ lat: m.lat, lon: m.lon, label: m.type === 'place' && m.surface !== m.value ? `${m.value} (${m.surface})` : m.type === 'place' ? m.value : m.surface, kind: m.type, doc: m.sha256 });
  }
  return out;
}
