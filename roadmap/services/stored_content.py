"""What `roadmap check` decodes on top of the checks of opening: every packed content.

Opening checks each baseline's, each lineage row's and the repository link's own values and
that their content has the right shape (see `store/side_tables.py`); decoding the content
itself costs about 80 ms per L-sized baseline and 300 ms per L-sized copy, so it is left to
`check`, where a planner looks for everything that is wrong. A bad content is otherwise found
when it is used (a comparison, a merge, a pull), and refused there in one line.
"""

from __future__ import annotations

from roadmap.domain.baseline import decode_plan
from roadmap.domain.errors import RoadmapError
from roadmap.domain.messages import Message, message
from roadmap.domain.packing import unpack
from roadmap.services.repository_link import link_of
from roadmap.services.workspace import Workspace
from roadmap.store.baselines import baseline_rows
from roadmap.store.lineage import load_lineage


def stored_content_problems(workspace: Workspace) -> list[str | Message]:
    """Each baseline plan, copy base and repository base that does not decode, one line each."""
    from roadmap.services.publishing import unpack as unpack_link_base

    name = workspace.path.name
    problems: list[str | Message] = []
    with workspace.document.read() as session:
        baselines = baseline_rows(session)
        lineage = load_lineage(session)
    for row in baselines:
        try:
            decode_plan(row["content"])
        except RoadmapError as why:
            at = {"file": name, "table": "baselines", "row": repr(row["id"])}
            problems.append(message("stored.content", **at, column="content", why=why.message))
    for copy in lineage:
        try:
            unpack(copy.content)
        except RoadmapError as why:
            at = {"file": name, "table": "lineage", "row": repr(f"{copy.role} {copy.id}")}
            problems.append(message("stored.content", **at, column="content", why=why.message))
    link = link_of(workspace)
    if link is not None:
        try:
            unpack_link_base(link.base)
        except RoadmapError as why:
            at = {"file": name, "table": "repository_link", "row": "1"}
            problems.append(message("stored.content", **at, column="base", why=why.message))
    return problems
