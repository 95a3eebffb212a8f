"""The button-data language: what is written is read back as meant, and any data at all is
read without an error (a forged press is only ever `Stale` or a value the handler checks)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from hetao_brief.conversation import buttons as b


def test_what_is_written_is_read_back() -> None:
    assert b.parse(b.results_page(5, "科汇通")) == b.ResultsPage("5", "科汇通")
    assert b.parse(b.results_page(0, "#abc123")) == b.ResultsPage("0", "#abc123")
    assert b.parse(b.ask("港深创科园: 开园")) == b.Ask("港深创科园: 开园")
    assert b.parse(b.list_page("latest", 5)) == b.ListPage("latest", "5", "")
    assert b.parse(b.list_page("figures", 10, "面积:总")) == b.ListPage("figures", "10", "面积:总")
    assert b.parse(b.pause(7)) == b.SubscriptionAction("p", "7")
    assert b.parse(b.resume(7)) == b.SubscriptionAction("r", "7")
    assert b.parse(b.remove(7)) == b.SubscriptionAction("x", "7")
    assert b.parse(b.REMOVE_ALL) == b.SubscriptionAction("X", "all")
    assert b.parse(b.KEEP_ALL) == b.SubscriptionAction("k", "0")
    assert b.parse(b.language("zh-Hant")) == b.Language("zh-Hant")
    assert b.parse(b.notify(12)) == b.Notify("12")
    assert b.parse(b.command("latest")) == b.Command("latest", "")
    assert b.parse(b.command("subscribe", "daily 09:00")) == b.Command("subscribe", "daily 09:00")
    assert b.parse(b.timezone("America/New_York")) == b.TimeZone("America/New_York")


def test_only_settings_presses_need_a_group_admin_and_only_notify_a_bot_admin() -> None:
    written = [b.results_page(0, "x"), b.ask("x"), b.list_page("latest", 0), b.pause(1), b.language("en")]
    written += [b.notify(1), b.command("latest"), b.command("subscribe"), b.timezone("UTC")]
    pressed = [b.parse(data) for data in written]
    assert [b.changes_settings(p) for p in pressed] == [False, False, False, True, True, False, False, True, True]
    assert [b.is_admin_only(p) for p in pressed] == [False, False, False, False, False, True, False, False, False]


def test_unknown_data_is_stale() -> None:
    assert all(isinstance(b.parse(data), b.Stale) for data in ("", "zzz", "d:", "a:x:1", "x:1:2"))


@given(st.text(max_size=80))
def test_any_data_is_read_without_an_error(data: str) -> None:
    assert isinstance(
        b.parse(data), b.ResultsPage | b.Ask | b.ListPage | b.SubscriptionAction | b.Language | b.Notify | b.Stale
    )
