"""The quotes view: what /quotes answers, the speaker type-ahead (Rex Tillerson when the API
knows him), and each quote's link to its place in the article."""
from checks_list import pick_in_typeahead
from report import Skip, expect, expect_equal


def quote_ids(browser):
    return browser.attrs(".quote-card", "data-quote-id")


def list_matches_api(ctx):
    browser, api = ctx.browser, ctx.api
    expect_equal(browser.go("#/quotes"), "ready", "page state")
    page = api.ok("/quotes")
    expect_equal(quote_ids(browser), [q["id"] for q in page["items"]], "quote cards")
    speakers = browser.attrs(".quote-card", "data-speaker-id")
    expect_equal(speakers, [(q["speaker"] or {}).get("id", "") for q in page["items"]], "speakers")
    browser.screenshot("06-quotes")
    return f"{len(page['items'])} of {page['total']}"


def filter_by_speaker(ctx, speaker, typed, screenshot):
    browser, api = ctx.browser, ctx.api
    browser.go("#/quotes")
    pick_in_typeahead(browser, "#typeahead-speaker", typed, speaker["id"])
    expected = api.ok("/quotes", speaker=speaker["id"])
    expect_equal(quote_ids(browser), [q["id"] for q in expected["items"]], f"quotes from {speaker['id']}")
    expect_equal(set(browser.attrs(".quote-card", "data-speaker-id")), {speaker["id"]}, "only this speaker")
    expect(f"of {expected['total']} quotes" in browser.one(".result-count").text, "the total is shown")
    expect_equal(browser.one("h1").text, f"Quotes from {speaker['name']}", "heading")
    browser.screenshot(screenshot)
    return f"{expected['total']} quotes"


def tillerson(ctx):
    found = [e for e in ctx.api.ok("/entities", q="Tillerson", limit=10)["items"] if e["name"] == "Rex Tillerson"]
    if not found:
        raise Skip("the API knows no entity named Rex Tillerson yet (entity extraction not merged)")
    if ctx.api.ok(f"/entities/{found[0]['id']}/quotes")["total"] == 0:
        raise Skip("the API attributes no quotes to Rex Tillerson yet (quote extraction not merged)")
    return filter_by_speaker(ctx, found[0], "Tiller", "07-quotes-tillerson")


def top_speaker(ctx):
    speaker = ctx.top_speaker()
    if speaker is None:
        raise Skip("the API reports no attributed quotes")
    return filter_by_speaker(ctx, speaker, speaker["name"][:4], "08-quotes-speaker")


def link_to_article(ctx):
    browser = ctx.browser
    browser.go("#/quotes")
    cards = browser.all(".quote-card")
    if not cards:
        raise Skip("the API reports no quotes")
    quote_id = cards[0].get_attribute("data-quote-id")
    link = cards[0].find_element("css selector", "a.quote-source")
    browser.js("document.body.dataset.state = 'stale'")
    link.click()
    browser.wait_view()
    expect_equal(browser.js("return document.body.dataset.view"), "article", "view after the link")
    active = browser.active()
    expect_equal((active.tag_name, active.get_attribute("data-quote-id")), ("mark", quote_id), "focused quote")
    expect("targeted" in active.get_attribute("class"), "the quote is marked as the target")
    in_view = browser.js("const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight;", active)
    expect(in_view, "the quote is scrolled into view")
    browser.screenshot("09-quote-in-article", full_page=False)


CHECKS = [
    ("quotes: cards match /quotes", list_matches_api),
    ("quotes: filtered to Rex Tillerson shows only his quotes", tillerson),
    ("quotes: speaker type-ahead filters to the most quoted speaker", top_speaker),
    ("quotes: a quote links to its place in the article", link_to_article),
]
