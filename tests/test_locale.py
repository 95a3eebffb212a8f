"""The locale files: every message in every language, plural forms chosen by CLDR's rules."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from hetao_brief.rendering.locale import LOCALES, Messages, plural_form

from .conftest import LOCALES as LOCALE_DIR

CATEGORIES = {"zero", "one", "two", "few", "many", "other"}


@pytest.fixture(scope="module")
def messages() -> Messages:
    return Messages.load(LOCALE_DIR)


def keys(node: object, prefix: str = "") -> Iterator[tuple[str, object]]:
    """Every message's dotted key and template; a plural table is one message."""
    if isinstance(node, dict) and not (node.keys() & CATEGORIES):
        for name, child in node.items():
            yield from keys(child, f"{prefix}.{name}" if prefix else name)
    else:
        yield prefix, node


def test_every_language_has_every_message(messages: Messages) -> None:
    per_locale = {locale: dict(keys(messages.catalogs[locale])) for locale in LOCALES}
    for locale in LOCALES:
        assert per_locale[locale].keys() == per_locale["en"].keys(), locale


def test_plural_tables_name_only_plural_forms_and_always_other(messages: Messages) -> None:
    tables = [
        (locale, key, template)
        for locale in LOCALES
        for key, template in keys(messages.catalogs[locale])
        if isinstance(template, dict)
    ]
    assert tables, "English has plural tables"
    for locale, key, table in tables:
        assert "other" in table and set(table) <= CATEGORIES | {"by"}, (locale, key)


def test_english_counts_agree_with_their_nouns_and_chinese_has_one_form(messages: Messages) -> None:
    assert messages.get("en", "subscribe.removed_all", count=1) == "Removed 1 subscription."
    assert messages.get("en", "subscribe.removed_all", count=2) == "Removed 2 subscriptions."
    assert messages.get("en", "digest.years_away", years=1) == " (in 1 year)"
    assert "subscription(s)" not in str(messages.catalogs["en"])
    chinese = {messages.get("zh-Hans", "subscribe.removed_all", count=n) for n in (1, 2)}
    assert len(chinese) == 2 and all("项" in line for line in chinese)
    assert [plural_form("en", n) for n in (0, 1, 2, "1", "3.0", "n/a")] == [
        "other",
        "one",
        "other",
        "one",
        "other",
        "other",
    ]
    assert {plural_form(locale, 1) for locale in ("zh-Hans", "zh-Hant")} == {"other"}
