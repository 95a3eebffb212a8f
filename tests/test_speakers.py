"""Whom 我校 and an interview's 我们 stand for."""

from __future__ import annotations

import pytest

from hetao_brief.extract.speakers import body_interviewed, body_of_the_site, ours_named, we_named
from hetao_brief.facts import Fact, FactKind, Source


def milestone(label: str, text: str) -> Fact:
    return Fact(FactKind.MILESTONE, label, text, (Source("a", 0, text),), date="2027-09")


@pytest.mark.parametrize(
    ("source", "body"),
    [("南方科技大学新闻网", "南方科技大学"), ("香港中文大学", "香港中文大学"), ("深圳特区报", ""), ("新华网", "")],
)
def test_a_bodys_own_site_names_the_body(source: str, body: str) -> None:
    assert body_of_the_site(source) == body


def test_an_interviews_headline_names_whom_the_answers_speak_for() -> None:
    assert body_interviewed("专访港深创科园公司行政总裁:第二期招商明年展开") == "港深创科园公司"
    assert body_interviewed("港深创科园第二期招商明年展开") == ""


def test_our_university_and_we_are_named_only_where_the_label_lost_them() -> None:
    signed = milestone("我校与园区签署协议", "6月13日，我校与园区签署协议。")
    assert ours_named(signed, "南方科技大学").label == "南方科技大学与园区签署协议"
    planned = milestone("会先举办推介会", "我们下个月会先举办推介会。")
    assert we_named(planned, "港深创科园公司").label == "港深创科园公司会先举办推介会"
    theirs = milestone("会先举办推介会", "主办方下个月会先举办推介会。")  # no 我们: no one to name
    assert we_named(theirs, "港深创科园公司") is theirs
