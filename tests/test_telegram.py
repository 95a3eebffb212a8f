"""The bot end to end: python-telegram-bot's real HTTP stack against the Bot API stand-in,
a real SQLite file (and PostgreSQL where marked), the real corpus and a movable clock."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest

from hetao_brief.store.subscriptions import SubscriptionRepository

from .conftest import eventually
from .support.botapi import BotApiStandIn
from .support.harness import ADMIN, MONDAY_0800_SHANGHAI, USER, Clock, RunningBot, ask, digest_runs, running_bot
from .support.markup import well_formed


@pytest.fixture
def clock() -> Clock:
    return Clock(MONDAY_0800_SHANGHAI)


@pytest.fixture
async def bot(tmp_path: Path, api: BotApiStandIn, clock: Clock) -> AsyncIterator[RunningBot]:
    async with running_bot(tmp_path, f"sqlite:///{tmp_path / 'bot.sqlite3'}", clock, api) as running:
        yield running


async def test_start_registers_command_menus(bot: RunningBot) -> None:
    menus = await bot.api.wait_for("setMyCommands", 2)
    languages = {call.params.get("language_code") for call in menus}
    assert languages == {None, "zh"}
    chinese = next(c for c in menus if c.params.get("language_code") == "zh")
    assert {"command": "subscribe", "description": "订阅简报"} in chinese.params["commands"]


async def test_answers_come_in_the_script_of_the_question(bot: RunningBot) -> None:
    traditional = await ask(bot.api, "河套合作區面積")
    assert "關於「河套合作區面積」" in traditional and "3.89平方公里" in traditional and "📰" in traditional
    simplified = await ask(bot.api, "河套合作区面积")
    assert "关于“河套合作区面积”" in simplified and "园区" in simplified and "園區" not in simplified
    english = await ask(bot.api, "Hetao area")
    assert "Results for" in english
    call = bot.api.sent("sendMessage", USER)[-1]
    assert call.params["parse_mode"] == "HTML"


async def test_more_results_button_edits_the_message(bot: RunningBot) -> None:
    await ask(bot.api, "科汇通")
    markup = bot.api.sent("sendMessage", USER)[-1].params["reply_markup"]
    more = markup["inline_keyboard"][0][0]
    assert more["callback_data"] == "q:3:科汇通"
    bot.api.push_button(USER, more["callback_data"], message_id=555)
    edits = await bot.api.wait_for("editMessageText")
    assert edits[-1].params["message_id"] == 555 and "第 4–" in edits[-1].params["text"]
    await bot.api.wait_for("answerCallbackQuery")


async def test_no_answer_offers_suggestions_as_buttons(bot: RunningBot) -> None:
    reply = await ask(bot.api, "科匯同")
    assert "沒有找到" in reply and "科匯通" in reply
    buttons = bot.api.sent("sendMessage", USER)[-1].params["reply_markup"]["inline_keyboard"]
    bot.api.push_button(USER, buttons[0][0]["callback_data"])
    answer = (await bot.api.wait_for("sendMessage", 2, chat_id=USER))[-1].params["text"]
    assert "科匯通" in answer and "📰" in answer


@pytest.mark.parametrize(
    "hostile",
    [
        '<b onclick="x">科汇通</b>',
        "科汇通 &amp; <script>alert(1)</script>",
        "</i></b><a href='javascript:x'>",
        "a < b > c &",
    ],
)
async def test_hostile_input_is_escaped(bot: RunningBot, hostile: str) -> None:
    reply = await ask(bot.api, hostile)
    assert well_formed(reply), reply
    assert hostile not in reply or "<" not in hostile


async def test_latest_policies_figures_sources(bot: RunningBot) -> None:
    latest = await ask(bot.api, "/latest")
    assert "最新进展" in latest and "📰" in latest
    dates = [line.split("</i>")[0].split("<i>")[-1] for line in latest.split("\n") if "<i>" in line]
    assert dates == sorted(dates, reverse=True) and len(dates) >= 5
    assert "政策" in await ask(bot.api, "/policies")
    figures = await ask(bot.api, "/figures 面积")
    assert "平方公里" in figures
    sources = await ask(bot.api, "/sources")
    assert sources.count("•") == 5


async def test_timeline_sends_a_png(bot: RunningBot) -> None:
    bot.api.push_text(USER, "/timeline 高端科研项目")
    photo = (await bot.api.wait_for("sendPhoto", chat_id=USER))[-1]
    assert photo.files["photo"].startswith(b"\x89PNG") and "高端科研项目" in photo.params["caption"]
    assert "逾140个 → " in photo.params["caption"]  # the values in words, beside the picture
    bot.api.push_text(USER, "/timeline")
    photos = await bot.api.wait_for("sendPhoto", 2, chat_id=USER)
    assert "里程碑" in photos[-1].params["caption"]
    actions = bot.api.sent("sendChatAction", USER)  # "sending a photo…" shown while the chart is drawn
    assert [a.params["action"] for a in actions] == ["upload_photo"] * 2
    assert actions[0].at < photo.at


async def test_inline_query_returns_articles(bot: RunningBot) -> None:
    bot.api.push_inline(USER, "科匯通")
    answer = (await bot.api.wait_for("answerInlineQuery"))[-1]
    results = answer.params["results"]
    assert results and all(r["type"] == "article" for r in results)
    assert "科匯通" in results[0]["input_message_content"]["message_text"]


async def test_a_button_on_an_inline_message_is_answered(bot: RunningBot) -> None:
    bot.api.push_inline_button(USER, "q:3:科汇通")
    (answer,) = await bot.api.wait_for("answerCallbackQuery")
    assert "机器人的对话" in answer.params["text"]


async def test_admin_commands_refuse_other_users(bot: RunningBot, caplog: pytest.LogCaptureFixture) -> None:
    refusal = await ask(bot.api, "/reload")
    assert "仅限管理员" in refusal
    assert any(str(USER) in r.getMessage() and "refused" in r.getMessage() for r in caplog.records)
    bot.api.push_button(USER, "a:n:1")
    toast = (await bot.api.wait_for("answerCallbackQuery"))[-1]
    assert toast.params.get("show_alert") is True


async def test_admin_reload_and_stats(bot: RunningBot) -> None:
    summary = await ask(bot.api, "/reload", user=ADMIN)
    assert "重新载入 5 篇文章" in summary and "新增 0 条" in summary
    stats = await ask(bot.api, "/stats", user=ADMIN)
    assert "有效订阅：0" in stats and "里程碑" in stats


async def test_a_bad_upload_changes_nothing(bot: RunningBot) -> None:
    before = len(bot.app.briefing.facts())
    bot.api.push_document(ADMIN, "../../evil.md", "没有标题的文章".encode())
    reply = (await bot.api.wait_for("sendMessage", chat_id=ADMIN))[-1].params["text"]
    assert "未能加入" in reply and "evil.md" in reply
    bot.api.push_document(ADMIN, "notes.pdf", b"%PDF")
    reply = (await bot.api.wait_for("sendMessage", 2, chat_id=ADMIN))[-1].params["text"]
    assert ".txt" in reply
    bot.api.push_document(ADMIN, "x.md", b"\xff\xfe\x00bad")
    reply = (await bot.api.wait_for("sendMessage", 3, chat_id=ADMIN))[-1].params["text"]
    assert "UTF-8" in reply
    assert len(bot.app.briefing.facts()) == before
    assert sorted(p.name for p in bot.app.briefing.corpus_dir.iterdir()) == sorted(
        p.name for p in (Path(__file__).parents[1] / "data" / "corpus").iterdir() if p.suffix == ".md"
    )
    bot.api.push_document(USER, "ok.md", b"+++\ntitle = 'x'\npublished = '2024-01'\n+++\n\xe6\xb5\x8b")
    reply = (await bot.api.wait_for("sendMessage", chat_id=USER))[-1].params["text"]
    assert "仅限管理员" in reply


def long_sentences() -> list[str]:
    """Four sentences of about 1,600 characters, each cut from a different real article (so
    that they are not near-duplicates of each other), all naming the same test project."""
    sentences = []
    for path in sorted((Path(__file__).parents[1] / "data" / "corpus").glob("*.md"))[:4]:
        body = path.read_text(encoding="utf-8").split("+++")[-1]
        flat = "".join("，" if ch in "。！？!?；;\n" else ch for ch in body)[:1600]
        sentences.append(f"河套长句测试项目，{flat}。")
    return sentences


async def test_upload_adds_facts_and_long_answers_are_split(bot: RunningBot) -> None:
    body = "\n\n".join(long_sentences())
    bot.api.push_document(ADMIN, "long-test.md", body.encode(), caption="title: 长句测试\npublished: 2026-11-01")
    reply = (await bot.api.wait_for("sendMessage", chat_id=ADMIN))[-1].params["text"]
    assert "已加入《长句测试》" in reply and "新增" in reply
    assert bot.app.briefing.ask("河套长句测试项目").results
    bot.api.push_text(USER, "河套长句测试项目")

    def answered_in_full() -> bool:  # the last part carries the answer's buttons
        sent = bot.api.sent("sendMessage", USER)
        return bool(sent) and "reply_markup" in sent[-1].params

    await eventually(answered_in_full)
    parts = bot.api.sent("sendMessage", USER)
    assert len(parts) >= 2 and sum(len(p.params["text"]) for p in parts) > 4096
    assert all(len(p.params["text"].encode("utf-16-le")) // 2 <= 4096 for p in parts)
    assert all(well_formed(p.params["text"]) for p in parts)
    assert "reply_markup" in parts[-1].params and all("reply_markup" not in p.params for p in parts[:-1])


async def test_subscribe_then_weekly_digest_arrives_once_at_its_time(bot: RunningBot, clock: Clock) -> None:
    reply = await ask(bot.api, "/subscribe weekly 09:00")
    assert "订阅成功" in reply and "2026-11-30 09:00" in reply
    assert "每周简报无论有无新内容都会按时发送" in reply  # what the subscriber can expect, honestly
    await digest_runs(bot)
    assert not bot.api.sent("sendMessage", USER)[1:], "nothing is due before 09:00"
    clock.now = MONDAY_0800_SHANGHAI + timedelta(hours=1, seconds=5)
    digest = (await bot.api.wait_for("sendMessage", 2, chat_id=USER))[-1].params["text"]
    assert "河套简报" in digest and "主要政策" in digest
    await digest_runs(bot)
    assert len(bot.api.sent("sendMessage", USER)) == 2, "one digest per period"


async def test_subscriptions_buttons_pause_and_remove(bot: RunningBot) -> None:
    await ask(bot.api, "/subscribe daily 07:30 中试平台")
    listing = await ask(bot.api, "/subscriptions")
    assert "中试平台" in listing and "07:30" in listing
    row = bot.api.sent("sendMessage", USER)[-1].params["reply_markup"]["inline_keyboard"][0]
    bot.api.push_button(USER, row[0]["callback_data"], message_id=9)
    edit = (await bot.api.wait_for("editMessageText"))[-1]
    assert "已暂停" in edit.params["text"]
    bot.api.push_button(USER + 1, row[1]["callback_data"])  # someone else's forged press
    await bot.api.wait_for("answerCallbackQuery", 2)
    assert "已暂停" in await ask(bot.api, "/subscriptions")
    question = await ask(bot.api, "/unsubscribe all")  # asks before it acts
    assert "确定删除本聊天的全部 1 项订阅吗" in question
    (yes, no) = bot.api.sent("sendMessage", USER)[-1].params["reply_markup"]["inline_keyboard"][0]
    edits = len(bot.api.sent("editMessageText"))
    bot.api.push_button(USER, no["callback_data"], message_id=11)
    assert "未删除" in (await bot.api.wait_for("editMessageText", edits + 1))[-1].params["text"]
    with bot.app.database.unit_of_work() as session:
        assert len(SubscriptionRepository(session).for_chat(USER)) == 1
    bot.api.push_button(USER, yes["callback_data"], message_id=11)
    assert "已删除 1 项" in (await bot.api.wait_for("editMessageText", edits + 2))[-1].params["text"]
    with bot.app.database.unit_of_work() as session:
        assert SubscriptionRepository(session).for_chat(USER) == []


async def test_lang_and_tz(bot: RunningBot) -> None:
    assert "English" in await ask(bot.api, "/lang en")
    scoped = await bot.api.wait_for("setMyCommands", 3)
    assert scoped[-1].params["scope"] == {"type": "chat", "chat_id": USER}
    assert "Latest milestones" in await ask(bot.api, "/latest")
    assert "Asia/Hong_Kong" in await ask(bot.api, "/tz Asia/Hong_Kong")
    assert "not a time zone" in await ask(bot.api, "/tz Mars/Olympus")
    reply = await ask(bot.api, "/subscribe 9:15")
    assert "09:15 (Asia/Hong_Kong)" in reply


async def test_a_digest_missed_while_down_is_sent_once_after_restart(
    tmp_path: Path, api: BotApiStandIn, clock: Clock, database_url: str
) -> None:
    """Across three bot processes' worth of Applications on one database (SQLite file and
    PostgreSQL): subscribe, go down over the slot, come back two hours late, restart again."""
    async with running_bot(tmp_path, database_url, clock, api) as bot:
        assert "订阅成功" in await ask(bot.api, "/subscribe weekly 09:00")
    clock.now = MONDAY_0800_SHANGHAI + timedelta(hours=3)  # 11:00: the 09:00 slot passed while down
    async with running_bot(tmp_path, database_url, clock, api) as bot:
        digest = (await bot.api.wait_for("sendMessage", 2, chat_id=USER))[-1].params["text"]
        assert "河套简报" in digest
        await digest_runs(bot, 1)  # the run that sent it has recorded it
    async with running_bot(tmp_path, database_url, clock, api) as bot:
        await digest_runs(bot)
        assert len(bot.api.sent("sendMessage", USER)) == 2, "no second digest for the same period"
        stats = await ask(bot.api, "/stats", user=ADMIN)
        assert "已发送简报：1" in stats


async def test_admin_notifies_subscribers_of_what_an_upload_added(bot: RunningBot, clock: Clock) -> None:
    await ask(bot.api, "/subscribe weekly 09:00")
    clock.now += timedelta(minutes=5)
    article = "+++\ntitle = '河套新闻'\npublished = '2026-11-20'\n+++\n2026年11月20日，河套测试实验室正式揭牌。\n"
    bot.api.push_document(ADMIN, "news.md", article.encode())
    reply = (await bot.api.wait_for("sendMessage", chat_id=ADMIN))[-1]
    notify = reply.params["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
    assert notify.startswith("a:n:")
    bot.api.push_button(ADMIN, notify)
    news = (await bot.api.wait_for("sendMessage", 2, chat_id=USER))[-1].params["text"]
    assert "🆕" in news and "河套测试实验室" in news and "主要政策" not in news
    bot.api.push_button(ADMIN, notify)  # pressed twice: still one announcement per reload
    await eventually(lambda: len(bot.front.announcements) == 2)
    assert [(r.sent, r.already) for r in bot.front.announcements] == [(1, 0), (0, 1)]
    assert len(bot.api.sent("sendMessage", USER)) == 2


async def test_webhook_mode_answers_posted_updates(tmp_path: Path, api: BotApiStandIn, clock: Clock) -> None:
    import socket

    import httpx

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/hook"
    webhook = {"listen": "127.0.0.1", "port": port, "url_path": "hook", "webhook_url": url, "secret_token": "s3cret"}
    async with running_bot(tmp_path, f"sqlite:///{tmp_path / 'bot.sqlite3'}", clock, api, 60, webhook):
        registered = (await api.wait_for("setWebhook"))[-1]
        assert registered.params["url"] == url and registered.params["secret_token"] == "s3cret"
        update = {
            "update_id": 1,
            "message": {
                "message_id": 1,
                "date": 0,
                "text": "科汇通",
                "chat": {"id": USER, "type": "private"},
                "from": {"id": USER, "is_bot": False, "first_name": "u", "language_code": "zh-hans"},
            },
        }
        async with httpx.AsyncClient() as client:
            forged = await client.post(url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "wrong"})
            assert forged.status_code == 403
            accepted = await client.post(url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "s3cret"})
            assert accepted.status_code == 200
        reply = (await api.wait_for("sendMessage", chat_id=USER))[-1].params["text"]
        assert "科汇通" in reply and "📰" in reply


async def test_hetao_brief_run_serves_from_a_real_process_and_never_logs_the_token(
    tmp_path: Path, api: BotApiStandIn
) -> None:
    """The real entry point (`hetao-brief run`, long polling) in its own process."""
    from .support.harness import shows_token, start_process, stop_process

    process = await start_process(tmp_path, api, {})
    try:
        await api.wait_for("setMyCommands", 2, timeout=60)
        api.push_text(USER, "科汇通")
        reply = (await api.wait_for("sendMessage", chat_id=USER, timeout=30))[-1].params["text"]
        assert "科汇通" in reply
    finally:
        logged = await stop_process(process)
    assert process.returncode == 0, logged[-2000:]
    assert not shows_token(logged)
    assert "Traceback" not in logged


GROUP = -4001


async def test_in_a_group_only_administrators_change_its_settings(bot: RunningBot) -> None:
    """A member's /subscribe, /tz and /lang in a group are refused politely; an administrator's
    (as getChatMember says) are done. Questions stay open to everyone."""
    bot.api.group_admins.add((GROUP, ADMIN))
    for n, command in enumerate(("/subscribe daily 09:00", "/tz Asia/Hong_Kong", "/lang en", "/unsubscribe all")):
        bot.api.push_text(USER, command, chat_id=GROUP)
        reply = (await bot.api.wait_for("sendMessage", n + 1, chat_id=GROUP))[-1].params["text"]
        assert "只有群管理员" in reply, (command, reply)
    with bot.app.database.unit_of_work() as session:
        assert SubscriptionRepository(session).for_chat(GROUP) == []
    bot.api.push_text(USER, "科汇通", chat_id=GROUP)  # not a settings command: nobody is asked about
    bot.api.push_text(ADMIN, "/subscribe daily 09:00", chat_id=GROUP)
    reply = (await bot.api.wait_for("sendMessage", 5, chat_id=GROUP))[-1].params["text"]
    assert "订阅成功" in reply
    asked = [str(c.params["user_id"]) for c in bot.api.calls if c.method == "getChatMember"]
    assert asked == [str(USER), str(ADMIN)]  # a member's status is asked once a minute, not per message


CHANNEL = -1002000000001


async def test_a_channel_subscribed_by_its_post_gets_its_digests(bot: RunningBot, clock: Clock) -> None:
    """A channel's administrator makes the bot an administrator (and is told how to go on),
    posts /subscribe in the channel, and the digest is posted there at its time."""
    bot.api.push_member(CHANNEL, "administrator", old_status="left", chat_type="channel", by=ADMIN)
    hint = (await bot.api.wait_for("sendMessage", chat_id=ADMIN))[-1].params["text"]
    assert "河套动态" in hint and "/subscribe daily 09:00" in hint
    bot.api.push_channel_post(CHANNEL, "/subscribe weekly 09:00")
    reply = (await bot.api.wait_for("sendMessage", chat_id=CHANNEL))[-1].params["text"]
    assert "订阅成功" in reply
    bot.api.push_channel_post(CHANNEL, "科汇通")  # a channel's ordinary post is not a question
    clock.now = MONDAY_0800_SHANGHAI + timedelta(hours=1, seconds=5)
    digest = (await bot.api.wait_for("sendMessage", 2, chat_id=CHANNEL))[-1].params["text"]
    assert "河套简报" in digest and "主要政策" in digest
    await digest_runs(bot)
    assert len(bot.api.sent("sendMessage", CHANNEL)) == 2


async def test_a_reader_pressing_a_button_in_a_channel_changes_nothing(bot: RunningBot) -> None:
    """In a channel every reader sees the bot's posts and can press their buttons; the press
    is the reader's, not the channel's, so only the channel's administrators may act."""
    bot.api.push_channel_post(CHANNEL, "/subscribe daily 09:00")
    await bot.api.wait_for("sendMessage", chat_id=CHANNEL)
    with bot.app.database.unit_of_work() as session:
        (sub,) = SubscriptionRepository(session).for_chat(CHANNEL)
    bot.api.push_button(USER, f"s:x:{sub.id}", chat_id=CHANNEL, chat_type="channel")
    (answer,) = await bot.api.wait_for("answerCallbackQuery")
    assert "只有群管理员" in answer.params["text"]
    with bot.app.database.unit_of_work() as session:
        assert len(SubscriptionRepository(session).for_chat(CHANNEL)) == 1
