"""Chart drawing time on the L roadmap: the timeline of one problem, and every other chart.

    python bench/bench_charts.py [--seed 1] [--repeat 3]

Target (issue 6): the `timeline` chart of one problem of L, drawn and saved as PNG, in < 3 s.
Reference in the same run: a bare matplotlib figure of the same size holding the same number of
rectangles and texts, saved the same way — the cost of the pixels, without any layout.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.generate import SIZES, build
from bench.timing import best_of
from roadmap.charts.export import save_chart
from roadmap.charts.registry import CHARTS, ChartOptions, render
from roadmap.charts.style import PNG_DPI


def reference(out: Path, items: int, height_in: float) -> None:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.patches import Rectangle

    fig = Figure(figsize=(13.333, height_in))
    FigureCanvasAgg(fig)
    ax = fig.add_axes((0.1, 0.1, 0.85, 0.8))
    ax.set_xlim(0, items)
    ax.set_ylim(0, items)
    for i in range(items):
        ax.add_patch(Rectangle((i, i), 5, 0.6))
        ax.text(i, i, f"Step {i}", fontsize=7.5)
    fig.savefig(out, dpi=PNG_DPI)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    snapshot = build(SIZES["L"], args.seed)
    problem = snapshot.problems[0]
    pathways = {p.id for p in snapshot.pathways if p.problem_id == problem.id}
    steps = sum(1 for s in snapshot.steps if s.pathway_id in pathways)
    options = ChartOptions(problem=problem.id)
    render(snapshot, "timeline", options)  # warm up: imports and the font cache
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        height = [0.0]

        def timeline() -> None:
            chart = render(snapshot, "timeline", options)
            height[0] = chart.figure.get_figheight()
            save_chart(chart, out / "timeline.png")

        ours = best_of(args.repeat, timeline)
        base = best_of(args.repeat, lambda: reference(out / "ref.png", steps, height[0]))
        print(f"L, one problem: {len(pathways)} pathways, {steps} steps")
        print(
            f"  timeline chart, drawn and saved as PNG {ours:5.2f} s  (target < 3 s: "
            f"{'ok' if ours < 3 else 'MISSED'}; figure {13.333:.1f} x {height[0]:.1f} in)"
        )
        print(f"  bare figure of as many bars and texts  {base:5.2f} s  ratio {ours / base:.2f}x")
        for name in CHARTS:
            if name == "timeline":
                continue
            took = best_of(
                1, lambda name=name: save_chart(render(snapshot, name, options), out / "c.png")
            )
            print(f"  {name:<9} chart of the same problem     {took:5.2f} s")
        whole = best_of(1, lambda: save_chart(render(snapshot, "timeline"), out / "all.png"))
        print(f"  timeline of the whole L roadmap (first problems only) {whole:5.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
