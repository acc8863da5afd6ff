"""The API's errors shown on the page: visible, announced, with the API's own message."""
from report import expect, expect_equal


def shows_error(ctx, hash_, status, api_path, params, screenshot=None):
    browser, api = ctx.browser, ctx.api
    answered, body = api.get(api_path, **params)
    expect_equal(answered, status, f"the API's status for {api_path} {params}")
    expect_equal(browser.go(hash_), "error", f"page state for {hash_}")
    box = browser.one(".error[role=alert]")
    expect(box.is_displayed(), "the message is visible")
    expect_equal(box.get_attribute("data-status"), str(status), "status on the page")
    expect(body["error"]["message"] in box.text, f"the API's message {body['error']['message']!r} is shown")
    expect_equal(browser.active().get_attribute("class"), "error", "focus moves to the message")
    if screenshot:
        browser.screenshot(screenshot, full_page=False)
    return body["error"]["message"]


def unknown_article(ctx):
    return shows_error(ctx, "#/articles/no-such-article", 404, "/articles/no-such-article", {}, "11-error-404")


def bad_filter(ctx):
    return shows_error(ctx, "#/articles?limit=0", 400, "/articles", {"limit": 0}, "12-error-400")


def unknown_entity(ctx):
    return shows_error(ctx, "#/entities/nobody-at-all", 404, "/entities/nobody-at-all", {})


def bad_quote_filter(ctx):
    return shows_error(ctx, "#/quotes?kind=shouted", 400, "/quotes", {"kind": "shouted"})


def unknown_view(ctx):
    browser = ctx.browser
    expect_equal(browser.go("#/nowhere"), "error", "page state")
    expect("#/nowhere" in browser.one(".error").text, "the message names the address")


CHECKS = [
    ("errors: an unknown article shows the 404 message", unknown_article),
    ("errors: a bad filter (limit=0) shows the 400 message", bad_filter),
    ("errors: an unknown entity shows the 404 message", unknown_entity),
    ("errors: a bad quote kind shows the 400 message", bad_quote_filter),
    ("errors: an unknown page address says so", unknown_view),
]
