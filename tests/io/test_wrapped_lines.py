"""How many lines a wrapped text takes, worked out by hand: the exported rows' heights (and so
what prints whole) follow it. A letter is 1.1 units, a CJK character 2.0 and a line of its
own word; a space between words 1.1, none before a CJK character."""

from __future__ import annotations

import pytest

from roadmap.io.timeline_grid import count_lines, wrapped_lines

CASES = [
    # 7.7 + 3.3 + 4.4 + 2.2 + 1.1 ("→") and four spaces make 23.1; " Pathway" reaches 31.9
    ("Pathway 158 step 17 → Pathway 158 step 18", 31, 2),
    ("Pathway 158 step 17 → Pathway 158 step 18", 50, 1),  # 45.1 in all
    ("量产线建设", 5, 3),  # two characters a line
    ("量产线建设", 6, 2),
    ("RISC-V 芯片", 8, 2),  # 6.6, and no space before 芯: 8.6
    ("RISC-V 芯片", 11, 1),  # 10.6
    ("芯a", 4, 2),  # a Latin word after a CJK one gets a space's room: 2.0 + 1.1 + 1.1
    ("芯a", 4.5, 1),
    ("한국 기술", 8, 1),  # Hangul is wide, and counts no space before a word that starts with it
    ("한국 기술", 7.9, 2),
    ("ab cd", 5.4, 2),  # 2.2 + 1.1 + 2.2
    ("a\u00a0b", 3, 2),  # a no-break space still separates words
    ("a\u00a0b", 3.5, 1),
    ("ab \t  cd", 5, 2),  # a run of spaces and tabs is one space's room
    ("ab \t  cd", 6, 1),
    ("a\n\nb", 10, 3),  # every paragraph starts a line, an empty one too
    ("x" * 40, 10, 5),  # 44 units of one word, broken inside it
    ("", 10, 1),
]


@pytest.mark.parametrize(("text", "room", "lines"), CASES)
def test_lines_of_wrapped_text(text: str, room: float, lines: int) -> None:
    assert count_lines(text, room) == lines
    assert wrapped_lines(text, room) == lines
