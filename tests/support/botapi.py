"""A Bot API stand-in on loopback: enough of api.telegram.org for the real PTB stack.

The bot under test gets `base_url=http://127.0.0.1:<port>/bot`; the test pushes updates
(texts, button presses, inline queries, documents), which the bot fetches through
`getUpdates`, and reads back every call the bot made (`sendMessage`, `editMessageText`,
`sendPhoto`, `answerInlineQuery`, ...). Faults can be scripted per method: a 429 with
`retry_after`, 403, 500, or a stall. With `limits` set it enforces Telegram's flood limits the
strict way, answering 429 to any send over them.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

BOT_ID = 7000001
BOT_USERNAME = "hetao_test_bot"


@dataclass
class Fault:
    """Answer the next `times` calls of `method` (to `chat_id`, if given) with an error:
    429 with `retry_after`, 403, 400, 500..., or code 0 for a stall of `retry_after` seconds.
    A failed call is recorded as ``method!``."""

    method: str
    code: int
    description: str = ""
    retry_after: int | None = None
    chat_id: int | None = None
    times: int = 1
    migrate_to_chat_id: int | None = None

    def matches(self, method: str, params: dict[str, Any]) -> bool:
        return (
            self.times > 0
            and method == self.method
            and (self.chat_id is None or int(params.get("chat_id") or 0) == self.chat_id)
        )


@dataclass(frozen=True)
class FloodLimits:
    """At most `overall` sends in any one second, and per chat one send per `chat_interval`
    seconds; a send over either gets ``429 retry_after=1`` and is recorded as ``method!``."""

    overall: int = 30
    chat_interval: float = 1.0


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    at: float
    files: dict[str, bytes] = field(default_factory=dict)


class BotApiStandIn:
    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.updates: list[dict[str, Any]] = []
        self.files: dict[str, bytes] = {}
        self.group_admins: set[tuple[int, int]] = set()
        """(chat, user) pairs getChatMember answers "administrator" for; others are members."""
        self.faults: list[Fault] = []
        self.delay: dict[str, float] = {}
        """Seconds to wait before answering a method: a slow server, or time to act mid-run."""
        self.handed_out: dict[int, float] = {}
        """When each update was first handed to the bot by `getUpdates` (for latency)."""
        self.limits: FloodLimits | None = None
        self.flood_refusals = 0
        self._recent_sends: deque[float] = deque()
        self._last_send_to: dict[int, float] = {}
        self._next_update = 1
        self._next_message = 100
        self._arrived = asyncio.Condition()
        self._runner: web.AppRunner | None = None
        self.port = 0

    # -- server --------------------------------------------------------------------------

    async def start(self) -> None:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_post("/bot{token}/{method}", self._api)
        app.router.add_get("/file/bot{token}/{path:.*}", self._file)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.05)  # do not wait out stalls
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/file/bot"

    async def _file(self, request: web.Request) -> web.Response:
        return web.Response(body=self.files.get(request.match_info["path"], b""))

    async def _api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        params, files = await _read_params(request)
        fault = next((f for f in self.faults if f.matches(method, params)), None)
        if fault is not None:
            fault.times -= 1
            async with self._arrived:
                self.calls.append(Call(f"{method}!", params, time.monotonic()))
                self._arrived.notify_all()
            if fault.code == 0:  # a stall: answer only after the client gave up
                await asyncio.sleep(fault.retry_after or 30)
            return error_response(fault.code, fault.description, fault.retry_after, fault.migrate_to_chat_id)
        if self._over_limits(method, params):
            self.flood_refusals += 1
            async with self._arrived:
                self.calls.append(Call(f"{method}!", params, time.monotonic()))
                self._arrived.notify_all()
            return error_response(429, "Too Many Requests: retry after 1", retry_after=1)
        if method == "getUpdates":
            return _ok(await self._get_updates(params))
        if self.delay.get(method):
            await asyncio.sleep(self.delay[method])
        async with self._arrived:
            self.calls.append(Call(method, params, time.monotonic(), files))
            self._arrived.notify_all()
        return _ok(self._result(method, params))

    def _over_limits(self, method: str, params: dict[str, Any]) -> bool:
        """Whether this send breaks the flood limits; if not, it counts towards them."""
        if self.limits is None or not method.startswith("send"):
            return False
        now = time.monotonic()
        while self._recent_sends and now - self._recent_sends[0] >= 1.0:
            self._recent_sends.popleft()
        chat_id = int(params.get("chat_id") or 0)
        last = self._last_send_to.get(chat_id)
        if len(self._recent_sends) >= self.limits.overall or (
            last is not None and now - last < self.limits.chat_interval
        ):
            return True
        self._recent_sends.append(now)
        self._last_send_to[chat_id] = now
        return False

    async def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        if offset:  # as Telegram does: an offset confirms every update before it
            self.updates = [u for u in self.updates if u["update_id"] >= offset]
        deadline = time.monotonic() + min(float(params.get("timeout") or 0), 1.0)
        allowed = params.get("allowed_updates")
        if isinstance(allowed, str):
            allowed = json.loads(allowed)
        while True:
            if allowed:  # as Telegram does: the kinds the bot did not ask for are dropped
                self.updates = [u for u in self.updates if (u.keys() - {"update_id"}) & set(allowed)]
            pending = [u for u in self.updates if u["update_id"] >= offset]
            if pending or time.monotonic() >= deadline:
                now = time.monotonic()
                for update in pending[:100]:
                    self.handed_out.setdefault(update["update_id"], now)
                return pending[:100]
            await asyncio.sleep(0.01)

    def _result(self, method: str, params: dict[str, Any]) -> Any:
        if method == "getMe":
            return {
                "id": BOT_ID,
                "is_bot": True,
                "first_name": "Hetao",
                "username": BOT_USERNAME,
                "can_join_groups": True,
                "can_read_all_group_messages": False,
                "supports_inline_queries": True,
            }
        if method in ("sendMessage", "sendPhoto", "editMessageText"):
            self._next_message += 1
            chat_id = int(params.get("chat_id") or 0)
            message = {
                "message_id": int(params.get("message_id") or self._next_message),
                "date": int(time.time()),
                "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "group"},
            }
            if "text" in params:
                message["text"] = params["text"]
            return message
        if method == "getChatMember":
            user_id = int(params["user_id"])
            status = "administrator" if (int(params["chat_id"]), user_id) in self.group_admins else "member"
            member: dict[str, Any] = {"status": status, "user": _user(user_id)}
            if status == "administrator":
                member.update(ADMIN_RIGHTS)
            return member
        if method == "getFile":
            file_id = params["file_id"]
            return {
                "file_id": file_id,
                "file_unique_id": file_id,
                "file_size": len(self.files.get(file_id, b"")),
                "file_path": file_id,
            }
        return True

    # -- what the test does --------------------------------------------------------------

    @property
    def next_update_id(self) -> int:
        return self._next_update

    def _push(self, update: dict[str, Any]) -> None:
        update["update_id"] = self._next_update
        self._next_update += 1
        self.updates.append(update)

    def push_text(self, user_id: int, text: str, chat_id: int | None = None, language_code: str = "zh-hans") -> None:
        chat_id = user_id if chat_id is None else chat_id
        self._next_message += 1
        message: dict[str, Any] = {
            "message_id": self._next_message,
            "date": int(time.time()),
            "text": text,
            "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "group"},
            "from": _user(user_id, language_code),
        }
        if text.startswith("/"):
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
        self._push({"message": message})

    def push_channel_post(self, channel_id: int, text: str) -> None:
        """A post in a channel: no sender but the channel itself (only its administrators post)."""
        self._next_message += 1
        chat = {"id": channel_id, "type": "channel", "title": "河套动态"}
        post: dict[str, Any] = {
            "message_id": self._next_message,
            "date": int(time.time()),
            "text": text,
            "chat": chat,
            "sender_chat": chat,
        }
        if text.startswith("/"):
            post["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
        self._push({"channel_post": post})

    def push_button(
        self, user_id: int, data: str, message_id: int = 1, chat_id: int | None = None, chat_type: str = "private"
    ) -> None:
        chat_id = user_id if chat_id is None else chat_id
        message: dict[str, Any] = {
            "message_id": message_id,
            "date": int(time.time()),
            "text": "…",
            "chat": {"id": chat_id, "type": chat_type},
        }
        if chat_type == "channel":  # the bot's own post in a channel is the channel's
            message["sender_chat"] = message["chat"]
        self._push(
            {
                "callback_query": {
                    "id": f"cb{self._next_update}",
                    "from": _user(user_id),
                    "chat_instance": "x",
                    "data": data,
                    "message": message,
                }
            }
        )

    def push_inline_button(self, user_id: int, data: str) -> None:
        """A button pressed on a message that was sent inline (it has no chat)."""
        self._push(
            {
                "callback_query": {
                    "id": f"cb{self._next_update}",
                    "from": _user(user_id),
                    "chat_instance": "x",
                    "inline_message_id": "im1",
                    "data": data,
                }
            }
        )

    def push_inline(self, user_id: int, query: str, offset: str = "") -> None:
        self._push(
            {"inline_query": {"id": f"iq{self._next_update}", "from": _user(user_id), "query": query, "offset": offset}}
        )

    def push_document(self, user_id: int, file_name: str, content: bytes, caption: str = "") -> None:
        file_id = f"doc{self._next_update}"
        self.files[file_id] = content
        self._next_message += 1
        message: dict[str, Any] = {
            "message_id": self._next_message,
            "date": int(time.time()),
            "chat": {"id": user_id, "type": "private"},
            "from": _user(user_id),
            "document": {
                "file_id": file_id,
                "file_unique_id": file_id,
                "file_name": file_name,
                "file_size": len(content),
            },
        }
        if caption:
            message["caption"] = caption
        self._push({"message": message})

    def push_member(
        self, chat_id: int, status: str, old_status: str = "member", chat_type: str = "", by: int | None = None
    ) -> None:
        """The bot's membership changed: "kicked" when a user blocks it, "member" when they come
        back, "administrator" when a channel's owner (`by`) makes it one."""
        chat_type = chat_type or ("private" if chat_id > 0 else "group")
        bot = {"id": BOT_ID, "is_bot": True, "first_name": "Hetao", "username": BOT_USERNAME}

        def member(status: str) -> dict[str, Any]:
            extra = {"until_date": 0} if status == "kicked" else ADMIN_RIGHTS if status == "administrator" else {}
            return {"user": bot, "status": status, **extra}

        self._push(
            {
                "my_chat_member": {
                    "chat": {"id": chat_id, "type": chat_type, "title": "河套动态"},
                    "from": _user(abs(chat_id) if by is None else by),
                    "date": int(time.time()),
                    "old_chat_member": member(old_status),
                    "new_chat_member": member(status),
                }
            }
        )

    def push_migration(self, old_chat_id: int, new_chat_id: int) -> None:
        """What Telegram sends in the old group when it becomes a supergroup."""
        self._next_message += 1
        message = {
            "message_id": self._next_message,
            "date": int(time.time()),
            "chat": {"id": old_chat_id, "type": "group", "title": "g"},
            "from": _user(1),
            "migrate_to_chat_id": new_chat_id,
        }
        self._push({"message": message})

    def sent(self, method: str, chat_id: int | None = None) -> list[Call]:
        return [
            c
            for c in self.calls
            if c.method == method and (chat_id is None or int(c.params.get("chat_id", 0)) == chat_id)
        ]

    async def wait_for(
        self, method: str, count: int = 1, chat_id: int | None = None, timeout: float = 15.0
    ) -> list[Call]:
        deadline = time.monotonic() + timeout
        async with self._arrived:
            while len(self.sent(method, chat_id)) < count:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    made = [c.method for c in self.calls]
                    raise AssertionError(f"waited for {count} {method} (chat {chat_id}); calls were {made}")
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._arrived.wait(), remaining)
        return self.sent(method, chat_id)


ADMIN_RIGHTS = {
    flag: False
    for flag in (
        "can_be_edited",
        "is_anonymous",
        "can_manage_chat",
        "can_delete_messages",
        "can_manage_video_chats",
        "can_restrict_members",
        "can_promote_members",
        "can_change_info",
        "can_invite_users",
        "can_post_stories",
        "can_edit_stories",
        "can_delete_stories",
    )
}
"""What an administrator's ChatMember must say, all False: the tests need only the status."""


def _user(user_id: int, language_code: str = "zh-hans") -> dict[str, Any]:
    return {"id": user_id, "is_bot": False, "first_name": f"user{user_id}", "language_code": language_code}


def _ok(result: Any) -> web.Response:
    return web.json_response({"ok": True, "result": result})


def error_response(
    code: int, description: str, retry_after: int | None = None, migrate_to_chat_id: int | None = None
) -> web.Response:
    body: dict[str, Any] = {"ok": False, "error_code": code, "description": description}
    if retry_after is not None:
        body["parameters"] = {"retry_after": retry_after}
    if migrate_to_chat_id is not None:
        body["parameters"] = {"migrate_to_chat_id": migrate_to_chat_id}
    return web.json_response(body, status=code)


async def _read_params(request: web.Request) -> tuple[dict[str, Any], dict[str, bytes]]:
    """PTB posts form fields whose values are JSON-encoded when not plain strings; files as
    multipart parts."""
    params: dict[str, Any] = {}
    files: dict[str, bytes] = {}
    if request.content_type == "application/json":
        return await request.json(), files
    if request.content_type.startswith("multipart/"):
        reader = await request.multipart()
        async for part in reader:
            if part.filename is not None:  # type: ignore[union-attr]
                files[part.name or ""] = bytes(await part.read())  # type: ignore[union-attr]
            else:
                params[part.name or ""] = _decode(await part.text())  # type: ignore[union-attr]
    else:
        for key, value in (await request.post()).items():
            params[key] = _decode(str(value))
    return params, files


def _decode(value: str) -> Any:
    try:
        return json.loads(value)
    except ValueError:
        return value
