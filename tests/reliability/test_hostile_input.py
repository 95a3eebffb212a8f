"""Ten thousand generated messages through the conversation layer: any Unicode Telegram can
deliver, 4,096-character texts, HTML and Markdown metacharacters, commands with junk, unknown
commands, forged button data, inline queries; and one user flooding while another asks."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hetao_brief.app import App
from hetao_brief.conversation.conversation import FloodGate
from hetao_brief.conversation.events import ButtonIn, Event, InlineIn, InlineOut, Sender, TextIn, TextOut, Toast
from hetao_brief.rendering.locale import LOCALES
from hetao_brief.rendering.split import utf16_len

from ..support.harness import ADMIN, conversation_app
from ..support.markup import well_formed

pytestmark = pytest.mark.slow

CANARY = '<i data-canary="1">'
"""Markup a user slips in; it may come back only escaped."""
COMMANDS = [
    "ask",
    "subscribe",
    "unsubscribe",
    "subscriptions",
    "tz",
    "lang",
    "timeline",
    "digest",
    "latest",
    "policies",
    "figures",
    "sources",
    "help",
    "start",
    "reload",
    "stats",
    "nonsense",
    "ASK",
    "ask@other_bot",
]
TELEGRAM_TEXT = st.characters(exclude_categories=["Cs"])  # every code point but lone surrogates
ODD = [
    "\u202e",
    "\u200f",
    "\u200b",
    "\ufeff",
    "\u2066",
    "😀",
    "👩‍👩‍👧",
    "🇭🇰",
    "\U0001f9ea",
    "\x00",
    "\n",
    "&amp;",
    "&#0;",
]
META = "<>&\"'/*_`[]()~|#+-=.!\\"

pieces = st.sampled_from([*META, *ODD, "科", "匯", "河套", "面积", "<b>", "</a>", CANARY])
texts = st.one_of(
    st.text(TELEGRAM_TEXT, max_size=300),
    st.lists(pieces, max_size=80).map("".join),
    st.builds(  # up to Telegram's 4,096 characters
        lambda unit, n: (unit * n)[:4096],
        st.lists(pieces | st.sampled_from(["科汇通", "。", " "]), min_size=1, max_size=12).map("".join),
        st.integers(300, 4096),
    ),
    st.builds(lambda c, a: f"/{c} {a}", st.sampled_from(COMMANDS), st.text(TELEGRAM_TEXT, max_size=120)),
    st.sampled_from(
        ["/subscribe daily 25:00", "/subscribe weekly 9", "/subscribe hourly", "/tz Mars/Base", "/lang xx"]
    ),
)
button_data = st.one_of(
    st.text(TELEGRAM_TEXT, max_size=64),
    st.builds(
        lambda p, r: p + r,
        st.sampled_from(["q:", "d:", "l:", "s:p:", "s:r:", "s:x:", "g:", "a:n:", "q:-1:", "l:x:"]),
        st.text(TELEGRAM_TEXT, max_size=60),
    ),
)
senders = st.builds(
    Sender,
    user_id=st.sampled_from([3, 4, ADMIN]),
    chat_id=st.sampled_from([3, 4, -100]),
    language_code=st.sampled_from([None, "en", "zh-hans", "zh-hant", "de", "", "x" * 40]),
    is_private=st.booleans(),
)
events = st.one_of(
    st.builds(TextIn, senders, texts),
    st.builds(ButtonIn, senders, button_data),
    st.builds(
        InlineIn,
        st.sampled_from([3, 4]),
        st.text(TELEGRAM_TEXT, max_size=300),
        st.sampled_from(["", "3", "x", "-5", "999999"]),
    ),
)


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[App]:
    built = conversation_app(tmp_path_factory.mktemp("hostile"))
    yield built
    built.database.dispose()


HOSTILE_MESSAGES = 600
"""Generated messages per run: new ones on every local run, a fixed sequence in CI."""


def internal_errors(app: App) -> list[str]:
    return [app.renderer.say(locale, "errors.internal") for locale in LOCALES]


def test_thousands_of_generated_messages_get_sound_replies(app: App, measured: Callable[..., None]) -> None:
    tried = 0
    failure_texts = internal_errors(app)

    @settings(max_examples=HOSTILE_MESSAGES, deadline=None, suppress_health_check=list(HealthCheck))
    @given(events)
    def sound_reply(event: Event) -> None:
        nonlocal tried
        tried += 1
        for reply in app.conversation.handle(event):
            if isinstance(reply, TextOut):
                assert utf16_len(reply.html) <= 4096
                assert well_formed(reply.html), reply.html[:300]
                assert "<i data-canary" not in reply.html  # the user's markup comes back escaped, if at all
                assert not any(t in reply.html for t in failure_texts)  # handled, not caught as an internal error
                assert all(len(b.data.encode()) <= 64 for row in reply.buttons for b in row)
            elif isinstance(reply, Toast):
                assert len(reply.text) <= 200
            elif isinstance(reply, InlineOut):
                assert len(reply.items) <= 50

    sound_reply()
    measured(generated_messages=tried)
    assert tried >= HOSTILE_MESSAGES


def test_one_user_flooding_is_slowed_with_a_friendly_reply_and_others_are_not(
    app: App, measured: Callable[..., None], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app.conversation, "flood_gate", FloodGate())  # the production gate, for this test only
    flooder, other = Sender(501, 501, "zh-hans"), Sender(502, 502, "zh-hans")
    replies = [app.conversation.handle(TextIn(flooder, "科汇通")) for _ in range(60)]
    slow_down = app.renderer.say("zh-Hans", "errors.slow_down")
    answered = sum(1 for r in replies if any("科汇通" in t.html for t in r if isinstance(t, TextOut)))
    warned = sum(1 for r in replies if any(slow_down in t.html for t in r if isinstance(t, TextOut)))
    dropped = sum(1 for r in replies if not r)
    started = time.perf_counter()
    other_reply = app.conversation.handle(TextIn(other, "科汇通"))
    other_ms = (time.perf_counter() - started) * 1000
    measured(flood_messages=60, answered=answered, warned=warned, dropped=dropped, other_user_ms=f"{other_ms:.1f}")
    assert answered < 60 and warned == 1 and answered + warned + dropped == 60
    assert any("科汇通" in t.html for t in other_reply if isinstance(t, TextOut))
