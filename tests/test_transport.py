"""The bot's HTTP client (PTB's `BaseRequest` over aiohttp), through a real `telegram.Bot`
against the Bot API stand-in (conftest's `api`): what PTB sends arrives, answers and Bot API
errors come back as PTB's types, and timeouts and unreachable servers become `TimedOut` and
`NetworkError` without the token in them."""

from __future__ import annotations

import asyncio
import socket
import time
import traceback
from datetime import timedelta

import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import Forbidden, NetworkError, RetryAfter, TimedOut

from hetao_brief.telegram.transport import AiohttpRequest

from .support.botapi import BotApiStandIn, Fault

TOKEN = "123456:SECRET-transport-token"
CHAT = 4242


def bot_for(base_url: str, base_file_url: str = "", **request: float | None) -> Bot:
    return Bot(
        TOKEN,
        base_url=base_url,
        base_file_url=base_file_url or base_url.replace("/bot", "/file/bot"),
        request=AiohttpRequest(**request),  # type: ignore[arg-type]
        get_updates_request=AiohttpRequest(pool_size=1),
    )


def shows_token(error: BaseException) -> bool:
    return TOKEN in "".join(traceback.format_exception(error))


async def test_a_message_goes_out_with_its_fields_and_comes_back_as_a_message(api: BotApiStandIn) -> None:
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("更多", callback_data="q:3:河套")]])
    async with bot_for(api.base_url) as bot:
        message = await bot.send_message(CHAT, "<b>河套</b> 3.89平方公里", parse_mode="HTML", reply_markup=markup)
    call = api.sent("sendMessage", chat_id=CHAT)[-1]
    assert call.params["text"] == "<b>河套</b> 3.89平方公里"
    assert call.params["parse_mode"] == "HTML"
    assert call.params["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == "q:3:河套"
    assert (message.chat.id, message.text) == (CHAT, "<b>河套</b> 3.89平方公里")


async def test_a_photo_goes_as_a_multipart_file_and_a_document_comes_back_whole(api: BotApiStandIn) -> None:
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40
    api.files["docs/article.txt"] = "河套深港科技创新合作区".encode() * 100
    async with bot_for(api.base_url) as bot:
        await bot.send_photo(CHAT, png, caption="时间线")
        file = await bot.get_file("docs/article.txt")
        content = await file.download_as_bytearray()
    call = api.sent("sendPhoto", chat_id=CHAT)[-1]
    assert call.files["photo"] == png
    assert call.params["caption"] == "时间线"
    assert bytes(content) == api.files["docs/article.txt"]


async def test_bot_api_errors_come_back_as_ptbs_errors(api: BotApiStandIn) -> None:
    api.faults += [
        Fault("sendMessage", 429, "Too Many Requests: retry after 3", retry_after=3, chat_id=1),
        Fault("sendMessage", 403, "Forbidden: bot was blocked by the user", chat_id=2),
    ]
    async with bot_for(api.base_url) as bot:
        with pytest.raises(RetryAfter) as flooded:
            await bot.send_message(1, "x")
        with pytest.raises(Forbidden):
            await bot.send_message(2, "x")
    assert flooded.value.retry_after == timedelta(seconds=3)


async def test_a_stalled_answer_times_out_after_the_read_timeout(api: BotApiStandIn) -> None:
    api.faults.append(Fault("sendMessage", 0, retry_after=5, chat_id=CHAT))
    async with bot_for(api.base_url, read_timeout=0.3) as bot:
        started = time.monotonic()
        with pytest.raises(TimedOut) as stalled:
            await bot.send_message(CHAT, "x")
        waited = time.monotonic() - started
        await bot.send_message(CHAT + 1, "the pool still works")
    assert 0.3 <= waited < 3
    assert not shows_token(stalled.value)
    assert api.sent("sendMessage", chat_id=CHAT + 1)


async def test_a_send_waits_for_a_free_connection_no_longer_than_the_pool_timeout(api: BotApiStandIn) -> None:
    """With every connection taken, the request is refused before it is sent. aiohttp bounds
    the wait for a connection and its opening together: pool + connect timeout."""
    api.faults.append(Fault("sendMessage", 0, retry_after=3, chat_id=CHAT))
    async with bot_for(api.base_url, pool_size=1, read_timeout=10, pool_timeout=0.2, connect_timeout=0.2) as bot:
        holding = asyncio.create_task(bot.send_message(CHAT, "takes the only connection"))
        await api.wait_for("sendMessage!", chat_id=CHAT)
        started = time.monotonic()
        with pytest.raises(TimedOut):
            await bot.send_message(CHAT + 1, "waits for it")
        waited = time.monotonic() - started
        holding.cancel()
    assert waited < 2
    assert not [c for c in api.calls if c.params.get("chat_id") == CHAT + 1]


async def test_an_unreachable_server_is_a_network_error_without_the_token() -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(NetworkError) as refused:
        async with bot_for(f"http://127.0.0.1:{port}/bot") as bot:
            await bot.send_message(CHAT, "x")
    assert not isinstance(refused.value, TimedOut)
    assert "aiohttp.ClientConnectorError" in refused.value.message
    assert not shows_token(refused.value)


async def test_a_malformed_address_names_the_url_without_the_token() -> None:
    with pytest.raises(NetworkError) as malformed:
        async with bot_for("http:///bot"):
            pass
    assert "http:///bot<token>/getMe" in malformed.value.message  # the first call: Bot.initialize
    assert not shows_token(malformed.value)


async def test_requests_need_initialize_and_can_be_restarted(api: BotApiStandIn) -> None:
    request = AiohttpRequest()
    with pytest.raises(NetworkError, match="not initialized"):
        await request.retrieve(api.base_file_url + TOKEN + "/x")
    for _ in range(2):
        async with request:
            api.files["x"] = b"ok"
            assert await request.retrieve(api.base_file_url + TOKEN + "/x") == b"ok"


async def test_the_environments_proxy_is_used_unless_no_proxy_names_the_server(
    api: BotApiStandIn, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The stand-in serves as the proxy: a request for a server that does not exist arrives
    there only if it went through the proxy."""
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{api.port}")
    monkeypatch.setenv("NO_PROXY", "")
    async with bot_for("http://api.telegram.invalid/bot") as bot:
        await bot.send_message(CHAT, "through the proxy")
    assert api.sent("sendMessage", chat_id=CHAT)
    monkeypatch.setenv("NO_PROXY", "api.telegram.invalid")
    with pytest.raises(NetworkError):
        async with bot_for("http://api.telegram.invalid/bot"):
            pass
