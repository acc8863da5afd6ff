"""The page served from a second origin reads the API across origins; an origin the server
does not allow is refused by the browser."""
import urllib.parse

from harness import request
from report import expect, expect_equal

FETCH = """
const [url, headers, done] = arguments;
fetch(url, {headers}).then((r) => r.json().then((body) => done({status: r.status, list: Array.isArray(body.items)})))
  .catch((e) => done({error: String(e)}));
"""


def second_origin_page(ctx):
    # A browser that has not read the API from its own origin first: a cached same-origin
    # answer is a separate matter (`vary_origin` below).
    browser, origin = ctx.fresh_browser(), ctx.origin.origin()
    url = f"{origin}/index.html?api={urllib.parse.quote(ctx.server.url, safe='')}#/articles"
    expect_equal(browser.load(url), "ready", "page state on the second origin")
    expect_equal(browser.attrs(".article-card", "data-article-id"), [a["id"] for a in ctx.api.ok("/articles")["items"]], "cards")
    browser.screenshot("16-cors-second-origin", full_page=False)
    simple = browser.driver.execute_async_script(FETCH, ctx.server.url + "/quotes?limit=1", {})
    # A script may read a cross-origin answer only when the server allowed its origin.
    expect_equal(simple, {"status": 200, "list": True}, "a simple cross-origin fetch")
    preflighted = browser.driver.execute_async_script(FETCH, ctx.server.url + "/entities?limit=1", {"X-Byline-Test": "1"})
    expect_equal(preflighted, {"status": 200, "list": True}, "a fetch that needs a preflight")
    _, headers, _ = request(ctx.server.url, "/articles?limit=1", {"Origin": origin})
    expect_equal(headers.get("access-control-allow-origin"), origin, "Access-Control-Allow-Origin")
    return origin


def other_origin_refused(ctx):
    browser = ctx.fresh_browser()
    browser.drain_console()
    # The refusal below logs errors on purpose; they are not kept.
    try:
        other = ctx.other_origin.origin()
        url = f"{other}/index.html?api={urllib.parse.quote(ctx.server.url, safe='')}#/articles"
        expect_equal(browser.load(url), "error", f"page state on {other}, which the server does not allow")
        expect_equal(browser.one(".error").get_attribute("data-status"), "0", "shown as unreachable")
        refused = browser.driver.execute_async_script(FETCH, ctx.server.url + "/articles?limit=1", {})
        expect("error" in refused, f"the browser refuses the answer: {refused}")
        _, headers, _ = request(ctx.server.url, "/articles?limit=1", {"Origin": other})
        expect("access-control-allow-origin" not in headers, "no Access-Control-Allow-Origin for that origin")
    finally:
        browser.drain_console(record=False)


def vary_origin(ctx):
    """With a list of allowed origins the answer depends on Origin, so every answer must say
    `Vary: Origin`, even one to a request without Origin: otherwise a browser that fetched
    /articles from the API's own page reuses that cached copy (no Access-Control-Allow-Origin)
    for a page on an allowed origin, and the page fails (Fetch standard, "CORS protocol and
    HTTP caches")."""
    for headers in ({}, {"Origin": ctx.origin.origin()}):
        _, answer, _ = request(ctx.server.url, "/articles?limit=1", headers)
        vary = [token.strip().lower() for token in answer.get("vary", "").split(",")]
        expect("origin" in vary, f"Vary: Origin on a cacheable answer to a request with headers {headers}: Vary is {answer.get('vary')!r}")


CHECKS = [
    ("cors: the page on a second origin reads the API (simple and preflighted fetches)", second_origin_page),
    ("cors: an origin the server does not allow is refused", other_origin_refused),
    ("cors: answers say Vary: Origin, so a cached same-origin answer is not reused cross-origin", vary_origin),
]
