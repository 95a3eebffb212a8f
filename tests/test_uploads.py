"""Adding and removing articles through the conversation, as an admin would: every upload that
would store something wrong is refused with its reason and changes nothing; links and feeds
are added with a summary of what came in."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from hetao_brief.app import App
from hetao_brief.conversation.events import Sender, TextIn, TextOut, UploadIn
from hetao_brief.store.facts import ArticleRepository

from .support.harness import ADMIN, conversation_app
from .support.newsite import NewsSite, news_site, standard_site

ADMIN_CHAT = Sender(ADMIN, ADMIN, "zh-hans", is_private=True)
GOOD = (
    "---\ntitle: 河套新闻\npublished: 2026-11-20\n---\n2026年11月18日，河套合作区人才服务中心揭牌，首批入驻机构12家。\n"
)


@pytest.fixture
def app(tmp_path: Path) -> Iterator[App]:
    built = conversation_app(tmp_path)
    yield built
    built.database.dispose()


def say(app: App, event: TextIn | UploadIn) -> str:
    return "\n".join(r.html for r in app.conversation.handle(event) if isinstance(r, TextOut))


def upload(app: App, name: str, text: str | bytes, caption: str = "") -> str:
    content = text.encode() if isinstance(text, str) else text
    return say(app, UploadIn(ADMIN_CHAT, name, len(content), caption, content))


def stored(app: App) -> dict[str, str]:
    with app.database.unit_of_work() as session:
        return {a.id: a.title for a in ArticleRepository(session).all()}


@pytest.mark.parametrize(
    ("name", "text", "reason"),
    [
        ("nul.md", '+++\ntitle = "a\\u0000"\npublished = "2026-11-20"\n+++\n' + "河套合作区的新闻正文。" * 3, "title"),
        ("feb.md", GOOD.replace("2026-11-20", "2024-02-31"), "2024-02-31"),
        ("..md", GOOD.replace("title: 河套新闻", "title: 河套新闻\nid: ..md").replace("12家", "13家"), "id"),
        ("same-text.md", GOOD.replace("河套新闻", "另一个标题"), "已存为"),
    ],
)
def test_an_upload_that_would_store_something_wrong_changes_nothing(
    app: App, name: str, text: str, reason: str
) -> None:
    assert "已加入" in upload(app, "first.md", GOOD)
    before, facts = stored(app), len(app.briefing.facts())
    reply = upload(app, name, text)
    assert "未能加入" in reply and reason in reply
    assert stored(app) == before and len(app.briefing.facts()) == facts


@pytest.mark.parametrize("name", ["😀" * 80 + ".md", "..md"])
def test_odd_file_names_are_stored_under_a_safe_name(app: App, name: str) -> None:
    reply = upload(app, name, GOOD)
    assert "已加入《河套新闻》（article.md）" in reply and stored(app)["article"] == "河套新闻"


def test_an_upload_never_replaces_another_article_by_its_id(app: App) -> None:
    first_id = next(iter(stored(app)))
    reply = upload(app, "other-name.md", GOOD.replace("title: 河套新闻", f"title: 冒名\nid: {first_id}"))
    assert "未能加入" in reply and f"/remove {first_id}" in reply
    assert stored(app)[first_id] != "冒名"


def test_remove_is_explicit_and_takes_the_facts(app: App) -> None:
    assert "已加入" in upload(app, "talent.md", GOOD)
    assert app.briefing.ask("人才服务中心揭牌").results
    assert "已删除文章 talent" in say(app, TextIn(ADMIN_CHAT, "/remove talent"))
    assert "talent" not in stored(app)
    assert "没有编号为 talent" in say(app, TextIn(ADMIN_CHAT, "/remove talent"))
    refused = say(app, TextIn(Sender(7, 7, "zh-hans", is_private=True), "/remove 000_77e77191bfe88b89"))
    assert "仅限管理员" in refused and "000_77e77191bfe88b89" in stored(app)


@pytest.fixture
def site() -> Iterator[NewsSite]:
    with news_site() as running:
        standard_site(running)
        yield running


def test_an_admin_sends_a_link_and_gets_what_was_added(app: App, site: NewsSite) -> None:
    app.news.fetcher.allow_private = True
    reply = say(app, TextIn(ADMIN_CHAT, site.url("/news/opening.html")))
    assert "已加入《港深创科园首批大楼启用》（2025-12-23，湾区科技日报）" in reply
    assert "新增事实：" in reply and "里程碑" in reply and "• 2025-12-22 · " in reply
    again = say(app, TextIn(ADMIN_CHAT, f"/add {site.url('/news/opening.html')}"))
    assert "已经存过" in again
    refused = say(app, TextIn(ADMIN_CHAT, "/add http://127.0.0.1:1/x"))
    assert "未能加入" in refused


def test_a_private_link_is_refused_unless_allowed(app: App, site: NewsSite) -> None:
    reply = say(app, TextIn(ADMIN_CHAT, f"/add {site.url('/news/opening.html')}"))
    assert "未能加入" in reply and "private or local" in reply


def test_feeds_are_added_listed_and_removed(app: App, site: NewsSite) -> None:
    app.news.fetcher.allow_private = True
    assert "还没有订阅源" in say(app, TextIn(ADMIN_CHAT, "/feeds"))
    added = say(app, TextIn(ADMIN_CHAT, f"/feeds add {site.url('/feeds/not-xml')} 青年 人才"))
    assert "已订阅源 #1" in added and "青年、人才" in added
    assert "已经订阅过了" in say(app, TextIn(ADMIN_CHAT, f"/feeds add {site.url('/feeds/not-xml')}"))
    app.news.poll()
    listing = say(app, TextIn(ADMIN_CHAT, "/feeds"))
    assert "#1" in listing and "not an RSS or Atom feed" in listing and "连续失败 1 次" in listing
    assert "已取消订阅源 #1" in say(app, TextIn(ADMIN_CHAT, "/feeds remove 1"))
    assert "用法" in say(app, TextIn(ADMIN_CHAT, "/feeds delete everything"))


def test_answers_and_sources_name_the_outlet_and_link_a_fetched_article(app: App, site: NewsSite) -> None:
    app.news.fetcher.allow_private = True
    say(app, TextIn(ADMIN_CHAT, site.url("/news/opening.html")))
    answer = say(app, TextIn(ADMIN_CHAT, "首批三座大楼正式启用"))
    assert (
        f'<a href="{site.url("/news/opening.html")}">港深创科园首批大楼启用</a>（湾区科技日报，2025-12-23）' in answer
    )
    sources = say(app, TextIn(ADMIN_CHAT, "/sources"))
    assert "最新文章：2025-12-23" in sources and "<code>web-" in sources
    assert "最新文章：2025-12-23" in say(app, TextIn(ADMIN_CHAT, "/latest"))
