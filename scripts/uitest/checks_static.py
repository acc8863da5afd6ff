"""The page's files over plain HTTP: types, validators, the /ui redirect, no traversal."""
from harness import request
from report import expect, expect_equal


def redirect_and_index(ctx):
    status, headers, _ = request(ctx.server.url, "/ui")
    expect_equal((status, headers.get("location")), (301, "/ui/"), "GET /ui")
    status, headers, body = request(ctx.server.url, "/ui/")
    expect_equal(status, 200, "GET /ui/ status")
    expect_equal(headers.get("content-type"), "text/html; charset=utf-8", "index Content-Type")
    expect("default-src 'self'" in headers.get("content-security-policy", ""), "index has a Content-Security-Policy")
    expect(b'type="module"' in body, "index loads a module script")


def content_types(ctx):
    wanted = {"/ui/js/app.js": "text/javascript; charset=utf-8", "/ui/js/views/article.js": "text/javascript; charset=utf-8",
              "/ui/css/byline.css": "text/css; charset=utf-8", "/ui/icon.svg": "image/svg+xml"}
    for path, content_type in wanted.items():
        status, headers, _ = request(ctx.server.url, path)
        expect_equal((status, headers.get("content-type")), (200, content_type), path)
        expect_equal(headers.get("x-content-type-options"), "nosniff", f"{path} nosniff")


def conditional_get(ctx):
    _, headers, _ = request(ctx.server.url, "/ui/js/app.js")
    etag = headers.get("etag")
    expect(etag, "app.js has an ETag")
    status, _, body = request(ctx.server.url, "/ui/js/app.js", {"If-None-Match": etag})
    expect_equal((status, body), (304, b""), "If-None-Match with the current tag")
    status, _, _ = request(ctx.server.url, "/ui/js/app.js", {"If-None-Match": '"stale"'})
    expect_equal(status, 200, "If-None-Match with another tag")


def no_traversal(ctx):
    for target in ["/ui/../Package.swift", "/ui/%2e%2e/%2e%2e/Package.swift", "/ui/..%2fPackage.swift",
                   "/ui/js/../../../../etc/passwd", "/ui/css", "/ui/nothing.js"]:
        status, _, body = request(ctx.server.url, target)
        expect_equal(status, 404, f"GET {target}")
        expect(b"swift-tools-version" not in body and b"root:" not in body, f"{target} leaked a file")


CHECKS = [
    ("static: /ui redirects to /ui/, which serves the page", redirect_and_index),
    ("static: files carry their Content-Type and nosniff", content_types),
    ("static: ETag revalidation answers 304", conditional_get),
    ("static: paths outside the bundle get 404", no_traversal),
]
