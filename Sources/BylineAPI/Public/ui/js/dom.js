// Building DOM nodes without innerHTML: every API string becomes a text node, so no text
// from an article can ever be read as markup.

/**
 * h("a", {href: "#/x", class: "link", onclick: fn, "aria-label": "..."}, "text", child, [more])
 * Attributes whose value is null, undefined or false are left out; `true` sets an empty one.
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith("on") && typeof value === "function") {
      element.addEventListener(name.slice(2), value);
    } else if (name === "class") {
      element.className = Array.isArray(value) ? value.filter(Boolean).join(" ") : value;
    } else {
      element.setAttribute(name, value === true ? "" : String(value));
    }
  }
  append(element, children);
  return element;
}

/** Appends strings (as text), numbers, nodes and nested arrays; skips null and false. */
export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Replaces every child of `parent`. */
export function replace(parent, ...children) {
  parent.replaceChildren();
  return append(parent, children);
}

/** "1 quote", "2 quotes". */
export function plural(count, singular, pluralForm = singular + "s") {
  return `${count.toLocaleString("en")} ${count === 1 ? singular : pluralForm}`;
}

/** "2017-04-12" as "12 Apr 2017"; anything else as given. */
export function formatDate(iso) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? "");
  if (!match) return iso ?? "";
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const month = months[Number(match[2]) - 1];
  return month ? `${Number(match[3])} ${month} ${match[1]}` : iso;
}
