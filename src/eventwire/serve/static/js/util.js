// Small DOM and formatting helpers. Text only ever enters the page as text nodes
// (el() appends strings with document.createTextNode), so report text can't become markup.

export const EVENT_TYPES = [
  "Battles",
  "Explosions/Remote violence",
  "Violence against civilians",
  "Protests",
  "Riots",
  "Strategic developments",
];

const TYPE_COLOURS = {
  "Battles": "#d62728",
  "Explosions/Remote violence": "#ff7f0e",
  "Violence against civilians": "#9467bd",
  "Protests": "#1f77b4",
  "Riots": "#e377c2",
  "Strategic developments": "#2ca02c",
};

export function typeColour(type) {
  return TYPE_COLOURS[type] || "#7f7f7f";
}

/** Build an element: attrs are set as properties/attributes, children appended as nodes. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "dataset") Object.assign(node.dataset, value);
    else if (key === "style") node.style.cssText = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else if (child instanceof Node) node.appendChild(child);
    else node.appendChild(document.createTextNode(String(child)));
  }
}

const SVG_NS = "http://www.w3.org/2000/svg";

export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value !== undefined && value !== null) node.setAttribute(key, String(value));
  }
  for (const child of children) {
    if (child === undefined || child === null) continue;
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Only http(s) links are made clickable: a report's url could be javascript:... */
export function safeHref(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

export function fmtNumber(n) {
  return n === null || n === undefined ? "–" : Number(n).toLocaleString("en");
}

/** "12", "at least 12", "10–15", "about 40": a figure as the reports hedge it. */
export function fmtFigure(fig) {
  if (!fig || (fig.best == null && fig.low == null && fig.high == null)) return "unknown";
  const { best, low, high, qualifier } = fig;
  if (qualifier === "range" && low != null && high != null) return `${fmtNumber(low)}–${fmtNumber(high)}`;
  if (qualifier === "at_least") return `at least ${fmtNumber(best ?? low)}`;
  if (qualifier === "at_most") return `at most ${fmtNumber(best ?? high)}`;
  if (qualifier === "about") return `about ${fmtNumber(best)}`;
  return fmtNumber(best ?? low ?? high);
}

export function fmtDate(start, end) {
  if (!start) return "date unknown";
  return end && end !== start ? `${start} – ${end}` : start;
}

export function debounce(fn, ms) {
  let timer = null;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}
