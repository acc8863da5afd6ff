"""The entity views against /entities and /entities/{id}."""
from report import Skip, expect, expect_equal


def entity_view(ctx):
    browser, api = ctx.browser, ctx.api
    speaker = ctx.top_speaker()
    listed = api.ok("/entities", limit=1)["items"]
    if speaker is None and not listed:
        raise Skip("the API reports no entities")
    entity_id = speaker["id"] if speaker else listed[0]["id"]
    detail = api.ok(f"/entities/{entity_id}")
    quotes = api.ok(f"/entities/{entity_id}/quotes", limit=50)
    related = api.ok(f"/entities/{entity_id}/related", limit=20)
    expect_equal(browser.go(f"#/entities/{entity_id}"), "ready", "page state")
    expect(browser.one("h1").text.startswith(detail["name"]), "heading names the entity")
    facts = browser.one(".entity-facts").text
    for alias in detail["aliases"]:
        expect(alias in facts, f"alias {alias} shown")
    for title in detail["titles"]:
        expect(title in facts, f"title {title} shown")
    expect_equal(browser.attrs(".entity-articles li", "data-article-id"), [a["id"] for a in detail["articles"]], "articles")
    expect_equal(browser.attrs(".entity-quotes .quote-card", "data-quote-id"), [q["id"] for q in quotes["items"]], "quotes")
    expect_equal(browser.attrs(".entity-related li", "data-entity-id"), [r["entity"]["id"] for r in related["items"]], "related")
    browser.screenshot("10-entity")
    return f"{detail['name']}: {quotes['total']} quotes, {len(detail['articles'])} articles, {related['total']} related"


def entity_list(ctx):
    browser, api = ctx.browser, ctx.api
    expect_equal(browser.go("#/entities"), "ready", "page state")
    page = api.ok("/entities")
    expect_equal(browser.attrs(".entity-table tbody tr", "data-entity-id"), [e["id"] for e in page["items"]], "rows")
    browser.go("#/entities?type=person")
    people = api.ok("/entities", type="person")
    expect_equal(browser.attrs(".entity-table tbody tr", "data-entity-id"), [e["id"] for e in people["items"]], "people")
    return f"{page['total']} entities"


CHECKS = [
    ("entity: the entity view shows names, quotes, articles and related entities", entity_view),
    ("entity: the entity list matches /entities", entity_list),
]
