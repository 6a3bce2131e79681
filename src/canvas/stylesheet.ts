import type { StylesheetJson } from 'cytoscape';

/** The canvas style table. Data-driven: colours and widths come from buildElements(). */
export const STYLESHEET: StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(colour)',
      label: 'data(label)',
      color: '#111827',
      'font-size': 14,
      'font-family': 'system-ui, sans-serif',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'wrap',
      'text-max-width': '130px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '2px',
      'text-background-shape': 'roundrectangle',
      width: 26,
      height: 26,
      'border-width': 2,
      'border-color': '#ffffff',
    },
  },
  {
    selector: 'node[kind = "ego"]',
    style: {
      shape: 'round-rectangle',
      width: 46,
      height: 46,
      'font-size': 16,
      'font-weight': 'bold',
      'text-max-width': '180px',
    },
  },
  {
    selector: 'node[kind = "internal"]',
    style: { shape: 'round-rectangle', width: 30, height: 22 },
  },
  {
    selector: 'node:selected',
    style: { 'border-color': '#2563eb', 'border-width': 4 },
  },
  {
    selector: 'edge',
    style: {
      width: 'data(width)',
      'line-color': '#9ca3af',
      'curve-style': 'bezier',
      'target-arrow-color': '#9ca3af',
      opacity: 0.9,
    },
  },
  { selector: 'edge[directed = 1]', style: { 'target-arrow-shape': 'triangle' } },
  {
    selector: 'edge:selected',
    style: { 'line-color': '#2563eb', 'target-arrow-color': '#2563eb' },
  },
];
