"""Splitting a long HTML message into Telegram-sized parts.

Telegram refuses a message over 4096 characters. A part ends at the last paragraph, line or
sentence boundary that fits, never inside a character, a tag or an entity such as ``&amp;``;
tags open at the cut are closed at the end of one part and reopened at the start of the next,
so that every part is well-formed HTML on its own. Length is counted in UTF-16 code units,
as Telegram counts it, so an emoji is two.
"""

from __future__ import annotations

import re

TELEGRAM_LIMIT = 4096
_UNIT = re.compile(r"<[^>]*>|&#?\w+;|.", re.DOTALL)
_OPEN = re.compile(r"<([a-z]+)(?:\s[^>]*)?>")
_CLOSE = re.compile(r"</([a-z]+)>")
_TAG = re.compile(r"<[^>]*>")
_SENTENCE_END = "。！？；.!?;"


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def split_html(text: str, limit: int = TELEGRAM_LIMIT) -> list[str]:
    if utf16_len(text) <= limit:
        return [text]
    units = _UNIT.findall(text)
    parts: list[str] = []
    start = 0
    opened: list[str] = []  # the tags (whole opening markup) open at `start`
    while start < len(units):
        prefix = "".join(opened)
        end, stack, size = start, list(opened), utf16_len(prefix)
        latest: dict[int, tuple[int, list[str]]] = {}  # boundary rank -> (end, open tags) of its last cut
        while end < len(units):
            unit = units[end]
            after = _tracked(unit, stack)  # an opening tag must also pay for its own closing tag
            if size + utf16_len(unit) + _closing_len(after) > limit:
                break
            size += utf16_len(unit)
            stack = after
            end += 1
            latest[_boundary_rank(units, end)] = (end, list(stack))
        if end == start:  # a single unit longer than the limit: it goes out whole rather than never
            stack = _tracked(units[start], stack)
            end += 1
            latest[0] = (end, list(stack))
        if end == len(units):
            cut, stack_at_cut = end, stack
        else:
            cut, stack_at_cut = _choose_cut(latest, start, end)
        body = "".join(units[start:cut])
        parts.append(prefix + body + "".join(f"</{_name(t)}>" for t in reversed(stack_at_cut)))
        start, opened = cut, stack_at_cut
        while start < len(units) and units[start] in ("\n", " "):
            start += 1
    return [p for p in parts if _TAG.sub("", p).strip()]  # Telegram refuses a message with no text


def _choose_cut(latest: dict[int, tuple[int, list[str]]], start: int, end: int) -> tuple[int, list[str]]:
    """The best boundary in the second half of the part, else the last boundary of any kind."""
    for rank in (3, 2, 1):
        if rank in latest and latest[rank][0] - start >= (end - start) // 2:
            return latest[rank]
    for rank in (3, 2, 1, 0):
        if rank in latest:
            return latest[rank]
    return end, []


def _name(tag: str) -> str:
    match = _OPEN.match(tag)
    return match.group(1) if match else ""


def _tracked(unit: str, stack: list[str]) -> list[str]:
    """The open tags after `unit`, given those open before it."""
    if unit.startswith("</"):
        match = _CLOSE.match(unit)
        if match and stack and _name(stack[-1]) == match.group(1):
            return stack[:-1]
    elif unit.startswith("<") and _OPEN.match(unit) and not unit.endswith("/>"):
        return [*stack, unit]
    return stack


def _closing_len(stack: list[str]) -> int:
    return sum(len(_name(tag)) + 3 for tag in stack)


def _boundary_rank(units: list[str], end: int) -> int:
    """How good a cut after units[:end] is: paragraph 3, line 2, sentence 1, else 0."""
    last = units[end - 1]
    following = units[end] if end < len(units) else "\n"
    if last == "\n":
        return 3 if following == "\n" or (end >= 2 and units[end - 2] == "\n") else 2
    if last in _SENTENCE_END and not following.startswith("<"):
        return 1
    return 0
