"""The article list: what /articles answers, search, paging, entity and speaker filters."""
from selenium.webdriver.common.keys import Keys

from report import Skip, expect, expect_equal


def card_ids(browser):
    return browser.attrs(".article-card", "data-article-id")


def list_matches_api(ctx):
    browser, api = ctx.browser, ctx.api
    expect_equal(browser.load(ctx.ui + "#/articles"), "ready", "page state")
    page = api.ok("/articles")
    expect_equal(card_ids(browser), [item["id"] for item in page["items"]], "article cards")
    expect(ctx.seed_id in card_ids(browser), f"the seed article {ctx.seed_id} is listed")
    titles = [element.text for element in browser.all(".article-card-title")]
    expect_equal(titles, [item["title"] for item in page["items"]], "titles")
    quotes = [element.text for element in browser.all(".article-card .count-quotes")]
    expect_equal(quotes, [f"{i['quoteCount']} quote" + ("" if i["quoteCount"] == 1 else "s") for i in page["items"]], "quote counts")
    expect(f"of {page['total']} articles" in browser.one(".result-count").text, "the total is shown")
    browser.screenshot("01-articles")
    return f"{len(page['items'])} cards"


def search(ctx):
    browser, api = ctx.browser, ctx.api
    browser.go("#/articles")
    field = browser.one("#field-q")
    field.send_keys("comet")
    browser.js("document.body.dataset.state = 'stale'")
    field.send_keys(Keys.ENTER)
    browser.wait_view()
    expected = [item["id"] for item in api.ok("/articles", q="comet")["items"]]
    expect(expected, "the test corpus has an article about a comet")
    expect_equal(card_ids(browser), expected, "cards for q=comet")
    expect_equal(browser.js("return location.hash"), "#/articles?q=comet", "the search is in the address")
    browser.screenshot("02-articles-search")
    remove = browser.one(".chip[data-filter=q] .chip-remove")
    browser.js("document.body.dataset.state = 'stale'")
    remove.click()
    browser.wait_view()
    expect_equal(card_ids(browser), [item["id"] for item in api.ok("/articles")["items"]], "cards after removing the filter")


def paging(ctx):
    browser, api = ctx.browser, ctx.api
    first = api.ok("/articles", limit=2)
    if first["total"] <= 2:
        raise Skip("the corpus has two articles or fewer")
    browser.go("#/articles?limit=2")
    expect_equal(card_ids(browser), [item["id"] for item in first["items"]], "page 1")
    pages = -(-first["total"] // 2)
    expect_equal(browser.one(".pager-position").text, f"Page 1 of {pages}", "position")
    browser.js("document.body.dataset.state = 'stale'")
    browser.one(".pager a[rel=next]").click()
    browser.wait_view()
    second = api.ok("/articles", limit=2, offset=2)
    expect_equal(card_ids(browser), [item["id"] for item in second["items"]], "page 2")
    expect_equal(browser.one(".pager-position").text, f"Page 2 of {pages}", "position")
    expect(browser.all(".pager a[rel=prev]"), "page 2 links back")
    expect_equal(browser.one(".article-list").get_attribute("start"), "3", "numbering continues")


def pick_in_typeahead(browser, field_css, text, entity_id):
    """Types into a type-ahead and chooses `entity_id` with the arrow keys and Enter."""
    field = browser.one(field_css)
    field.clear()
    field.send_keys(text)
    option_css = f'#{field.get_attribute("aria-controls")} [data-entity-id="{entity_id}"]'
    browser.wait_for(lambda: browser.all(option_css), message=f"suggestion {entity_id} for {text!r}")
    for _ in range(10):
        field.send_keys(Keys.ARROW_DOWN)
        if browser.one(option_css).get_attribute("aria-selected") == "true":
            break
    expect_equal(field.get_attribute("aria-activedescendant"), browser.one(option_css).get_attribute("id"), "active option")
    browser.js("document.body.dataset.state = 'stale'")
    field.send_keys(Keys.ENTER)
    browser.wait_view()


def entity_filter(ctx):
    browser, api = ctx.browser, ctx.api
    entities = api.ok("/entities", limit=1)["items"]
    if not entities:
        raise Skip("the API reports no entities")
    entity = entities[0]
    browser.go("#/articles")
    pick_in_typeahead(browser, "#typeahead-entity", entity["name"][:4], entity["id"])
    expect_equal(browser.js("return location.hash"), f"#/articles?entity={entity['id']}", "address")
    expected = [item["id"] for item in api.ok("/articles", entity=entity["id"])["items"]]
    expect_equal(card_ids(browser), expected, f"cards mentioning {entity['id']}")
    expect_equal(browser.one(".chip[data-filter=entity] .chip-value").text, entity["name"], "chip")
    browser.screenshot("03-articles-entity-filter")
    return entity["name"]


def speaker_filter(ctx):
    browser, api = ctx.browser, ctx.api
    speaker = ctx.top_speaker()
    if speaker is None:
        raise Skip("the API reports no attributed quotes")
    browser.go("#/articles")
    pick_in_typeahead(browser, "#typeahead-speaker", speaker["name"][:5], speaker["id"])
    expected = [item["id"] for item in api.ok("/articles", speaker=speaker["id"])["items"]]
    expect(expected, f"the API lists articles quoting {speaker['id']}")
    expect_equal(card_ids(browser), expected, f"cards quoting {speaker['id']}")
    return speaker["name"]


CHECKS = [
    ("list: cards match /articles and include the seed article", list_matches_api),
    ("list: search by words (q=comet) matches the API", search),
    ("list: paging with limit=2 matches the API", paging),
    ("list: entity filter chosen with the keyboard in the type-ahead", entity_filter),
    ("list: speaker filter chosen in the type-ahead", speaker_filter),
]
