import { h } from "../dom.js";

/**
 * Previous / next links for a list page ({total, limit, offset}). Links, not buttons, so each
 * page has an address; a missing direction is shown disabled rather than hidden, so the
 * controls do not jump about.
 */
export function pager(page, hrefFor, noun) {
  const { total, limit, offset } = page;
  if (total <= limit && offset === 0) return null;
  const pages = Math.max(1, Math.ceil(total / limit));
  const current = Math.floor(offset / limit) + 1;
  const previous = offset > 0 ? Math.max(0, offset - limit) : null;
  const next = offset + limit < total ? offset + limit : null;
  const control = (target, text, rel) =>
    target === null
      ? h("span", { class: "pager-link", "aria-disabled": "true" }, text)
      : h("a", { class: "pager-link", href: hrefFor(target), rel }, text);
  return h(
    "nav",
    { class: "pager", "aria-label": `Pages of ${noun}` },
    control(previous, "← Previous", "prev"),
    h("span", { class: "pager-position" }, `Page ${current} of ${pages}`),
    control(next, "Next →", "next"),
  );
}

/** "Showing 21–40 of 57 articles". */
export function rangeText(page, noun) {
  if (page.total === 0) return `No ${noun}`;
  if (page.items.length === 0) return `No ${noun} on this page (there are ${page.total})`;
  const first = page.offset + 1;
  const last = page.offset + page.items.length;
  return `Showing ${first}–${last} of ${page.total.toLocaleString("en")} ${noun}`;
}
