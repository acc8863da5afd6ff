import { h } from "../dom.js";
import { links } from "../route.js";
import { SpeakerPalette } from "../speakers.js";
import { entityTypeahead } from "../typeahead.js";
import { entityFor, rememberEntity } from "./entityNames.js";
import { chips, formValues, selectField, textField } from "./filters.js";
import { pager, rangeText } from "./pager.js";
import { fillTitles, quoteCard } from "./quoteCard.js";

const kinds = [["", "Any"], ["full", "Full"], ["partial", "Partial"], ["indirect", "Indirect"]];
const titles = new Map();

/** `#/quotes`: every quote, filtered by speaker (type-ahead), words and kind, with paging. */
export async function quotesView({ api, params, signal, navigate }) {
  const state = Object.fromEntries(["speaker", "q", "kind", "article", "limit", "offset"].map((n) => [n, params.get(n)]));
  const [page, speaker] = await Promise.all([
    api.get("/quotes", state, { signal }),
    entityFor(api, state.speaker, signal),
  ]);
  const hrefWith = (changes) => links.quotes({ ...state, offset: null, ...changes });
  const speakerField = entityTypeahead({ api, key: "speaker", label: "Speaker", placeholder: "start typing a name", entity: speaker,
    onPick: (picked) => { rememberEntity(picked); navigate(hrefWith({ speaker: picked.id })); } });
  const form = h("form", { class: "filters", role: "search", "aria-label": "Find quotes" },
    speakerField.element,
    textField({ label: "Words", name: "q", value: state.q, placeholder: "words in the quote" }),
    selectField({ label: "Kind", name: "kind", value: state.kind, options: kinds }),
    h("div", { class: "field field-submit" }, h("button", { type: "submit" }, "Filter")));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const values = formValues(form);
    try {
      const picked = await speakerField.resolve();
      rememberEntity(picked);
      navigate(links.quotes({ q: values.q, kind: values.kind, article: state.article, limit: state.limit, speaker: picked?.id }));
    } catch (error) {
      form.querySelector(".form-error")?.remove();
      form.append(h("p", { class: "form-error", role: "alert" }, error.message));
    }
  });

  const palette = new SpeakerPalette();
  const list = h("ol", { class: "quote-list", start: page.offset + 1 }, page.items.map((quote) => quoteCard(quote, palette, titles)));
  return {
    title: speaker ? `Quotes from ${speaker.name}` : "Quotes",
    content: [
      h("h1", { tabindex: "-1" }, speaker ? `Quotes from ${speaker.name}` : "Quotes"),
      form,
      chips([
        { name: "speaker", label: "Speaker", value: speaker?.name, removeHref: hrefWith({ speaker: null }) },
        { name: "q", label: "Words", value: state.q, removeHref: hrefWith({ q: null }) },
        { name: "kind", label: "Kind", value: state.kind, removeHref: hrefWith({ kind: null }) },
        { name: "article", label: "Article", value: state.article, removeHref: hrefWith({ article: null }) },
      ]),
      h("p", { class: "result-count", role: "status" }, rangeText(page, "quotes")),
      list,
      pager(page, (offset) => hrefWith({ offset }), "quotes"),
    ],
    afterShow: () => { fillTitles(api, list, titles, signal); return false; },
  };
}
