"""The one statistic every section reports besides the median."""


def percentile(values: list[float], q: float) -> float:
    """The value below which a share `q` of `values` lie (nearest rank; 0.99 → p99)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]
