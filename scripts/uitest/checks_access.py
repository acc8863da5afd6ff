"""Keyboard use and a phone-sized viewport."""
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

from report import expect, expect_equal


def tab(browser):
    ActionChains(browser.driver).send_keys(Keys.TAB).perform()
    return browser.active()


def keyboard(ctx):
    browser = ctx.browser
    # A new query string makes this a real page load (a changed hash alone would not), so
    # focus starts at the top of the document as it does for a visitor.
    browser.load(ctx.ui + "?keyboard#/articles")
    first = tab(browser)
    expect("skip-link" in (first.get_attribute("class") or ""), f"first Tab reaches the skip link, got {first.tag_name}")
    expect(first.is_displayed(), "the skip link shows when focused")
    first.send_keys(Keys.ENTER)
    expect_equal(browser.active().get_attribute("id"), "view", "the skip link moves focus to the content")
    reached = None
    for _ in range(40):
        element = tab(browser)
        if element.get_attribute("href") and "#/articles/" in element.get_attribute("href"):
            reached = element
            break
    expect(reached is not None, "Tab reaches an article link")
    target = reached.get_attribute("href").split("#", 1)[1]
    browser.js("document.body.dataset.state = 'stale'")
    reached.send_keys(Keys.ENTER)
    browser.wait_view()
    expect_equal(browser.js("return location.hash"), "#" + target, "Enter follows the link")
    expect_equal(browser.active().tag_name, "h1", "the new view's heading takes focus")
    outline = browser.js("""const s = document.createElement('a'); s.href = '#/quotes'; s.textContent = 'x';
        document.querySelector('main').append(s); s.focus(); const o = getComputedStyle(s).outlineStyle; s.remove(); return o;""")
    expect(outline not in ("none", ""), "focused links have a visible outline")


def fits(browser):
    return browser.js("return document.documentElement.scrollWidth <= window.innerWidth + 1")


def phone(ctx):
    browser = ctx.browser
    browser.resize(390, 844)
    try:
        views = [("#/articles", "13-phone-articles"), (f"#/articles/{ctx.seed_id}", "14-phone-article"),
                 ("#/quotes", "15-phone-quotes"), ("#/entities", None)]
        for hash_, shot in views:
            browser.go(hash_)
            expect(fits(browser), f"{hash_} fits 390 px without sideways scrolling")
            if shot:
                browser.screenshot(shot, full_page=False)
        size = browser.js("return parseFloat(getComputedStyle(document.querySelector('.article-body') || document.body).fontSize)")
        expect(size >= 16, f"body text is at least 16 px on a phone ({size})")
    finally:
        browser.resize(1280, 900)


CHECKS = [
    ("keyboard: skip link, Tab to an article, Enter opens it, focus moves to the heading", keyboard),
    ("phone: list, article, quotes and entities fit a 390 px wide viewport", phone),
]
