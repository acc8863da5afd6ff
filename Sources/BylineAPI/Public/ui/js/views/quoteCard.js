import { h } from "../dom.js";
import { links } from "../route.js";

/**
 * One quote as a card: the words, who said them (a link to the speaker), the attribution and a
 * link to the place in the article. `titles` maps article ids to titles once they are known.
 */
export function quoteCard(quote, palette, titles) {
  const speaker = quote.speaker;
  const colour = palette.classFor(speaker?.id);
  const title = titles.get(quote.articleId);
  return h(
    "li",
    { class: ["quote-card", colour], "data-quote-id": quote.id, "data-speaker-id": speaker?.id ?? "", "data-kind": quote.kind },
    h("blockquote", { class: "quote-text" }, h("p", {}, quote.kind === "indirect" ? quote.text : `“${quote.text}”`)),
    h("p", { class: "quote-meta" },
      speaker
        ? h("a", { class: "quote-speaker", href: links.entity(speaker.id) }, speaker.name)
        : h("span", { class: "quote-speaker unattributed" }, quote.speakerText ? `Unnamed (${quote.speakerText})` : "Unattributed"),
      quote.cue ? h("span", { class: "quote-cue" }, ` ${quote.cue}`) : null,
      h("span", { class: "quote-kind" }, ` · ${quote.kind}`),
      " · ",
      h("a", { class: "quote-source", href: links.article(quote.articleId, { quote: quote.id }), "data-article-id": quote.articleId },
        title ? `in “${title}”` : "in context")),
  );
}

/**
 * Fills in the article titles of the cards' source links: one summary request per article
 * not seen before, fetched after the list is shown so the titles never delay it.
 */
export async function fillTitles(api, container, titles, signal) {
  const links = [...container.querySelectorAll("a.quote-source")];
  const missing = [...new Set(links.map((link) => link.dataset.articleId))].filter((id) => !titles.has(id));
  await Promise.all(missing.map(async (id) => {
    try {
      const article = await api.get(`/articles/${encodeURIComponent(id)}`, {}, { signal });
      titles.set(id, article.title);
    } catch (error) {
      if (error.name !== "AbortError") titles.set(id, null);
    }
  }));
  for (const link of links) {
    const title = titles.get(link.dataset.articleId);
    if (title) link.textContent = `in “${title}”`;
  }
}
