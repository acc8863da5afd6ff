// Hash routes: "#/articles?q=putin", "#/articles/some-id?quote=q3", "#/quotes?speaker=x",
// "#/entities", "#/entities/rex-tillerson". The hash keeps every view a link that works
// from a bookmark, with no server-side fallback needed for the static files.

/** { name, id, params } for a hash; unknown paths get name "notFound". */
export function parseRoute(hash) {
  const raw = hash.replace(/^#/, "") || "/";
  const question = raw.indexOf("?");
  const path = question === -1 ? raw : raw.slice(0, question);
  const params = new URLSearchParams(question === -1 ? "" : raw.slice(question + 1));
  const parts = path.split("/").filter(Boolean).map(decodeSegment);
  if (parts.length === 0) return { name: "articles", id: null, params };
  const [section, id, extra] = parts;
  const known = ["articles", "quotes", "entities"];
  if (!known.includes(section) || extra !== undefined || (section === "quotes" && id !== undefined)) {
    return { name: "notFound", id: null, params, path };
  }
  if (id === undefined) return { name: section, id: null, params };
  const singular = { articles: "article", entities: "entity" };
  return { name: singular[section], id, params };
}

function decodeSegment(segment) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** "#/articles?q=x" from a path and a params object (empty values left out). */
export function link(path, params = {}) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== "") query.append(name, String(value));
  }
  const text = query.toString();
  return `#${path}${text ? "?" + text : ""}`;
}

export const links = {
  articles: (params) => link("/articles", params),
  article: (id, params) => link(`/articles/${encodeURIComponent(id)}`, params),
  quotes: (params) => link("/quotes", params),
  entities: (params) => link("/entities", params),
  entity: (id) => link(`/entities/${encodeURIComponent(id)}`),
};

/** A whole number from a hash parameter, or the fallback when absent or not a number. */
export function intParam(params, name, fallback) {
  const value = params.get(name);
  if (value === null || !/^\d+$/.test(value)) return fallback;
  return Number(value);
}
