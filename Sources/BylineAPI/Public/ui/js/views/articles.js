import { formatDate, h, plural } from "../dom.js";
import { links } from "../route.js";
import { entityTypeahead } from "../typeahead.js";
import { entityFor, rememberEntity } from "./entityNames.js";
import { chips, formValues, selectField, textField } from "./filters.js";
import { pager, rangeText } from "./pager.js";

const sorts = [["", "Default"], ["relevance", "Relevance"], ["-date", "Newest first"], ["date", "Oldest first"], ["title", "Title"]];

/** `#/articles`: search, entity and speaker filters, sorting and paging over `/articles`. */
export async function articlesView({ api, params, signal, navigate }) {
  const state = Object.fromEntries(["q", "entity", "speaker", "sort", "limit", "offset"].map((n) => [n, params.get(n)]));
  const [page, entity, speaker] = await Promise.all([
    api.get("/articles", state, { signal }),
    entityFor(api, state.entity, signal),
    entityFor(api, state.speaker, signal),
  ]);
  const hrefWith = (changes) => links.articles({ ...state, offset: null, ...changes });

  const entityField = entityTypeahead({ api, key: "entity", label: "Mentions", placeholder: "any name", entity,
    onPick: (picked) => { rememberEntity(picked); navigate(hrefWith({ entity: picked.id })); } });
  const speakerField = entityTypeahead({ api, key: "speaker", label: "Quotes from", placeholder: "a speaker", entity: speaker,
    onPick: (picked) => { rememberEntity(picked); navigate(hrefWith({ speaker: picked.id })); } });
  const form = h(
    "form", { class: "filters", role: "search", "aria-label": "Find articles" },
    textField({ label: "Search", name: "q", value: state.q, placeholder: "words in the article" }),
    entityField.element, speakerField.element,
    selectField({ label: "Sort", name: "sort", value: state.sort, options: sorts }),
    h("div", { class: "field field-submit" }, h("button", { type: "submit" }, "Search")),
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const values = formValues(form);
    try {
      const [pickedEntity, pickedSpeaker] = await Promise.all([entityField.resolve(), speakerField.resolve()]);
      [pickedEntity, pickedSpeaker].forEach(rememberEntity);
      navigate(links.articles({ q: values.q, sort: values.sort, limit: state.limit,
        entity: pickedEntity?.id, speaker: pickedSpeaker?.id }));
    } catch (error) {
      form.querySelector(".form-error")?.remove();
      form.append(h("p", { class: "form-error", role: "alert" }, error.message));
    }
  });

  return {
    title: state.q ? `“${state.q}” in articles` : "Articles",
    content: [
      h("h1", { tabindex: "-1" }, "Articles"),
      form,
      chips([
        { name: "q", label: "Words", value: state.q, removeHref: hrefWith({ q: null }) },
        { name: "entity", label: "Mentions", value: entity?.name, removeHref: hrefWith({ entity: null }) },
        { name: "speaker", label: "Quotes from", value: speaker?.name, removeHref: hrefWith({ speaker: null }) },
      ]),
      h("p", { class: "result-count", role: "status" }, rangeText(page, "articles")),
      h("ol", { class: "article-list", start: page.offset + 1 }, page.items.map(articleCard)),
      pager(page, (offset) => hrefWith({ offset }), "articles"),
    ],
  };
}

function articleCard(article) {
  const byline = [article.outlet ?? article.publisher, formatDate(article.publishedAt),
    article.authors?.length ? `By ${article.authors.join(", ")}` : null].filter(Boolean);
  return h(
    "li", { class: "article-card", "data-article-id": article.id },
    h("h2", { class: "article-card-title" }, h("a", { href: links.article(article.id) }, article.title)),
    byline.length ? h("p", { class: "meta" }, byline.join(" · ")) : null,
    article.excerpt ? h("p", { class: "excerpt" }, article.excerpt) : null,
    h("p", { class: "counts" },
      h("span", { class: "count-quotes" }, plural(article.quoteCount, "quote")),
      h("span", { class: "count-entities" }, plural(article.entityCount, "entity", "entities")),
      h("span", { class: "count-words" }, plural(article.wordCount, "word"))),
  );
}
