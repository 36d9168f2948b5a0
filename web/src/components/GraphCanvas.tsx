import { useEffect, useRef, useState } from 'react';
import type Graph from 'graphology';
import Sigma from 'sigma';
import { EdgeArrowProgram, EdgeLineProgram, EdgeRectangleProgram, NodeCircleProgram, NodePointProgram } from 'sigma/rendering';

interface Props {
  graph: Graph;
  onNode: (id: string) => void;
  onEdge: (key: string) => void;
  hiddenTypes: Set<string>;
}

/**
 * How the canvas keeps its frame rate as the graph grows. Measured in Chromium's software WebGL (SwiftShader) on
 * 3,567 nodes and 91,413 edges: the default programs draw every node as a quad and every edge as a rectangle,
 * 130 ms a frame for the nodes alone; point sprites and one-pixel lines draw the same graph in 10 ms (nodes) and
 * 270 ms (with every edge). `npx tsx bench/web.ts` prints the frame rate while panning.
 */
/** Above this many nodes, nodes are point sprites instead of quads. */
const POINT_NODES_MIN = 1000;
/** Above this many edges, edges are one-pixel lines instead of rectangles. */
const THIN_EDGES_MIN = 2000;
/** Edges hoverable up to this many edges in view (picking them on every mouse move costs more than a frame). */
const EDGE_EVENTS_MAX = 5000;
/** Edges hidden while the camera moves above this many. */
const MOVE_EDGES_MAX = 10000;
/** Labels hidden while the camera moves above this many nodes. */
const MOVE_LABELS_MAX = 2000;

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
    // The programs chosen for the graph's current size (reducers read them; `tune` switches them).
    const mode = { points: false, thin: false };
    let s: Sigma;
    try {
      s = new Sigma(graph, box.current, {
        renderEdgeLabels: false,
        allowInvalidContainer: true,
        itemSizesReference: 'screen',
        labelRenderedSizeThreshold: 6,
        // Labels are drawn on a 2D canvas, which shapes Arabic: the shipped Naskh face first.
        labelFont: '"Noto Naskh Arabic", system-ui, sans-serif',
        nodeProgramClasses: { circle: NodeCircleProgram, point: NodePointProgram },
        edgeProgramClasses: { line: EdgeRectangleProgram, arrow: EdgeArrowProgram, thin: EdgeLineProgram },
        nodeReducer: (_node, data) => (mode.points ? { ...data, type: 'point' } : data),
        edgeReducer: (_edge, data) => ({
          ...data,
          ...(mode.thin ? { type: 'thin' } : {}),
          hidden: hiddenRef.current.has(String(data.kind)),
        }),
      });
    } catch (e) {
      setFailed(e instanceof Error ? e.message : String(e));
      return;
    }
    sigma.current = s;
    // For the benchmark and for debugging in the console: the renderer behind the canvas.
    (box.current as HTMLDivElement & { sigma?: Sigma }).sigma = s;
    // Big graphs: cheaper programs, no edge picking, and no edges or labels while the camera moves.
    let tuning = 0;
    const tune = () => {
      tuning = 0;
      s.setSetting('enableEdgeEvents', graph.size <= EDGE_EVENTS_MAX);
      s.setSetting('hideEdgesOnMove', graph.size > MOVE_EDGES_MAX);
      s.setSetting('hideLabelsOnMove', graph.order > MOVE_LABELS_MAX);
      const points = graph.order > POINT_NODES_MIN;
      const thin = graph.size > THIN_EDGES_MIN;
      if (points !== mode.points || thin !== mode.thin) {
        mode.points = points;
        mode.thin = thin;
        s.refresh();
      }
    };
    const onChange = () => {
      if (!tuning) tuning = requestAnimationFrame(tune);
    };
    graph.on('nodeAdded', onChange);
    graph.on('edgeAdded', onChange);
    graph.on('cleared', onChange);
    s.on('clickNode', ({ node }) => handlers.current.onNode(node));
    s.on('clickEdge', ({ edge }) => handlers.current.onEdge(edge));
    s.on('enterNode', () => box.current && (box.current.style.cursor = 'pointer'));
    s.on('leaveNode', () => box.current && (box.current.style.cursor = ''));
    s.on('enterEdge', () => box.current && (box.current.style.cursor = 'pointer'));
    s.on('leaveEdge', () => box.current && (box.current.style.cursor = ''));
    return () => {
      graph.off('nodeAdded', onChange);
      graph.off('edgeAdded', onChange);
      graph.off('cleared', onChange);
      if (tuning) cancelAnimationFrame(tuning);
      s.kill();
      sigma.current = null;
    };
  }, [graph]);

  // Edge types shown or hidden: the edge reducer reads them.
  useEffect(() => {
    sigma.current?.refresh();
  }, [hiddenTypes]);

  return (
    <div className="graph-canvas" ref={box} data-testid="graph-canvas" aria-label="Graph of entities (use the node list for the keyboard)">
      {failed && <p className="error">The graph cannot be drawn in this browser ({failed}); use the lists beside it.</p>}
    </div>
  );
}
