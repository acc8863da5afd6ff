import { h, plural } from "../dom.js";
import { links } from "../route.js";
import { SpeakerPalette } from "../speakers.js";
import { articleBody } from "./articleBody.js";
import { articleMeta, entityGroups, speakerLegend } from "./articleSide.js";
import { rememberEntity } from "./entityNames.js";

const mentionsKey = "byline.underlineMentions";

/** A switch for the mentions' underlines, remembered across visits: some readers want the quotes alone. */
function mentionToggle(body) {
  let shown = true;
  try {
    shown = localStorage.getItem(mentionsKey) !== "no";
  } catch {
    // Storage may be disabled (private windows); the switch still works for this page.
  }
  body.classList.toggle("hide-mentions", !shown);
  const box = h("input", { type: "checkbox", id: "toggle-mentions", checked: shown });
  box.addEventListener("change", () => {
    body.classList.toggle("hide-mentions", !box.checked);
    try {
      localStorage.setItem(mentionsKey, box.checked ? "yes" : "no");
    } catch {
      // As above: not remembered, still applied.
    }
  });
  return h("p", { class: "toggle" }, box, h("label", { for: "toggle-mentions" }, " Underline mentions in the text"));
}

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
  const toggle = mentionToggle(body);

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
          speakerLegend(quotes, palette), entityGroups(entities, toggle)))),
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
