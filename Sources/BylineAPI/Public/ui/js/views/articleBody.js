import { h } from "../dom.js";
import { layout, paragraphRanges, render, spanMatches } from "../highlight.js";
import { links } from "../route.js";

/**
 * The article's body as paragraphs, every quote a <mark> in its speaker's colour with the
 * speaker's name beside it and in its tooltip, every entity mention a link to the entity,
 * all placed by the API's UTF-16 offsets. Spans whose offsets do not cover their text are
 * left out and counted, so a server bug shows instead of a wrong highlight.
 */
export function articleBody(article, quotes, entities, palette) {
  const text = article.text;
  const spans = [];
  const rejected = [];
  for (const quote of quotes) {
    (spanMatches(text, quote) ? spans : rejected).push({ kind: "quote", start: quote.start, end: quote.end, quote });
  }
  for (const entity of entities) {
    for (const mention of entity.mentions ?? []) {
      const span = { kind: "mention", start: mention.start, end: mention.end, text: mention.text, entity };
      (spanMatches(text, span) ? spans : rejected).push(span);
    }
  }
  const body = h("div", { class: "article-body", lang: "en" });
  for (const range of paragraphRanges(text)) {
    const paragraph = h("p");
    render(text, layout(spans, range.start, range.end), paragraph, (node, enclosing) => draw(node, enclosing, palette));
    body.append(paragraph);
  }
  return { body, rejected };
}

function draw(node, enclosing, palette) {
  const span = node.span;
  if (span.kind === "mention") {
    const entity = span.entity;
    const element = h("a", {
      class: ["mention", `mention-${entity.type}`], href: links.entity(entity.id),
      "data-entity-id": entity.id, "data-entity-type": entity.type, title: `${entity.name} (${entity.type})`,
    });
    return { element };
  }
  const quote = span.quote;
  const speaker = quote.speaker;
  const colour = palette.classFor(speaker?.id);
  const who = speaker?.name ?? (quote.speakerText ? `unnamed: ${quote.speakerText}` : "unattributed");
  const element = h("mark", {
    class: ["quote", `quote-${quote.kind}`, colour], id: node.start === quote.start ? `quote-${quote.id}` : null,
    // Focusable from a link (the quotes view's "in context"), not a Tab stop of its own: the
    // name beside it and the side panel carry the same facts.
    tabindex: node.start === quote.start ? "-1" : null,
    "data-quote-id": quote.id, "data-speaker-id": speaker?.id ?? "", "data-speaker-name": speaker?.name ?? "",
    title: [who, quote.cue, quote.kind].filter(Boolean).join(" · "),
  });
  // The name goes after the quote's last piece only, outside the <mark>, so the mark's text
  // stays exactly the quoted words; a quote inside a longer one by the same speaker (the
  // quoted words of reported speech) needs no second name.
  const insideSameSpeaker = enclosing.span?.kind === "quote" && enclosing.span.quote.speaker?.id === speaker?.id;
  const after = node.end === quote.end && !insideSameSpeaker
    ? h("span", { class: ["speaker-tag", colour], "data-quote-id": quote.id },
        speaker ? h("a", { href: links.entity(speaker.id), tabindex: "-1" }, speaker.name) : who)
    : null;
  return { element, after };
}
