import { h } from "../dom.js";

/** A labelled text field. */
export function textField({ label, name, value, type = "search", placeholder }) {
  const id = `field-${name}`;
  return h(
    "div",
    { class: "field" },
    h("label", { for: id }, label),
    h("input", { id, name, type, value: value ?? "", placeholder, autocomplete: "off" }),
  );
}

/** A labelled select; `options` are [value, text] pairs. */
export function selectField({ label, name, value, options }) {
  const id = `field-${name}`;
  const select = h("select", { id, name }, options.map(([optionValue, text]) =>
    h("option", { value: optionValue, selected: optionValue === (value ?? "") }, text)));
  return h("div", { class: "field" }, h("label", { for: id }, label), select);
}

/**
 * The active filters as removable chips: [{label, value, removeHref}]. Each remove control is a
 * link with its own accessible name, so it works from the keyboard and says what it removes.
 */
export function chips(filters) {
  const active = filters.filter((filter) => filter.value);
  if (active.length === 0) return null;
  return h(
    "ul",
    { class: "chips", "aria-label": "Active filters" },
    active.map((filter) =>
      h(
        "li",
        { class: "chip", "data-filter": filter.name },
        h("span", { class: "chip-label" }, `${filter.label}: `),
        h("strong", { class: "chip-value" }, filter.value),
        h("a", { class: "chip-remove", href: filter.removeHref, "aria-label": `Remove filter ${filter.label}: ${filter.value}` }, "×"),
      ),
    ),
  );
}

/** The form's values as a plain object, empty strings left out. */
export function formValues(form) {
  const values = {};
  for (const [name, value] of new FormData(form)) {
    if (typeof value === "string" && value.trim() !== "") values[name] = value.trim();
  }
  return values;
}
