/**
 * The case graph: edges with evidence from each document (edges.ts), aggregated into a graphology multigraph
 * (build.ts), threads between entities (paths.ts), centrality and communities (metrics.ts), and exports for
 * other tools (export.ts). All pure: the stage runner reads documents and mentions and stores the results.
 */
export * from './edges.js';
export * from './build.js';
export * from './paths.js';
export * from './metrics.js';
export * from './export.js';
