import { formatDate, h, plural } from "../dom.js";
import { links } from "../route.js";
import { SpeakerPalette } from "../speakers.js";
import { rememberEntity } from "./entityNames.js";
import { fillTitles, quoteCard } from "./quoteCard.js";

const titles = new Map();

/** `#/entities/{id}`: names, titles, what the entity said, where it appears, who appears with it. */
export async function entityView({ api, route, signal }) {
  const id = encodeURIComponent(route.id);
  const [entity, quotes, related] = await Promise.all([
    api.get(`/entities/${id}`, {}, { signal }),
    api.get(`/entities/${id}/quotes`, { limit: 50 }, { signal }),
    api.get(`/entities/${id}/related`, { limit: 20 }, { signal }),
  ]);
  rememberEntity(entity);
  const articles = entity.articles ?? [];
  articles.forEach((article) => titles.set(article.id, article.title));
  const palette = new SpeakerPalette();
  const quoteList = h("ol", { class: "quote-list" }, quotes.items.map((quote) => quoteCard(quote, palette, titles)));

  const facts = [
    ["Type", entity.type],
    ["Also called", entity.aliases?.join(", ")],
    ["Titles", entity.titles?.join("; ")],
    ["Mentions", `${plural(entity.mentionCount, "mention")} in ${plural(entity.articleCount, "article")}`],
  ].filter(([, value]) => value);

  return {
    title: entity.name,
    content: h("div", { class: "entity-view", "data-entity-id": entity.id },
      h("p", { class: "breadcrumb" }, h("a", { href: links.entities() }, "← All entities")),
      h("h1", { tabindex: "-1" }, entity.name, " ", h("span", { class: ["type-badge", `type-${entity.type}`] }, entity.type)),
      h("dl", { class: "entity-facts" }, facts.map(([term, value]) => [h("dt", {}, term), h("dd", {}, value)])),
      h("div", { class: "entity-layout" },
        h("section", { class: "entity-quotes", "aria-labelledby": "entity-quotes-heading" },
          h("h2", { id: "entity-quotes-heading" }, `Quotes (${quotes.total})`),
          quotes.total === 0 ? h("p", { class: "empty" }, `No quotes attributed to ${entity.name}.`) : quoteList,
          quotes.total > quotes.items.length
            ? h("p", {}, h("a", { href: links.quotes({ speaker: entity.id }) }, `All ${quotes.total} quotes from ${entity.name} →`)) : null),
        h("div", { class: "entity-side" },
          h("section", { class: "entity-articles", "aria-labelledby": "entity-articles-heading" },
            h("h2", { id: "entity-articles-heading" }, `Articles (${articles.length})`),
            h("ul", {}, articles.map((article) => h("li", { "data-article-id": article.id },
              h("a", { href: links.article(article.id) }, article.title),
              article.publishedAt ? h("span", { class: "meta" }, ` · ${formatDate(article.publishedAt)}`) : null))),
            h("p", {}, h("a", { href: links.articles({ entity: entity.id }) }, "Search within these articles →"))),
          h("section", { class: "entity-related", "aria-labelledby": "entity-related-heading" },
            h("h2", { id: "entity-related-heading" }, `Related (${related.total})`),
            related.items.length ? h("p", { class: "meta" }, "In the same articles; the figure is how many they share.") : null,
            related.items.length === 0 ? h("p", { class: "empty" }, "No other entity shares an article with this one.") : null,
            h("ul", { class: "related-list" }, related.items.map(({ entity: other, sharedArticles }) => h("li", { "data-entity-id": other.id },
              h("span", { class: ["type-dot", `type-${other.type}`], title: other.type }),
              h("a", { href: links.entity(other.id) }, other.name),
              h("span", { class: "related-count", title: plural(sharedArticles, "shared article") }, String(sharedArticles))))))))),
    afterShow: () => { fillTitles(api, quoteList, titles, signal); return false; },
  };
}
