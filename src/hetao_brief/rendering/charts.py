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
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from hetao_brief.digest import Series
from hetao_brief.facts import Fact
from hetao_brief.text.normalize import Script, to_script

if TYPE_CHECKING:
    from matplotlib.figure import Figure

log = logging.getLogger(__name__)
_SYSTEM_CJK = ("Noto Sans CJK SC", "Noto Sans CJK TC", "Source Han Sans SC", "WenQuanYi Zen Hei", "SimHei")
_LOCK = threading.Lock()
MAX_TIMELINE_ITEMS = 12
EVENT_COLOUR = "#3b6ea5"
TARGET_COLOUR = "#c0392b"


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


@dataclass(frozen=True)
class ChartWords:
    """The words a chart shows, in the reader's language (from the locale files)."""

    title: str
    year: str = "Year"
    count: str = "Milestones"
    date: str = "Date"
    event: str = "Happened"
    target: str = "Target"


def when(iso: str) -> datetime:
    """A fact's date as a point in time: a year at its middle, a month at its middle."""
    parts = [int(p) for p in iso.split("-")]
    if len(parts) == 1:
        return datetime(parts[0], 7, 1)
    return datetime(parts[0], parts[1], parts[2] if len(parts) > 2 else 15)


def milestones_chart(milestones: list[Fact], words: ChartWords, script: Script) -> bytes:
    with _LOCK:
        return _png(milestones_figure(milestones, words, script))


def series_chart(series: Series, words: ChartWords, script: Script) -> bytes:
    with _LOCK:
        return _png(series_figure(series, words, script))


def milestones_figure(milestones: list[Fact], words: ChartWords, script: Script) -> Figure:
    """Milestones per year (bars: events and targets told apart, the years fitted to the data)
    above the latest dated milestones on a time line, with a legend for the two colours."""
    from matplotlib.lines import Line2D
    from matplotlib.ticker import MaxNLocator

    dated = sorted((f for f in milestones if f.date), key=lambda f: (f.date or "", f.id))
    family = cjk_font()
    figure = _figure(6.5)
    fontdict = {"family": family}
    bars, line = figure.subplots(2, 1, gridspec_kw={"height_ratios": [1, 3]})
    events = Counter(int(f.date[:4]) for f in dated if f.date and not f.is_target)
    targets = Counter(int(f.date[:4]) for f in dated if f.date and f.is_target)
    years = events + targets
    if years:
        span = list(range(min(years), max(years) + 1))
        low = [events.get(y, 0) for y in span]
        bars.bar(span, low, color=EVENT_COLOUR)
        bars.bar(span, [targets.get(y, 0) for y in span], bottom=low, color=TARGET_COLOUR)
        bars.set_xlim(span[0] - 0.6, span[-1] + 0.6)
        bars.xaxis.set_major_locator(MaxNLocator(integer=True))
        bars.yaxis.set_major_locator(MaxNLocator(integer=True))
    bars.set_title(words.title, fontdict=fontdict)
    bars.set_xlabel(words.year, fontdict=fontdict)
    bars.set_ylabel(words.count, fontdict=fontdict, rotation=0, ha="right", va="center")
    bars.spines[["top", "right"]].set_visible(False)
    handles = [
        Line2D([], [], marker="s", linestyle="", color=colour, label=label)
        for colour, label in ((EVENT_COLOUR, words.event), (TARGET_COLOUR, words.target))
    ]
    bars.legend(handles=handles, prop={"family": family}, frameon=False, loc="upper left")
    recent = dated[-MAX_TIMELINE_ITEMS:]
    for row, fact in enumerate(reversed(recent)):
        line.plot([0], [row], "o", color=TARGET_COLOUR if fact.is_target else EVENT_COLOUR)
        line.text(
            0.15, row, f"{fact.date}   {_short(fact.label, script, 34)}", va="center", fontsize=9, fontfamily=family
        )
    line.plot([0, 0], [0, max(len(recent) - 1, 0)], color="#999999", linewidth=1, zorder=0)
    line.set_ylim(len(recent) - 0.5, -0.5)
    line.set_xlim(-0.2, 6)
    line.axis("off")
    return figure


def series_figure(series: Series, words: ChartWords, script: Script) -> Figure:
    """One measure at each date it was reported, on a real time axis (12 months apart look
    twelve times as far as one), each point labelled as the article wrote it (逾140个)."""
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter, date2num

    family = cjk_font()
    figure = _figure(4.5)
    axes = figure.subplots()
    dates = [float(date2num(when(p.date or "2000"))) for p in series.points]
    values = [p.value or 0.0 for p in series.points]
    axes.xaxis_date()
    axes.plot(dates, values, "o-", color=EVENT_COLOUR)
    for i, (x, y, point) in enumerate(zip(dates, values, series.points, strict=True)):
        axes.annotate(  # above and below by turns: points close in time keep their labels apart
            to_script(point.label.rsplit(" ", 1)[-1], script),
            (x, y),
            xytext=(0, 7 if i % 2 == 0 else -16),
            textcoords="offset points",
            ha="center",
            fontfamily=family,
        )
    locator = AutoDateLocator(minticks=3, maxticks=8)
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(ConciseDateFormatter(locator))
    fontdict = {"family": family}
    axes.set_title(f"{words.title}: {_short(series.measure, script, 30)}", fontdict=fontdict)
    axes.set_xlabel(words.date, fontdict=fontdict)
    axes.set_ylabel(to_script(series.unit, script), fontdict=fontdict, rotation=0, ha="right", va="center")
    axes.spines[["top", "right"]].set_visible(False)
    axes.margins(x=0.08, y=0.25)
    return figure
