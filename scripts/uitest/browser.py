"""Headless Chromium through Selenium, with waits keyed to the page's own state: the app sets
`body[data-state]` to "loading", then "ready" or "error", once a view is on the page."""
import base64
import os

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")


class Browser:
    def __init__(self, shots, width=1280, height=900):
        options = webdriver.ChromeOptions()
        options.binary_location = CHROMIUM
        for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                         f"--window-size={width},{height}", "--lang=en-US", "--no-first-run"]:
            options.add_argument(argument)
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        # The Debian driver is named explicitly, so Selenium never tries to download one.
        self.driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
        self.shots = shots
        self.console = []
        os.makedirs(shots, exist_ok=True)

    def quit(self):
        self.driver.quit()

    # Navigation

    def load(self, url, timeout=15):
        """A full page load, then the first view."""
        self.driver.get(url)
        return self.wait_view(timeout)

    def go(self, hash_, timeout=15):
        """Changes the route as a link would, and waits for the new view."""
        # The same address again fires no hashchange of its own; the app listens for the event.
        self.driver.execute_script("""document.body.dataset.state = 'stale';
            if (location.hash === arguments[0]) window.dispatchEvent(new HashChangeEvent('hashchange'));
            else location.hash = arguments[0];""", hash_)
        return self.wait_view(timeout)

    def wait_view(self, timeout=15):
        WebDriverWait(self.driver, timeout).until(
            lambda d: d.execute_script("return document.body.dataset.state") in ("ready", "error"))
        return self.driver.execute_script("return document.body.dataset.state")

    def wait_for(self, condition, timeout=10, message=""):
        return WebDriverWait(self.driver, timeout).until(lambda d: condition(), message)

    # Reading the page

    def js(self, script, *args):
        return self.driver.execute_script(script, *args)

    def all(self, css):
        return self.driver.find_elements(By.CSS_SELECTOR, css)

    def one(self, css):
        return self.driver.find_element(By.CSS_SELECTOR, css)

    def attrs(self, css, name):
        return self.js(f"return [...document.querySelectorAll(arguments[0])].map(e => e.getAttribute('{name}'))", css)

    def active(self):
        return self.driver.switch_to.active_element

    def drain_console(self, record=True):
        """Browser console entries since the last call (Chrome hands each out once); kept in
        `console` unless they are expected (record=False)."""
        entries = self.driver.get_log("browser")
        if record:
            self.console.extend(entries)
        return entries

    # Pictures for a person to look at

    def screenshot(self, name, full_page=True):
        path = os.path.join(self.shots, f"{name}.png")
        if not full_page:
            self.driver.save_screenshot(path)
            return path
        size = self.driver.execute_cdp_cmd("Page.getLayoutMetrics", {})["cssContentSize"]
        clip = {"x": 0, "y": 0, "width": size["width"], "height": min(size["height"], 6000), "scale": 1}
        shot = self.driver.execute_cdp_cmd(
            "Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True, "clip": clip})
        with open(path, "wb") as file:
            file.write(base64.b64decode(shot["data"]))
        return path

    def resize(self, width, height):
        self.driver.set_window_size(width, height)
