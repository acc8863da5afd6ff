"""PASS/FAIL/SKIP lines per check and the closing "N passed, N failed, N skipped" line."""
import sys
import traceback


class Skip(Exception):
    """A check that cannot run on this corpus (e.g. the API reports no quotes yet)."""


class Report:
    def __init__(self):
        self.passed = 0
        self.failed = 0
        self.skipped = 0

    def run(self, name, check, *args):
        try:
            detail = check(*args)
        except Skip as skip:
            self.skipped += 1
            print(f"SKIP {name}: {skip}", flush=True)
        except Exception as error:  # every failure is reported, the run goes on
            self.failed += 1
            print(f"FAIL {name}: {type(error).__name__}: {error}", flush=True)
            traceback.print_exc(limit=3, file=sys.stderr)
        else:
            self.passed += 1
            print(f"PASS {name}" + (f" ({detail})" if detail else ""), flush=True)

    def fail(self, name, message):
        self.failed += 1
        print(f"FAIL {name}: {message}", flush=True)

    def summary(self):
        print(f"{self.passed} passed, {self.failed} failed, {self.skipped} skipped", flush=True)
        return 1 if self.failed else 0


def expect(condition, message):
    if not condition:
        raise AssertionError(message)


def expect_equal(actual, expected, what):
    if actual != expected:
        raise AssertionError(f"{what}: page shows {actual!r}, API says {expected!r}")
