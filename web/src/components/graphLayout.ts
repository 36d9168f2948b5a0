import type Graph from 'graphology';
import { inferSettings } from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';

/** How long the layout runs after the graph grows: longer for bigger graphs, never more than a few seconds. */
export const layoutMs = (order: number): number => Math.min(6000, 1500 + order);

/**
 * ForceAtlas2 (the layout Gephi made common for link analysis) in a web worker, so that the page stays usable
 * while it runs. It starts from the positions the page gave the new nodes (around the node they came from) and
 * stops after `ms`; `onChange` hears when it starts and stops.
 */
export class GraphLayout {
  private fa2: FA2Layout | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly graph: Graph,
    private readonly onChange: (running: boolean) => void,
  ) {}

  run(ms: number): void {
    this.stop();
    if (this.graph.order < 3) return;
    // Settings for the graph's size now (a supervisor keeps those it was made with).
    this.fa2 = new FA2Layout(this.graph, { settings: { ...inferSettings(this.graph), barnesHutOptimize: this.graph.order > 300 } });
    this.fa2.start();
    this.onChange(true);
    this.timer = setTimeout(() => this.stop(), ms);
  }

  get running(): boolean {
    return this.fa2?.isRunning() ?? false;
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.fa2) return;
    this.fa2.kill();
    this.fa2 = null;
    this.onChange(false);
  }
}
