import { useEffect, useRef, useState } from 'react';
import type Graph from 'graphology';
import Sigma from 'sigma';

interface Props {
  graph: Graph;
  onNode: (id: string) => void;
  onEdge: (key: string) => void;
  hiddenTypes: Set<string>;
}

/** Edges hoverable up to this many edges in view. */
const EDGE_EVENTS_MAX = 5000;
/** Edges hidden while the camera moves above this many. */
const MOVE_EDGES_MAX = 10000;
/** Labels hidden while the camera moves above this many nodes. */
const MOVE_LABELS_MAX = 1000;

/** Sigma over a graphology graph the page mutates; clicks are reported by node id and edge key. */
export function GraphCanvas({ graph, onNode, onEdge, hiddenTypes }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const sigma = useRef<Sigma | null>(null);
  const handlers = useRef({ onNode, onEdge });
  handlers.current = { onNode, onEdge };
  const [failed, setFailed] = useState<string | null>(null);
  const hiddenRef = useRef(hiddenTypes);
  hiddenRef.current = hiddenTypes;

  useEffect(() => {
    if (!box.current) return;
    let s: Sigma;
    try {
      s = new Sigma(graph, box.current, { settings: { enableEdgeEvents: true, renderEdgeLabels: false, allowInvalidContainer: true, itemSizesReference: 'screen', labelRenderedSizeThreshold: 6 } });
    } catch (e) {
      setFailed(e instanceof Error ? e.message : String(e));
      return;
    }
    sigma.current = s;
    // Big graphs: edge picking on every mouse move and drawing every edge while the camera moves cost more than
    // a frame, so edges are not hoverable above EDGE_EVENTS_MAX and hidden while panning above MOVE_EDGES_MAX.
    let tuning = 0;
    const tune = () => {
      tuning = 0;
      s.setSetting('enableEdgeEvents', graph.size <= EDGE_EVENTS_MAX);
      s.setSetting('hideEdgesOnMove', graph.size > MOVE_EDGES_MAX);
      s.setSetting('hideLabelsOnMove', graph.order > MOVE_LABELS_MAX);
    };
    const onEdgeAdded = ({ key, attributes }: { key: string; attributes: Record<string, unknown> }) => {
      if (hiddenRef.current.has(String(attributes.kind))) s.setEdgeState(key, { isHidden: true });
      if (!tuning) tuning = requestAnimationFrame(tune);
    };
    graph.on('edgeAdded', onEdgeAdded);
    s.on('clickNode', ({ node }) => handlers.current.onNode(node));
    s.on('clickEdge', ({ edge }) => handlers.current.onEdge(edge));
    s.on('enterNode', () => box.current && (box.current.style.cursor = 'pointer'));
    s.on('leaveNode', () => box.current && (box.current.style.cursor = ''));
    s.on('enterEdge', () => box.current && (box.current.style.cursor = 'pointer'));
    s.on('leaveEdge', () => box.current && (box.current.style.cursor = ''));
    return () => {
      graph.off('edgeAdded', onEdgeAdded);
      if (tuning) cancelAnimationFrame(tuning);
      s.kill();
      sigma.current = null;
    };
  }, [graph]);

  useEffect(() => {
    const s = sigma.current;
    if (!s) return;
    graph.forEachEdge((key, attrs) => {
      s.setEdgeState(key, { isHidden: hiddenTypes.has(String(attrs.kind)) });
    });
  }, [graph, hiddenTypes]);

  return (
    <div className="graph-canvas" ref={box} data-testid="graph-canvas" aria-label="Graph of entities (use the node list for the keyboard)">
      {failed && <p className="error">The graph cannot be drawn in this browser ({failed}); use the lists beside it.</p>}
    </div>
  );
}
