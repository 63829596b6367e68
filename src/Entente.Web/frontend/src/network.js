// The alliance network on a date: alliances and the states they tie, drawn by cytoscape. Cytoscape is the
// page's largest library, so this module is a chunk of its own, loaded only when the view is opened.
import cytoscape from 'cytoscape';

let cy = null;

/** Draws /api/network's answer; calls back with an actor id when a state is tapped. */
export function drawNetwork(container, network, onPick) {
  const names = new Map(network.actors.map((a) => [a.id, a.name]));
  const elements = [
    ...network.alliances.map((a) => ({ data: { id: `t:${a.id}`, label: a.organization ?? shortName(a.name), kind: 'alliance' } })),
    ...network.actors.map((a) => ({ data: { id: `a:${a.id}`, label: names.get(a.id), kind: 'state', actor: a.id } })),
    ...network.ties.map((t, i) => ({
      data: {
        id: `e${i}`,
        source: t.role === 'beneficiary' ? `t:${t.alliance}` : `a:${t.actor}`,
        target: t.role === 'beneficiary' ? `a:${t.actor}` : `t:${t.alliance}`,
        role: t.role,
      },
    })),
  ];
  cy?.destroy();
  cy = cytoscape({
    container,
    elements,
    layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: 9000, idealEdgeLength: 60, numIter: 600 },
    wheelSensitivity: 0.3,
    style: [
      { selector: 'node', style: { label: 'data(label)', 'font-size': 11, color: '#222', 'text-valign': 'bottom', 'text-margin-y': 2, width: 10, height: 10, 'background-color': '#5b6770' } },
      { selector: 'node[kind = "alliance"]', style: { shape: 'round-rectangle', width: 'label', height: 16, padding: 4, 'font-size': 11, 'font-weight': 'bold', 'text-valign': 'center', 'text-margin-y': 0, color: '#fff', 'background-color': '#1f5f99' } },
      { selector: 'edge', style: { width: 1, 'line-color': '#9fb3c8', 'curve-style': 'straight' } },
      { selector: 'edge[role != "mutual"]', style: { 'target-arrow-shape': 'triangle', 'target-arrow-color': '#c46a1b', 'line-color': '#c46a1b', width: 1.5 } },
    ],
  });
  cy.on('tap', 'node[kind = "state"]', (event) => onPick(event.target.data('actor')));
  return { alliances: network.alliances.length, states: network.actors.length };
}

function shortName(name) {
  return name.replace(/^The /, '').replace(/Treaty of /, '').slice(0, 28);
}
