"""Dependency graph rules: steps may not wait on each other in a circle."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping

from roadmap.domain.errors import CycleError
from roadmap.domain.messages import Message, message

Edge = tuple[str, str]


def _successors(edges: Iterable[Edge]) -> dict[str, list[str]]:
    graph: dict[str, list[str]] = defaultdict(list)
    for source, target in edges:
        graph[source].append(target)
    return graph


def path_between(graph: Mapping[str, list[str]], start: str, goal: str) -> list[str] | None:
    """A path start → … → goal following edges, or None; iterative, so deep graphs are fine."""
    parent: dict[str, str | None] = {start: None}
    stack = [start]
    while stack:
        node = stack.pop()
        if node == goal:
            path = [node]
            while (prev := parent[path[-1]]) is not None:
                path.append(prev)
            return path[::-1]
        for nxt in graph.get(node, ()):
            if nxt not in parent:
                parent[nxt] = node
                stack.append(nxt)
    return None


def find_cycle(edges: Iterable[Edge]) -> list[str] | None:
    """One cycle as [a, b, …, a], or None when the graph is acyclic."""
    graph = _successors(edges)
    state: dict[str, int] = {}  # 1 = on the current path, 2 = finished
    for root in list(graph):
        if root in state:
            continue
        path: list[str] = []
        iters = [(root, iter(graph.get(root, ())))]
        state[root] = 1
        path.append(root)
        while iters:
            node, children = iters[-1]
            advanced = False
            for child in children:
                mark = state.get(child)
                if mark == 1:
                    return [*path[path.index(child) :], child]
                if mark is None:
                    state[child] = 1
                    path.append(child)
                    iters.append((child, iter(graph.get(child, ()))))
                    advanced = True
                    break
            if not advanced:
                state[node] = 2
                path.pop()
                iters.pop()
    return None


def cycle_message(cycle: list[str], name_of: Callable[[str], str]) -> Message:
    names = " → ".join(f'"{name_of(step_id)}"' for step_id in cycle)
    return message("dependency.cycle", names=names)


def check_new_edge(edges: Iterable[Edge], new: Edge, name_of: Callable[[str], str]) -> None:
    """Raise `CycleError` naming the circle if adding `new` to `edges` closes one."""
    source, target = new
    back = path_between(_successors(edges), target, source)
    if back is not None:
        cycle = [source, *back]
        raise CycleError(cycle_message(cycle, name_of), tuple(cycle))


def check_acyclic(edges: Iterable[Edge], name_of: Callable[[str], str]) -> None:
    cycle = find_cycle(edges)
    if cycle is not None:
        raise CycleError(cycle_message(cycle, name_of), tuple(cycle))
