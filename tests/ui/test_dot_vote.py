"""Workshop › Dot vote… driven by keys and clicks: ballots in turn, each fresh with earlier
ballots and totals hidden, then the totals, stored as a vote and a criterion in one undo step."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QTableWidget

from tests.support import canonical


def give(box: Any, dots: int) -> None:
    """Type a number of dots into a ballot's spin box, as a person would."""
    box.setFocus()
    box.selectAll()
    QTest.keyClicks(box, str(dots))


def visible_texts(dialog: Any) -> str:
    return " ".join(label.text() for label in dialog.findChildren(QLabel) if label.isVisible())


def test_a_named_vote_becomes_a_criterion_in_one_undo_step(opened: Any, qtbot: Any) -> None:
    session = opened.session
    before = canonical(session.workspace.queries.snapshot())
    first_problem = session.workspace.queries.snapshot().problems[0].id
    seen: dict[str, Any] = {}

    def run_vote() -> None:
        dialog = QApplication.activeModalWidget()
        # Vote on the first problem's pathways only.
        pathways = []
        for row in range(dialog.items.count()):
            entry = dialog.items.item(row)
            item = entry.data(Qt.ItemDataRole.UserRole)
            pathway = session.pathways.get(item.id)
            keep = pathway is not None and pathway.problem_id == first_problem
            entry.setCheckState(Qt.CheckState.Checked if keep else Qt.CheckState.Unchecked)
            if keep:
                pathways.append(item.id)
        QTest.keyClicks(dialog.people, "Ann, Bo, Chen")
        QTest.mouseClick(dialog.named, Qt.MouseButton.LeftButton)
        QTest.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
        seen["pathways"] = pathways
        ballots = [{pathways[0]: 3}, {pathways[0]: 1, pathways[2]: 2}, {pathways[2]: 3}]
        for number, ballot in enumerate(ballots):
            title = dialog.ballot_title.text()
            seen.setdefault("titles", []).append(title)
            # A fresh ballot: every box at zero; no table of totals anywhere in sight.
            seen.setdefault("fresh", []).append(all(b.value() == 0 for b in dialog.ballot.values()))
            seen.setdefault("tables_hidden", []).append(
                not any(t.isVisible() for t in dialog.findChildren(QTableWidget))
            )
            for item_id, dots in ballot.items():
                give(dialog.ballot[item_id], dots)
            if number == 1:  # too many dots first: refused, the ballot stays
                give(dialog.ballot[pathways[1]], 1)
                QTest.mouseClick(dialog.cast_button, Qt.MouseButton.LeftButton)
                seen["refusal"] = dialog.problem.text()
                give(dialog.ballot[pathways[1]], 0)
            QTest.mouseClick(dialog.cast_button, Qt.MouseButton.LeftButton)
        totals = {
            dialog.results.item(row, 0).text(): int(dialog.results.item(row, 1).text())
            for row in range(dialog.results.rowCount())
        }
        seen["totals"] = totals
        QTest.mouseClick(dialog.store_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, run_vote)
    QTest.keySequence(opened, QKeySequence("Ctrl+Alt+V"))

    assert all(seen["fresh"]) and all(seen["tables_hidden"])
    assert "Ann" in seen["titles"][0] and "Bo" in seen["titles"][1]
    assert "4" in seen["refusal"]  # four dots given, three allowed
    pathways = seen["pathways"]
    names = {p: session.pathways[p].name for p in pathways}
    assert seen["totals"] == {names[pathways[0]]: 4, names[pathways[2]]: 5, names[pathways[1]]: 0}

    stored = session.workspace.queries.snapshot()
    (vote,) = stored.votes
    counts = {c.pathway_id: c for c in stored.vote_counts}
    assert counts[pathways[0]].voters == "Ann ×3; Bo"
    team = next(c for c in stored.criteria if c.id == vote.criterion_id)
    scores = {s.pathway_id: s.value for s in stored.scores if s.criterion_id == team.id}
    assert scores == {pathways[2]: 5, pathways[0]: 4, pathways[1]: 1}

    opened.undo_action.trigger()  # one step takes the vote, its counts and the criterion away
    assert canonical(session.workspace.queries.snapshot()) == before


def test_leaving_a_vote_stores_nothing(opened: Any, qtbot: Any) -> None:
    session = opened.session
    before = canonical(session.workspace.queries.snapshot())

    def leave() -> None:
        dialog = QApplication.activeModalWidget()
        QTest.keyClicks(dialog.people, "4")
        QTest.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
        give(next(iter(dialog.ballot.values())), 2)
        QTest.mouseClick(dialog.cast_button, Qt.MouseButton.LeftButton)
        QTest.keyClick(dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(0, leave)
    QTest.keySequence(opened, QKeySequence("Ctrl+Alt+V"))
    assert canonical(session.workspace.queries.snapshot()) == before
