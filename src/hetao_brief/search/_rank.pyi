"""Types of the compiled ranker (search/_rank.c)."""

import numpy as np
import numpy.typing as npt

class Ranker:
    def __init__(
        self,
        starts: npt.NDArray[np.int64],
        docs: npt.NDArray[np.int32],
        impacts: npt.NDArray[np.float32],
        kinds: npt.NDArray[np.int8],
        groups: npt.NDArray[np.int32],
        id_rank: npt.NDArray[np.int32],
        texts: list[str],
        group_count: int,
    ) -> None: ...
    def page(
        self,
        terms: list[tuple[int, float, int]],
        all_steps: float,
        coverage_floor: float,
        intent: int,
        intent_boost: float,
        wanted: int,
        phrase: str | None,
        lift: float,
    ) -> tuple[list[tuple[int, float]], int]: ...
