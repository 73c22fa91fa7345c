"""A real TCP proxy for fault tests: forwards bytes, and cuts connections where told to.

``TcpProxy(target_port, seed=...)`` listens on a free port of 127.0.0.1 and forwards every
connection to ``127.0.0.1:target_port`` with two threads (one per direction). Each new
connection draws a plan from a seeded random generator, in the order connections arrive:
in each direction, with probability ``cut_share``, a byte offset in 0..``max_offset`` at
which the proxy forwards the bytes up to that offset and then cuts the whole connection (a
FIN, or a RST when the plan says so). Offsets count every byte of the connection in that
direction, so a cut can fall inside request headers, inside a body, between two keep-alive
requests, or inside a reply. With ``max_life`` a connection spared in a direction is still
cut there later, at an offset in ``max_offset..max_life``, so no single lucky keep-alive
connection carries a whole sync.

``on_upload`` is called (from a proxy thread) with the total number of client-to-server
bytes forwarded so far, after each forward: a test can kill the server at a byte offset
of the upload. ``cutting = False`` turns cuts off (the proxy then forwards faithfully).
"""

from __future__ import annotations

import contextlib
import random
import socket
import struct
import threading
from collections.abc import Callable
from dataclasses import dataclass

UP, DOWN = "up", "down"  # client -> server, server -> client


@dataclass(frozen=True)
class CutPlan:
    """Where one connection is cut: a byte offset per direction (None: never), and how."""

    up: int | None
    down: int | None
    reset: bool  # RST instead of an orderly FIN


class _Link:
    """One proxied connection: the client's socket, the server's, and the plan."""

    def __init__(self, proxy: TcpProxy, client: socket.socket, server: socket.socket) -> None:
        self.proxy, self.client, self.server = proxy, client, server
        self.plan = proxy.draw()
        self.lock = threading.Lock()
        self.cut_done = False

    def run(self) -> None:
        """Pump both directions until both end, then close both sockets."""
        upward = threading.Thread(target=self.pump, args=(UP,), daemon=True)
        upward.start()
        self.pump(DOWN)
        upward.join()
        for sock in (self.client, self.server):
            sock.close()
        self.proxy.forget(self)

    def pump(self, direction: str) -> None:
        """Forward one direction, cutting the connection at the plan's offset."""
        src, dst = (self.client, self.server) if direction == UP else (self.server, self.client)
        limit = self.plan.up if direction == UP else self.plan.down
        if not self.proxy.cutting:
            limit = None
        sent = 0
        try:
            while True:
                data = src.recv(65536)
                if not data:
                    dst.shutdown(socket.SHUT_WR)
                    return
                if limit is not None and sent + len(data) >= limit:
                    dst.sendall(data[: limit - sent])
                    self.cut()
                    return
                dst.sendall(data)
                sent += len(data)
                if direction == UP:
                    self.proxy.uploaded(len(data))
        except OSError:
            self.cut(count=False)

    def cut(self, *, count: bool = True) -> None:
        """End the connection in both directions (once)."""
        with self.lock:
            if self.cut_done:
                return
            self.cut_done = True
        if count:
            self.proxy.count_cut()
        for sock in (self.client, self.server):
            with contextlib.suppress(OSError):  # already gone
                if self.plan.reset:
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                sock.shutdown(socket.SHUT_RDWR)


class TcpProxy:
    """Forward 127.0.0.1:<port> to 127.0.0.1:``target_port``, cutting connections at random.

    Parameters
    ----------
    target_port
        The server's port.
    seed
        Seeds the plans, so a failure can be replayed.
    cut_share
        Probability that a connection is cut in a given direction.
    max_offset
        Cut offsets are drawn uniformly from 0..max_offset bytes.
    max_life
        If set, directions not cut early are cut at an offset in max_offset..max_life.
    on_upload
        Called with the running total of bytes sent to the server, after each forward.
    """

    def __init__(
        self,
        target_port: int,
        *,
        seed: int = 0,
        cut_share: float = 0.5,
        max_offset: int = 12_000,
        max_life: int | None = None,
        on_upload: Callable[[int], None] | None = None,
    ) -> None:
        self.target_port = target_port
        self.random = random.Random(seed)
        self.cut_share, self.max_offset, self.max_life = cut_share, max_offset, max_life
        self.on_upload = on_upload
        self.cutting = True
        self.connections = self.cuts = self.upload_bytes = 0
        self._lock = threading.Lock()
        self._links: set[_Link] = set()
        self._listener = socket.socket()
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(64)
        self.port = int(self._listener.getsockname()[1])
        self._thread = threading.Thread(target=self._accept, daemon=True)

    @property
    def url(self) -> str:
        """The proxy's base URL."""
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> TcpProxy:
        """Start accepting connections."""
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop accepting, and cut every open connection."""
        self.cutting = False
        with contextlib.suppress(OSError):
            self._listener.shutdown(socket.SHUT_RDWR)
        self._listener.close()
        self._thread.join(timeout=10)
        with self._lock:
            links = list(self._links)
        for link in links:
            link.cut(count=False)

    def __enter__(self) -> TcpProxy:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- called by links ------------------------------------------------------------------

    def draw(self) -> CutPlan:
        """The next connection's plan."""
        with self._lock:
            self.connections += 1
            return CutPlan(self._offset(), self._offset(), reset=self.random.random() < 0.5)

    def _offset(self) -> int | None:
        r = self.random
        if r.random() < self.cut_share:
            return r.randint(0, self.max_offset)
        return None if self.max_life is None else r.randint(self.max_offset, self.max_life)

    def count_cut(self) -> None:
        """Count a cut the plan made."""
        with self._lock:
            self.cuts += 1

    def uploaded(self, n: int) -> None:
        """Count bytes sent to the server; tell ``on_upload``."""
        with self._lock:
            self.upload_bytes += n
            total = self.upload_bytes
        if self.on_upload is not None:
            self.on_upload(total)

    def forget(self, link: _Link) -> None:
        """A link ended."""
        with self._lock:
            self._links.discard(link)

    # -- the accept loop --------------------------------------------------------------------

    def _accept(self) -> None:
        while True:
            try:
                client, _addr = self._listener.accept()
            except OSError:
                return  # stopped
            threading.Thread(target=self._open, args=(client,), daemon=True).start()

    def _open(self, client: socket.socket) -> None:
        try:
            server = socket.create_connection(("127.0.0.1", self.target_port), timeout=10)
        except OSError:
            client.close()  # the server is down: the client sees the connection close
            return
        server.settimeout(60)
        client.settimeout(60)
        link = _Link(self, client, server)
        with self._lock:
            self._links.add(link)
        link.run()
