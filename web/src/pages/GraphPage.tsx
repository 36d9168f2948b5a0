import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { MultiGraph } from 'graphology';
import { api, type Entity, type Evidence, type GraphData, type GraphEdge, type GraphNode } from '../api';
import { hasArabic } from '../format';
import { EntityPicker } from '../components/EntityPicker';
import { Name } from '../components/Name';
import { GraphCanvas } from '../components/GraphCanvas';
import { GraphLayout, layoutMs } from '../components/graphLayout';
import { ErrorBox, Loading } from '../components/Status';
import { useApi } from '../hooks';

const TYPE_COLOURS: Record<string, string> = { person: '#2563eb', organisation: '#9333ea', place: '#16a34a' };
const colourOf = (t: string) => TYPE_COLOURS[t] ?? '#ea580c';
const EDGE_COLOURS: Record<string, string> = { paid: '#b45309', 'co-mentioned': '#cbd5e1', 'located-at': '#86efac', communicated: '#93c5fd' };
const edgeColour = (t: string) => EDGE_COLOURS[t] ?? '#a8a29e';
const HIGHLIGHT = '#dc2626';
const edgeKey = (e: GraphEdge) => `${e.type}|${e.source}|${e.target}`;

/** Loads the entity an id in the URL names into a picker, unless the picker already holds it. */
function useEntityFromUrl(id: string, current: Entity | null, set: (e: Entity | null) => void) {
  useEffect(() => {
    if (!id || current?.id === id) return;
    const ctl = new AbortController();
    api.entity(id, ctl.signal).then(
      (d) => !ctl.signal.aborted && set(d.entity),
      () => undefined, // an unknown id is reported by the graph or path request itself
    );
    return () => ctl.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);
}

/** A node's label, "Arabic name (Latin form)" from the server, with each part in its own direction. */
function NodeLabel({ label }: { label: string }) {
  const m = label.match(/^(.*\S)\s*\(([^()]+)\)\s*$/);
  if (m && hasArabic(m[1]!) && !hasArabic(m[2]!)) return <Name value={m[1]!} romanised={m[2]!} />;
  return <bdi dir="auto">{label}</bdi>;
}

function evidenceDoc(ev: Evidence): string | null {
  return ev.sha256 ?? ev.document ?? null;
}

export function GraphPage() {
  const [params, setParams] = useSearchParams();
  const focus = params.get('focus') ?? '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  // How far the first expansion reaches and how many nodes it may bring (a deep link can ask for more).
  const depth = Math.min(3, Math.max(1, Number(params.get('depth') ?? 1) || 1));
  const limit = Math.min(5000, Math.max(10, Number(params.get('limit') ?? 60) || 60));
  const hidden = useMemo(() => new Set((params.get('hide') ?? '').split(',').filter(Boolean)), [params]);

  const [graph] = useState(() => new MultiGraph());
  const [layingOut, setLayingOut] = useState(false);
  const [layout] = useState(() => new GraphLayout(graph, setLayingOut));
  useEffect(() => () => layout.stop(), [layout]);
  const nodes = useRef(new Map<string, GraphNode>());
  const edges = useRef(new Map<string, GraphEdge>());
  const expanded = useRef(new Set<string>());
  const [version, setVersion] = useState(0);
  const [selected, setSelected] = useState<{ kind: 'node'; id: string } | { kind: 'edge'; key: string } | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const [focusEntity, setFocusEntity] = useState<Entity | null>(null);
  const [fromEntity, setFromEntity] = useState<Entity | null>(null);
  const [toEntity, setToEntity] = useState<Entity | null>(null);
  // A deep link names entities by id: the pickers show their names.
  useEntityFromUrl(focus, focusEntity, setFocusEntity);
  useEntityFromUrl(from, fromEntity, setFromEntity);
  useEntityFromUrl(to, toEntity, setToEntity);
  const [paths, setPaths] = useState<GraphData[] | null>(null);
  const [pathState, setPathState] = useState<{ loading: boolean; error: Error | null }>({ loading: false, error: null });
  const [activePath, setActivePath] = useState(0);

  const set = useCallback(
    (changes: Record<string, string | null>) => {
      const next = new URLSearchParams(params);
      for (const [k, v] of Object.entries(changes)) {
        if (v) next.set(k, v);
        else next.delete(k);
      }
      setParams(next);
    },
    [params, setParams],
  );

  const addData = useCallback(
    (data: GraphData, around?: string) => {
      const centre = around && graph.hasNode(around) ? graph.getNodeAttributes(around) : { x: 0, y: 0 };
      const fresh = data.nodes.filter((n) => !graph.hasNode(n.id));
      const radius = around && graph.order > 0 ? 4 + Math.sqrt(fresh.length) : 10;
      const base = Math.atan2(centre.y as number, centre.x as number);
      fresh.forEach((n, i) => {
        const angle = graph.order === 0 && i === 0 ? 0 : base + (2 * Math.PI * i) / Math.max(1, fresh.length) + Math.PI / Math.max(2, fresh.length);
        const r = graph.order === 0 && i === 0 ? 0 : radius * (0.8 + 0.4 * ((i * 7919) % 13) / 13);
        nodes.current.set(n.id, n);
        graph.addNode(n.id, {
          x: (centre.x as number) + r * Math.cos(angle),
          y: (centre.y as number) + r * Math.sin(angle),
          label: n.label,
          size: 5,
          color: colourOf(n.type),
          baseColor: colourOf(n.type),
          kind: n.type,
        });
      });
      for (const n of data.nodes) if (!nodes.current.has(n.id)) nodes.current.set(n.id, n);
      for (const e of data.edges) {
        const key = edgeKey(e);
        if (!graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
        const prev = edges.current.get(key);
        if (!prev || prev.evidence.length < e.evidence.length) edges.current.set(key, e);
        if (!graph.hasEdge(key)) {
          graph.addEdgeWithKey(key, e.source, e.target, { kind: e.type, size: Math.min(6, 0.5 + Math.log2(1 + (e.count ?? e.evidence.length ?? 1))), color: edgeColour(e.type), baseColor: edgeColour(e.type) });
        }
      }
      // One event for all the sizes (a per-node event makes sigma redo its work once per node). No hints: with them
      // sigma 3 skips re-indexing and throws for nodes added since its last render.
      // Smaller discs in bigger graphs, so that thousands of nodes do not cover each other.
      const scale = Math.min(1, Math.max(0.35, Math.sqrt(200 / Math.max(1, graph.order))));
      graph.updateEachNodeAttributes((id, a) => ({ ...a, size: (Math.min(18, 4 + Math.sqrt(graph.degree(id)) * 1.5) + (id === focus ? 4 : 0)) * scale }));
      layout.run(layoutMs(graph.order));
      setVersion((v) => v + 1);
    },
    [graph, focus, layout],
  );

  const expand = useCallback(
    async (id: string) => {
      if (expanded.current.has(id)) return;
      setLoading(true);
      setError(null);
      try {
        const first = expanded.current.size === 0;
        // No evidence with the neighbourhood (a big one has tens of thousands of links): an edge's evidence is fetched when it is opened.
        const data = await api.neighbours(id, first ? { depth, limit, evidence: 0 } : { depth: 1, limit: 60, evidence: 0 });
        expanded.current.add(id);
        addData(data, id);
      } catch (e) {
        setError(e instanceof Error ? e : new Error(String(e)));
      } finally {
        setLoading(false);
      }
    },
    [addData, depth, limit],
  );

  // A new focus: start again from it.
  useEffect(() => {
    layout.stop();
    graph.clear();
    nodes.current.clear();
    edges.current.clear();
    expanded.current.clear();
    setSelected(null);
    setVersion((v) => v + 1);
    if (focus) {
      void expand(focus);
      setSelected({ kind: 'node', id: focus });
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focus, graph]);

  // The thread between two entities, from the URL.
  useEffect(() => {
    if (!from || !to) {
      setPaths(null);
      return;
    }
    const ctl = new AbortController();
    setPathState({ loading: true, error: null });
    api.path(from, to, 3, ctl.signal).then(
      (r) => {
        setPaths(r.paths);
        setActivePath(0);
        setPathState({ loading: false, error: null });
        for (const p of r.paths) addData(p, graph.hasNode(from) ? from : undefined);
      },
      (e: unknown) => {
        if (!ctl.signal.aborted) setPathState({ loading: false, error: e instanceof Error ? e : new Error(String(e)) });
      },
    );
    return () => ctl.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [from, to]);

  // Highlight the chosen path. One update for all nodes and one for all edges: sigma 3 throws on a single item's
  // update when the item was added since its last render, and re-indexes all on these (the 'type' hint forces it
  // for edges).
  const pathShown = useRef(false);
  useEffect(() => {
    const p = paths?.[activePath];
    if (!p && !pathShown.current) return;
    pathShown.current = !!p;
    const onPath = new Set(p?.nodes.map((n) => n.id) ?? []);
    const edgesOnPath = new Set(p?.edges.map(edgeKey) ?? []);
    graph.updateEachNodeAttributes((id, a) => ({ ...a, color: onPath.has(id) ? HIGHLIGHT : (a.baseColor as string) }));
    graph.updateEachEdgeAttributes((key, a) => ({ ...a, color: edgesOnPath.has(key) ? HIGHLIGHT : (a.baseColor as string), highlighted: edgesOnPath.has(key) }), { attributes: ['color', 'type'] });
  }, [graph, paths, activePath, version]);

  const edgeTypes = useMemo(() => [...new Set([...edges.current.values()].map((e) => e.type))].sort(), [version]); // eslint-disable-line react-hooks/exhaustive-deps
  const nodeList = useMemo(() => [...nodes.current.values()].filter((n) => graph.hasNode(n.id)), [version, graph]); // eslint-disable-line react-hooks/exhaustive-deps

  const onNode = useCallback(
    (id: string) => {
      setSelected({ kind: 'node', id });
      void expand(id);
    },
    [expand],
  );
  const onEdge = useCallback((key: string) => setSelected({ kind: 'edge', key }), []);

  return (
    <section className="graph-page">
      <h1 className="visually-hidden">Graph</h1>
      <div className="graph-layout">
        <aside className="graph-controls">
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (focusEntity) set({ focus: focusEntity.id });
            }}
          >
            <EntityPicker testid="graph-focus" label="Start from" value={focusEntity} onPick={(e) => { setFocusEntity(e); if (e) set({ focus: e.id }); }} />
          </form>
          <fieldset className="facet" data-testid="edge-types">
            <legend>Edge types</legend>
            {edgeTypes.length === 0 && <span className="muted small">—</span>}
            {edgeTypes.map((t) => (
              <label key={t} className="check">
                <input
                  type="checkbox"
                  checked={!hidden.has(t)}
                  data-testid="edge-type"
                  data-type={t}
                  onChange={(ev) => {
                    const next = new Set(hidden);
                    if (ev.target.checked) next.delete(t);
                    else next.add(t);
                    set({ hide: [...next].join(',') || null });
                  }}
                />{' '}
                <span className="swatch" style={{ background: edgeColour(t) }} /> {t}
              </label>
            ))}
          </fieldset>
          <form
            className="facet path-form"
            onSubmit={(e) => {
              e.preventDefault();
              set({ from: fromEntity?.id ?? from, to: toEntity?.id ?? to });
            }}
          >
            <fieldset>
              <legend>Thread between two entities</legend>
              <EntityPicker testid="path-from" label="From" value={fromEntity} onPick={setFromEntity} />
              <EntityPicker testid="path-to" label="To" value={toEntity} onPick={setToEntity} exclude={fromEntity?.id} />
              <button type="submit" data-testid="path-find" disabled={!(fromEntity || from) || !(toEntity || to)}>
                Find the thread
              </button>
              {(from || to) && (
                <button type="button" onClick={() => { setFromEntity(null); setToEntity(null); set({ from: null, to: null }); }}>
                  Clear
                </button>
              )}
            </fieldset>
          </form>
          <div className="row">
            <button type="button" data-testid="graph-layout" data-running={layingOut ? 'yes' : 'no'} disabled={graph.order < 3} onClick={() => (layingOut ? layout.stop() : layout.run(layoutMs(graph.order)))}>
              {layingOut ? 'Stop the layout' : 'Lay out again'}
            </button>
          </div>
          <Legend />
        </aside>

        <div className="graph-main">
          {!focus && !from && <p className="muted overlay-hint">Choose an entity to start from, or two entities to find the thread between them.</p>}
          {loading && <Loading what="neighbours" />}
          {error && <ErrorBox error={error} />}
          <GraphCanvas graph={graph} onNode={onNode} onEdge={onEdge} hiddenTypes={hidden} />
          {(from && to) && (
            <div className="path-result" data-testid="path-result">
              {pathState.loading && <Loading what="the thread" />}
              {pathState.error && <ErrorBox error={pathState.error} />}
              {paths && paths.length === 0 && <p className="empty">No thread links these two entities.</p>}
              {paths && paths.length > 0 && (
                <ol className="paths">
                  {paths.map((p, i) => (
                    <li key={i} className={i === activePath ? 'active' : undefined} data-testid="path-item">
                      <button type="button" className="link-button" onClick={() => setActivePath(i)} aria-pressed={i === activePath}>
                        Path {i + 1} · {p.nodes.length - 1} hops{p.cost !== undefined ? ` · cost ${p.cost.toFixed(2)}` : ''}
                      </button>
                      <div className="path-chain">
                        {p.nodes.map((n, j) => (
                          <span key={n.id}>
                            {j > 0 && <PathHop edges={p.edges.filter((e) => (e.source === p.nodes[j - 1]?.id && e.target === n.id) || (e.target === p.nodes[j - 1]?.id && e.source === n.id))} onEdge={onEdge} />}
                            <Link to={`/entities/${encodeURIComponent(n.id)}`} className={`chip t-${n.type}`}>
                              <NodeLabel label={n.label} />
                            </Link>
                          </span>
                        ))}
                      </div>
                    </li>
                  ))}
                </ol>
              )}
            </div>
          )}
        </div>

        <aside className="graph-side" aria-label="Selection">
          <Selection selected={selected} nodes={nodes.current} edges={edges.current} expanded={expanded.current} onExpand={(id) => void expand(id)} onFocus={(id) => set({ focus: id })} />
          <NodeList nodes={nodeList} onNode={onNode} />
        </aside>
      </div>
    </section>
  );
}

/** Items of the node list drawn at most (the canvas holds them all; the list is for the keyboard). */
const NODE_LIST_MAX = 300;

/** The nodes beside the canvas, for keyboard users: drawn only while open, and at most NODE_LIST_MAX of them. */
function NodeList({ nodes, onNode }: { nodes: GraphNode[]; onNode: (id: string) => void }) {
  const [open, setOpen] = useState(nodes.length > 0 && nodes.length < 40);
  useEffect(() => {
    if (nodes.length > 0 && nodes.length < 40) setOpen(true);
  }, [nodes.length]);
  return (
    <details open={open} onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <summary data-testid="graph-node-count" data-count={nodes.length}>
        Nodes ({nodes.length})
      </summary>
      {open && (
        <ul className="node-list">
          {nodes.slice(0, NODE_LIST_MAX).map((n) => (
            <li key={n.id}>
              <button type="button" className="link-button" data-testid="graph-node" data-id={n.id} onClick={() => onNode(n.id)}>
                <span className={`type-dot t-${n.type}`} /> <NodeLabel label={n.label} />
              </button>
            </li>
          ))}
          {nodes.length > NODE_LIST_MAX && <li className="muted small">and {nodes.length - NODE_LIST_MAX} more: search or click on the canvas</li>}
        </ul>
      )}
    </details>
  );
}

function PathHop({ edges, onEdge }: { edges: GraphEdge[]; onEdge: (key: string) => void }) {
  return (
    <span className="hop">
      {' '}
      {edges.map((e) => (
        <button key={edgeKey(e)} type="button" className="link-button small" onClick={() => onEdge(edgeKey(e))} title={`${e.count ?? e.evidence.length} evidence`}>
          —{e.type}→
        </button>
      ))}{' '}
    </span>
  );
}

function Legend() {
  return (
    <div className="legend-box small">
      {Object.entries(TYPE_COLOURS).map(([t, c]) => (
        <span key={t}>
          <span className="swatch round" style={{ background: c }} /> {t}{' '}
        </span>
      ))}
      <span>
        <span className="swatch round" style={{ background: colourOf('x') }} /> selector
      </span>
      <p className="muted">Click a node to expand its neighbours; click an edge for its evidence.</p>
    </div>
  );
}

function Selection({ selected, nodes, edges, expanded, onExpand, onFocus }: {
  selected: { kind: 'node'; id: string } | { kind: 'edge'; key: string } | null;
  nodes: Map<string, GraphNode>;
  edges: Map<string, GraphEdge>;
  expanded: Set<string>;
  onExpand: (id: string) => void;
  onFocus: (id: string) => void;
}) {
  if (!selected) return <p className="muted">Nothing selected.</p>;
  if (selected.kind === 'node') {
    const n = nodes.get(selected.id);
    if (!n) return null;
    const links = [...edges.values()].filter((e) => e.source === n.id || e.target === n.id);
    return (
      <div className="selection" data-testid="node-panel">
        <h2>
          <NodeLabel label={n.label} />
        </h2>
        <p className="muted">
          {n.type} · {links.length} links shown
        </p>
        <div className="row">
          <Link to={`/entities/${encodeURIComponent(n.id)}`}>Open entity</Link>
          {!expanded.has(n.id) && (
            <button type="button" onClick={() => onExpand(n.id)}>
              Expand
            </button>
          )}
          <button type="button" onClick={() => onFocus(n.id)}>
            Start from here
          </button>
        </div>
      </div>
    );
  }
  const e = edges.get(selected.key);
  if (!e) return null;
  return <EdgePanel edge={e} nodes={nodes} />;
}

/** An edge's ends, weight and evidence: every kept item fetched from the server with its document and the exact text around it. */
function EdgePanel({ edge: e, nodes }: { edge: GraphEdge; nodes: Map<string, GraphNode> }) {
  const full = useApi(edgeKey(e), (signal) => api.edge(e.type, e.source, e.target, signal));
  const s = nodes.get(e.source);
  const t = nodes.get(e.target);
  const evidence = full.data?.edge.evidence ?? e.evidence;
  const count = full.data?.edge.count ?? e.count ?? e.evidence.length;
  return (
    <div className="selection" data-testid="edge-panel">
      <h2>
        <NodeLabel label={s?.label ?? e.source} /> —{e.type}→ <NodeLabel label={t?.label ?? e.target} />
      </h2>
      <p className="muted">
        weight {e.weight.toFixed(2)} · {count} {count === 1 ? 'piece' : 'pieces'} of evidence{count > evidence.length ? `, the strongest ${evidence.length} shown` : ''}
      </p>
      {full.loading && evidence.length === 0 && <Loading what="evidence" />}
      {full.error && <ErrorBox error={full.error} onRetry={full.reload} />}
      <ol className="evidence-list">
        {evidence.map((ev, i) => {
          const doc = evidenceDoc(ev);
          const href = doc ? `/documents/${doc}${ev.start !== undefined && ev.end !== undefined ? `?hl=${ev.start}-${ev.end}` : ''}` : null;
          return (
            <li key={i} data-testid="edge-evidence">
              {href ? <Link to={href}>{ev.title ? <bdi dir="auto">{ev.title}</bdi> : `document ${doc!.slice(0, 12)}`}</Link> : <span>document #{ev.doc}</span>}
              {ev.sheet !== undefined && (
                <span className="small muted">
                  {' '}
                  · sheet “<bdi dir="auto">{ev.sheet}</bdi>” row {ev.row}
                </span>
              )}
              {ev.note && <span className="small muted"> · {ev.note}</span>}
              {ev.text !== undefined && (
                <div className="small evidence-context" dir="auto">
                  {ev.before && ev.before.length >= 80 ? '…' : ''}
                  {ev.before}
                  <mark>{ev.text}</mark>
                  {ev.after}
                  {ev.after && ev.after.length >= 80 ? '…' : ''}
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
