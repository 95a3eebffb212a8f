"""Names found by their shape where the lexicon has none: whole names, never fragments,
counts or generic nouns (sentences of our own)."""

from __future__ import annotations

from hetao_brief.extract.entities import entities_in, firms_in
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


def test_a_speaker_opening_a_clause_is_a_person_but_a_title_is_not(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """陈浩然回忆，… (jieba cuts 陈 from 浩然); 孙东又表示 is 孙东; 王局长表示 names a title."""
    assert "陈浩然" in entities_in("陈浩然回忆，2019年他第一次来到河套。", lexicon, segmenter)
    assert not {"孙东又", "王局长"} & set(entities_in("孙东又表示，王局长表示，园区将扩容。", lexicon, segmenter))


def test_a_quoted_name_is_a_name_but_a_quoted_slogan_is_not(lexicon: Lexicon, segmenter: Segmenter) -> None:
    names = entities_in("园区上线“跨境数据申报平台”，开设「科研人才驿站」。", lexicon, segmenter)
    assert {"跨境数据申报平台", "科研人才驿站"} <= set(names)
    slogan = entities_in("园区致力打造“具有全球影响力的科研创新中心”。", lexicon, segmenter)
    assert not [n for n in slogan if "的" in n]


def test_an_abbreviated_common_word_with_a_tail_is_no_name(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """中试 (pilot-scale) is tagged an abbreviation; 中试基地 is any such base, not a name."""
    assert "中试基地" not in entities_in("该中试基地将分两期投用。", lexicon, segmenter)


def test_one_body_under_its_long_and_short_names_is_one_entity(lexicon: Lexicon, segmenter: Segmenter) -> None:
    long = entities_in("河套深港科技创新合作区深圳园区发展署今日印发通知。", lexicon, segmenter)
    short = entities_in("河套深圳园区发展署今日印发通知。", lexicon, segmenter)
    assert "河套深圳园区发展署" in long and "河套深圳园区发展署" in short
    assert "河套深港科技创新合作区深圳园区发展署" not in long


def test_what_a_title_did_is_no_person(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """行政长官主礼, 局长又指, 署长会面, 局长致辞时: a name after a title starts with a surname."""
    text = "行政长官主礼。局长又指，署长会面后，局长致辞时表示，副市长孙东和行政长官李家超出席。"
    names = entities_in(text, lexicon, segmenter)
    assert {"孙东", "李家超"} <= set(names)
    assert not set(names) & {"主礼", "又指", "会面", "致辞时"}


def test_a_clause_ending_in_a_parks_name_is_no_name(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """下半年启动深港国际科技园四期规划: a time and a verb before the park's name are the clause's."""
    names = entities_in("园区将在下半年启动深港国际科技园四期规划。", lexicon, segmenter)
    assert not [name for name in names if "启动" in name]


def test_a_title_of_scholarship_names_the_person_after_it(lexicon: Lexicon, segmenter: Segmenter) -> None:
    text = "论文第一作者、香港科技大学博士后陈思远表示，团队计划明年上半年启动临床前研究。"
    assert "陈思远" in entities_in(text, lexicon, segmenter)
    assert not [n for n in entities_in("陈博士表示，实验室博士研究生逾20名。", lexicon, segmenter) if "研究生" in n]


def test_a_name_grown_over_a_known_name_is_the_known_name(lexicon: Lexicon, segmenter: Segmenter) -> None:
    names = entities_in("政府今日向立法会提交文件，汇报港深创新及科技园的最新进度。", lexicon, segmenter)
    assert not [n for n in names if n.startswith("汇报")]


def test_a_joint_institute_keeps_its_joint(lexicon: Lexicon, segmenter: Segmenter) -> None:
    names = entities_in("10:05 河套深港量子信息联合研究院揭牌成立。", lexicon, segmenter)
    assert "河套深港量子信息联合研究院" in names
    assert not [n for n in entities_in("双方将共建AI for Science联合实验室。", lexicon, segmenter) if "Science" in n]


def test_a_firm_without_a_suffix_is_found_by_its_place(segmenter: Segmenter) -> None:
    """创新药企康源生物发布公告, 创办了灵犀机器人。, …，灵犀机器人完成1.5亿元B轮融资: a firm by what kind it
    is, what was founded, what only a firm does; a title (行政总裁) or 公司 itself is none."""
    assert firms_in("12月2日晚间，创新药企康源生物发布公告称，公司于当日签署协议", segmenter) == ("康源生物",)
    assert firms_in("林启航和两位师兄创办了灵犀机器人。", segmenter) == ("灵犀机器人",)
    assert firms_in("今年6月，灵犀机器人完成1.5亿元b轮融资", segmenter) == ("灵犀机器人",)
    assert firms_in("港深创科园公司行政总裁表示，目前已有80家企业", segmenter) == ()
    assert firms_in("上市首日，公司股价收涨18.6%", segmenter) == ()
    assert firms_in("园区一间量子通讯企业前日宣布完成b轮融资", segmenter) == ()


def test_a_firm_quoted_after_its_kind_is_a_firm_whatever_its_words(segmenter: Segmenter) -> None:
    """本地电池初创「锂想科技」: jieba reads 想 as a verb, but the quotes mark a name."""
    assert firms_in("本地电池初创「锂想科技」今日宣布，已签署租约", segmenter) == ("锂想科技",)
