"""The conversation layer on its own: no network, a real SQLite file, the real corpus."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hetao_brief.app import App
from hetao_brief.conversation.admin import caption_front_matter, safe_file_name
from hetao_brief.conversation.conversation import FloodGate, locale_from_language_code
from hetao_brief.conversation.events import ButtonIn, InlineIn, InlineOut, Sender, TextIn, TextOut, Toast
from hetao_brief.facts import Article
from hetao_brief.rendering.split import utf16_len
from hetao_brief.services.readers import Subscribed, SubscribeOutcome

from .support.harness import ADMIN, conversation_app
from .support.markup import well_formed

ALICE = Sender(1, 1, "zh-hant")


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[App]:
    built = conversation_app(tmp_path_factory.mktemp("conversation"))
    yield built
    built.database.dispose()


def subscribed_id(outcome: SubscribeOutcome) -> int:
    assert isinstance(outcome, Subscribed)
    return outcome.subscription.id


def texts(replies: Sequence[object]) -> list[str]:
    return [r.html for r in replies if isinstance(r, TextOut)]


def test_locale_follows_the_client_language() -> None:
    assert [locale_from_language_code(c) for c in ("zh-hans", "zh-TW", "zh-hk", "zh", "en", "de", None)] == [
        "zh-Hans",
        "zh-Hant",
        "zh-Hant",
        "zh-Hans",
        "en",
        "en",
        "zh-Hans",
    ]


def test_commands_answer_in_the_client_language(app: App) -> None:
    (reply,) = texts(app.conversation.handle(TextIn(ALICE, "/help")))
    assert "河套簡報" in reply and "/subscribe" in reply


@pytest.mark.parametrize(
    "data",
    [
        *("s:x:999", "s:p:abc", "q:abc:科汇通", "q:99999:x", "q:3:#nope", "l:evil:0", "l:latest:-1", "zzz", "", "g:xx"),
        # found by Hypothesis: '¹'.isdigit() is True but int('¹') fails; ids beyond PostgreSQL's integer
        *("q:¹:科汇通", "l:latest:٣", "s:p:99999999999", "s:x:²", "a:n:¹"),
    ],
)
def test_forged_or_stale_buttons_get_a_polite_answer(app: App, data: str) -> None:
    replies = app.conversation.handle(ButtonIn(Sender(ADMIN, ADMIN, "en"), data))
    assert replies and all(isinstance(r, Toast | TextOut) for r in replies)
    internal = app.renderer.say("en", "errors.internal")
    assert all(internal not in (r.text if isinstance(r, Toast) else r.html) for r in replies)  # type: ignore[union-attr]


def test_admin_paths_are_checked_for_buttons_too(app: App, caplog: pytest.LogCaptureFixture) -> None:
    (toast,) = app.conversation.handle(ButtonIn(ALICE, "a:n:1"))
    assert isinstance(toast, Toast) and toast.alert
    assert "refused admin button" in caplog.text and "user 1 " in caplog.text
    admin = app.conversation.handle(ButtonIn(Sender(ADMIN, ADMIN), "a:n:1"))
    assert any(type(r).__name__ == "AnnounceOut" for r in admin)


def test_groups_ignore_plain_text_and_other_bots_commands(app: App, monkeypatch: pytest.MonkeyPatch) -> None:
    group = Sender(5, -100, "zh-hans", is_private=False)
    assert app.conversation.handle(TextIn(group, "科汇通")) == []
    monkeypatch.setattr(app.conversation, "bot_username", "hetao_bot")  # undone after the test
    assert app.conversation.handle(TextIn(group, "/latest@other_bot")) == []
    assert texts(app.conversation.handle(TextIn(group, "/ask@hetao_bot 科汇通")))


def test_flood_gate_warns_once_then_drops_and_spares_others() -> None:
    gate = FloodGate(rate=1.0, burst=3)
    assert [gate.check(1, now=0.0) for _ in range(5)] == ["ok", "ok", "ok", "warn", "drop"]
    assert gate.check(2, now=0.0) == "ok"
    assert gate.check(1, now=2.0) == "ok"


def test_upload_names_and_captions() -> None:
    assert safe_file_name("../../etc/passwd.md") == "passwd.md"
    assert safe_file_name("..\\..\\x y.TXT") == "x_y.txt"
    assert safe_file_name(".hidden.md") == "hidden.md"
    assert (
        caption_front_matter("title: 新文章\npublished: 2026-11-01")
        == "---\ntitle: 新文章\npublished: 2026-11-01\n---\n"
    )
    assert "published: 2026-11" in caption_front_matter("新文章 | 2026-11")
    assert caption_front_matter("just a note") == ""


def test_inline_queries_never_fail(app: App) -> None:
    for query in ("", "科匯通", "x" * 600, "\u202e\u200b"):
        (out,) = app.conversation.handle(InlineIn(7, query))
        assert isinstance(out, InlineOut)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.one_of(
        st.text(max_size=300),
        st.text(alphabet="<>&\"'/*_`[]()~|#+-=.!科汇通河套", max_size=200),
        st.builds(
            lambda c, a: f"/{c} {a}",
            st.sampled_from(["ask", "subscribe", "tz", "lang", "timeline", "x"]),
            st.text(max_size=80),
        ),
    )
)
def test_any_message_gets_a_well_formed_reply(app: App, text: str) -> None:
    for reply in app.conversation.handle(TextIn(Sender(3, 3, "en"), text)):
        if isinstance(reply, TextOut):
            assert utf16_len(reply.html) <= 4096 and well_formed(reply.html)


def test_app_module_imports_no_telegram() -> None:
    import subprocess
    import sys

    code = "import sys, hetao_brief.app, hetao_brief.terminal; sys.exit('telegram' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_uploads_are_refused_before_download_unless_an_admin_sends_a_small_txt_or_md(app: App) -> None:
    from hetao_brief.conversation.admin import MAX_UPLOAD_BYTES
    from hetao_brief.conversation.events import UploadIn

    admin, user = Sender(ADMIN, ADMIN, "en"), Sender(3, 3, "en")
    assert app.conversation.upload_rejection(UploadIn(admin, "new.md", 2_000)) is None
    assert app.conversation.upload_rejection(UploadIn(admin, "new.txt", MAX_UPLOAD_BYTES)) is None
    for refused in (
        UploadIn(admin, "new.md", MAX_UPLOAD_BYTES + 1),
        UploadIn(admin, "new.pdf", 2_000),
        UploadIn(admin, "new.md.exe", 2_000),
        UploadIn(user, "new.md", 2_000),
    ):
        assert texts(app.conversation.upload_rejection(refused) or []), refused


def test_start_brings_back_subscriptions_paused_because_the_chat_refused_messages(app: App) -> None:
    from hetao_brief.conversation.events import MemberIn

    chat, readers = Sender(77, 77, "en"), app.conversation.services.readers
    kept = subscribed_id(readers.subscribe(77, "daily", "09:00", None, "en", datetime(2026, 11, 20, tzinfo=UTC)))
    mine = subscribed_id(readers.subscribe(77, "weekly", "09:00", None, "en", datetime(2026, 11, 20, tzinfo=UTC)))
    readers.set_active(77, mine, False)  # paused by the user: stays paused
    app.conversation.chat_changed(MemberIn(77, accepts=False))
    app.conversation.handle(TextIn(chat, "/start"))
    assert {s.id: s.active for s in readers.subscriptions(77)} == {kept: True, mine: False}


def test_without_the_chats_settings_answers_still_come_in_the_clients_language(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """The facts are in memory: a database that cannot be read costs the chat its /lang
    choice, not its answers, and never an internal error."""
    app = conversation_app(tmp_path)
    with app.database.engine.begin() as connection:
        connection.exec_driver_sql("ALTER TABLE chats RENAME TO chats_away")
    try:
        answer = texts(app.conversation.handle(TextIn(ALICE, "河套合作區面積")))[0]
        (help_text,) = texts(app.conversation.handle(TextIn(ALICE, "/help")))
    finally:
        app.database.dispose()
    assert "3.89平方公里" in answer
    assert "河套簡報" in help_text  # ALICE's client is zh-hant
    assert "could not read chat 1's settings" in caplog.text


def test_an_internal_error_gets_an_apology_with_a_reference_found_in_the_log(
    app: App, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("the index is gone")

    monkeypatch.setattr(app.briefing, "ask", broken)
    (reply,) = app.conversation.handle(TextIn(Sender(7, 7, "en"), "科汇通"))
    assert isinstance(reply, TextOut) and app.renderer.say("en", "errors.internal") in reply.html
    reference = reply.html.rsplit("Error reference: ", 1)[1].rstrip(")")
    assert len(reference) == 8 and f"[error {reference}]" in caplog.text and "the index is gone" in caplog.text


def test_a_query_that_reads_the_same_in_both_scripts_follows_the_chats_language(app: App) -> None:
    chat = Sender(8, 8, "zh-hans")
    app.conversation.handle(TextIn(chat, "/lang zh-Hant"))
    (reply, *_) = app.conversation.handle(TextIn(chat, "河套"))
    assert isinstance(reply, TextOut) and "關於" in reply.html  # the header and the facts in 繁體
    (simplified, *_) = app.conversation.handle(TextIn(chat, "科汇通"))  # 简体 asked: 简体 answered
    assert isinstance(simplified, TextOut) and "关于" in simplified.html


def test_a_question_with_no_answer_offers_questions_that_have_one(app: App) -> None:
    for sender, text in ((Sender(9, 9, "zh-hans"), "今天天气怎么样"), (Sender(9, 9, "en"), "weather tomorrow")):
        (reply,) = app.conversation.handle(TextIn(sender, text))
        assert isinstance(reply, TextOut)
        examples = [b.data.removeprefix("d:") for row in reply.buttons for b in row]
        assert examples, reply.html
        for example in examples:  # every example offered does find something
            assert app.briefing.ask(example).results, example
        assert "Did you mean" not in reply.html  # no letters-only lookalikes (weather ~ water quality)


def test_latest_leads_with_the_milestones_label_and_quotes_the_article(tmp_path: Path) -> None:
    """A list read days later: 次日起 in the sentence says nothing, the label with its date does."""
    app = conversation_app(tmp_path)
    body = (
        "11月21日下午，河套深圳园区一处在建工地发生吊臂折断事故，未造成人员伤亡。"
        "事发后，园区管理部门立即责令该工地停工，并于次日起在园区内开展为期两周的起重设备专项检查。"
    )
    app.briefing.add_article(Article("crane", "工地吊臂折断", "2026-11-23", "zh-Hans", body, "测试报"), "test")
    try:
        (simplified, *_) = app.conversation.handle(TextIn(Sender(3, 3, "zh-hans"), "/latest"))
        (traditional, *_) = app.conversation.handle(TextIn(Sender(4, 4, "zh-hant"), "/latest"))
    finally:
        app.database.dispose()
    assert isinstance(simplified, TextOut) and isinstance(traditional, TextOut)
    assert (
        "2026-11-22</i> · 园区管理部门在园区内开展为期两周的起重设备专项检查\n原文：事发后，园区管理部门立即责令"
        in simplified.html
    )
    assert "園區管理部門在園區內開展為期兩週的起重設備專項檢查\n原文：事發後" in traditional.html
    # a label the sentence holds as written is not told twice
    assert "· 11月21日下午，河套深圳园区一处在建工地发生吊臂折断事故" in simplified.html
    assert "原文：11月21日" not in simplified.html


def test_latest_quotes_a_sentence_that_tells_time_from_its_own_day(tmp_path: Path) -> None:
    """今天上午，X举行 holds its label as written, but 今天 in a list read days later is wrong: the
    label leads, the sentence is quoted."""
    app = conversation_app(tmp_path)
    body = "今天上午，澄湾园区第四季度重点项目集中签约活动在会展中心举行。"
    app.briefing.add_article(Article("signing", "项目签约", "2026-12-05", "zh-Hans", body, "测试报"), "test")
    try:
        (listed, *_) = app.conversation.handle(TextIn(Sender(3, 3, "zh-hans"), "/latest"))
    finally:
        app.database.dispose()
    assert isinstance(listed, TextOut)
    assert "2026-12-05</i> · 澄湾园区第四季度重点项目集中签约活动在会展中心举行\n原文：今天上午，" in listed.html


def test_latest_quotes_a_sentence_that_says_just_now_or_last_week(tmp_path: Path) -> None:
    """刚刚，X首飞成功 and X上星期再次扩容 hold their labels as written, but 刚刚 and 上星期 are of the
    article's own day: the label leads and the sentence is quoted."""
    app = conversation_app(tmp_path)
    body = "刚刚，澄航无人机配送试点航线在澄湾园区首飞成功！澄湾数据白名单上星期再次扩容。"
    app.briefing.add_article(Article("flight", "首飞", "2026-12-07", "zh-Hans", body, "测试报"), "test")
    try:
        (listed, *_) = app.conversation.handle(TextIn(Sender(3, 3, "zh-hans"), "/latest"))
    finally:
        app.database.dispose()
    assert isinstance(listed, TextOut)
    assert "· 澄航无人机配送试点航线在澄湾园区首飞成功\n原文：刚刚，" in listed.html
    assert "· 澄湾数据白名单再次扩容\n原文：澄湾数据白名单上星期" in listed.html
