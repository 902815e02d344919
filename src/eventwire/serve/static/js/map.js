// The map: Natural Earth country outlines served by eventwire (no tile server, works offline)
// and one circle per event, sized by fatalities and coloured by type.

import { EVENT_TYPES, el, fmtDate, fmtFigure, typeColour } from "./util.js";

const L = window.L;

export function markerRadius(killed) {
  return Math.min(28, 5 + 3 * Math.sqrt(Math.max(0, killed || 0)));
}

export class EventMap {
  constructor(container) {
    this.map = L.map(container, { worldCopyJump: true, minZoom: 2, maxZoom: 12, zoomSnap: 0.5 });
    this.map.setView([20, 20], 2);
    this.map.attributionControl.addAttribution("Country outlines: Natural Earth");
    this.markers = L.layerGroup().addTo(this.map);
    this.fitted = false;
    this.addLegend();
  }

  /** Country outlines from the world-atlas TopoJSON that `make install` put in vendor/. */
  async loadBasemap() {
    const response = await fetch("/static/vendor/world-atlas/countries-50m.json");
    if (!response.ok) throw new Error("basemap missing");
    const topology = await response.json();
    const countries = window.topojson.feature(topology, topology.objects.countries);
    for (const feature of countries.features) unwrapAntimeridian(feature.geometry);
    L.geoJSON(countries, {
      interactive: false,
      style: { color: "#b9b4a6", weight: 0.7, fillColor: "#f3f1ea", fillOpacity: 1 },
    }).addTo(this.map);
    this.markers.eachLayer((m) => m.bringToFront());
  }

  addLegend() {
    const legend = L.control({ position: "bottomright" });
    legend.onAdd = () =>
      el(
        "div",
        { class: "legend" },
        EVENT_TYPES.map((t) => el("div", {}, el("i", { style: `background:${typeColour(t)}` }), t)),
        el("div", { style: "color:#667085;margin-top:.2rem" }, "size: fatalities"),
      );
    legend.addTo(this.map);
  }

  show(events, onOpen) {
    this.markers.clearLayers();
    const points = [];
    // Biggest first, so small events stay clickable on top of large ones.
    const located = events
      .filter((e) => e.location && e.location.lat != null && e.location.lon != null)
      .sort((a, b) => (b.fatalities?.best || 0) - (a.fatalities?.best || 0));
    for (const event of located) {
      const latlng = [event.location.lat, event.location.lon];
      const colour = typeColour(event.event_type);
      const marker = L.circleMarker(latlng, {
        radius: markerRadius(event.fatalities?.best),
        color: "#333",
        weight: 0.8,
        fillColor: colour,
        fillOpacity: 0.75,
        className: "event-marker",
      });
      marker.bindTooltip(() => tooltip(event), { direction: "top" });
      marker.on("click", () => onOpen(event.id));
      marker.addTo(this.markers);
      points.push(latlng);
    }
    if (points.length && !this.fitted) {
      this.map.fitBounds(L.latLngBounds(points).pad(0.3), { maxZoom: 6 });
      this.fitted = true;
    }
    return located.length;
  }
}

/**
 * Rings that cross the antimeridian (Fiji, Chukotka) jump from +180 to -180 and Leaflet would
 * draw a line across the whole map: shift the far side by 360 degrees so each ring is unbroken.
 */
function unwrapAntimeridian(geometry) {
  if (!geometry) return;
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.type === "MultiPolygon" ? geometry.coordinates : [];
  for (const polygon of polygons) {
    for (const ring of polygon) {
      let shift = 0;
      for (let i = 1; i < ring.length; i++) {
        const step = ring[i][0] + shift - ring[i - 1][0];
        if (step > 180) shift -= 360;
        else if (step < -180) shift += 360;
        ring[i][0] += shift;
      }
    }
  }
}

function tooltip(event) {
  return el(
    "div",
    { class: "marker-popup" },
    el("div", { class: "title" }, event.location?.name || "unknown place"),
    el("div", {}, event.event_type || "unclassified", " · ", fmtDate(event.date?.start, event.date?.end)),
    el("div", {}, "killed: ", fmtFigure(event.fatalities)),
  );
}
