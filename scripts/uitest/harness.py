"""The processes a UI test needs: `byline serve` on a temporary corpus, a second origin that
serves the same page files, and a small JSON client for the API's own answers."""
import functools
import http.client
import http.server
import json
import os
import queue
import shutil
import signal
import subprocess
import tempfile
import threading
import time
import urllib.parse


class BylineServer:
    """`byline serve --port 0`: the bound address is read from its JSON "serving" log line."""

    def __init__(self, binary, corpus_folders, cors_origins):
        """`corpus_folders`: sub-folder name -> folder copied into one temporary corpus."""
        self.binary = binary
        self.folder = tempfile.mkdtemp(prefix="byline-ui-test-")
        self.corpus = os.path.join(self.folder, "corpus")
        os.makedirs(self.corpus)
        for name, source in corpus_folders.items():
            shutil.copytree(source, os.path.join(self.corpus, name))
        self.cors_origins = cors_origins
        self.process = None
        self.url = None
        self.lines = queue.Queue()
        self.log = []

    def start(self, timeout=60):
        command = [self.binary, "serve", "--corpus", self.corpus, "--host", "127.0.0.1", "--port", "0",
                   "--log-format", "json"]
        for origin in self.cors_origins:
            command += ["--cors-origin", origin]
        # Run in the temporary folder so no config/byline.json of the checkout applies.
        self.process = subprocess.Popen(command, cwd=self.folder, stdout=subprocess.PIPE,
                                        stderr=subprocess.STDOUT, text=True)
        threading.Thread(target=self._read, daemon=True).start()
        deadline = time.monotonic() + timeout
        while self.url is None:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or self.process.poll() is not None:
                raise RuntimeError("byline serve did not start:\n" + "\n".join(self.log[-20:]))
            try:
                line = self.lines.get(timeout=min(remaining, 1))
            except queue.Empty:
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                continue
            if record.get("message") == "serving":
                self.url = record["url"]
        while True:
            status, _, _ = request(self.url, "/readyz")
            if status == 200:
                return self
            if time.monotonic() > deadline or self.process.poll() is not None:
                raise RuntimeError("byline serve never became ready:\n" + "\n".join(self.log[-20:]))
            time.sleep(0.1)

    def _read(self):
        for line in self.process.stdout:
            self.log.append(line.rstrip())
            self.lines.put(line)

    def stop(self):
        """SIGTERM and wait for the drain; returns the exit status."""
        status = None
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                status = self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                status = self.process.wait()
        elif self.process:
            status = self.process.returncode
        shutil.rmtree(self.folder, ignore_errors=True)
        return status


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


class StaticOrigin:
    """The page's files served by Python on another port: a second browser origin."""

    def __init__(self, directory, host="127.0.0.1"):
        handler = functools.partial(QuietHandler, directory=directory)
        self.host = host
        self.server = http.server.ThreadingHTTPServer((host, 0), handler)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def start(self):
        self.thread.start()
        return self

    def origin(self):
        return f"http://{self.host}:{self.port}"

    def stop(self):
        self.server.shutdown()
        self.server.server_close()


def request(base, target, headers=None, method="GET"):
    """(status, headers as a lower-cased dict, body bytes); the target is sent exactly as given."""
    parsed = urllib.parse.urlsplit(base)
    connection = http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=10)
    try:
        connection.request(method, target, headers=headers or {})
        response = connection.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    except OSError:
        return 0, {}, b""
    finally:
        connection.close()


class Api:
    """The API's JSON answers, to compare the page against."""

    def __init__(self, base):
        self.base = base

    def get(self, path, **params):
        query = urllib.parse.urlencode({k: v for k, v in params.items() if v is not None})
        status, _, body = request(self.base, path + ("?" + query if query else ""))
        return status, json.loads(body) if body else None

    def ok(self, path, **params):
        status, body = self.get(path, **params)
        if status != 200:
            raise AssertionError(f"GET {path} {params} answered {status}: {body}")
        return body

    def all_items(self, path, **params):
        return self.ok(path, limit=500, **params)["items"]
