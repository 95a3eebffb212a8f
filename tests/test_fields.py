"""Fact sheets and tables told as a reporter's clauses (extract/fields.py)."""

from __future__ import annotations

from hetao_brief.extract.fields import (
    date_first,
    deadline_said,
    enumerated,
    field_event,
    field_name,
    inline_fields,
    narrative_opening,
    notice_field,
    notice_signed,
    notice_topic,
    tables_told,
    timetable_steps,
    when_field,
)


def test_a_name_field_names_the_dated_fields_after_it() -> None:
    assert field_name("项目名称：深港联合脑科学研究中心") == "深港联合脑科学研究中心"
    told = field_event("计划完工时间：2027年12月", "深港联合脑科学研究中心")
    assert told == "深港联合脑科学研究中心计划于2027年12月完工。"
    assert field_event("计划完工时间：2027年12月", None) is None  # whose completion, the sheet has not said


def test_a_deadline_field_needs_no_name_and_drops_the_hour() -> None:
    assert field_event("投标截止时间：2027年1月15日9时30分。", None) == "投标于2027年1月15日截止。"
    assert field_event("报名截止日期：下月10日", None) == "报名于下月10日截止。"
    assert field_event("截止时间：2027年1月15日", None) is None  # the end of what, it does not say


def test_a_deadline_told_in_a_sentence_closes_the_call_the_sentence_opened() -> None:
    told = deadline_said("园区第二座人才公寓今日起接受入住申请，申请截止时间为7月15日。")
    assert told == "园区第二座人才公寓今日起接受入住申请，园区第二座人才公寓申请于7月15日截止。"
    told = deadline_said("9月1日起，园区人才公寓第三批共300套房源开放申请，申请截止日期为9月30日。")
    assert told.endswith("园区人才公寓第三批房源申请于9月30日截止。")  # the count is no part of the name
    assert (
        deadline_said("投标截止时间为2041年6月10日上午10时，开标时间另行通知。")
        == "投标于2041年6月10日截止，开标时间另行通知。"
    )
    assert deadline_said("有效期至2048年12月31日。") == "有效期至2048年12月31日。"  # a period's end, no call
    told = deadline_said("政府已于去年12月就第二期首批三幅用地展开招标，截标日期为今年3月31日。")
    assert told.endswith("，第二期首批用地于今年3月31日截标。")  # the tender closes
    told = deadline_said("当局已就园区北区大楼的建造合约展开招标，截标日期为2049年1月19日中午十二时。")
    assert told.endswith("，园区北区大楼的建造合约截标于2049年1月19日。")  # no 合约于 read as 约 (about)
    told = deadline_said("园区第二批共两幅用地将于本月15日起招标，截标日期为明年2月28日。")
    assert told.endswith("，园区第二批用地于明年2月28日截标。")


def test_fields_in_one_line_become_clauses_about_the_name() -> None:
    told = inline_fields(
        "项目名称：河套深港中试平台；建设内容：厂房约8万平方米；计划开工时间：2027年3月；总投资：约21亿元。"
    )
    assert told == "厂房约8万平方米；河套深港中试平台计划于2027年3月开工；河套深港中试平台总投资约21亿元。"
    assert inline_fields("建设地点：福田区；建设规模：约9万平方米") is None  # no name field


def test_a_markdown_table_is_told_row_by_row_about_its_first_cell() -> None:
    body = (
        "园区公布了明年项目清单：\n\n"
        "| 项目 | 内容 | 总投资 | 时间安排 |\n"
        "| --- | --- | --- | --- |\n"
        "| 河套会议中心 | 可容纳3000人 | 约20亿元 | 2027年6月建成 |\n"
        "| 科研物资仓库 | 建筑面积约1.5万平方米 | - | 2027年9月启用 |\n\n"
        "其余项目明年陆续开工。"
    )
    lines = [line for line in tables_told(body).split("\n") if line]
    assert lines == [
        "园区公布了明年项目清单：",
        "河套会议中心可容纳3000人；河套会议中心总投资约20亿元；河套会议中心2027年6月建成。",
        "科研物资仓库建筑面积约1.5万平方米；科研物资仓库2027年9月启用。",
        "其余项目明年陆续开工。",
    ]
    assert "|" not in tables_told(body)


def test_text_without_a_table_is_left_as_it_is() -> None:
    body = "深港两地签署协议。\n\n园区面积约3.89平方公里，其中 a|b 不是表格。"
    assert tables_told(body) == body


def test_a_roundup_item_dated_at_its_end_is_told_date_first() -> None:
    assert date_first("2. 园区人才公寓开放申请，共推出房源600套（11月26日）") == (
        "2. 11月26日，园区人才公寓开放申请，共推出房源600套。"
    )
    assert date_first("本周要闻如下：1. 服务中心揭牌（11月24日）") == "本周要闻如下：1. 11月24日，服务中心揭牌。"
    assert date_first("园区今日（11月24日）举行开放日。") is None  # the date is inside, not the item's end


def test_a_work_plan_in_one_sentence_is_a_lead_and_its_items() -> None:
    pieces = enumerated("2027年，园区将抓好以下工作：一是加快三期建设，确保年内完工；二是推动专区扩容；三是筹办大赛。")
    assert pieces == [
        "2027年，园区将抓好以下工作：",
        "一是加快三期建设，确保年内完工。",
        "二是推动专区扩容。",
        "三是筹办大赛。",
    ]
    assert enumerated("园区面积一是指深圳园区。") == ["园区面积一是指深圳园区。"]  # no 二是: no list


def test_an_announcements_time_field_times_the_event_it_named() -> None:
    told = "🔥河套科学之夜来啦！"
    assert when_field("⏰时间：12月20日（周日）14:00-17:00", told) == "河套科学之夜于12月20日（周日）举行。"
    assert when_field("⏰时间：12月20日", "欢迎报名。") is None  # no event named before
    assert when_field("📍地点：深港国际科技园", told) is None
    calendar = "📅 1月14日（周四）｜深港青年科研人员交流会"  # a calendar's line names its own occasion
    assert when_field(calendar, told) == "深港青年科研人员交流会于1月14日（周四）举行。"
    lead = "现就2027年度河套深港科技合作项目申报工作通知如下："  # a call opening on one day
    assert when_field("一、申报时间：2027年1月10日", lead) == "2027年度河套深港科技合作项目申报于2027年1月10日开始。"
    assert when_field("一、申报时间：2027年1月10日", "特此通知。") is None  # nothing named to apply for


def test_a_notice_signed_at_its_foot_tells_who_issued_the_document_and_when() -> None:
    """关于印发《X》的通知 … 广东省人民政府办公厅 / 2026年12月5日: the foot is the issuing; a notice
    with no signed foot, or an article that is no notice, stays as written."""
    body = "各地级以上市人民政府：\n\n《X措施》已经同意，现印发给你们。\n\n广东省人民政府办公厅\n\n2026年12月5日\n"
    told = notice_signed("广东省人民政府办公厅关于印发支持园区建设若干政策措施的通知", body)
    assert told.endswith("2026年12月5日，广东省人民政府办公厅印发《支持园区建设若干政策措施》。\n")
    assert told.startswith("各地级以上市人民政府：")
    assert notice_signed("园区举办开放日", body) == body
    assert notice_signed("关于印发X的通知", "现印发给你们。") == "现印发给你们。"


def test_an_application_window_closes_on_its_last_day_and_a_tenders_fields_are_its_projects() -> None:
    assert field_event("报名时间：即日起至2027年1月15日", None) == "报名于2027年1月15日截止。"
    assert (
        field_event("投标文件递交截止时间：2026年12月28日9时30分", "X工程") == "X工程投标文件递交于2026年12月28日截止。"
    )
    assert field_event("开标时间：同日9时30分", "X工程") == "X工程于同日开标。"


def test_a_features_opening_is_told_as_the_dated_sentence_it_is() -> None:
    told = narrative_opening("那是2019年的一个夏天，周子健来到河套。")
    assert told == "2019年夏天，周子健来到河套。"
    assert narrative_opening("那是园区的一个夏天，周子健来到河套。") is None  # no date: left as it is


def test_a_notices_numbered_fields_and_an_exams_day_are_read() -> None:
    """二、报名时间：…—12月25日17:00 opens on its first day and closes on its last; 三、笔试时间：… is
    the exam's day."""
    assert field_event("二、报名时间：2026年12月10日9:00—12月25日17:00", None) == (
        "报名于2026年12月10日开始；报名于2026年12月25日截止。"
    )
    assert field_event("一、申报时间：2027年1月10日至2月28日", None) == (
        "申报于2027年1月10日开始；申报于2027年2月28日截止。"  # February of 2027
    )
    assert field_event("报名时间：即日起至12月8日", None, (2026, 12, 1)) == "报名于2026年12月8日截止。"  # opens now
    assert field_event("三、笔试时间：2027年1月9日上午，具体地点见准考证", None) == "笔试于2027年1月9日举行。"
    assert field_event("四、面试安排：笔试成绩公布后另行通知", None) is None


def test_a_timetable_in_one_sentence_is_its_lead_and_its_dated_steps() -> None:
    steps = timetable_steps(
        "X三期建设时间表已经确定：2027年3月前：完成招标；2027年6月：项目正式动工；2028年底前：封顶。"
    )
    assert steps == [
        "X三期建设时间表已经确定：",
        "2027年3月前：完成招标。",
        "2027年6月：项目正式动工。",
        "2028年底前：封顶。",
    ]
    assert timetable_steps("园区表示：2027年6月：项目正式动工。") is None  # one step: a sentence as it is


def test_a_posts_fields_are_read_as_lines_about_what_its_title_names() -> None:
    """👉 开放时间：逢星期六… names nothing: the title (without its tag and emoji) says what of."""
    assert notice_field("👉 开放时间：逢星期六上午10时至下午4时") == "开放时间：逢星期六上午10时至下午4时"
    assert notice_field("二、活动地点：河套深圳园区国际会议中心二楼。") == "活动地点：河套深圳园区国际会议中心二楼"
    assert notice_field("园区的开放时间：周末") is None  # a sentence, not a field
    assert notice_field("记者从发展署获悉，时间：下午") is None
    assert notice_topic("【港深创科园📣】第二座实验室大楼开放参观") == "第二座实验室大楼开放参观"
    assert notice_topic("活动预告|河套科学之夜等你来") == "河套科学之夜等你来"
    assert notice_topic("关于举办河套科创企业投融资对接会的通知") == "举办河套科创企业投融资对接会"


def test_a_job_posts_row_of_fields_is_its_post_s_count_and_deadline() -> None:
    """岗位：X｜人数：6名｜截止日期：…: a table's row, told as X's count and X's call closing."""
    row = "岗位：博士后研究员｜人数：6名｜截止日期：2027年1月31日"
    assert inline_fields(row) == "博士后研究员人数6名；博士后研究员报名于2027年1月31日截止。"


def test_a_window_open_from_today_closes_on_the_next_such_day_and_keeps_the_rest() -> None:
    """报名方式：即日起至1月5日，…，名额100个, told on 2026-12-23: January 2027; the places stay."""
    told = field_event("三、报名方式：即日起至1月5日，通过园区网站报名，名额100个，额满即止。", None, (2026, 12, 23))
    assert told == "报名于2027年1月5日截止；通过园区网站报名，名额100个，额满即止。"
    assert field_event("报名方式：即日起至12月8日", None, (2026, 12, 3)) == "报名于2026年12月8日截止。"
