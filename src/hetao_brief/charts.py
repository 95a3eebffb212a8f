"""PNG charts for /timeline: milestones over time, and one figure's time series.

matplotlib's object API (no pyplot state) renders off-screen and is safe from worker threads.
It is imported on first use, not with this module: most processes never draw a chart, and
importing matplotlib is a noticeable part of a cold start.
Chinese labels need a CJK font: the Noto Sans CJK face shipped in the `mplfonts` wheel (a pip
dependency, so a fresh install has it) or, failing that, any CJK font the system has.
"""

from __future__ import annotations

import importlib.util
import io
import logging
import threading
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from hetao_brief.digest import Series
from hetao_brief.facts import Fact
from hetao_brief.normalize import Script, to_script

if TYPE_CHECKING:
    from matplotlib.figure import Figure

log = logging.getLogger(__name__)
_SYSTEM_CJK = ("Noto Sans CJK SC", "Noto Sans CJK TC", "Source Han Sans SC", "WenQuanYi Zen Hei", "SimHei")
_LOCK = threading.Lock()
MAX_TIMELINE_ITEMS = 12


@lru_cache(maxsize=1)
def cjk_font() -> str:
    """The family name of a usable CJK font, registering the bundled one on first use."""
    from matplotlib import font_manager

    spec = importlib.util.find_spec("mplfonts")
    if spec and spec.submodule_search_locations:
        bundled = Path(next(iter(spec.submodule_search_locations))) / "fonts" / "NotoSansCJKsc-Regular.otf"
        if bundled.is_file():
            font_manager.fontManager.addfont(str(bundled))
            return font_manager.FontProperties(fname=str(bundled)).get_name()
    available = {f.name for f in font_manager.fontManager.ttflist}
    for family in _SYSTEM_CJK:
        if family in available:
            return family
    log.warning("no CJK font found: chart labels in Chinese will not render")
    return "sans-serif"


def _figure(height: float) -> Figure:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(9, height), dpi=110)
    FigureCanvasAgg(figure)
    return figure


def _png(figure: Figure) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", bbox_inches="tight")
    return buffer.getvalue()


def _short(text: str, script: Script, width: int = 22) -> str:
    text = to_script(text, script)
    return text if len(text) <= width else text[: width - 1] + "…"


def milestones_chart(milestones: list[Fact], title: str, script: Script) -> bytes:
    """Milestones per year (bars) above the latest dated milestones on a time line."""
    from matplotlib.ticker import MaxNLocator

    dated = sorted((f for f in milestones if f.date), key=lambda f: (f.date or "", f.id))
    family = cjk_font()
    with _LOCK:
        figure = _figure(6.5)
        fontdict = {"family": family}
        bars, line = figure.subplots(2, 1, gridspec_kw={"height_ratios": [1, 3]})
        years = Counter(int(f.date[:4]) for f in dated if f.date)
        if years:
            span = range(min(years), max(years) + 1)
            bars.bar(list(span), [years.get(y, 0) for y in span], color="#3b6ea5")
            bars.xaxis.set_major_locator(MaxNLocator(integer=True))
            bars.yaxis.set_major_locator(MaxNLocator(integer=True))
        bars.set_title(title, fontdict=fontdict)
        bars.spines[["top", "right"]].set_visible(False)
        recent = dated[-MAX_TIMELINE_ITEMS:]
        for row, fact in enumerate(reversed(recent)):
            line.plot([0], [row], "o", color="#c0392b" if fact.is_target else "#3b6ea5")
            line.text(
                0.15, row, f"{fact.date}   {_short(fact.label, script, 34)}", va="center", fontsize=9, fontfamily=family
            )
        line.plot([0, 0], [0, max(len(recent) - 1, 0)], color="#999999", linewidth=1, zorder=0)
        line.set_ylim(len(recent) - 0.5, -0.5)
        line.set_xlim(-0.2, 6)
        line.axis("off")
        return _png(figure)


def series_chart(series: Series, title: str, script: Script) -> bytes:
    """One measure at each date it was reported, values labelled."""
    family = cjk_font()
    with _LOCK:
        figure = _figure(4.5)
        axes = figure.subplots()
        dates = [p.date or "" for p in series.points]
        values = [p.value or 0.0 for p in series.points]
        axes.plot(dates, values, "o-", color="#3b6ea5")
        for x, y in zip(dates, values, strict=True):
            axes.annotate(
                f"{y:g} {to_script(series.unit, script)}",
                (x, y),
                xytext=(0, 6),
                textcoords="offset points",
                ha="center",
                fontfamily=family,
            )
        fontdict = {"family": family}
        axes.set_title(f"{title}: {_short(series.measure, script, 30)}", fontdict=fontdict)
        axes.set_ylabel(to_script(series.unit, script), fontdict=fontdict)
        axes.spines[["top", "right"]].set_visible(False)
        axes.margins(y=0.25)
        return _png(figure)
