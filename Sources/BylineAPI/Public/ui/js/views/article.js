import { h, plural } from "../dom.js";
import { links } from "../route.js";
import { SpeakerPalette } from "../speakers.js";
import { articleBody } from "./articleBody.js";
import { articleMeta, entityGroups, speakerLegend } from "./articleSide.js";
import { rememberEntity } from "./entityNames.js";

/** `#/articles/{id}`: the body with quotes and mentions marked, metadata and entities. */
export async function articleView({ api, route, params, signal }) {
  const article = await api.get(`/articles/${encodeURIComponent(route.id)}`, { include: "entities,quotes" }, { signal });
  const quotes = [...(article.quotes ?? [])].sort((a, b) => a.start - b.start);
  const entities = article.entities ?? [];
  entities.forEach(rememberEntity);
  const palette = new SpeakerPalette();
  quotes.forEach((quote) => palette.classFor(quote.speaker?.id)); // colours in reading order
  const { body, rejected } = articleBody(article, quotes, entities, palette);
  const target = params.get("quote");

  return {
    title: article.title,
    content: h("article", { class: "article-view", "data-article-id": article.id },
      h("p", { class: "breadcrumb" }, h("a", { href: links.articles() }, "← All articles")),
      h("h1", { tabindex: "-1" }, article.title),
      articleMeta(article),
      rejected.length ? h("p", { class: "notice", role: "status" },
        `${plural(rejected.length, "highlight")} left out: the API's offsets do not cover their text.`) : null,
      h("div", { class: "article-layout" },
        body,
        h("aside", { class: "article-side", "aria-label": "Quotes and entities" },
          speakerLegend(quotes, palette), entityGroups(entities)))),
    // Runs once the view is on the page: a link from the quotes view lands on its quote.
    afterShow: () => {
      if (!target) return false;
      const mark = document.getElementById(`quote-${target}`);
      if (!mark) return false;
      mark.classList.add("targeted");
      mark.scrollIntoView({ block: "center" });
      mark.focus({ preventScroll: true });
      return true;
    },
  };
}
