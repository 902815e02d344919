// The event page: reconciled figures, the figure history, and every report with the evidence
// of each coded field highlighted. Report text is only ever inserted as text nodes.

import { ApiError, getJSON } from "./api.js";
import { drawHistory } from "./charts.js";
import { el, fmtDate, fmtFigure, fmtNumber, safeHref, typeColour } from "./util.js";

const FIELD_LABELS = {
  event_type: "type",
  date: "date",
  location: "place",
  "location.site": "site",
  fatalities: "killed",
  injured: "injured",
  sources: "source",
};

function fieldLabel(field) {
  if (FIELD_LABELS[field]) return FIELD_LABELS[field];
  if (field.startsWith("actors.")) return field.slice(7);
  return field;
}

/**
 * The text as a fragment in which every evidence span is a <mark>. Offsets count Unicode code
 * points (Python's str indices), so the text is split into code points, not UTF-16 units.
 * Overlapping spans are cut at every boundary; each piece lists all the fields covering it.
 */
export function highlight(text, evidence) {
  const chars = Array.from(text);
  const spans = [];
  for (const ev of evidence || []) {
    let { start, end } = ev;
    if (chars.slice(start, end).join("") !== ev.text && ev.text) {
      // Offsets that do not match (a re-ingested, edited report): fall back to the first match.
      const at = text.indexOf(ev.text);
      if (at < 0) continue;
      start = Array.from(text.slice(0, at)).length;
      end = start + Array.from(ev.text).length;
    }
    if (end > start) spans.push({ start, end, field: ev.field });
  }
  const cuts = new Set([0, chars.length]);
  for (const s of spans) {
    cuts.add(Math.min(s.start, chars.length));
    cuts.add(Math.min(s.end, chars.length));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const fragment = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const piece = chars.slice(a, b).join("");
    const fields = [...new Set(spans.filter((s) => s.start <= a && s.end >= b).map((s) => s.field))];
    if (!fields.length) {
      fragment.appendChild(document.createTextNode(piece));
    } else {
      fragment.appendChild(
        el("mark", { class: "evidence", dataset: { field: fields[0] }, title: fields.map(fieldLabel).join(", ") }, piece),
      );
    }
  }
  return fragment;
}

function card(title, big, ...notes) {
  return el("div", { class: "card" }, el("h3", {}, title), el("div", { class: "big" }, big),
    notes.filter(Boolean).map((n) => el("div", { class: "note" }, n)));
}

function figureNote(fig) {
  if (!fig || fig.best == null) return null;
  if (fig.low != null && fig.high != null && (fig.low !== fig.best || fig.high !== fig.best)) {
    return `range ${fmtNumber(fig.low)}–${fmtNumber(fig.high)} across reports`;
  }
  return (fig.history || []).length > 1 ? `${fig.history.length} figures reported` : null;
}

function historySeries(event) {
  const kinds = [
    ["fatalities", "killed", "#d62728"],
    ["injured", "injured", "#ff7f0e"],
  ].filter(([kind]) => event[kind] && (event[kind].history || []).length);
  // One column per report, shared by both series; labels made unique if two look alike.
  const labels = new Map();
  const used = new Set();
  for (const [kind] of kinds) {
    for (const h of event[kind].history) {
      if (labels.has(h.report_id)) continue;
      const base = `${h.published || "undated"} · ${h.source || h.report_id}`.slice(0, 30);
      let label = base;
      for (let n = 2; used.has(label); n++) label = `${base} (${n})`;
      used.add(label);
      labels.set(h.report_id, label);
    }
  }
  return kinds.map(([kind, name, colour]) => ({
    name,
    colour,
    reconciled: event[kind].best,
    points: event[kind].history.map((h) => ({
      label: labels.get(h.report_id),
      best: h.best ?? h.value,
      low: h.low,
      high: h.high,
      title: `${name}: ${h.text || h.value}${h.attributed_to ? ` (${h.attributed_to})` : ""}` +
        ` — ${h.source || h.report_id}, ${h.published || "undated"}` +
        (h.chosen ? " · chosen" : "") + (h.superseded ? " · superseded" : ""),
    })),
  }));
}

function historyTable(event) {
  const rows = [];
  for (const [kind, name] of [["fatalities", "killed"], ["injured", "injured"]]) {
    for (const h of (event[kind] && event[kind].history) || []) {
      rows.push(el("tr", { class: h.chosen ? "chosen" : "" },
        el("td", {}, h.published || "undated"),
        el("td", {}, name),
        el("td", {}, fmtFigure(h)),
        el("td", {}, h.text ? `“${h.text}”` : ""),
        el("td", {}, h.attributed_to || ""),
        el("td", {}, h.source || h.report_id),
        el("td", {}, h.chosen ? "best" : h.superseded ? "superseded" : ""),
      ));
    }
  }
  if (!rows.length) return null;
  return el("table", { class: "kv history-table" },
    el("thead", {}, el("tr", {}, ["Published", "Figure", "Value", "Text", "According to", "Report", ""].map((h) => el("th", {}, h)))),
    el("tbody", {}, rows));
}

function reportBlock(detail) {
  const href = detail.url ? safeHref(detail.url) : null;
  const fields = [...new Set((detail.evidence || []).map((e) => e.field))];
  return el("article", { class: "report", id: `report-${detail.id}` },
    el("h3", {}, detail.title || detail.id),
    el("div", { class: "meta" },
      [detail.published || "undated", detail.source, detail.role === "background" ? "mentions it in passing" : null]
        .filter(Boolean).join(" · "),
      " · ",
      el("a", { href: `/api/reports/${encodeURIComponent(detail.id)}` }, "JSON"),
      href ? [" · ", el("a", { href, rel: "noopener noreferrer", target: "_blank" }, "original")] : null,
    ),
    fields.length
      ? el("div", { class: "fields" }, "Evidence: ",
        fields.map((f) => el("span", { class: "chip" }, el("mark", { class: "evidence", dataset: { field: f } }, fieldLabel(f)))))
      : null,
    detail.text === null || detail.text === undefined
      ? el("p", { class: "note" }, "Text not shown.")
      : el("pre", { class: "report-text" }, highlight(detail.text, detail.evidence)),
  );
}

export async function showEvent(container, id) {
  delete document.body.dataset.event;
  container.replaceChildren(el("p", {}, "Loading…"));
  let event;
  try {
    event = await getJSON(`/api/events/${encodeURIComponent(id)}`);
  } catch (err) {
    const message = err instanceof ApiError && err.status === 404 ? `No event ${id}.` : `Could not load the event: ${err.message}`;
    container.replaceChildren(el("a", { class: "back", href: "#/" }, "← all events"), el("p", { class: "error" }, message));
    return;
  }
  const loc = event.location || {};
  const place = [loc.site, loc.name, loc.admin1, loc.country].filter((p, i, a) => p && a.indexOf(p) === i).join(", ");
  const history = el("div", { class: "history" });
  const actors = (event.actors || []).map((a) => `${a.name} (${a.role})`);
  container.replaceChildren(
    el("a", { class: "back", href: "#/" }, "← all events"),
    el("div", {},
      el("span", { class: "badge", style: `background:${typeColour(event.event_type)}` }, event.event_type || "unclassified"),
      event.sub_event_type ? ` ${event.sub_event_type}` : "",
      event.background_only ? " · known only from reports recalling it" : ""),
    el("h1", {}, event.title || `${event.event_type || "Event"} in ${place || "an unknown place"}`),
    el("div", { class: "cards" },
      card("Killed", fmtFigure(event.fatalities), figureNote(event.fatalities)),
      card("Injured", fmtFigure(event.injured), figureNote(event.injured)),
      card("Date", fmtDate(event.date?.start, event.date?.end), event.date?.precision ? `precision: ${event.date.precision}` : null),
      card("Place", loc.name || "unknown", place !== loc.name ? place : null,
        loc.lat != null ? `${loc.lat.toFixed(3)}, ${loc.lon.toFixed(3)} (${loc.precision})` : null),
      card("Reports", fmtNumber(event.report_count),
        event.first_reported ? `first ${event.first_reported}, last ${event.last_reported}` : null),
    ),
    actors.length || (event.sources || []).length
      ? el("section", { class: "section" },
        el("table", { class: "kv" }, el("tbody", {},
          actors.length ? el("tr", {}, el("th", {}, "Actors"), el("td", {}, actors.join("; "))) : null,
          (event.sources || []).length ? el("tr", {}, el("th", {}, "According to"), el("td", {}, event.sources.join("; "))) : null,
          event.mode ? el("tr", {}, el("th", {}, "Means"), el("td", {}, event.mode)) : null,
        )))
      : null,
    el("section", { class: "section" }, el("h2", {}, "Figure history"),
      el("p", { class: "note" }, "Each report's figure, in publication order; the dashed line is the reconciled figure."),
      history, historyTable(event)),
    el("section", { class: "section reports" }, el("h2", {}, `Reports (${(event.report_details || []).length})`),
      (event.report_details || []).map(reportBlock)),
  );
  drawHistory(history, historySeries(event));
  document.title = `${event.title || event.id} · eventwire`;
  document.body.dataset.event = event.id; // for tests and scripts: this event is shown
}
