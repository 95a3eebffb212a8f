"""/timeline's charts, inspected as figures before they become PNGs: axis labels and a legend
in the reader's language, dates placed by time, qualifiers kept, the years fitted to the data."""

from __future__ import annotations

import itertools

import numpy as np
from matplotlib.dates import date2num

from hetao_brief.digest import changed_series
from hetao_brief.facts import FactKind
from hetao_brief.rendering.charts import ChartWords, milestones_figure, series_figure, when
from hetao_brief.services.briefing import Briefing
from hetao_brief.text.normalize import Script

WORDS = ChartWords("里程碑", "年份", "里程碑数", "报道时间", "已发生", "目标")


def test_a_series_is_placed_by_time_and_labelled_as_written(loaded: Briefing) -> None:
    series = next(s for s in changed_series(loaded.facts()) if s.measure == "高端科研项目")
    axes = series_figure(series, WORDS, Script.SIMPLIFIED).axes[0]
    xs = [float(x) for x in np.asarray(axes.lines[0].get_xdata())]
    assert xs == [float(date2num(when(p.date or ""))) for p in series.points]
    gaps = [b - a for a, b in itertools.pairwise(xs)]
    assert max(gaps) > 5 * min(gaps)  # a year between two reports looks longer than a month
    labels = [t.get_text() for t in axes.texts]
    assert "逾140个" in labels and "超过150个" in labels  # qualifiers kept
    assert axes.get_xlabel() == "报道时间" and axes.get_ylabel() == "个"
    assert axes.yaxis.label.get_rotation() == 0  # the unit reads horizontally


def test_the_milestone_chart_has_axis_labels_a_legend_and_fitted_years(loaded: Briefing) -> None:
    milestones = [f for f in loaded.facts() if f.kind is FactKind.MILESTONE]
    bars = milestones_figure(milestones, WORDS, Script.SIMPLIFIED).axes[0]
    assert (bars.get_xlabel(), bars.get_ylabel()) == ("年份", "里程碑数")
    legend = bars.get_legend()
    assert legend is not None and [t.get_text() for t in legend.get_texts()] == ["已发生", "目标"]
    years = [int(f.date[:4]) for f in milestones if f.date]
    low, high = bars.get_xlim()
    assert min(years) - 1 < low < min(years) and max(years) < high < max(years) + 1
