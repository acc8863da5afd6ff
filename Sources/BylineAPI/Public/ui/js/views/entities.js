import { h } from "../dom.js";
import { links } from "../route.js";
import { formValues, selectField, textField } from "./filters.js";
import { pager, rangeText } from "./pager.js";

const types = [["", "Any type"], ["person", "People"], ["organization", "Organizations"], ["location", "Places"]];
const sorts = [["mentions", "Most mentioned"], ["articles", "In most articles"], ["name", "Name"]];

/** `#/entities`: browse people, organizations and places by name prefix and type. */
export async function entitiesView({ api, params, signal, navigate }) {
  const state = Object.fromEntries(["q", "type", "sort", "limit", "offset"].map((n) => [n, params.get(n)]));
  const page = await api.get("/entities", state, { signal });
  const form = h("form", { class: "filters", role: "search", "aria-label": "Find entities" },
    textField({ label: "Name starts with", name: "q", value: state.q }),
    selectField({ label: "Type", name: "type", value: state.type, options: types }),
    selectField({ label: "Sort", name: "sort", value: state.sort ?? "mentions", options: sorts }),
    h("div", { class: "field field-submit" }, h("button", { type: "submit" }, "Filter")));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    navigate(links.entities({ ...formValues(form), limit: state.limit }));
  });
  return {
    title: "Entities",
    content: [
      h("h1", { tabindex: "-1" }, "Entities"),
      form,
      h("p", { class: "result-count", role: "status" }, rangeText(page, "entities")),
      h("table", { class: "entity-table" },
        h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Name"), h("th", { scope: "col" }, "Type"),
          h("th", { scope: "col", class: "number" }, "Mentions"), h("th", { scope: "col", class: "number column-articles" }, "Articles"))),
        h("tbody", {}, page.items.map((entity) => h("tr", { "data-entity-id": entity.id },
          h("td", {}, h("a", { href: links.entity(entity.id) }, entity.name)),
          h("td", {}, h("span", { class: ["type-badge", `type-${entity.type}`] }, entity.type)),
          h("td", { class: "number" }, entity.mentionCount),
          h("td", { class: "number column-articles" }, entity.articleCount))))),
      pager(page, (offset) => links.entities({ ...state, offset }), "entities"),
    ],
  };
}
