"""How the benchmarks time things: the best of several runs, since noise only adds time."""

from __future__ import annotations

import time
from collections.abc import Callable


def best_of(repeat: int, work: Callable[[], object]) -> float:
    """The shortest wall time of `repeat` runs of `work`, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def wall_time(work: Callable[[], object]) -> float:
    """The wall time of one run of `work`, in seconds."""
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def cpu_time(work: Callable[[], object]) -> float:
    """The CPU time this process spent in one run of `work`, in seconds (what other programs on
    a shared machine do not add to)."""
    began = time.process_time()
    work()
    return time.process_time() - began
