import { formatDate, h, plural } from "../dom.js";
import { links } from "../route.js";

const typeNames = { person: "People", organization: "Organizations", location: "Places" };

/** The article's metadata as a description list; absent fields are left out. */
export function articleMeta(article) {
  const rows = [
    ["By", article.authors?.length ? article.authors.join(", ") : null],
    ["Outlet", article.outlet],
    ["Publisher", article.publisher],
    ["Section", article.section],
    ["Published", formatDate(article.publishedAt)],
    ["Republished", formatDate(article.republishedAt)],
    ["Length", plural(article.wordCount, "word")],
    ["Source file", article.source],
  ].filter(([, value]) => value);
  return h("dl", { class: "article-meta" }, rows.map(([term, value]) => [h("dt", {}, term), h("dd", {}, value)]));
}

/** Who is quoted, in their colours, with how often: the key to the highlights. */
export function speakerLegend(quotes, palette) {
  const counts = new Map();
  for (const quote of quotes) {
    const key = quote.speaker?.id ?? "";
    const entry = counts.get(key) ?? { speaker: quote.speaker, count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  const rows = [...counts.values()].map(({ speaker, count }) =>
    h("li", { class: "legend-row", "data-speaker-id": speaker?.id ?? "" },
      h("span", { class: ["swatch", palette.classFor(speaker?.id)], "aria-hidden": "true" }),
      speaker ? h("a", { href: links.entity(speaker.id) }, speaker.name) : h("span", {}, "Unattributed"),
      h("span", { class: "legend-count" }, ` ${count}`)));
  return h("section", { class: "side-section speakers", "aria-labelledby": "speakers-heading" },
    h("h2", { id: "speakers-heading" }, `Quotes (${quotes.length})`),
    quotes.length ? h("ul", { class: "legend" }, rows) : h("p", { class: "empty" }, "No quotes found in this article."));
}

/** Entities grouped by type, each with its number of mentions in this article. */
export function entityGroups(entities, toggle = null) {
  const groups = Object.keys(typeNames).map((type) => ({
    type, items: entities.filter((entity) => entity.type === type)
      .map((entity) => ({ entity, count: entity.mentions?.length ?? 0 }))
      .sort((a, b) => b.count - a.count || a.entity.name.localeCompare(b.entity.name)),
  })).filter((group) => group.items.length > 0);
  return h("section", { class: "side-section entities", "aria-labelledby": "entities-heading" },
    h("h2", { id: "entities-heading" }, `Entities (${entities.length})`),
    groups.length === 0 ? h("p", { class: "empty" }, "No entities found in this article.") : toggle,
    groups.map(({ type, items }) => h("div", { class: "entity-group", "data-type": type },
      h("h3", {}, h("span", { class: ["type-dot", `type-${type}`], "aria-hidden": "true" }),
        `${typeNames[type]} `, h("span", { class: "group-count" }, `(${items.length})`)),
      h("ul", {}, items.map(({ entity, count }) => h("li", { "data-entity-id": entity.id, "data-count": count },
        h("a", { href: links.entity(entity.id) }, entity.name),
        h("span", { class: "mention-count", title: `${plural(count, "mention")} in this article` }, ` ×${count}`)))))));
}
