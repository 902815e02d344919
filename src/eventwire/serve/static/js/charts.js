// Two small charts drawn as plain SVG: events over time, and how a figure changed report by
// report. No chart library: each is a few dozen lines and easy to read.

import { EVENT_TYPES, svg, typeColour } from "./util.js";

const DAY = 86400000;

function parseDay(iso) {
  if (!iso || iso.length < 10) return null; // month/year precision: no place on a daily axis
  const t = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(t) ? null : t;
}

function isoDay(t) {
  return new Date(t).toISOString().slice(0, 10);
}

/** Day buckets for a short span, ISO weeks (from Monday) for a long one. */
function bucketUnit(minT, maxT) {
  return maxT - minT > 120 * DAY ? "week" : "day";
}

function bucketStart(t, unit) {
  if (unit === "day") return t;
  const weekday = (new Date(t).getUTCDay() + 6) % 7;
  return t - weekday * DAY;
}

/** Stacked bars of events per day or week, one colour per type. Returns the unit used. */
export function drawTimeline(container, events, onPick) {
  container.replaceChildren();
  const days = events.map((e) => parseDay(e.date?.start)).filter((t) => t !== null);
  if (!days.length) {
    container.textContent = "No dated events.";
    return "day";
  }
  const minT = Math.min(...days);
  const maxT = Math.max(...days);
  const unit = bucketUnit(minT, maxT);
  const step = unit === "day" ? DAY : 7 * DAY;
  const first = bucketStart(minT, unit);
  const count = Math.round((bucketStart(maxT, unit) - first) / step) + 1;
  const buckets = Array.from({ length: count }, () => ({}));
  for (const e of events) {
    const t = parseDay(e.date?.start);
    if (t === null) continue;
    const i = Math.round((bucketStart(t, unit) - first) / step);
    const type = e.event_type || "unclassified";
    buckets[i][type] = (buckets[i][type] || 0) + 1;
  }
  const totals = buckets.map((b) => Object.values(b).reduce((a, n) => a + n, 0));
  const peak = Math.max(...totals, 1);

  const width = Math.max(container.clientWidth, 300);
  const height = 140;
  const pad = { left: 28, right: 8, top: 6, bottom: 18 };
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const barW = plotW / count;
  const root = svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": "events over time" });

  root.appendChild(svg("text", { x: pad.left - 4, y: pad.top + 8, "text-anchor": "end", class: "axis" }, peak));
  root.appendChild(svg("text", { x: pad.left - 4, y: pad.top + plotH, "text-anchor": "end", class: "axis" }, 0));
  root.appendChild(
    svg("line", { x1: pad.left, x2: width - pad.right, y1: pad.top + plotH, y2: pad.top + plotH, stroke: "#dde1e7" }),
  );
  const order = [...EVENT_TYPES, "unclassified"];
  buckets.forEach((bucket, i) => {
    let y = pad.top + plotH;
    const x = pad.left + i * barW;
    const start = isoDay(first + i * step);
    for (const type of order) {
      const n = bucket[type];
      if (!n) continue;
      const h = (n / peak) * plotH;
      y -= h;
      const rect = svg(
        "rect",
        { x: x + 0.5, y, width: Math.max(barW - 1, 1), height: h, fill: typeColour(type), class: "bar" },
        svg("title", {}, `${unit === "week" ? "week of " : ""}${start}: ${n} × ${type}`),
      );
      if (onPick) {
        rect.style.cursor = "pointer";
        rect.addEventListener("click", () => onPick(start, isoDay(first + i * step + step - DAY)));
      }
      root.appendChild(rect);
    }
  });
  // A handful of date labels along the bottom, kept apart and inside the plot.
  const labels = Math.max(1, Math.min(count, Math.floor(plotW / 110)));
  for (let k = 0; k < labels; k++) {
    const i = labels === 1 ? 0 : Math.round((k * (count - 1)) / (labels - 1));
    const x = Math.min(Math.max(pad.left + i * barW + barW / 2, pad.left + 30), width - pad.right - 30);
    root.appendChild(svg("text", { x, y: height - 4, "text-anchor": "middle", class: "axis" }, isoDay(first + i * step)));
  }
  container.appendChild(root);
  return unit;
}

/**
 * Figure history: one column per report, in the order the reports came out, with the figure
 * each gave (a dot, and a bar for a low–high range); the dashed line is the reconciled figure.
 * `series` is [{name, colour, points: [{label, best, low, high, title}], reconciled}].
 */
export function drawHistory(container, series) {
  container.replaceChildren();
  const labels = [...new Set(series.flatMap((s) => s.points.map((p) => p.label)))];
  const values = series.flatMap((s) => [
    ...s.points.flatMap((p) => [p.best, p.low, p.high]),
    s.reconciled,
  ]).filter((v) => v !== null && v !== undefined);
  if (!labels.length || !values.length) {
    container.textContent = "No casualty figures reported.";
    return;
  }
  const peak = Math.max(...values, 1);
  const width = Math.max(container.clientWidth, 300);
  const height = 190;
  const pad = { left: 36, right: 12, top: 12, bottom: 34 };
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const colW = plotW / labels.length;
  const xOf = (label) => pad.left + labels.indexOf(label) * colW + colW / 2;
  const yOf = (v) => pad.top + plotH - (v / peak) * plotH;
  const root = svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": "figure history" });

  for (const v of [0, Math.round(peak / 2), peak]) {
    root.appendChild(svg("line", { x1: pad.left, x2: width - pad.right, y1: yOf(v), y2: yOf(v), stroke: "#eef0f3" }));
    root.appendChild(svg("text", { x: pad.left - 5, y: yOf(v) + 3, "text-anchor": "end", class: "axis" }, v));
  }
  labels.forEach((label) => {
    root.appendChild(svg("text", { x: xOf(label), y: height - 18, "text-anchor": "middle", class: "axis" }, label));
  });
  series.forEach((s, k) => {
    const dx = (k - (series.length - 1) / 2) * 10;
    if (s.reconciled !== null && s.reconciled !== undefined) {
      root.appendChild(svg("line", {
        x1: pad.left, x2: width - pad.right, y1: yOf(s.reconciled), y2: yOf(s.reconciled),
        stroke: s.colour, "stroke-dasharray": "5 4", "stroke-width": 1.2,
      }, svg("title", {}, `${s.name}, reconciled: ${s.reconciled}`)));
    }
    const pts = s.points.filter((p) => p.best !== null && p.best !== undefined);
    if (pts.length > 1) {
      const d = pts.map((p, i) => `${i ? "L" : "M"}${xOf(p.label) + dx},${yOf(p.best)}`).join(" ");
      root.appendChild(svg("path", { d, fill: "none", stroke: s.colour, "stroke-width": 1.5, opacity: 0.6 }));
    }
    for (const p of s.points) {
      const x = xOf(p.label) + dx;
      if (p.low !== null && p.high !== null && p.low !== undefined && p.high !== undefined && p.low !== p.high) {
        root.appendChild(svg("line", { x1: x, x2: x, y1: yOf(p.low), y2: yOf(p.high), stroke: s.colour, "stroke-width": 3, opacity: 0.4 }));
      }
      const v = p.best ?? p.low ?? p.high;
      if (v === null || v === undefined) continue;
      root.appendChild(svg("circle", { cx: x, cy: yOf(v), r: 4.5, fill: s.colour, class: "history-point" },
        svg("title", {}, p.title)));
    }
  });
  // Legend
  series.forEach((s, k) => {
    const x = pad.left + k * 110;
    root.appendChild(svg("circle", { cx: x + 4, cy: height - 5, r: 4, fill: s.colour }));
    root.appendChild(svg("text", { x: x + 12, y: height - 1, class: "axis" }, s.name));
  });
  container.appendChild(root);
}
