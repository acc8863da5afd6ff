#!/usr/bin/env python3
"""Holds N idle keep-alive connections to a server and reports its RSS while they are open.

Used by scripts/bench-http: opens N connections, sends one GET on each (so each is a real
keep-alive connection, not just a backlog entry), reads the answers, then - with all N still
open - reads the server's RSS and checks that a brand-new client is still served.

    bench-http-idle.py PORT PID [N] [PATH]
"""
import selectors
import socket
import sys
import time


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return -1


def main():
    port, pid = int(sys.argv[1]), int(sys.argv[2])
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 10000
    path = sys.argv[4] if len(sys.argv) > 4 else "/healthz"
    request = f"GET {path} HTTP/1.1\r\nHost: bench\r\n\r\n".encode()
    selector = selectors.DefaultSelector()
    sockets = []
    pending = {}
    started = time.monotonic()
    for _ in range(count):
        sock = socket.create_connection(("127.0.0.1", port))
        sock.setblocking(False)
        sockets.append(sock)
        # Send as we go, and read what is ready, so the server's backlog never overflows.
        try:
            sock.send(request)
        except BlockingIOError:
            pass
        pending[sock.fileno()] = b""
        selector.register(sock, selectors.EVENT_READ)
        for key, _ in selector.select(timeout=0):
            collect(key.fileobj, pending, selector)
    deadline = time.monotonic() + 60
    while pending and time.monotonic() < deadline:
        for key, _ in selector.select(timeout=1):
            collect(key.fileobj, pending, selector)
    answered = count - len(pending)
    opened_in = time.monotonic() - started
    time.sleep(1)
    rss = rss_kib(pid)

    probe_started = time.monotonic()
    probe = socket.create_connection(("127.0.0.1", port), timeout=5)
    probe.sendall(request)
    reply = probe.recv(4096)
    probe_ms = (time.monotonic() - probe_started) * 1000
    probe.close()
    still_open = sum(1 for sock in sockets if is_open(sock))
    print(f"idle connections: {count} opened in {opened_in:.1f}s, {answered} answered, "
          f"{still_open} still open; server RSS {rss / 1024:.1f} MiB; "
          f"new client: {reply.split(b' ')[1].decode() if reply else 'no answer'} in {probe_ms:.1f} ms")
    for sock in sockets:
        sock.close()


def collect(sock, pending, selector):
    try:
        data = sock.recv(65536)
    except BlockingIOError:
        return
    except OSError:
        data = b""
    fileno = sock.fileno()
    if fileno not in pending:
        return
    pending[fileno] += data
    text = pending[fileno]
    if b"\r\n\r\n" in text or not data:
        del pending[fileno]
        selector.unregister(sock)


def is_open(sock):
    try:
        data = sock.recv(1, socket.MSG_PEEK | socket.MSG_DONTWAIT)
        return data != b""
    except BlockingIOError:
        return True
    except OSError:
        return False


if __name__ == "__main__":
    main()
