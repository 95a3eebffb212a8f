"""The bot's wording, loaded from `bot/locales/<locale>.toml` (shipped in hetao_brief.bundled).

Templates are looked up by dotted key (``answer.none``) and filled with `str.format`; a key
missing in one locale falls back to English, so a half-translated file still works.

A template that depends on a number is a table of the language's plural forms (CLDR's
categories, from Babel: English has ``one`` and ``other``, Chinese only ``other``), chosen by
the value named by ``by`` (default ``count``)::

    removed_all = { one = "Removed {count} subscription.", other = "Removed {count} subscriptions." }
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from pathlib import Path

from babel import Locale as BabelLocale

from hetao_brief.text.normalize import Script, detect_script, is_script_neutral

LOCALES = ("zh-Hans", "zh-Hant", "en")
FALLBACK = "en"


@dataclass(frozen=True)
class Messages:
    catalogs: dict[str, dict[str, object]]

    @classmethod
    def load(cls, directory: Path) -> Messages:
        catalogs = {}
        for locale in LOCALES:
            path = directory / f"{locale}.toml"
            catalogs[locale] = tomllib.loads(path.read_text(encoding="utf-8"))
        return cls(catalogs)

    def template(self, locale: str, key: str) -> object:
        for candidate in (locale, FALLBACK):
            node: object = self.catalogs.get(candidate, {})
            for part in key.split("."):
                node = node.get(part) if isinstance(node, dict) else None
            if node is not None:
                return node
        raise KeyError(f"no message {key!r} in {locale} or {FALLBACK}")

    def get(self, locale: str, key: str, **values: object) -> str:
        template = self.template(locale, key)
        if isinstance(template, dict):
            forms = template
            template = forms.get(plural_form(locale, values[str(forms.get("by", "count"))])) or forms["other"]
        return str(template).format(**values)


@functools.cache
def _babel_locale(locale: str) -> BabelLocale:
    return BabelLocale.parse(locale.replace("-", "_"))


def plural_form(locale: str, number: object) -> str:
    """CLDR's plural category of `number` in `locale`: "one", "other", ... A value that is not
    a number (rendered text) takes "other"."""
    try:
        value = float(str(number).replace(",", ""))
    except ValueError:
        return "other"
    return str(_babel_locale(locale).plural_form(int(value) if value.is_integer() else value))


def locale_for_topic(topic: str | None, fallback: str) -> str:
    """A Chinese topic sets the locale to its own script (繁 topic, 繁 reply); a topic that
    reads the same in both (人才), or none, leaves the chat's locale."""
    if topic and is_script_neutral(topic):
        return fallback
    script = detect_script(topic) if topic else Script.LATIN
    return fallback if script is Script.LATIN else script.value
