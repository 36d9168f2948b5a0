import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { geoEqualEarth, geoPath, geoGraticule10 } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, Geometry } from 'geojson';
import world from 'world-atlas/countries-110m.json';
import { api, type Place } from '../api';
import { useApi } from '../hooks';
import { docHref } from '../format';
import { Empty, ErrorBox, Loading } from '../components/Status';

const topo = world as unknown as Topology<{ countries: GeometryCollection }>;
const countries = feature(topo, topo.objects.countries) as unknown as FeatureCollection<Geometry, { name: string }>;
const W = 960;
const H = 500;
const KIND_COLOURS: Record<string, string> = { gps: '#dc2626', coordinates: '#ea580c', place: '#2563eb' };

export function MapPage() {
  const res = useApi('places', (s) => api.places(s));
  const [zoom, setZoom] = useState<'places' | 'world'>('places');
  const [selected, setSelected] = useState<string | null>(null);
  const navigate = useNavigate();

  const groups = useMemo(() => {
    const m = new Map<string, { lat: number; lon: number; label: string; kind: string; docs: Place[] }>();
    for (const p of res.data?.places ?? []) {
      const k = `${p.lat.toFixed(2)},${p.lon.toFixed(2)},${p.kind}`;
      const g = m.get(k) ?? { lat: p.lat, lon: p.lon, label: p.label, kind: p.kind, docs: [] };
      g.docs.push(p);
      m.set(k, g);
    }
    return [...m.entries()];
  }, [res.data]);

  const projection = useMemo(() => {
    const p = geoEqualEarth();
    if (zoom === 'places' && groups.length > 0) {
      const lons = groups.map(([, g]) => g.lon);
      const lats = groups.map(([, g]) => g.lat);
      const pad = 4;
      const box: GeoJSON.Feature = {
        type: 'Feature',
        properties: {},
        geometry: { type: 'MultiPoint', coordinates: [[Math.min(...lons) - pad, Math.min(...lats) - pad], [Math.max(...lons) + pad, Math.max(...lats) + pad]] },
      };
      p.fitExtent([[20, 20], [W - 20, H - 20]], box);
    } else p.fitExtent([[10, 10], [W - 10, H - 10]], { type: 'Sphere' });
    return p;
  }, [zoom, groups]);
  const path = geoPath(projection);

  const sel = groups.find(([k]) => k === selected)?.[1];
  return (
    <section className="map-page">
      <h1>Map</h1>
      <div className="toolbar">
        <div className="tabs" role="tablist">
          <button type="button" role="tab" aria-selected={zoom === 'places'} className={zoom === 'places' ? 'on' : undefined} onClick={() => setZoom('places')}>
            Places of the haul
          </button>
          <button type="button" role="tab" aria-selected={zoom === 'world'} className={zoom === 'world' ? 'on' : undefined} onClick={() => setZoom('world')}>
            World
          </button>
        </div>
        <span className="small">
          {Object.entries(KIND_COLOURS).map(([k, c]) => (
            <span key={k}>
              <span className="swatch round" style={{ background: c }} /> {k}{' '}
            </span>
          ))}
        </span>
      </div>
      {res.loading && <Loading what="places" />}
      {res.error && <ErrorBox error={res.error} onRetry={res.reload} />}
      <div className="map-layout">
        <svg viewBox={`0 0 ${W} ${H}`} className="map-svg" data-testid="map-svg" role="img" aria-label="World map with the places named in the documents">
          <defs>
            <clipPath id="map-clip">
              <rect width={W} height={H} />
            </clipPath>
          </defs>
          <g clipPath="url(#map-clip)">
            <path d={path({ type: 'Sphere' }) ?? ''} className="sphere" />
            <path d={path(geoGraticule10()) ?? ''} className="graticule" />
            {countries.features.map((f, i) => (
              <path key={i} d={path(f) ?? ''} className="country">
                <title>{f.properties?.name}</title>
              </path>
            ))}
            {groups.map(([k, g]) => {
              const xy = projection([g.lon, g.lat]);
              if (!xy) return null;
              const r = Math.min(12, 3 + Math.sqrt(g.docs.length) * 1.5);
              const open = () => {
                if (g.docs.length === 1 && g.docs[0]) navigate(docHref(String(g.docs[0].doc)));
                else setSelected(k);
              };
              return (
                <circle
                  key={k}
                  cx={xy[0]}
                  cy={xy[1]}
                  r={r}
                  fill={KIND_COLOURS[g.kind] ?? '#666'}
                  className={`place-dot ${selected === k ? 'selected' : ''}`}
                  tabIndex={0}
                  role="link"
                  aria-label={`${g.label}: ${g.docs.length} documents`}
                  data-testid="map-place"
                  onClick={open}
                  onMouseEnter={() => setSelected(k)}
                  onFocus={() => setSelected(k)}
                  onKeyDown={(e) => e.key === 'Enter' && open()}
                >
                  <title>{`${g.label} (${g.kind}): ${g.docs.length} document${g.docs.length === 1 ? '' : 's'}`}</title>
                </circle>
              );
            })}
          </g>
        </svg>
        <aside className="map-side" aria-live="polite">
          {sel ? (
            <div data-testid="map-tooltip">
              <h2 dir="auto">{sel.label}</h2>
              <p className="muted small">
                {sel.kind} · {sel.lat.toFixed(3)}, {sel.lon.toFixed(3)}
              </p>
              <ul>
                {sel.docs.map((d, i) => (
                  <li key={i}>
                    <Link to={docHref(String(d.doc))} dir="auto">
                      {d.label === sel.label ? `document ${String(d.doc).slice(0, 12)}` : d.label}
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          ) : (
            res.data && (groups.length === 0 ? <Empty>No place with coordinates.</Empty> : <p className="muted">Point at a dot to see its documents; click to open.</p>)
          )}
        </aside>
      </div>
    </section>
  );
}
