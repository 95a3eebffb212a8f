"""The bot's HTTP client: PTB's request interface (`BaseRequest`) over aiohttp.

PTB's default client, httpx over httpcore, was the bot's largest cost under load: about 40%
of its CPU went to the send path (py-spy, bench/RESULTS.md). Whenever a request starts or
ends, httpcore re-checks every idle pooled connection for expiry (a `getpeername` and a poll
each), so one send costs more the more connections the bot keeps open; with 16 updates
handled at once that is 16 connections. aiohttp hands out a pooled connection in constant
time and parses HTTP in C.

PTB documents `BaseRequest` as the place for another HTTP library. Only the transport
changes: `BaseRequest.post` still parses the Bot API's JSON and turns its errors into
`RetryAfter`, `Forbidden` and the rest. What this class must keep is the meaning of PTB's
four timeouts and of its two network errors: `TimedOut` for a timeout, `NetworkError` for
anything else that kept an answer from arriving, neither carrying the token from the URL.
"""

from __future__ import annotations

import asyncio
import re
from urllib.parse import urlsplit
from urllib.request import getproxies, proxy_bypass

import aiohttp
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

_UNSET = type(BaseRequest.DEFAULT_NONE)
"""The class of PTB's "not given" marker, reached through `BaseRequest`'s public attribute
(its own module is private): a timeout of this class means "use this client's default"."""
_TOKEN_IN_PATH = re.compile(r"/(file/)?bot[^/\s'\"]+")


class AiohttpRequest(BaseRequest):
    """One connection pool; its defaults are those of PTB's `ApplicationBuilder`.

    aiohttp has no write timeout of its own, so the four timeouts together bound the whole
    request: a send whose body stalls fails after connect + write + read at most, as a
    stalled read does after `read_timeout` without data."""

    def __init__(
        self,
        pool_size: int = 256,
        connect_timeout: float | None = 5.0,
        read_timeout: float | None = 5.0,
        write_timeout: float | None = 5.0,
        pool_timeout: float | None = 1.0,
        media_write_timeout: float | None = 20.0,
    ) -> None:
        self._pool_size = pool_size
        self._timeouts = (connect_timeout, read_timeout, write_timeout, pool_timeout)
        self._media_write_timeout = media_write_timeout
        self._session: aiohttp.ClientSession | None = None
        self._proxies: dict[str, str | None] = {}
        self._aborted = False
        self._closing: asyncio.Future[None] | None = None

    @property
    def read_timeout(self) -> float | None:
        return self._timeouts[1]

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=self._pool_size))
            self._proxies.clear()

    async def shutdown(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()

    def abort(self) -> None:
        """Fail what is in flight now (closing the session closes its connections) and every
        later request: the bot is stopping and the Bot API does not answer."""
        self._aborted = True
        if self._session is not None and not self._session.closed:
            self._closing = asyncio.ensure_future(self._session.close())

    def abandon(self) -> None:
        """After a start that failed: PTB shuts a client down only once its start succeeded,
        and the event loop is gone by now, so the session is marked closed (aiohttp's
        `detach`; it holds no open connection) instead of being warned about, as an
        "Unclosed client session", when it is collected."""
        if self._session is not None and not self._session.closed:
            self._session.detach()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: object = BaseRequest.DEFAULT_NONE,
        write_timeout: object = BaseRequest.DEFAULT_NONE,
        connect_timeout: object = BaseRequest.DEFAULT_NONE,
        pool_timeout: object = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        if self._aborted:
            raise NetworkError("not sent: the bot is stopping")
        if self._session is None or self._session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        files = request_data.multipart_data if request_data and request_data.contains_files else None
        default_connect, default_read, default_write, default_pool = self._timeouts
        connect = _given(connect_timeout, default_connect)
        read = _given(read_timeout, default_read)
        write = _given(write_timeout, self._media_write_timeout if files else default_write)
        pool = _given(pool_timeout, default_pool)
        timeout = aiohttp.ClientTimeout(
            total=_sum(connect, write, read, pool),
            connect=_sum(pool, connect),  # aiohttp counts the wait for a free connection here
            sock_connect=connect,
            sock_read=read,
        )
        body: aiohttp.FormData | dict[str, str] | None = None
        if request_data is not None:
            body = _form(request_data.json_parameters, files) if files else request_data.json_parameters
        try:
            async with self._session.request(
                method,
                url,
                data=body,
                timeout=timeout,
                headers={"User-Agent": self.USER_AGENT},
                proxy=self._proxy_for(url),
            ) as response:
                return response.status, await response.read()
        except TimeoutError as error:  # aiohttp's timeouts are TimeoutErrors too
            raise TimedOut(f"Timed out: {_redacted(error)}") from None
        except aiohttp.ClientError as error:
            raise NetworkError(f"aiohttp.{type(error).__name__}: {_redacted(error)}") from None

    def _proxy_for(self, url: str) -> str | None:
        """The environment's proxy for the URL's server (HTTP_PROXY, HTTPS_PROXY, NO_PROXY),
        as httpx honours them. Read once per server: aiohttp's own `trust_env` reads the
        environment and ~/.netrc again for every request, a tenth of the bot's CPU under load."""
        parts = urlsplit(url)
        server = f"{parts.scheme}://{parts.netloc}"
        if server not in self._proxies:
            bypass = parts.hostname is None or proxy_bypass(parts.hostname)
            self._proxies[server] = None if bypass else getproxies().get(parts.scheme)
        return self._proxies[server]


def _given(timeout: object, default: float | None) -> float | None:
    if isinstance(timeout, _UNSET):
        return default
    return None if timeout is None else float(timeout)  # type: ignore[arg-type]


def _sum(*timeouts: float | None) -> float | None:
    """None (no limit) if any part has no limit."""
    return None if any(t is None for t in timeouts) else sum(t for t in timeouts if t is not None)


def _form(fields: dict[str, str], files: dict[str, tuple]) -> aiohttp.FormData:  # type: ignore[type-arg]
    form = aiohttp.FormData(fields)
    for name, (filename, content, mimetype) in files.items():
        form.add_field(name, content, filename=filename or name, content_type=mimetype)
    return form


def _redacted(error: BaseException) -> str:
    """The error's message without a bot token: aiohttp names the URL in some of them."""
    return _TOKEN_IN_PATH.sub("/bot<token>", str(error)) or type(error).__name__
