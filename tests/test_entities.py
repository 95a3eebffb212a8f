"""Names found by their shape where the lexicon has none: whole names, never fragments,
counts or generic nouns (sentences of our own)."""

from __future__ import annotations

from hetao_brief.extract.entities import entities_in
from hetao_brief.text.lexicon import Lexicon
from hetao_brief.text.segment import Segmenter


def test_a_count_of_things_is_not_a_name(lexicon: Lexicon, segmenter: Segmenter) -> None:
    names = entities_in("新区拥有东湖口岸和西湾口岸两个陆路口岸。", lexicon, segmenter)
    assert not [n for n in names if "两个" in n]


def test_a_one_character_abbreviation_with_a_generic_tail_is_no_name(lexicon: Lexicon, segmenter: Segmenter) -> None:
    names = entities_in("园区鼓励港企、港高校、港研究院落户。", lexicon, segmenter)
    assert "港研究院" not in names


def test_a_name_joined_by_ji_is_the_name_after_it(lexicon: Lexicon, segmenter: Segmenter) -> None:
    names = entities_in("昨日举行合作协议签署仪式暨南山智能研究院揭牌。", lexicon, segmenter)
    assert not [n for n in names if "暨" in n]


def test_people_are_found_after_their_title_whatever_follows(lexicon: Lexicon, segmenter: Segmenter) -> None:
    names = entities_in("科技局局长陈立今日宣布，园区将扩容。", lexicon, segmenter)
    assert "陈立" in names
