"""Words the extractor and the digest both judge facts by. Kept apart from the rules that use
them, so that the digest (and a process that only answers) need not compile those rules."""

from __future__ import annotations

import re

ZONE_WIDE = frozenset({"河套深港科技创新合作区", "河套深圳园区", "香港园区", "粤港澳大湾区", "国务院", "福田区"})
"""Names so general in this corpus that naming them tells two facts apart from nothing: the
zone, its parks, the region. A figure of the zone is a figure of the corpus's subject."""

HEAD_OWNED = re.compile(r"^(?:团队|公司|实验室|研究院)(?=[\u4e00-\u9fff]{2})")
"""团队研究人员, 公司员工: a measure whose first word is its owner, told before under its name:
no other owner is glued on, and two of them (two teams', two firms') make no series."""

__all__ = ["HEAD_OWNED", "ZONE_WIDE"]
