"""scripts/ui-test's driver: starts the servers and the browser, runs every check, stops
everything it started, and closes with "N passed, N failed, N skipped"."""
import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import checks_access  # noqa: E402
import checks_article  # noqa: E402
import checks_cors  # noqa: E402
import checks_entity  # noqa: E402
import checks_errors  # noqa: E402
import checks_list  # noqa: E402
import checks_offsets  # noqa: E402
import checks_quotes  # noqa: E402
import checks_static  # noqa: E402
from browser import Browser  # noqa: E402
from harness import Api, BylineServer, StaticOrigin  # noqa: E402
from report import Report, expect  # noqa: E402

SEED_SOURCE = "nizkor-putin-tillerson-2017-04-12.txt"
GROUPS = [checks_static, checks_list, checks_article, checks_offsets, checks_quotes, checks_entity,
          checks_errors, checks_access, checks_cors]


class Context:
    def __init__(self, server, origin, browser):
        self.server = server
        self.origin = origin
        self.browser = browser
        self.fresh = None
        self.api = Api(server.url)
        self.ui = server.url + "/ui/"
        self.articles = self.api.all_items("/articles")
        seeds = [a["id"] for a in self.articles if a["source"].endswith(SEED_SOURCE)]
        expect(seeds, f"the bundled seed article {SEED_SOURCE} is loaded")
        self.seed_id = seeds[0]
        browser.load(self.ui + "#/articles")  # every check can start by changing the route

    def fresh_browser(self):
        """A second browser with an empty cache (closed at the end of the run)."""
        if self.fresh is None:
            self.fresh = Browser(self.browser.shots)
        return self.fresh

    def top_speaker(self):
        """The speaker of the most quotes, or None when no quote has a named speaker."""
        counts = {}
        for quote in self.api.all_items("/quotes", attributed="true"):
            speaker = quote["speaker"]
            counts.setdefault(speaker["id"], [0, speaker])[0] += 1
        if not counts:
            return None
        return max(counts.values(), key=lambda entry: entry[0])[1]


def javascript_errors(context):
    browsers = [b for b in (context.browser, context.fresh) if b]
    for browser in browsers:
        browser.drain_console()
    errors = [e["message"] for browser in browsers for e in browser.console
              if e.get("level") == "SEVERE" and e.get("source") == "javascript"]
    expect(not errors, f"console errors: {errors[:3]}")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--binary", required=True)
    parser.add_argument("--repo", required=True)
    parser.add_argument("--only", help="run the checks whose name contains this")
    parser.add_argument("--keep-open", action="store_true", help="wait for Enter before stopping the servers")
    arguments = parser.parse_args()
    repo = arguments.repo
    shots = os.path.join(repo, "artifacts", "ui-screenshots")
    report = Report()
    page_files = os.path.join(repo, "Sources", "BylineAPI", "Public", "ui")
    origin = StaticOrigin(page_files).start()
    # A third origin the server does not allow: another loopback address (Linux answers on all
    # of 127.0.0.0/8), so no name lookup is involved.
    other_origin = StaticOrigin(page_files, host="127.0.0.2").start()
    corpus = {"bundled": os.path.join(repo, "corpus"), "ui-fixtures": os.path.join(repo, "Tests", "UIFixtures", "corpus")}
    server = BylineServer(arguments.binary, corpus, cors_origins=[origin.origin()])
    browser = None
    context = None
    try:
        server.start()
        print(f"byline serve at {server.url}, second origin at {origin.origin()}", flush=True)
        browser = Browser(shots)
        context = Context(server, origin, browser)
        context.other_origin = other_origin
        for group in GROUPS:
            for name, check in group.CHECKS:
                if arguments.only and arguments.only not in name:
                    continue
                report.run(name, check, context)
                for each in (browser, context.fresh):
                    if each:
                        each.drain_console()
        report.run("console: no JavaScript errors on any view", javascript_errors, context)
        if arguments.keep_open:
            input(f"page at {context.ui}; press Enter to stop ")
    except Exception as error:  # setup failed: say so in the closing count
        report.fail("setup", f"{type(error).__name__}: {error}")
    finally:
        if context and context.fresh:
            context.fresh.quit()
        if browser:
            browser.quit()
        status = server.stop()
        origin.stop()
        other_origin.stop()
        if status not in (0, None):
            report.fail("shutdown", f"byline serve exited with status {status} after SIGTERM")
    print(f"screenshots: {shots}", flush=True)
    return report.summary()


if __name__ == "__main__":
    sys.exit(main())
