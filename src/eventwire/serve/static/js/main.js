// Dashboard entry point: filters -> /api/events -> map, timeline and list; #/events/<id> shows
// one event. Plain ES modules, no build step.

import { ApiError, allEvents, getJSON, setToken } from "./api.js";
import { drawTimeline } from "./charts.js";
import { showEvent } from "./event.js";
import { EventMap } from "./map.js";
import { EVENT_TYPES, debounce, el, fmtDate, fmtFigure, fmtNumber, typeColour } from "./util.js";

const $ = (id) => document.getElementById(id);
const form = $("filters");
let eventMap = null;
let lastEvents = [];
let loadSeq = 0;

function banner(...content) {
  const box = $("banner");
  box.replaceChildren(...content);
  box.hidden = content.length === 0;
}

function missingAssets() {
  banner(
    "The map files are not installed, so the map is off (the list, timeline and event pages work). ",
    "Run ", el("code", {}, "make install"), " (or ", el("code", {}, "bash scripts/fetch_assets.sh"),
    ") and reload.",
  );
}

function askToken(message) {
  const input = el("input", { type: "password", placeholder: "API token", "aria-label": "API token" });
  const save = el("button", { type: "button", onclick: () => { setToken(input.value.trim()); location.reload(); } }, "Use token");
  banner(message, " ", input, " ", save);
}

function showError(err) {
  if (err instanceof ApiError && err.status === 401) {
    askToken("This server needs the API token to read events (it is printed when eventwire serve starts).");
  } else {
    banner(`Could not load events: ${err.message}`);
  }
}

function filters() {
  const data = new FormData(form);
  const out = {};
  for (const [key, value] of data.entries()) if (value) out[key] = value;
  return out;
}

/** Filters live in the URL hash query too, so a filtered view can be bookmarked. */
function syncHash(f) {
  if (!$("event-page").hidden) return;
  const query = new URLSearchParams(f).toString();
  const target = query ? `#/?${query}` : "#/";
  if (location.hash !== target) history.replaceState(null, "", target);
}

function restoreFilters() {
  const query = location.hash.startsWith("#/?") ? location.hash.slice(3) : "";
  const params = new URLSearchParams(query);
  for (const element of form.elements) {
    if (element.name && params.has(element.name)) element.value = params.get(element.name);
  }
}

function openEvent(id) {
  location.hash = `#/events/${encodeURIComponent(id)}`;
}

function renderList(events, total) {
  $("count").textContent =
    total > events.length ? `${fmtNumber(total)} events (showing ${fmtNumber(events.length)})` : `${fmtNumber(total)} events`;
  const items = events.map((e) =>
    el("li", {},
      el("a", { href: `#/events/${encodeURIComponent(e.id)}`, class: "event-item", dataset: { id: e.id } },
        el("span", { class: "dot", style: `background:${typeColour(e.event_type)}` }),
        el("span", { class: "place" }, placeName(e)),
        el("span", { class: "killed", title: "killed" }, e.fatalities?.best ? `${fmtFigure(e.fatalities)} killed` : ""),
        el("span", { class: "meta" }, fmtDate(e.date?.start, e.date?.end), " · ", e.event_type || "unclassified",
          e.report_count > 1 ? ` · ${e.report_count} reports` : ""),
      ),
    ),
  );
  if (!items.length) {
    const filtered = Object.keys(filters()).length > 0;
    items.push(el("li", { class: "empty" }, filtered
      ? "No events match these filters."
      : ["No events in this database yet. Add reports with ", el("code", {}, "eventwire ingest FILES --db DB"),
        " or POST /api/reports (see ", el("a", { href: "/docs" }, "API"), ")."]));
  }
  $("event-list").replaceChildren(...items);
}

function placeName(e) {
  const loc = e.location || {};
  const parts = [loc.name, loc.country].filter((p, i, all) => p && all.indexOf(p) === i);
  return parts.join(", ") || "unknown place";
}

async function loadEvents() {
  const seq = ++loadSeq;
  const f = filters();
  syncHash(f);
  $("count").textContent = "loading…";
  try {
    const { events, total } = await allEvents(f);
    if (seq !== loadSeq) return; // a newer filter change won
    lastEvents = events;
    renderList(events, total);
    const placed = eventMap ? eventMap.show(events, openEvent) : 0;
    $("timeline-unit").textContent = drawTimeline($("timeline"), events, pickRange);
    // For tests and scripts: the list, map and timeline now show these events.
    document.body.dataset.eventsLoaded = String(total);
    document.body.dataset.markers = String(placed);
  } catch (err) {
    showError(err);
  }
}

function pickRange(since, until) {
  form.elements.since.value = since;
  form.elements.until.value = until;
  loadEvents();
}

async function loadStats() {
  try {
    const stats = await getJSON("/api/stats");
    $("summary").textContent =
      `${fmtNumber(stats.events)} events from ${fmtNumber(stats.reports)} reports`;
    const select = form.elements.country;
    const names = stats.country_names || {};
    const codes = Object.keys(stats.by_country || {}).filter((c) => /^[A-Z]{2}$/.test(c));
    codes.sort((a, b) => (names[a] || a).localeCompare(names[b] || b));
    for (const code of codes) {
      select.appendChild(el("option", { value: code }, `${names[code] || code} (${stats.by_country[code]})`));
    }
    restoreFilters();
  } catch (err) {
    showError(err);
  }
}

async function route() {
  const match = location.hash.match(/^#\/events\/([^?]+)/);
  $("dashboard").hidden = Boolean(match);
  $("event-page").hidden = !match;
  if (match) {
    window.scrollTo(0, 0);
    await showEvent($("event-page"), decodeURIComponent(match[1]));
  } else {
    document.title = "eventwire";
    if (eventMap) eventMap.map.invalidateSize();
  }
}

async function start() {
  for (const type of EVENT_TYPES) form.elements.type.appendChild(el("option", { value: type }, type));
  restoreFilters();
  if (window.L && window.topojson) {
    eventMap = new EventMap($("map"));
    eventMap.loadBasemap().catch(missingAssets);
  } else {
    $("map").replaceChildren(el("p", { class: "error", style: "padding:1rem" }, "Map unavailable: assets not installed."));
    missingAssets();
  }
  form.addEventListener("change", loadEvents);
  form.elements.q.addEventListener("input", debounce(loadEvents, 300));
  form.addEventListener("submit", (e) => { e.preventDefault(); loadEvents(); });
  form.addEventListener("reset", () => setTimeout(loadEvents, 0));
  window.addEventListener("hashchange", route);
  window.addEventListener("resize", debounce(() => drawTimeline($("timeline"), lastEvents, pickRange), 200));
  await Promise.all([loadStats(), route()]);
  await loadEvents();
}

start();
