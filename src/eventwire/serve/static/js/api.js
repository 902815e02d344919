// The dashboard reads the same JSON API anyone else can (see /docs).
// On localhost reads need no token; behind --allow-remote they do, so a token typed once is
// kept in this browser's localStorage and sent as a bearer token.

const TOKEN_KEY = "eventwire.token";

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export function setToken(token) {
  if (token) localStorage.setItem(TOKEN_KEY, token);
  else localStorage.removeItem(TOKEN_KEY);
}

export async function getJSON(path, params = {}) {
  const url = new URL(path, window.location.origin);
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") url.searchParams.set(key, value);
  }
  const headers = { Accept: "application/json" };
  const token = localStorage.getItem(TOKEN_KEY);
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(url, { headers });
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok) {
    throw new ApiError(response.status, (body && body.error) || `HTTP ${response.status}`);
  }
  return body;
}

/** Every page of /api/events for these filters, up to `max` events (the map shows them all). */
export async function allEvents(filters, max = 5000) {
  const events = [];
  let offset = 0;
  let total = null;
  while (events.length < max) {
    const page = await getJSON("/api/events", { ...filters, limit: 500, offset });
    events.push(...page.events);
    total = page.total;
    if (page.next_offset === null || page.next_offset === undefined) break;
    offset = page.next_offset;
  }
  return { events, total: total ?? events.length };
}
