"""Event verbs by class: what makes a dated clause an event, and which events are alike.

Both labels (where a clause's subject ends) and milestones (what a clause tells) read them, as
do merging (印发 and 发布 are one kind of event), fact-sheet fields and the English line.
"""

from __future__ import annotations

import re

EVENT_CLASSES: dict[str, tuple[str, ...]] = {
    "issue": (
        "印发",
        "发布",
        "出台",
        "公布",
        "颁布",
        "批复",
        "获批",
        "立项",
        "审议通过",
        "表决通过",
        "三读通过",
        "首读",
        "二读",
        "刊宪",
        "施行",
        "生效",
        "提出",
        "废止",
    ),
    "sign": ("签署", "签订", "订立", "签约", "见证签署"),
    "build": ("动工", "动土", "开工", "奠基", "平顶", "封顶", "竣工", "完工", "建成", "落成", "投入改造"),
    "open": (
        "开园",
        "交付使用",
        "交付",
        "通车",
        "开馆",
        "开通",
        "启用",
        "揭牌",
        "挂牌",
        "揭幕",
        "开幕",
        "亮灯",
        "投入使用",
        "投入运作",
        "投入运营",
        "投入运行",
        "投入服务",
        "正式运营",
        "投用",
        "投运",
        "投产",
        "并网",
        "开放运营",
        "对外开放",
        "正式开放",
        "开业",
        "开市",
        "开办",
        "上线",
        "启动",
        "首飞",
        "首航",
        "开航",
    ),
    "launch": ("推出", "首创", "首发", "发起", "上市", "招标"),
    "found": ("成立", "设立", "组建", "创立", "创办", "建立", "决定", "共建"),
    "award": ("授牌", "颁奖", "颁发", "荣获", "获评", "获颁", "中标", "投得", "批出"),
    "settle": ("落户", "入驻", "进驻", "搬来", "落地"),
    "hold": (
        "举行",
        "举办",
        "首办",
        "召开",
        "亮相",
        "发表",
        "主持",
        "开赛",
        "鸣枪",
        "开跑",
        "开标",
        "截标",
        "落槌",
        "结业",
        "讨论",
    ),
    "pilot": ("试点", "尝试", "推进"),
    "visit": ("参观", "考察", "视察", "到访", "调研"),
    "appoint": ("任命", "委任", "获委任", "履新", "出任"),
    "change": (
        "扩大",
        "延长",
        "加密",
        "增开",
        "增设",
        "开设",
        "开行",
        "恢复",
        "调整",
        "取消",
        "暂停",
        "闭馆",
        "停运",
        "扩容",
        "升级",
    ),
    "reach": ("达到", "突破", "完成", "实现", "回归"),
}
EVENT_VERB = re.compile("|".join(sorted((v for vs in EVENT_CLASSES.values() for v in vs), key=len, reverse=True)))
"""Any event verb of the classes, the longest first (落成启用: 落成, then 启用)."""
VERB_CLASS = {verb: cls for cls, verbs in EVENT_CLASSES.items() for verb in verbs}
"""Each event verb's class (落成 → build), for telling events apart and alike (merge.py)."""


__all__ = ["EVENT_CLASSES", "EVENT_VERB", "VERB_CLASS"]
