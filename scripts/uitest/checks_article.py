"""The article view against the API: every quote highlighted once with its speaker, every
mention marked, entities grouped with counts; and the seed article's thirteen quotes."""
import re

from report import Skip, expect, expect_equal

# What the page drew, read from the DOM; speaker tags beside quotes are not part of any text.
READ_ARTICLE = """
const textOf = (element) => {
  const copy = element.cloneNode(true);
  copy.querySelectorAll('.speaker-tag').forEach((tag) => tag.remove());
  return copy.textContent;
};
const quotes = {};
for (const mark of document.querySelectorAll('.article-body mark.quote')) {
  const entry = quotes[mark.dataset.quoteId] ??= {parts: [], speakers: [], colours: [], titles: []};
  entry.parts.push(textOf(mark));
  entry.speakers.push(mark.dataset.speakerId);
  entry.colours.push([...mark.classList].find((c) => c.startsWith('speaker-')));
  entry.titles.push(mark.title);
  entry.nested ??= mark.parentElement.closest('mark.quote')?.dataset.speakerId === mark.dataset.speakerId;
}
const tags = {};
for (const tag of document.querySelectorAll('.article-body .speaker-tag')) (tags[tag.dataset.quoteId] ??= []).push(tag.textContent);
const mentions = {};
for (const link of document.querySelectorAll('.article-body a.mention')) (mentions[link.dataset.entityId] ??= []).push(textOf(link));
const groups = {};
for (const group of document.querySelectorAll('.entity-group')) {
  groups[group.dataset.type] = [...group.querySelectorAll('li')].map((li) => [li.dataset.entityId, Number(li.dataset.count)]);
}
return {title: document.querySelector('h1').textContent, quotes, tags, mentions, groups,
        notices: [...document.querySelectorAll('.notice')].map((n) => n.textContent),
        legend: document.querySelectorAll('.legend-row').length};
"""


def squash(text):
    return re.sub(r"\s+", "", text)


def compare_article(ctx, article_id, screenshot=None):
    browser, api = ctx.browser, ctx.api
    detail = api.ok(f"/articles/{article_id}", include="entities,quotes")
    quotes = api.all_items(f"/articles/{article_id}/quotes")
    expect_equal(browser.go(f"#/articles/{article_id}"), "ready", "page state")
    page = browser.js(READ_ARTICLE)
    expect_equal(page["title"], detail["title"], "title")
    expect_equal(page["notices"], [], "highlights the page had to leave out")
    expect_equal(sorted(page["quotes"]), sorted(q["id"] for q in quotes), "highlighted quote ids")
    colour_of = {}
    for quote in quotes:
        drawn = page["quotes"][quote["id"]]
        speaker = quote["speaker"] or {}
        expect_equal(squash("".join(drawn["parts"])), squash(quote["text"]), f"text of {quote['id']}")
        expect_equal(set(drawn["speakers"]), {speaker.get("id", "")}, f"speaker of {quote['id']}")
        if speaker:
            # Quoted words inside reported speech by the same speaker share its name tag.
            names = page["tags"].get(quote["id"], [])
            expect(names == [speaker["name"]] or (drawn["nested"] and names == []),
                   f"name beside {quote['id']}: {names}, API says {speaker['name']}")
            expect(all(speaker["name"] in title for title in drawn["titles"]), f"{quote['id']} names its speaker on hover")
        colours = set(drawn["colours"])
        expect_equal(len(colours), 1, f"one colour for {quote['id']}")
        colour_of.setdefault(speaker.get("id", ""), set()).update(colours)
    expect(all(len(c) == 1 for c in colour_of.values()), f"one colour per speaker: {colour_of}")
    named = [next(iter(c)) for s, c in colour_of.items() if s][:8]
    expect_equal(len(set(named)), len(named), "the first eight speakers have different colours")
    expect_equal(page["legend"], len(colour_of), "speakers in the legend")
    for entity in detail.get("entities", []):
        mentions = sorted(entity.get("mentions", []), key=lambda m: m["start"])
        expect_equal("".join(page["mentions"].get(entity["id"], [])), "".join(m["text"] for m in mentions),
                     f"mentions of {entity['id']}")
    for kind in ("person", "organization", "location"):
        wanted = sorted([e["id"], len(e.get("mentions", []))] for e in detail.get("entities", []) if e["type"] == kind)
        expect_equal(sorted(page["groups"].get(kind, [])), wanted, f"{kind} group")
    if screenshot:
        browser.screenshot(screenshot)
    mention_count = sum(len(e.get("mentions", [])) for e in detail.get("entities", []))
    return f"{len(quotes)} quotes, {mention_count} mentions"


def every_article(ctx):
    details = []
    for article in ctx.articles:
        shot = "04-article-seed" if article["id"] == ctx.seed_id else None
        if "comet" in article["id"]:
            shot = "05-article-emoji"
        details.append(f"{article['id'][:24]}: {compare_article(ctx, article['id'], shot)}")
    return "; ".join(details)


def seed_thirteen_quotes(ctx):
    """The seed article has thirteen quotations in quotation marks (full and partial); reported
    speech (kind "indirect") comes on top and is checked with every other quote above."""
    quotes = ctx.api.all_items(f"/articles/{ctx.seed_id}/quotes")
    if not quotes:
        raise Skip("the API reports no quotes for the seed article yet (quote extraction not merged)")
    direct = [q for q in quotes if q["kind"] != "indirect"]
    if len(direct) != 13:
        raise AssertionError(f"the API finds {len(direct)} quotations in marks in the seed article, the seed has 13")
    ctx.browser.go(f"#/articles/{ctx.seed_id}")
    page = ctx.browser.js(READ_ARTICLE)
    shown = {k: v["speakers"][0] for k, v in page["quotes"].items()}
    for quote in direct:
        expect(quote["id"] in shown, f"{quote['id']} is highlighted")
        expect_equal(shown[quote["id"]], (quote["speaker"] or {}).get("id", ""), f"speaker of {quote['id']}")
    return "speakers: " + ", ".join(sorted({(q["speaker"] or {}).get("name", "unattributed") for q in direct}))


CHECKS = [
    ("article: every article's quotes, speakers, mentions and entity groups match the API", every_article),
    ("article: the seed article highlights all thirteen quotations with their speakers", seed_thirteen_quotes),
]
