"""Splitting long HTML for Telegram's 4096-character limit."""

from __future__ import annotations

import re

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from hetao_brief.rendering.split import split_html, utf16_len

from .support.markup import well_formed


def test_short_text_is_one_part() -> None:
    assert split_html("<b>科汇通</b>") == ["<b>科汇通</b>"]


def test_cuts_at_sentence_ends_and_keeps_every_character() -> None:
    sentence = "河套深港科技创新合作区建设再提速。"
    text = sentence * 600
    parts = split_html(text, limit=4096)
    assert len(parts) >= 3
    assert all(utf16_len(p) <= 4096 for p in parts)
    assert all(p.endswith("。") for p in parts)
    assert "".join(parts) == text


def test_open_tags_are_closed_and_reopened() -> None:
    text = "<b>" + "粗体句子。" * 2000 + "</b>"
    parts = split_html(text, limit=1000)
    assert all(p.startswith("<b>") and p.endswith("</b>") and well_formed(p) for p in parts)
    assert re.sub(r"</?b>", "", "".join(parts)) == re.sub(r"</?b>", "", text)


def test_never_cuts_an_entity_or_a_surrogate_pair() -> None:
    text = "&amp;😀" * 3000
    parts = split_html(text, limit=100)
    assert all(utf16_len(p) <= 100 for p in parts)
    for part in parts:
        assert re.fullmatch(r"(?:&amp;|😀)+", part), part[:20]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(min_size=1, max_size=300).map(lambda s: s.replace("<", "").replace(">", "").replace("&", "")),
            st.sampled_from(
                ["<b>", "</b>", "<i>", "</i>", '<a href="https://t.me/x">', "</a>", "\n", "\n\n", "。", "&amp;", "&lt;"]
            ),
        ),
        max_size=80,
    ),
    st.integers(min_value=40, max_value=4096),
)
def test_parts_fit_and_lose_no_text(pieces: list[str], limit: int) -> None:
    # The splitter's one precondition: the tags that can be open at once, opened and closed, fit in
    # a part with the longest single unit (here "&amp;").
    openings = [p for p in pieces if re.fullmatch(r"<[a-z][^>]*>", p)]
    assume(sum(len(tag) + len("</b>") + 1 for tag in openings) + len("&amp;") <= limit)
    text = "".join(pieces)
    parts = split_html(text, limit=limit)
    assert all(utf16_len(p) <= limit for p in parts)
    strip = lambda s: re.sub(r"<[^>]*>|\s", "", s)  # noqa: E731  (tags are closed and reopened at cuts)
    assert strip("".join(parts)) == strip(text)
    if len(parts) > 1:  # a cut never leaves a part with no text, which Telegram would refuse
        assert all(re.sub(r"<[^>]*>", "", p).strip() for p in parts)


def test_an_opening_tag_near_the_limit_pays_for_its_closing_tag() -> None:
    # Found by Hypothesis: the tag fitted, its closing tag then pushed the part over the limit.
    text = "0" * 31 + "𐀀" * 7 + '<a href="https://t.me/x">' + "0" * 30 + "</a>"
    parts = split_html(text, limit=48)
    assert len(parts) > 1
    assert all(utf16_len(p) <= 48 for p in parts)
