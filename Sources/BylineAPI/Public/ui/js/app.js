// The reader page's shell: reads the hash route, asks the matching view for its content,
// shows it, or shows the API's error. Views build everything from API answers; this file
// only sequences them.
import { ApiClient, ApiError } from "./api.js";
import { h, plural, replace } from "./dom.js";
import { parseRoute } from "./route.js";
import { articleView } from "./views/article.js";
import { articlesView } from "./views/articles.js";
import { entitiesView } from "./views/entities.js";
import { entityView } from "./views/entity.js";
import { errorBox } from "./views/errors.js";
import { quotesView } from "./views/quotes.js";

const views = {
  articles: articlesView,
  article: articleView,
  quotes: quotesView,
  entities: entitiesView,
  entity: entityView,
  notFound: async ({ route }) => {
    throw new ApiError(404, "not_found", `this page has no view at “#${route.path}”`);
  },
};

const main = document.getElementById("view");
const status = document.getElementById("loading");
let current = null;
// The first view leaves focus where a page load puts it, so Tab starts at the skip link.
let lastSection = undefined;

function setState(state) {
  document.body.dataset.state = state;
}

function navigate(hash) {
  if (location.hash === hash) show();
  else location.hash = hash;
}

async function show() {
  current?.abort();
  const controller = new AbortController();
  current = controller;
  const hash = location.hash || "#/articles";
  const route = parseRoute(hash);
  setState("loading");
  const slow = setTimeout(() => { status.hidden = false; }, 250);
  let result;
  try {
    result = await views[route.name]({ api, route, params: route.params, signal: controller.signal, navigate });
  } catch (error) {
    if (error.name === "AbortError" || controller !== current) return;
    if (!(error instanceof ApiError)) console.error(error); // the page's own bug: keep its stack
    result = { title: "Error", content: errorBox(error, { retry: show }), failed: true };
    // While the corpus loads the API answers 503 with Retry-After: 1; try again by itself.
    if (error.status === 503) setTimeout(() => { if (controller === current) show(); }, 1500);
  } finally {
    clearTimeout(slow);
  }
  if (controller !== current) return;
  status.hidden = true;
  replace(main, result.content);
  document.title = `${result.title} · Byline`;
  document.body.dataset.view = route.name;
  document.body.dataset.route = hash;
  const sectionOf = { article: "articles", entity: "entities" };
  for (const link of document.querySelectorAll(".site-nav a")) {
    const section = link.getAttribute("href").slice(2);
    link.toggleAttribute("aria-current", (sectionOf[route.name] ?? route.name) === section);
  }
  const placed = result.afterShow?.() ?? false;
  // A new view takes focus to its heading, as a page load would; a new page of the same
  // list keeps the reader where they are.
  const section = `${route.name}/${route.id ?? ""}`;
  if (!placed && lastSection !== undefined && section !== lastSection) {
    window.scrollTo(0, 0);
    main.querySelector("h1, .error")?.focus({ preventScroll: true });
  }
  lastSection = section;
  setState(result.failed ? "error" : "ready");
}

async function showCorpusSize() {
  try {
    const index = await api.get("/");
    const corpus = index.corpus ?? {};
    replace(document.getElementById("corpus-size"),
      `${plural(corpus.articles ?? 0, "article")} · ${plural(corpus.quotes ?? 0, "quote")} · ${plural(corpus.entities ?? 0, "entity", "entities")}`);
  } catch {
    // The view shows the API's errors; the header's figures are a nicety.
  }
}

document.querySelector(".skip-link").addEventListener("click", (event) => {
  event.preventDefault();
  main.focus();
});

let api;
try {
  api = ApiClient.fromLocation(location);
  document.getElementById("openapi-link").href = `${api.base}/openapi.json`;
  window.addEventListener("hashchange", show);
  showCorpusSize();
  show();
} catch (error) {
  replace(main, errorBox(error));
  setState("error");
}

// For scripts and the browser console: the API this page reads.
window.byline = { get api() { return api; }, h };
