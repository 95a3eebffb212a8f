"""GET a URL given by an admin or a feed, as an attack surface: a link can point at the bot's
own network. Every URL (the first and each redirect's) must be http(s) and resolve only to
public addresses, unless private ones are allowed (tests, an intranet deployment); bodies are
capped in size and time; at most 5 redirects; the content type must be one we read.
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

MAX_BYTES = 5 * 1024 * 1024
MAX_REDIRECTS = 5
TIMEOUT = httpx.Timeout(15.0, connect=5.0)
USER_AGENT = "HetaoBrief/1.0 (+news briefing bot)"


class FetchError(Exception):
    """Why a URL could not be read, in one line fit to show an admin."""


@dataclass(frozen=True)
class Fetched:
    url: str
    """Where the content came from, after redirects."""
    status: int
    """200, or 304 when a conditional GET found nothing new (then `body` is empty)."""
    body: bytes
    content_type: str
    charset: str | None
    etag: str | None = None
    modified: str | None = None


def _refused_address(address: str) -> bool:
    ip = ipaddress.ip_address(address)
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return not ip.is_global or ip.is_multicast


class Fetcher:
    def __init__(
        self,
        allow_private: bool = False,
        proxy: str | None = None,
        max_bytes: int = MAX_BYTES,
        timeout: httpx.Timeout = TIMEOUT,
    ) -> None:
        self.allow_private = allow_private
        self.max_bytes = max_bytes
        self._client = httpx.Client(
            timeout=timeout, follow_redirects=False, proxy=proxy, headers={"User-Agent": USER_AGENT}
        )

    def close(self) -> None:
        self._client.close()

    def check(self, url: str) -> None:
        """Raise FetchError unless the URL is http(s) to a host that resolves only to public
        addresses (loopback, private, link-local and cloud metadata addresses are refused)."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchError(f"only http(s) links can be read, not {url[:80]!r}")
        if self.allow_private:
            return
        try:
            infos = socket.getaddrinfo(parts.hostname, parts.port or 443, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError) as error:
            raise FetchError(f"{parts.hostname} cannot be resolved ({error})") from None
        if any(_refused_address(str(info[4][0])) for info in infos):
            raise FetchError(f"{parts.hostname} is a private or local address; links must be public")

    def get(self, url: str, accept: tuple[str, ...], etag: str | None = None, modified: str | None = None) -> Fetched:
        """GET with the caps above; `accept` lists content types (prefixes) we read."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if modified:
            headers["If-Modified-Since"] = modified
        for _ in range(MAX_REDIRECTS + 1):
            self.check(url)
            try:
                with self._client.stream("GET", url, headers=headers) as response:
                    if response.status_code in (301, 302, 303, 307, 308) and "location" in response.headers:
                        location = response.headers.get("location", "")
                        url = urljoin(url, location)
                        continue
                    return self._read(url, response, accept)
            except httpx.TimeoutException:
                raise FetchError(f"{urlsplit(url).hostname} did not answer in time") from None
            except httpx.HTTPError as error:
                raise FetchError(f"{urlsplit(url).hostname} could not be reached ({type(error).__name__})") from None
        raise FetchError(f"more than {MAX_REDIRECTS} redirects")

    def _read(self, url: str, response: httpx.Response, accept: tuple[str, ...]) -> Fetched:
        etag, modified = response.headers.get("etag"), response.headers.get("last-modified")
        if response.status_code == 304:
            return Fetched(url, 304, b"", "", None, etag, modified)
        if response.status_code != 200:
            raise FetchError(f"the server answered {response.status_code} for {url[:120]}")
        content_type, _, params = response.headers.get("content-type", "").partition(";")
        content_type = content_type.strip().lower()
        if not content_type.startswith(accept):
            raise FetchError(f"{url[:120]} is {content_type or 'of no stated type'}, not {' or '.join(accept)}")
        declared = response.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > self.max_bytes:
            raise FetchError(f"the page is larger than {self.max_bytes // (1024 * 1024)} MB")
        body = bytearray()
        for chunk in response.iter_bytes():
            body += chunk
            if len(body) > self.max_bytes:  # the size as received, whatever was declared
                raise FetchError(f"the page is larger than {self.max_bytes // (1024 * 1024)} MB")
        charset = next(
            (p.split("=", 1)[1].strip().strip("\"'") for p in params.split(";") if p.strip().startswith("charset=")),
            None,
        )
        return Fetched(url, 200, bytes(body), content_type, charset, etag, modified)


__all__ = ["MAX_BYTES", "FetchError", "Fetched", "Fetcher"]
