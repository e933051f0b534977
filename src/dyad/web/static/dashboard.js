"use strict";
// The dashboard: a search form driving the timeline, the actor network and the event table,
// all from dyad's JSON API. Text from the data is only ever set as text, never as HTML.

const QUADS = {
  1: { label: "verbal cooperation", color: "#6aaed6" },
  2: { label: "material cooperation", color: "#2c7fb8" },
  3: { label: "verbal conflict", color: "#f4a259" },
  4: { label: "material conflict", color: "#c0392b" },
};
const FILTERS = ["source", "target", "since", "until", "cameo"];
const PAGE = 50;
const SVG = "http://www.w3.org/2000/svg";
const state = { offset: 0, runs: 0 };

const $ = (selector) => document.querySelector(selector);

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (className) node.className = className;
  return node;
}

function svgElement(tag, attributes) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

async function getJSON(path, params) {
  const response = await fetch(params ? `${path}?${params}` : path);
  const body = await response.json();
  if (!response.ok) throw new Error(body.detail || response.statusText);
  return body;
}

function filterParams(names = FILTERS) {
  const form = $("#search");
  const params = new URLSearchParams();
  for (const name of names) {
    const value = form.elements[name].value.trim();
    if (value) params.set(name, value);
  }
  return params;
}

function showError(message) {
  const box = $("#error");
  box.textContent = message;
  box.hidden = !message;
}

// Timeline: events per period stacked by quad class, with the mean Goldstein score on a second axis.
function drawTimeline(series) {
  const periods = series.points.map((point) => point.period);
  const bars = Object.entries(QUADS).map(([quad, style]) => ({
    type: "bar", name: style.label, x: periods, marker: { color: style.color },
    y: series.points.map((point) => point.by_quad_class[quad].count),
  }));
  const mean = {
    type: "scatter", mode: "lines+markers", name: "mean Goldstein", yaxis: "y2", x: periods,
    y: series.points.map((point) => point.goldstein_mean), line: { color: "#1d2430", width: 1.5 },
  };
  const layout = {
    barmode: "stack", margin: { t: 10, r: 50, b: 60, l: 40 }, legend: { orientation: "h", y: -0.3 },
    // Periods come gap-filled from the API, so an evenly spaced category axis is exact at any interval.
    xaxis: {
      type: "category", title: { text: `period (${series.interval})` },
      // A few periods would otherwise be drawn as very wide bars.
      range: periods.length < 8 ? [-0.5, 7.5] : undefined,
    },
    yaxis: { title: { text: "events" }, rangemode: "tozero" },
    yaxis2: {
      title: { text: "Goldstein" }, overlaying: "y", side: "right", range: [-10, 10], dtick: 5, zeroline: false,
      showgrid: false,
    },
  };
  Plotly.react("timeline", [...bars, mean], layout, { displaylogo: false, responsive: true });
}

// The sentence with the first occurrence of the trigger marked.
function highlighted(sentence, trigger) {
  const cell = element("td");
  const at = trigger ? sentence.toLowerCase().indexOf(trigger.toLowerCase()) : -1;
  if (at < 0) {
    cell.textContent = sentence;
    return cell;
  }
  cell.append(sentence.slice(0, at), element("mark", sentence.slice(at, at + trigger.length)),
    sentence.slice(at + trigger.length));
  return cell;
}

function actorCell(actor) {
  const cell = element("td", actor ? actor.code || "?" : "—", "code");
  if (actor) cell.title = [actor.text, actor.name].filter(Boolean).join(" / ");
  return cell;
}

function eventRow(event) {
  const row = element("tr");
  row.dataset.eventId = event.event_id;
  const kind = element("td");
  const dot = element("span", null, "quad");
  dot.style.background = QUADS[event.quad_class].color;
  dot.title = QUADS[event.quad_class].label;
  kind.append(dot, `${event.cameo} ${event.cameo_name}`);
  row.append(element("td", event.date || "?", "code"), actorCell(event.source), actorCell(event.target), kind,
    element("td", event.goldstein.toFixed(1), "num"), highlighted(event.sentence, event.evidence.trigger));
  row.addEventListener("click", () => showEvent(event.event_id, row));
  return row;
}

function fillTable(page, append) {
  const body = $("#events tbody");
  if (!append) body.replaceChildren();
  body.append(...page.events.map(eventRow));
  const shown = page.offset + page.events.length;
  $("#count").textContent = `(${shown} of ${page.total})`;
  $("#more").hidden = shown >= page.total;
  state.offset = shown;
}

async function loadMore() {
  const params = filterParams();
  params.set("offset", state.offset);
  params.set("limit", PAGE);
  try {
    fillTable(await getJSON("/api/events", params), true);
  } catch (error) {
    showError(error.message);
  }
}

function definition(list, term, value) {
  if (value === null || value === undefined || value === "") return;
  const description = element("dd");
  if (value instanceof Node) description.append(value); else description.textContent = String(value);
  list.append(element("dt", term), description);
}

async function showEvent(eventId, row) {
  document.querySelectorAll("#events tr.selected").forEach((other) => other.classList.remove("selected"));
  row.classList.add("selected");
  const { event, article } = await getJSON(`/api/events/${encodeURIComponent(eventId)}`);
  const list = element("dl");
  definition(list, "event", `${event.cameo} ${event.cameo_name} (PLOVER ${event.plover.type || "?"})`);
  definition(list, "source", event.source && `${event.source.code} — ${event.source.text}`);
  definition(list, "target", event.target && `${event.target.code} — ${event.target.text}`);
  definition(list, "date", event.date);
  definition(list, "place", event.location && event.location.name);
  definition(list, "quote", event.quote);
  definition(list, "article", article && (article.title || article.id));
  if (article && article.url) {
    const link = element("a", article.url);
    link.href = article.url;
    definition(list, "url", link);
  }
  definition(list, "evidence", element("pre", JSON.stringify(event.evidence, null, 2)));
  $("#detail").replaceChildren(list);
}

// Network: the actors on a circle, one arrow per dyad, its width the number of events.
function drawNetwork(graph) {
  const svg = $("#network");
  svg.replaceChildren(arrowHead());
  const place = circleLayout(graph.nodes, 260, 260, 190);
  const most = Math.max(1, ...graph.edges.map((edge) => edge.count));
  for (const edge of graph.edges) svg.append(edgeLine(edge, place, most));
  for (const node of graph.nodes) svg.append(...nodeMark(node, place[node.code]));
  if (!graph.nodes.length) svg.append(svgText("No dyads for these filters", 260, 260, "middle"));
}

function circleLayout(nodes, cx, cy, radius) {
  const place = {};
  nodes.forEach((node, index) => {
    const angle = (2 * Math.PI * index) / Math.max(1, nodes.length) - Math.PI / 2;
    const size = 4 + Math.min(10, Math.sqrt(node.count) * 1.5);
    place[node.code] = {
      x: cx + radius * Math.cos(angle), y: cy + radius * Math.sin(angle), r: size, cos: Math.cos(angle),
      sin: Math.sin(angle),
    };
  });
  return place;
}

// A curve bent to its right, so that A -> B and B -> A stay apart, ending at the target's rim.
function edgePath(from, to) {
  const length = Math.hypot(to.x - from.x, to.y - from.y) || 1;
  const bend = Math.min(40, length / 6);
  const mid = {
    x: (from.x + to.x) / 2 - ((to.y - from.y) / length) * bend,
    y: (from.y + to.y) / 2 + ((to.x - from.x) / length) * bend,
  };
  const rest = Math.hypot(to.x - mid.x, to.y - mid.y) || 1;
  const end = { x: to.x - ((to.x - mid.x) / rest) * (to.r + 2), y: to.y - ((to.y - mid.y) / rest) * (to.r + 2) };
  return `M ${from.x} ${from.y} Q ${mid.x} ${mid.y} ${end.x} ${end.y}`;
}

function arrowHead() {
  const defs = svgElement("defs", {});
  const marker = svgElement("marker", {
    id: "arrow", viewBox: "0 0 10 10", refX: "10", refY: "5", markerWidth: "9", markerHeight: "9",
    markerUnits: "userSpaceOnUse", orient: "auto",
  });
  marker.append(svgElement("path", { d: "M 0 0 L 10 5 L 0 10 z", fill: "#5c6675" }));
  defs.append(marker);
  return defs;
}

function goldsteinColor(value) {
  const share = Math.min(1, Math.abs(value) / 10);
  const light = Math.round(80 - 40 * share);
  return value < 0 ? `hsl(5, 70%, ${light}%)` : `hsl(145, 55%, ${light}%)`;
}

function edgeLine(edge, place, most) {
  const from = place[edge.source];
  const to = place[edge.target];
  const selected = filterParams(["source", "target"]);
  const line = svgElement("path", {
    d: edgePath(from, to), fill: "none", class: "edge", "marker-end": "url(#arrow)",
    stroke: goldsteinColor(edge.goldstein_mean), "stroke-width": 1.5 + 6 * (edge.count / most),
  });
  const matches = (code, prefix) => Boolean(prefix) && code.startsWith(prefix.toUpperCase());
  if (matches(edge.source, selected.get("source")) && matches(edge.target, selected.get("target"))) {
    line.classList.add("selected");
  }
  const title = svgElement("title", {});
  title.textContent = `${edge.source} → ${edge.target}: ${edge.count} events, mean Goldstein ${edge.goldstein_mean}`;
  line.append(title);
  line.addEventListener("click", () => searchDyad(edge.source, edge.target));
  return line;
}

function nodeMark(node, at) {
  const circle = svgElement("circle", { cx: at.x, cy: at.y, r: at.r });
  // Labels sit outside the circle of nodes, so they never cover the arrows.
  const anchor = at.cos > 0.3 ? "start" : at.cos < -0.3 ? "end" : "middle";
  const gap = at.r + 4;
  const label = svgText(node.code, at.x + gap * at.cos, at.y + gap * at.sin + 4 + 6 * at.sin, anchor);
  return [circle, label];
}

function svgText(text, x, y, anchor) {
  const node = svgElement("text", { x, y, "text-anchor": anchor });
  node.textContent = text;
  return node;
}

function searchDyad(source, target) {
  const form = $("#search");
  form.elements.source.value = source;
  form.elements.target.value = target;
  form.requestSubmit();
}

async function run() {
  showError("");
  const params = filterParams();
  const series = new URLSearchParams(params);
  series.set("interval", $("#search").elements.interval.value);
  const page = new URLSearchParams(params);
  page.set("limit", PAGE);
  try {
    const [points, events, graph] = await Promise.all([
      getJSON("/api/timeseries", series), getJSON("/api/events", page),
      getJSON("/api/network", `${filterParams(["since", "until", "cameo"])}&limit=30`),
    ]);
    drawTimeline(points);
    fillTable(events, false);
    drawNetwork(graph);
  } catch (error) {
    showError(error.message);
  } finally {
    state.runs += 1;
    document.body.dataset.runs = String(state.runs);
  }
}

// The search lives in the address, so a view can be bookmarked or shared.
function restoreFromAddress() {
  const params = new URLSearchParams(window.location.search);
  const form = $("#search");
  for (const name of [...FILTERS, "interval"]) {
    if (params.has(name)) form.elements[name].value = params.get(name);
  }
}

function onSubmit(submitEvent) {
  submitEvent.preventDefault();
  const params = filterParams();
  params.set("interval", $("#search").elements.interval.value);
  window.history.replaceState(null, "", `?${params}`);
  run();
}

async function showStats() {
  const totals = await getJSON("/api/stats");
  $("#stats").textContent = `${totals.events} events from ${totals.articles} articles`;
}

window.addEventListener("DOMContentLoaded", () => {
  restoreFromAddress();
  $("#search").addEventListener("submit", onSubmit);
  $("#search").addEventListener("reset", () => setTimeout(() => $("#search").requestSubmit()));
  $("#more").addEventListener("click", loadMore);
  showStats().catch((error) => showError(error.message));
  run();
});
