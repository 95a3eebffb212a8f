"""Alias lookup: the prefix-tree pattern finds exactly what a longest-first alternation would."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from hetao_brief.text.lexicon import Lexicon, _trie_pattern

NAMES = st.lists(st.text(alphabet="河套合作区ab.", min_size=1, max_size=4), min_size=1, max_size=8)


def longest_first(names: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True)))


@given(NAMES, st.text(alphabet="河套合作区ab.x", max_size=40))
def test_prefix_tree_matches_like_a_longest_first_alternation(names: list[str], text: str) -> None:
    tree = re.compile(_trie_pattern(sorted(set(names))))
    expected = [(m.start(), m.group()) for m in longest_first(names).finditer(text)]
    assert [(m.start(), m.group()) for m in tree.finditer(text)] == expected


def test_longer_alias_wins_over_its_prefix(lexicon: Lexicon) -> None:
    found = [name for name, _ in lexicon.names_in("河套深港科技创新合作区深圳园区")]
    assert found and all(len(name) > 2 for name in found), found
    assert lexicon.canonicalize("香港园区") == lexicon.canonicalize("港深创科园")


def test_a_short_alias_glued_after_a_place_word_is_another_names_tail(lexicon: Lexicon) -> None:
    assert lexicon.entity_names_in("河套深港量子科学中心成立于2023年") == ["河套深港科技创新合作区"]
    assert lexicon.entity_names_in("布局建设量子科学中心") == ["粤港澳大湾区量子科学中心"]


def test_short_names_of_a_macau_university_and_green_power_are_one_group(lexicon: Lexicon) -> None:
    """澳科大 is 澳门科技大学; 绿电 is 绿色电力: a reader's short forms find the article's long ones."""
    assert [group.canonical for _, group in lexicon.names_in("澳科大实验室")] == ["澳门科技大学"]
    assert [group.canonical for _, group in lexicon.names_in("园区绿电交易")] == ["绿色电力"]
