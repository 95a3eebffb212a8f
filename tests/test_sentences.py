"""Sentences of an article: where they end, who said a quotation, and what on a news page is
no part of the story (datelines, credits, captions, furniture, other stories' headlines)."""

from __future__ import annotations

import pytest

from hetao_brief.extract.sentences import (
    ends_the_story,
    is_boilerplate,
    is_caption,
    is_credit,
    split_sentences,
    without_dateline,
)


def test_a_quotation_keeps_its_speaker_and_what_the_speaker_went_on_to_say() -> None:
    body = "“明年我们准备把研发中心搬进园区。”陈家乐说，公司还计划完成A轮融资。园区今年新增企业20家。"
    texts = [s.text for s in split_sentences(body)]
    assert texts == ["“明年我们准备把研发中心搬进园区。”陈家乐说，公司还计划完成A轮融资。", "园区今年新增企业20家。"]


def test_a_quotation_alone_is_its_own_sentence() -> None:
    texts = [s.text for s in split_sentences("“我们很高兴。”园区今年新增企业20家。")]
    assert texts == ["“我们很高兴。”", "园区今年新增企业20家。"]


@pytest.mark.parametrize(
    "line",
    [
        "原标题：首批国际科研组织办公区在河套启用",
        "来源：深圳特区报",
        "责任编辑：李明",
        "【编辑：周婷】",
        "(完)",
        "（完）",
    ],
)
def test_page_furniture_is_no_part_of_the_story(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", ["来源于香港的团队已进驻园区。", "编辑部今年走访了园区。", "完成验收。"])
def test_sentences_that_merely_start_alike_are_news(line: str) -> None:
    assert not is_boilerplate(line)


def test_related_reading_ends_the_story() -> None:
    assert ends_the_story("相关阅读：") and ends_the_story("延伸阅读")
    assert ends_the_story("相关新闻：河套科学馆正式开馆（2026-10-24）")
    assert not ends_the_story("相关负责人表示，园区将新增科研空间。")
    assert not ends_the_story("往期回顾：第11期活动已于2026.11.21举办，吸引近百名科技爱好者参加。")  # a sentence


def test_datelines_credits_and_captions() -> None:
    assert without_dateline("中新网深圳12月3日电 (记者 郑海燕)大赛3日落下帷幕。") == "大赛3日落下帷幕。"
    assert without_dateline("【本报讯】园区昨日举行签约仪式。") == "园区昨日举行签约仪式。"
    assert without_dateline("【周三】大赛决赛落幕。") == "【周三】大赛决赛落幕。"  # a week's digest: the day
    assert without_dateline("【12月9日】大赛决赛落幕。") == "【12月9日】大赛决赛落幕。"
    assert without_dateline("南都讯 记者钟雨桐 第二届创客节将于本周六开幕。") == "第二届创客节将于本周六开幕。"
    assert without_dateline("记者王明表示欢迎。") == "记者王明表示欢迎。"  # no space: no byline
    assert is_credit("（前海湾区报记者 何川 摄）")
    assert is_caption("▲河套深圳园区航拍全景。")


def test_markdown_is_read_as_the_words_it_marks() -> None:
    body = (
        "## 一、重点项目\n\n- **10月下旬**：专线[增开晚班车](https://example.org/bus)。\n\n"
        "> 园区负责人：“我们将按期完成。”"
    )
    texts = [s.text for s in split_sentences(body)]
    assert texts == ["一、重点项目", "• 10月下旬：专线增开晚班车。", "园区负责人：“我们将按期完成。”"]


def test_an_articles_number_is_a_clause_of_its_own() -> None:
    body = "第一条 对港澳科研人员给予租房补贴。\n\n第五条　本措施自2027年1月1日起施行。"
    assert [s.text for s in split_sentences(body)] == [
        "第一条，对港澳科研人员给予租房补贴。",
        "第五条，本措施自2027年1月1日起施行。",
    ]


def test_a_chronicles_date_line_dates_the_paragraph_after_it() -> None:
    """◆2017年1月3日 / 深港两地政府签署…: one dated sentence (a date in Chinese numerals or with
    dots too), and the line after it only."""
    body = "◆二〇一七年一月三日\n\n深港兩地政府簽署備忘錄。\n\n2025.12.22\n\n首三座大樓啟用。園區同日開放。"
    assert [s.text for s in split_sentences(body)] == [
        "2017年1月3日，深港两地政府签署备忘录。",
        "2025.12.22，首三座大楼启用。",
        "园区同日开放。",
    ]


def test_a_lists_date_in_brackets_after_an_item_dates_that_item() -> None:
    """4. …封顶。（6月）: the date goes before the item it follows, without the item's number, and
    a short dated item is no heading of the next one."""
    body = "4. 生物样本库一期封顶。（6月）\n\n5. 国际学校动工建设，预计2028年秋季开学。（8月）\n\n6. 园区举办开放日。"
    assert [s.text for s in split_sentences(body)] == [
        "6月，生物样本库一期封顶。",
        "8月，国际学校动工建设，预计2028年秋季开学。",
        "6. 园区举办开放日。",
    ]


def test_a_data_cards_figure_on_its_own_line_joins_what_it_counts() -> None:
    """**216家** / 今年新增入驻科技企业: one sentence, the figure before a comparison; a figure
    with nothing after it stays as it is."""
    body = "**216家**\n\n今年新增入驻科技企业\n\n**1.8万人**\n\n园区从业人员总数，比去年底增长约两成\n\n37个"
    assert [s.text for s in split_sentences(body)] == [
        "今年新增入驻科技企业216家。",
        "园区从业人员总数1.8万人，比去年底增长约两成。",
        "37个",
    ]


def test_a_videos_time_codes_go_but_a_live_reports_clock_stays() -> None:
    """00:35 园区… marks time codes (a line starting at 00:); 14:30 alone is a clock."""
    video = "【视频】园区一年来的变化\n\n00:35 六座大楼投入使用。\n\n01:20 第七座大楼预计明年三月启用。"
    assert [s.text for s in split_sentences(video)][1:] == ["六座大楼投入使用。", "第七座大楼预计明年3月启用。"]
    live = "14:30 决赛开赛。\n\n16:05 路演结束。"
    assert [s.text for s in split_sentences(live)] == ["14:30 决赛开赛。", "16:05 路演结束。"]


def test_a_work_plans_item_title_heads_the_sentences_after_it() -> None:
    """（一）加快空间供给。年内…: the title heads its item; a lead's colon does not swallow it; an
    item that is itself dated (五、年底前完成…) is no title."""
    body = "2027年，园区将做好以下工作：\n\n（一）加快空间供给。年内新增用房20万平方米。\n\n五、年底前完成5G全覆盖。"
    assert [s.text for s in split_sentences(body)] == [
        "2027年，园区将做好以下工作：",
        "（一）加快空间供给：年内新增用房20万平方米。",
        "五、年底前完成5G全覆盖。",
    ]


def test_a_notices_addressees_go_and_its_fields_and_dated_lines_stand_alone() -> None:
    """各有关单位： is no part of the notice's first sentence; 一、活动时间：… and ▶ 2025年3月：… after a
    lead ending in ： are lines of their own, not the lead's rest."""
    notice = (
        "各有关单位：\n\n现定于下月举办对接会，有关事项通知如下：\n\n一、活动时间：2027年1月8日\n\n二、活动地点：二楼"
    )
    assert [s.text for s in split_sentences(notice)] == [
        "现定于下月举办对接会，有关事项通知如下：",
        "一、活动时间：2027年1月8日",
        "二、活动地点：二楼",
    ]
    chronicle = "人才公寓建设历程：\n\n▶ 2024年8月：项目获批立项\n\n▶ 2025年3月前：正式动工"
    assert [s.text for s in split_sentences(chronicle)] == [
        "人才公寓建设历程：",
        "▶ 2024年8月：项目获批立项",
        "▶ 2025年3月前：正式动工",
    ]


def test_a_posts_emoji_ends_its_sentence_but_not_a_calendars_line() -> None:
    """…正式落户河套深圳园区🎉 这是第8个: two sentences; 📅 1月9日（周六）｜…: one line, its day."""
    told = [s.text for s in split_sentences("秘书处今天正式落户河套深圳园区🎉 这是落户河套的第8个国际组织。")]
    assert told == ["秘书处今天正式落户河套深圳园区🎉", "这是落户河套的第8个国际组织。"]
    assert [s.text for s in split_sentences("📅 1月9日（周六）｜河套开放日")] == ["📅 1月9日（周六）｜河套开放日"]


def test_a_chronicles_year_line_dates_each_month_line_under_it() -> None:
    """2025年 / 6月　立项。 / 11月　开工。 / 2026年 / 4月　封顶。: each month is of the year above it,
    and the chronicle's year ends with its month lines."""
    body = (
        "2025年\n\n6月　项目获批立项。\n\n11月　主体工程开工。\n\n2026年\n\n4月　首栋楼封顶。\n\n"
        "据介绍，5月将举行开放日。"
    )
    assert [s.text for s in split_sentences(body)] == [
        "2025年6月 项目获批立项。",  # the ideographic space is folded
        "2025年11月 主体工程开工。",
        "2026年4月 首栋楼封顶。",
        "据介绍，5月将举行开放日。",
    ]
