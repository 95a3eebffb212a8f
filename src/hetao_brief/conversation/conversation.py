"""The conversation: what the bot answers to each event, decided without any transport.

`Conversation.handle` takes an event (text or command, button press, inline query, document)
and returns replies. It picks the locale, applies the per-user flood gate, checks admin
rights on every admin path (callback data and uploads can be forged as easily as commands),
and never lets an exception escape: a failure becomes a polite reply and a log line.
"""

from __future__ import annotations

import logging
import re
import threading
import time
import uuid

from hetao_brief.conversation import buttons
from hetao_brief.conversation.admin import Admin
from hetao_brief.conversation.base import Handlers, Services, Turn
from hetao_brief.conversation.browse import LISTS, Browse
from hetao_brief.conversation.events import (
    Button,
    ButtonIn,
    ChatEvent,
    Event,
    InlineIn,
    InlineOut,
    MemberIn,
    MigrateIn,
    Reply,
    Sender,
    TextIn,
    TextOut,
    Toast,
    UploadIn,
)
from hetao_brief.conversation.subscribe import Subscriptions
from hetao_brief.rendering.locale import LOCALES

log = logging.getLogger(__name__)
_COMMAND = re.compile(r"^/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]{1,64}))?(?:\s+(.*))?$", re.DOTALL)
_LINK = re.compile(r"^https?://\S+$", re.IGNORECASE)
WRITES = ("subscribe", "unsubscribe", "lang", "tz", "reload", "remove", "add", "feeds", "start")
"""Commands that store something: refused while the store cannot keep it (Database.problem)."""
GROUP_SETTINGS = buttons.SETTINGS_COMMANDS
"""Commands that change a chat's settings: in a group, for its administrators only."""
PRESSABLE = (
    *("latest", "policies", "figures", "timeline", "sources"),
    *("subscribe", "subscriptions", "lang", "tz", "settings"),
)
"""The commands a button may run (quick-start and settings menus)."""
ADMIN_COMMANDS = ("reload", "stats", "remove", "add", "feeds")


def locale_from_language_code(code: str | None) -> str:
    """Telegram's client language as one of our locales (Chinese without a region: 简体)."""
    code = (code or "").lower()
    if code.startswith("zh"):
        return "zh-Hant" if any(tag in code for tag in ("hant", "tw", "hk", "mo")) else "zh-Hans"
    return "en" if code else "zh-Hans"


class FloodGate:
    """A token bucket per user: `burst` messages at once, then `rate` per second. A user over
    the limit is told once, then ignored until the bucket refills, so one flooding user costs
    the others nothing."""

    def __init__(self, rate: float = 1.0, burst: int = 8) -> None:
        self.rate, self.burst = rate, burst
        self._buckets: dict[int, tuple[float, float, bool]] = {}
        self._lock = threading.Lock()

    def check(self, user_id: int, now: float | None = None) -> str:
        """'ok', 'warn' (first refusal) or 'drop'."""
        now = time.monotonic() if now is None else now
        with self._lock:
            tokens, last, warned = self._buckets.get(user_id, (float(self.burst), now, False))
            tokens = min(float(self.burst), tokens + (now - last) * self.rate)
            if tokens >= 1:
                self._buckets[user_id] = (tokens - 1, now, False)
                return "ok"
            self._buckets[user_id] = (tokens, now, True)
            if len(self._buckets) > 100_000:  # forget idle users rather than grow without bound
                self._buckets = {k: v for k, v in self._buckets.items() if now - v[1] < 60}
            return "drop" if warned else "warn"


class Conversation(Handlers):
    def __init__(self, services: Services, flood_gate: FloodGate | None = None, bot_username: str = "") -> None:
        super().__init__(services)
        self.browse = Browse(services)
        self.subscriptions = Subscriptions(services)
        self.admin = Admin(services)
        self.flood_gate = flood_gate or FloodGate()
        self.bot_username = bot_username
        self._commands = {
            "start": lambda t, a: self.start(t),
            "help": lambda t, a: self.help(t),
            "ask": lambda t, a: self.browse.ask(t, a) if a.strip() else self.reply_key(t, "answer.empty"),
            "about": lambda t, a: self.browse.about(t, a),
            "latest": lambda t, a: self.browse.listing(t, "latest", a),
            "policies": lambda t, a: self.browse.listing(t, "policies", a),
            "figures": lambda t, a: self.browse.listing(t, "figures", a),
            "timeline": lambda t, a: self.browse.timeline(t, a),
            "sources": lambda t, a: self.browse.sources(t),
            "subscribe": lambda t, a: self.subscriptions.subscribe(t, a.split()),
            "subscriptions": lambda t, a: self.subscriptions.listing(t),
            "unsubscribe": lambda t, a: self.subscriptions.unsubscribe(t, a.split()),
            "digest": lambda t, a: self.subscriptions.digest_now(t, a),
            "lang": lambda t, a: self.subscriptions.language(t, a.split()),
            "tz": lambda t, a: self.subscriptions.timezone(t, a.split()),
            "settings": lambda t, a: self.subscriptions.settings(t),
            "reload": lambda t, a: self.admin.reload(t),
            "stats": lambda t, a: self.admin.stats(t),
            "remove": lambda t, a: self.admin.remove(t, a.split()),
            "add": lambda t, a: self.admin.add_link(t, a.split()),
            "feeds": lambda t, a: self.admin.feeds(t, a.split()),
        }

    # -- entry points --------------------------------------------------------------------

    def handle(self, event: Event) -> list[Reply]:
        turn = self._turn(_sender_of(event))
        try:
            gate = self.flood_gate.check(turn.sender.user_id)
            if gate != "ok":
                return self._flooded(turn, event, gate)
            match event:
                case TextIn():
                    return self._text(turn, event.text)
                case ButtonIn():
                    return self._button(turn, event.data)
                case InlineIn():
                    return self.browse.inline(turn, event.query, event.offset)
                case UploadIn():
                    if not self._is_admin(turn, "upload"):
                        return self.reply_key(turn, "admin.refused")
                    return self.admin.upload(turn, event)
        except Exception:
            reference = uuid.uuid4().hex[:8]  # in the reply and the log line: a report finds its traceback
            log.exception(
                "could not answer %s from user %s [error %s]", type(event).__name__, turn.sender.user_id, reference
            )
            if isinstance(event, InlineIn):
                return [InlineOut(())]
            return self.reply(
                self.say(turn, "errors.internal") + "\n" + self.say(turn, "errors.reference", id=reference)
            )
        return []

    def upload_rejection(self, upload: UploadIn) -> list[Reply] | None:
        """Refuse an upload before the adapter downloads it: not an admin, wrong type, too big."""
        turn = self._turn(upload.sender)
        if not self._is_admin(turn, "upload"):
            return self.reply_key(turn, "admin.refused")
        return self.admin.upload_rejection(turn, upload)

    def chat_changed(self, event: ChatEvent) -> None:
        """Keep subscriptions with their chat: paused while it refuses messages, resumed when
        it takes them again, moved when a group becomes a supergroup. Nothing is deleted."""
        now, readers = self.services.clock(), self.services.readers
        match event:
            case MemberIn(chat_id, accepts=True):
                changed = readers.chat_accepts_messages(chat_id, now)
            case MemberIn(chat_id, accepts=False):
                changed = readers.chat_refuses_messages(chat_id)
            case MigrateIn(old_id, new_id):
                changed = readers.chat_moved(old_id, new_id, now)
        if changed:
            log.info("%s: %d subscription(s) updated", event, changed)

    # -- routing -------------------------------------------------------------------------

    def _text(self, turn: Turn, text: str) -> list[Reply]:
        text = text.strip()
        match = _COMMAND.match(text)
        if match is None:
            if text.startswith("/"):
                return self.reply_key(turn, "errors.unknown_command", command=text.split()[0][:40])
            if _LINK.match(text) and turn.sender.is_private and self._is_admin(turn, "link"):
                return self.admin.add_link(turn, [text])  # an admin sends a news link: add it
            return self.browse.ask(turn, text) if turn.sender.is_private else []
        name, addressee, args = match.group(1).lower(), match.group(2), match.group(3) or ""
        if addressee and self.bot_username and addressee.lower() != self.bot_username.lower():
            return []  # a command for another bot in a group
        handler = self._commands.get(name)
        if handler is None:
            return self.reply_key(turn, "errors.unknown_command", command=f"/{name}")
        if name in ADMIN_COMMANDS and not self._is_admin(turn, name):
            return self.reply_key(turn, "admin.refused")
        if name in GROUP_SETTINGS and not self._may_change_settings(turn, name):
            return self.reply_key(turn, "groups.admins_only")
        if name in WRITES and (problem := self.services.readers.store_problem()) is not None:
            return self._store_unavailable(turn, problem)
        if name == "start":
            self._touch(turn)
        return handler(turn, args)

    def _button(self, turn: Turn, data: str) -> list[Reply]:
        pressed = buttons.parse(data)
        if buttons.changes_settings(pressed) and not self._may_change_settings(turn, f"button {data[:40]!r}"):
            return [Toast(self.say(turn, "groups.admins_only"), alert=True)]
        if buttons.is_admin_only(pressed) and not self._is_admin(turn, f"button {data[:40]!r}"):
            return [Toast(self.say(turn, "admin.refused"), alert=True)]
        match pressed:
            case buttons.ResultsPage(offset, query):
                return self.browse.page(turn, offset, query)
            case buttons.Ask(text):
                return self.browse.ask(turn, text)
            case buttons.ListPage(name, offset, topic):
                return self.browse.list_page(turn, name, offset, topic)
            case buttons.SubscriptionAction(action, ident):
                return self.subscriptions.button(turn, action, ident)
            case buttons.Language(locale):
                return [Toast(""), *self.subscriptions.set_language(turn, locale, edit=True)]
            case buttons.Notify(reload_id):
                return self.admin.notify(turn, reload_id)
            case buttons.Command(name, arguments) if name in PRESSABLE:
                return [Toast(""), *self._text(turn, f"/{name} {arguments}".strip())]
            case buttons.TimeZone(zone):
                return [Toast(""), *self.subscriptions.timezone(turn, [zone])]
        return [Toast(self.say(turn, "errors.stale_button"))]

    # -- the simple commands -------------------------------------------------------------

    def start(self, turn: Turn) -> list[Reply]:
        """The greeting, with buttons for the first things to try: an example question, the
        latest milestones and policies, a daily digest, the settings."""
        examples = self.renderer.messages.template(turn.locale, "answer.examples")
        example = str(examples[0]) if isinstance(examples, list) and examples else ""
        rows = (
            *(((Button(f"🔎 {example}", buttons.ask(example)),),) if example else ()),
            (
                Button(self.say(turn, "start.buttons_latest"), buttons.command("latest")),
                Button(self.say(turn, "start.buttons_policies"), buttons.command("policies")),
            ),
            (
                Button(self.say(turn, "start.buttons_subscribe"), buttons.command("subscribe", "daily 09:00")),
                Button(self.say(turn, "start.buttons_settings"), buttons.command("settings")),
            ),
        )
        return self.reply(self.say(turn, "start.greeting") + "\n\n" + self.say(turn, "start.try"), rows)

    def help(self, turn: Turn) -> list[Reply]:
        return self.reply(self.say(turn, "help.text"))

    # -- helpers -------------------------------------------------------------------------

    def _turn(self, sender: Sender) -> Turn:
        return Turn(sender, self.services.clock(), lambda: self._locale(sender))

    def _locale(self, sender: Sender) -> str:
        """The chat's /lang choice, else its Telegram client's language. If the settings
        cannot be read, whatever the reason, the client's language: the facts are in memory,
        so the answer can still be given, and the internal-error reply needs a locale too, so
        this must not fail."""
        try:
            chat = self.services.readers.chat(sender.chat_id)
        except Exception as error:
            log.warning("could not read chat %s's settings: %s", sender.chat_id, type(error).__name__)
            chat = None
        if chat and chat.language in LOCALES:
            return chat.language
        return locale_from_language_code(sender.language_code)

    def _touch(self, turn: Turn) -> None:
        """/start: the chat takes messages (again)."""
        self.chat_changed(MemberIn(turn.sender.chat_id, accepts=True))

    def _is_admin(self, turn: Turn, what: str) -> bool:
        if turn.sender.user_id in self.services.admin_ids:
            return True
        log.warning("refused admin %s to user %s in chat %s", what, turn.sender.user_id, turn.sender.chat_id)
        return False

    def _store_unavailable(self, turn: Turn, problem: str) -> list[Reply]:
        """Never confirm what cannot be kept: an admin is told why, anyone else to come back."""
        log.error("refused a change: %s", problem)
        if turn.sender.user_id in self.services.admin_ids:
            return self.reply_key(turn, "errors.store_problem", problem=problem)
        return self.reply_key(turn, "errors.store_unavailable")

    def _may_change_settings(self, turn: Turn, what: str) -> bool:
        sender = turn.sender
        if sender.is_private or sender.may_change_settings:
            return True
        log.info("refused %s to non-administrator %s in group %s", what, sender.user_id, sender.chat_id)
        return False

    def _flooded(self, turn: Turn, event: Event, gate: str) -> list[Reply]:
        if isinstance(event, InlineIn):
            return [InlineOut(())]
        if isinstance(event, ButtonIn):
            return [Toast(self.say(turn, "errors.slow_down"))]
        return [TextOut(self.say(turn, "errors.slow_down"))] if gate == "warn" else []


def _sender_of(event: Event) -> Sender:
    if isinstance(event, InlineIn):
        return Sender(event.user_id, event.user_id, event.language_code)
    return event.sender


__all__ = ["LISTS", "Conversation", "FloodGate", "locale_from_language_code"]
