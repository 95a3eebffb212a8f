"""Telegram-style HTML, checked: only the tags Telegram knows, properly nested."""

from __future__ import annotations

from html.parser import HTMLParser


class _Markup(HTMLParser):
    """Checks Telegram-style HTML: only known tags, properly nested."""

    ALLOWED = frozenset({"b", "i", "a", "code", "pre", "u", "s"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in self.ALLOWED:
            self.problems.append(f"<{tag}>")
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack.pop() != tag:
            self.problems.append(f"</{tag}>")


def well_formed(text: str) -> bool:
    parser = _Markup()
    parser.feed(text)
    parser.close()
    return not parser.problems and not parser.stack
