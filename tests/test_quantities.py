import pytest

from hetao_brief.extract.quantities import find_quantities, to_number


@pytest.mark.parametrize(
    ("text", "value"), [("1.5万", 15000), ("百亿", 1e10), ("160", 160), ("十七", 17), ("2.6万", 26000)]
)
def test_numbers_normalise_with_cn2an(text: str, value: float) -> None:
    assert to_number(text) == value


def test_counts_take_the_noun_after_the_unit() -> None:
    text = "已聚集和吸引了160余个高端科研项目、440多家科技企业、16名海内外院士专家和1.5万名科研人才"
    found = [(q.measure, q.value, q.unit, q.qualifier) for q in find_quantities(text, [])]
    assert found == [
        ("高端科研项目", 160, "个", "余"),
        ("科技企业", 440, "家", "多"),
        ("院士专家", 16, "名", ""),
        ("科研人才", 15000, "名", ""),
    ]


def test_scaled_units_fold_into_base_units() -> None:
    (area,) = find_quantities("打造出80万平方米的优质空间", [])
    (money,) = find_quantities("跨境交易额超1.7亿元", [])
    assert (area.value, area.unit) == (800000, "平方米")
    assert (money.value, money.unit, money.qualifier) == (170000000, "元", "超")


def test_hong_kong_units_and_currencies_read_right() -> None:
    (floor,) = find_quantities("总楼面面积逾120万平方呎", [])
    (money,) = find_quantities("总投资额达港币5亿元", [])
    (grant,) = find_quantities("提供最多300万港元资助", [])
    assert floor.value == pytest.approx(111_483.6, abs=0.1) and floor.unit == "平方米" and floor.raw == "逾120万平方呎"
    assert (money.value, money.unit, money.measure) == (5e8, "港元", "总投资额")
    assert (grant.value, grant.unit, grant.qualifier) == (3e6, "港元", "最多")


@pytest.mark.parametrize(
    "text",
    [
        "港澳青年创新创业团队三年增长7.2倍",  # a change, not a level
        "其中4家已建成、6家拟筹建",  # a verb, no noun
        "数量更超过了全球总量30%以上",  # a comparison
        "《若干措施》共12条",  # the end of a title
        "从科研、人才等4个方面提出",  # a way of listing
    ],
)
def test_words_that_name_nothing_measured_make_no_figure(text: str) -> None:
    assert [q.measure for q in find_quantities(text, []) if q.measure] == []  # an empty one is dropped by the pipeline


def test_measure_before_the_number() -> None:
    (q,) = find_quantities("目前河套合作区内共推进和落地高端科研项目超过150个。", [])
    assert (q.measure, q.value, q.qualifier) == ("高端科研项目", 150, "超过")


def test_ordinals_and_date_spans_are_not_figures() -> None:
    text = "2023年9月，第二十四届高交会举行"
    assert find_quantities(text, [(0, 7)]) == []


def test_a_place_in_a_ranking_is_not_a_count() -> None:
    assert find_quantities("两所大学的工程学科均居于全球首50名以内", []) == []
    assert find_quantities("该校跻身前100名", []) == []
    (people,) = find_quantities("园区已集聚科研人员120名", [])
    assert people.value == 120


def test_the_measure_keeps_what_was_done_and_stops_at_the_predicate() -> None:
    (prepared,) = find_quantities("两年来累计腾挪35万平方米空间", [])
    assert prepared.measure == "腾挪空间"
    (added,) = find_quantities("今年将新增推出8万平方米优质科研空间", [])
    assert added.measure == "新增科研空间"
    (bases,) = find_quantities("5家青年创业基地先后投入运营", [])
    assert bases.measure == "青年创业基地"
    (school,) = find_quantities("占地3万平方米的国际学校正加快建设", [])
    assert school.measure == "国际学校"


def test_a_generic_measure_does_not_take_its_own_word_again_as_subject() -> None:
    (scale,) = find_quantities("新能源是园区重点发展的产业，去年产业规模已超50亿元", [])
    assert scale.measure == "产业规模"


def test_the_aspects_a_text_lists_are_not_a_figure() -> None:
    found = find_quantities("方案从人才、资金等4个方面提出22条具体措施", [])
    assert [(q.raw, q.measure) for q in found] == [("22条", "具体措施")]


def test_a_percentage_in_words_and_a_span_of_months() -> None:
    """百分之八十 is 80% (Hong Kong papers write it so); 三十个月 is how long, not thirty things."""
    (rate,) = find_quantities("第一期现时出租率约百分之八十", [])
    (share,) = find_quantities("研发投入占比达百分之十二点五", [])
    assert (rate.measure, rate.value, rate.unit, rate.qualifier) == ("第一期出租率", 80, "%", "约")
    assert (share.value, share.unit) == (12.5, "%")
    assert find_quantities("工程预计需时约三十个月完成", []) == []
    assert find_quantities("项目建设期为24个月", []) == []


@pytest.mark.parametrize(
    "text",
    [
        "办法共五章二十六条",  # a document's parts
        "园区内单价50万元以上的科研设备",  # which ones are meant
        "每年对外开放机时不得少于总机时的20%",  # a rule's floor
    ],
)
def test_parts_of_a_document_a_unit_price_and_a_rules_floor_are_no_figures(text: str) -> None:
    assert [q.measure for q in find_quantities(text, []) if q.measure] == []


def test_a_growth_rate_is_no_level_and_a_lease_is_no_approximation() -> None:
    """收入约2.1亿港元，按年增长35%: the 35% is a change; 新签租约31份: 约 is part of 租约."""
    (income,) = find_quantities("期内收入约2.1亿港元，按年增长35%", [])
    assert (income.value, income.unit) == (2.1e8, "港元")
    (leases,) = find_quantities("期内新签租约31份", [])
    assert (leases.measure, leases.value, leases.qualifier) == ("期内新签租约", 31, "")


def test_less_than_is_a_qualifier_and_a_change_from_it_counts_the_noun() -> None:
    """还不到60万平方米: 不到 qualifies the number; 港澳科研人员从不到1,000人增加到约4,500人: the measure
    is what grew, and 1,000 is where it began."""
    (space,) = find_quantities("科研用房还不到60万平方米", [])
    assert (space.qualifier, space.value) == ("不到", 600_000)
    began, people = find_quantities("园区的港澳科研人员从不到1,000人增加到约4,500人", [])
    assert (people.measure, people.value) == ("园区港澳科研人员", 4500)
    assert (began.measure, began.value) == ("园区港澳科研人员", 1000)  # kept only if a time is told (pipeline)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("园区出租率约为七成半", [("园区出租率", 75.0, "约为")]),
        ("进驻机构中，生命健康类占四成", [("生命健康类占比", 40.0, "")]),
        ("进驻机构中约30%来自海外", [("来自海外的进驻机构占比", 30.0, "约")]),
        ("收费较市场价低约三成", []),  # tenths of no named rate: a comparison
        ("资助额度在现行基础上提高两成", []),  # a change
        ("规则一成不变", []),
    ],
)
def test_tenths_are_percentages_of_a_named_rate_or_share(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert [(q.measure, q.value, q.qualifier) for q in find_quantities(text, []) if q.unit == "%"] == expected


def test_among_them_counts_those_of_the_count_before_that_did_it() -> None:
    """二十三个项目申请，其中十七个已获批: the approved projects, not the whole clause before."""
    found = find_quantities("过去九个月共有二十三个研究项目申请使用数据，其中十七个已获批", [])
    assert [(q.measure, q.value) for q in found] == [("申请使用数据的研究项目", 23), ("获批的研究项目", 17)]
    (raised,) = find_quantities("届时可同时支援的项目数量会提升至四十个", [])
    assert raised.measure.endswith("项目数量")  # 会 says when, no part of what is counted


def test_a_size_told_before_the_thing_is_the_things_and_batches_are_counted() -> None:
    """设立一个规模约十亿港元的共同投资基金: the fund's size; 1.86万批次: batches, not 批 and a 次."""
    (fund,) = find_quantities("我们正与政府商讨设立一个规模约十亿港元的共同投资基金", [])
    assert (fund.measure, fund.value, fund.unit) == ("共同投资基金规模", 1e9, "港元")
    (goods,) = find_quantities("进出境的科研物资共计1.86万批次", [])
    assert (goods.value, goods.unit) == (18_600, "批次")


def test_those_that_did_it_at_last_and_a_share_applied_for() -> None:
    """46项专利参拍，最终38项成交: the patents sold; 按实际租金的50%申请补贴: the share granted."""
    sold = find_quantities("46项专利及技术成果参拍，最终38项成交，总成交额1.12亿元", [])
    assert [(q.measure, q.value) for q in sold] == [("专利", 46), ("成交的专利", 38), ("总成交额", 1.12e8)]
    (share,) = find_quantities("可按实际装修费用的50%申请补贴", [])
    assert (share.measure, share.value) == ("补贴比例", 50)


def test_a_level_told_at_a_date_after_a_change_is_of_what_changed() -> None:
    """科研人员从2022年的约9,000人增加到今年的约2.4万人: both are 科研人员, the second at 今年."""
    text = "科研人员从2022年的约9,000人增加到今年的约2.4万人"
    taken = [(text.index("2022年"), text.index("2022年") + 5), (text.index("今年"), text.index("今年") + 2)]
    found = find_quantities(text, taken)
    assert [(q.measure, q.value) for q in found] == [("科研人员", 9000), ("科研人员", 24_000)]


def test_a_body_made_of_people_counts_its_members() -> None:
    """委员会由18名业界及学界人士组成: the committee's members, not 业界."""
    (members,) = find_quantities("委员会由18名业界及学界人士组成，任期两年", [])
    assert (members.measure, members.value) == ("委员会成员", 18)


def test_those_visited_are_counted_as_visited_and_a_sized_plot_is_the_plots() -> None:
    """走访了5家科研机构和2家科技企业: both counts are of those visited; 一宗面积约2.1万平方米的科研用地
    以底价成交: the plot's area."""
    visited = find_quantities("先后走访了5家科研机构和2家科技企业", [])
    assert [q.measure for q in visited] == ["走访的科研机构", "走访的科技企业"]
    (plot,) = find_quantities("一宗面积约2.1万平方米的科研用地以底价成交", [])
    assert plot.measure == "科研用地面积"


def test_yuan_and_dimes_tonnes_and_a_time_done_left_out() -> None:
    """按每度电三元五角收费: 3.5元; 日处理能力将由1.2万吨提升至2万吨: tonnes; 改造完成后 is when, no
    part of what is measured."""
    (price,) = find_quantities("由4月1日起按每度电三元五角收费", [(1, 5)])
    assert (price.value, price.unit) == (3.5, "元")
    (capacity,) = find_quantities("改造完成后，处理站日处理能力提升至2万吨", [])
    assert (capacity.value, capacity.unit) == (20000, "吨")


def test_a_length_is_a_figure_a_distance_is_not() -> None:
    """全长约1.2公里: the road's length; 距园区约2公里, 福田口岸一公里外: how far, no figure."""
    (length,) = find_quantities("新连接路全长约1.2公里", [])
    assert (length.value, length.unit) == (1.2, "公里")
    assert find_quantities("公寓距园区约2公里", []) == []
    assert find_quantities("福田口岸一公里外，曾经的仓储楼宇化身科创园区", []) == []


def test_a_contests_prizes_are_named_by_the_prize_and_tenths_of_the_works_are_read() -> None:
    """设一等奖1名，奖金10万元；二等奖2名，奖金各5万元: 一等奖, 一等奖奖金, 二等奖奖金; 已完成总工程量的约六成:
    how much of the works is done (tenths of no named rate stay a comparison)."""
    found = find_quantities("大赛设一等奖1名，奖金10万元；二等奖2名，奖金各5万元。", [])
    assert [(q.measure, q.value) for q in found] == [
        ("一等奖", 1),
        ("一等奖奖金", 100000),
        ("二等奖", 2),
        ("二等奖奖金", 50000),
    ]
    (done,) = find_quantities("重建工程目前已完成总工程量的约六成。", [])
    assert (done.measure.endswith("工程量"), done.value, done.unit) == (True, 60, "%")
    assert find_quantities("收费较市场价低约三成。", []) == []


def test_a_span_of_days_ends_no_count_of_those_who_attend() -> None:
    """180名青年参加为期十天的活动: 参会青年, not 青年参加为期十天."""
    (youth,) = find_quantities("来自12个国家的180名青年参加为期十天的活动。", [])
    assert youth.measure == "参会青年"


def test_who_built_what_is_counted_is_no_part_of_its_name() -> None:
    """首批入驻集群的8个联合实验室由深港两地高校共建: 联合实验室, not 联合实验室由深港两地高校."""
    (labs,) = find_quantities("首批入驻集群的8个联合实验室由深港两地高校共建。", [])
    assert labs.measure == "联合实验室"


def test_a_sum_to_build_with_is_named_by_who_gives_it() -> None:
    """由政府拨款约二十亿元建设: 政府拨款, not 建设."""
    (grant,) = find_quantities("中心由政府拨款约二十亿元建设。", [])
    assert (grant.measure, grant.value) == ("政府拨款", 2e9)


def test_a_gap_a_ratio_and_what_a_count_is_spared_are_no_levels() -> None:
    """高于全市平均水平5.1个百分点 and 是原址的三倍 compare, they measure nothing; 42家在孵企业不受影响:
    在孵企业; 固定资产投资完成86.3亿元: 固定资产投资; 以现金约4.6亿元收购X70%股权: 收购金额."""
    compared = "园区规上工业增加值同比增长12.4%，高于全市平均水平5.1个百分点；新址面积约1500平方米，是原址的三倍。"
    assert [(q.value, q.unit) for q in find_quantities(compared, [])] == [(1500, "平方米")]
    (firms,) = find_quantities("更名后，现有的42家在孵企业不受影响。", [])
    (invested,) = find_quantities("1—5月，园区固定资产投资完成86.3亿元。", [(0, 4)])
    (price, _) = find_quantities("公司拟以现金约4.6亿元收购香港光启半导体有限公司70%股权。", [])
    assert (firms.measure, invested.measure, price.measure) == ("在孵企业", "园区固定资产投资", "收购金额")


def test_a_height_and_a_length_in_metres_and_no_distance() -> None:
    """大厦地上42层，高约200米: a height; 通道全长约420米: a length; 距口岸约500米: how far, no figure."""
    (height,) = find_quantities("大厦地上42层，高约200米，是园区最高的建筑。", [])
    (length,) = find_quantities("跨境通道全长约420米。", [])
    assert (height.measure, height.value, height.unit) == ("高度", 200, "米")
    assert (length.measure, length.value, length.unit) == ("跨境通道全长", 420, "米")
    assert find_quantities("站点距福田口岸约500米。", []) == []


def test_room_chips_and_vehicles_are_counted_by_what_they_are() -> None:
    """可容纳1,500人的主会场: the hall's room; 80万颗 chips and 20辆 vehicles are counts; 3辆满载样本
    的车辆 counts vehicles, not what they carry."""
    (hall, rooms) = find_quantities("设有一个可容纳1,500人的主会场和18个中小型会议室", [])
    assert (hall.measure, hall.value, rooms.measure) == ("主会场容纳人数", 1500, "中小型会议室")
    (chips,) = find_quantities("首款芯片出货量超过80万颗", [])
    assert (chips.measure, chips.value, chips.unit) == ("首款芯片出货量", 800_000, "颗")
    (cars,) = find_quantities("首批20辆备案车辆完成试通关", [])
    assert (cars.measure, cars.unit) == ("完成试通关的备案车辆", "辆")
    assert not [q for q in find_quantities("3辆满载低温生物样本和实验试剂的专用车辆驶入园区", []) if q.measure]
