"""A chat's own settings and digests: /subscribe, /subscriptions (with pause, resume and
remove buttons), /unsubscribe, /digest now, /lang and /tz."""

from __future__ import annotations

from hetao_brief.conversation import buttons
from hetao_brief.conversation.base import Handlers, Turn, parse_number
from hetao_brief.conversation.events import Button, CommandsOut, Reply, TextOut, Toast
from hetao_brief.readers import Subscription
from hetao_brief.rendering.locale import LOCALES, locale_for_topic
from hetao_brief.schedule import (
    ScheduleError,
    cadence_kind,
    next_slot,
    parse_subscribe,
    parse_timezone,
    resolve_timezone,
    weekday_of,
)
from hetao_brief.services.readers import AlreadySubscribed, TooManySubscriptions

LANGUAGE_NAMES = {
    "zh-hans": "zh-Hans",
    "zh-cn": "zh-Hans",
    "zh-sg": "zh-Hans",
    "简体": "zh-Hans",
    "简体中文": "zh-Hans",
    "zh-hant": "zh-Hant",
    "zh-tw": "zh-Hant",
    "zh-hk": "zh-Hant",
    "繁體": "zh-Hant",
    "繁體中文": "zh-Hant",
    "繁体": "zh-Hant",
    "en": "en",
    "english": "en",
}
LANGUAGE_LABELS = {"zh-Hans": "简体中文", "zh-Hant": "繁體中文", "en": "English"}
SAMPLE_LINES = 12
"""Lines of the digest shown when subscribing: the first section or two."""
COMMON_ZONES = ("Asia/Shanghai", "Asia/Hong_Kong", "Asia/Taipei", "Asia/Singapore", "Europe/London", "America/New_York")
"""The /tz picker's buttons; any other zone is typed (/tz Berlin)."""


class Subscriptions(Handlers):
    def _chat_zone(self, turn: Turn) -> str:
        return self.services.readers.timezone(turn.sender.chat_id)

    def _describe(self, turn: Turn, sub: Subscription, zone: str) -> str:
        kind = cadence_kind(sub.cadence)
        cadence = self.say(turn, f"subscribe.{kind}")
        if kind == "weekly" and weekday_of(sub.cadence):
            days = self.renderer.messages.template(turn.locale, "subscribe.weekdays")
            cadence = self.say(turn, "subscribe.weekly_on", day=days[weekday_of(sub.cadence)])  # type: ignore[index]
        topic = self.say(turn, "subscribe.topic", topic=sub.topic) if sub.topic else self.say(turn, "subscribe.all")
        state = "" if sub.active else self.say(turn, "subscribe.paused")
        return self.say(turn, "subscribe.item", id=sub.id, cadence=cadence, time=sub.at_time, zone=zone) + (
            f"{topic}{state}"
        )

    def subscribe(self, turn: Turn, args: list[str]) -> list[Reply]:
        try:
            request = parse_subscribe(args)
        except ScheduleError as error:
            return self.reply_key(turn, f"subscribe.{error.reason}", detail=error.detail) + self.reply_key(
                turn, "subscribe.usage"
            )
        zone = self._chat_zone(turn)
        outcome = self.services.readers.subscribe(
            turn.sender.chat_id, request.cadence, request.at_time, request.topic, turn.locale, turn.now
        )
        match outcome:
            case AlreadySubscribed(existing):
                return self.reply_key(turn, "subscribe.exists", id=existing.id)
            case TooManySubscriptions(limit):
                return self.reply_key(turn, "subscribe.too_many", limit=limit)
        sub = outcome.subscription
        upcoming = next_slot(sub.cadence, sub.at_time, parse_timezone(zone), turn.now)
        lines = [
            self.say(turn, "subscribe.done"),
            self._describe(turn, sub, zone),
            self.say(turn, "subscribe.next", at=upcoming.at.strftime("%Y-%m-%d %H:%M"), zone=zone),
            self.say(turn, f"subscribe.promise_{cadence_kind(sub.cadence)}"),
        ]
        if sample := self._sample(turn, sub.topic, zone):
            lines += ["", self.say(turn, "subscribe.sample"), sample, self.say(turn, "subscribe.sample_more")]
        return self.reply("\n".join(lines))

    def _sample(self, turn: Turn, topic: str | None, zone: str) -> str:
        """The top of the digest the new subscription will bring (its first whole sections, as
        today's facts stand): what a subscriber gets, without a second message."""
        digests = self.services.digests
        locale = locale_for_topic(topic, turn.locale)
        parts = digests.render(digests.compose(topic, None, parse_timezone(zone)), locale)
        if not parts:
            return ""
        sections = [s.strip() for s in parts[0].split("\n\n")[1:] if s.strip()]  # the title is said already
        shown: list[str] = []
        for section in sections:
            lines = section.splitlines()
            if shown and len(shown) + len(lines) + 1 > SAMPLE_LINES:
                break
            shown += ([""] if shown else []) + lines[: SAMPLE_LINES - len(shown)]
        return "\n".join(shown)

    def listing(self, turn: Turn, edit: bool = False) -> list[Reply]:
        subs = self.services.readers.subscriptions(turn.sender.chat_id)
        if not subs:
            return self.reply(self.say(turn, "subscribe.none"), edit=edit)
        zone = self._chat_zone(turn)
        lines = [self.say(turn, "subscribe.list_header")] + [self._describe(turn, s, zone) for s in subs]
        rows = tuple(
            (
                Button(
                    self.say(turn, "subscribe.pause" if s.active else "subscribe.resume", id=s.id),
                    buttons.pause(s.id) if s.active else buttons.resume(s.id),
                ),
                Button(self.say(turn, "subscribe.remove", id=s.id), buttons.remove(s.id)),
            )
            for s in subs
        )
        return self.reply("\n".join(lines), rows, edit)

    def button(self, turn: Turn, action: str, ident: str) -> list[Reply]:
        """Pause, resume or remove; the subscription must belong to the pressing chat."""
        readers, chat_id = self.services.readers, turn.sender.chat_id
        if action == "X" and ident == "all":  # confirmed: /unsubscribe all
            removed = readers.remove_all(chat_id)
            return [Toast(""), *self.reply(self.say(turn, "subscribe.removed_all", count=removed), edit=True)]
        if action == "k":
            return [Toast(""), *self.reply(self.say(turn, "subscribe.kept"), edit=True)]
        number = parse_number(ident)
        if action not in ("p", "r", "x") or number is None:
            return [Toast(self.say(turn, "errors.stale_button"))]
        done = readers.remove(chat_id, number) if action == "x" else readers.set_active(chat_id, number, action == "r")
        if not done:
            return [Toast(self.say(turn, "errors.stale_button"))]
        notice = {"p": "subscribe.paused_toast", "r": "subscribe.resumed_toast", "x": "subscribe.removed_toast"}[action]
        return [Toast(self.say(turn, notice, id=ident)), *self.listing(turn, edit=True)]

    def unsubscribe(self, turn: Turn, args: list[str]) -> list[Reply]:
        readers, chat_id = self.services.readers, turn.sender.chat_id
        target = args[0].lstrip("#").lower() if args else ""
        current = readers.subscriptions(chat_id)
        if not current:
            return self.reply_key(turn, "subscribe.none")
        if target == "all" or (not target and len(current) == 1):  # asks first: it cannot be undone
            choices = (
                (
                    Button(self.say(turn, "subscribe.confirm_yes"), buttons.REMOVE_ALL),
                    Button(self.say(turn, "subscribe.confirm_no"), buttons.KEEP_ALL),
                ),
            )
            return self.reply(self.say(turn, "subscribe.confirm_all", count=len(current)), choices)
        number = parse_number(target)
        if number is not None and readers.remove(chat_id, number):
            return self.reply_key(turn, "subscribe.removed", id=number)
        if target:
            return self.reply_key(turn, "subscribe.unknown_id", id=args[0][:20]) + self.listing(turn)
        return self.listing(turn)

    def digest_now(self, turn: Turn, args: str) -> list[Reply]:
        topic = args.strip()[:50] or None
        digests = self.services.digests
        sent = [s.last_sent_at for s in self.services.readers.subscriptions(turn.sender.chat_id) if s.last_sent_at]
        digest = digests.compose(topic, min(sent) if sent else None, parse_timezone(self._chat_zone(turn)))
        return [TextOut(part) for part in digests.render(digest, locale_for_topic(topic, turn.locale))]

    def language(self, turn: Turn, args: list[str]) -> list[Reply]:
        wanted = LANGUAGE_NAMES.get(args[0].lower()) if args else None
        if wanted is None:
            choices = tuple(Button(LANGUAGE_LABELS[code], buttons.language(code)) for code in LOCALES)
            return self.reply(self.say(turn, "lang.choose"), (choices,))
        return self.set_language(turn, wanted)

    def set_language(self, turn: Turn, locale: str, edit: bool = False) -> list[Reply]:
        if locale not in LOCALES:
            return [Toast(self.say(turn, "errors.stale_button"))]
        self.services.readers.set_language(turn.sender.chat_id, locale, turn.now)
        done = self.renderer.say(locale, "lang.done", language=LANGUAGE_LABELS[locale])
        return [*self.reply(done, edit=edit), CommandsOut(locale)]

    def settings(self, turn: Turn) -> list[Reply]:
        """/settings: the chat's language, time zone and subscriptions, each a button away."""
        chat_id = turn.sender.chat_id
        text = self.say(
            turn,
            "settings.text",
            language=LANGUAGE_LABELS.get(turn.locale, turn.locale),
            zone=self.services.readers.timezone(chat_id),
            count=len(self.services.readers.subscriptions(chat_id)),
        )
        rows = (
            (
                Button(self.say(turn, "settings.language"), buttons.command("lang")),
                Button(self.say(turn, "settings.timezone"), buttons.command("tz")),
            ),
            (
                Button(self.say(turn, "settings.subscriptions"), buttons.command("subscriptions")),
                Button(self.say(turn, "settings.subscribe"), buttons.command("subscribe", "daily 09:00")),
            ),
        )
        return self.reply(text, rows)

    def timezone(self, turn: Turn, args: list[str]) -> list[Reply]:
        if not args:  # the current zone, and a few to choose from
            zones = tuple(
                Button(zone.split("/")[-1].replace("_", " "), buttons.timezone(zone)) for zone in COMMON_ZONES
            )
            text = self.say(turn, "tz.current", zone=self._chat_zone(turn)) + "\n" + self.say(turn, "tz.choose")
            return self.reply(text, (zones[:3], zones[3:]))
        name = resolve_timezone(" ".join(args))
        if name is None:
            return self.reply_key(turn, "tz.bad", zone=" ".join(args)[:40])
        zone = parse_timezone(name)
        self.services.readers.set_timezone(turn.sender.chat_id, zone.key, turn.now)
        local = turn.now.astimezone(zone).strftime("%H:%M")
        return self.reply_key(turn, "tz.done", zone=zone.key, time=local)
