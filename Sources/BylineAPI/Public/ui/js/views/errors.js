import { ApiError } from "../api.js";
import { h } from "../dom.js";
import { links } from "../route.js";

const headings = {
  0: "Cannot reach the API",
  400: "That request is not valid",
  404: "Not found",
  503: "The corpus is still loading",
};

/** A visible, announced message for a failed request, with a way on. */
export function errorBox(error, { retry } = {}) {
  // A thrown error that is not the API's is the page's own fault: said so, not blamed on the API.
  const status = error instanceof ApiError ? error.status : null;
  const heading = status === null ? "This page failed"
    : headings[status] ?? (status >= 500 ? "The server had a problem" : "Something went wrong");
  const canRetry = retry && (status === 0 || status >= 500);
  return h(
    "div",
    { class: "error", role: "alert", tabindex: "-1", "data-status": status ?? "", "data-code": error.code ?? "" },
    h("h2", { class: "error-title" }, heading, status ? ` (${status})` : ""),
    h("p", { class: "error-message" }, error.message || String(error)),
    h(
      "p",
      { class: "error-actions" },
      canRetry ? h("button", { type: "button", onclick: retry }, "Try again") : null,
      " ",
      h("a", { href: links.articles() }, "Back to the articles"),
    ),
  );
}
