"""Parse a distrusted XML file (MS Project XML, GanttProject): size-limited, through defusedxml,
with no document type allowed, and every failure told as one line."""

from __future__ import annotations

from pathlib import Path
from xml.etree.ElementTree import Element

from roadmap.domain.errors import RoadmapError
from roadmap.domain.messages import Message, message
from roadmap.io.problems import DamagedFile

MAX_XML_BYTES = 64 * 2**20  # MS Project files of tens of thousands of tasks stay far below


def parse_xml(path: Path, what: str) -> Element:
    """The root element of `path`; raises `DamagedFile` naming `what` (a catalogue code) the
    file should be."""

    def damaged(why: str | Message) -> DamagedFile:
        return DamagedFile("xml.damaged", name=path.name, what=message(what), detail=why)

    try:
        size = path.stat().st_size
    except OSError as exc:
        raise RoadmapError("xml.unreadable", name=path.name, detail=exc.strerror or exc) from None
    if size > MAX_XML_BYTES:
        raise damaged(message("xml.why_too_large", mb=MAX_XML_BYTES // 2**20))
    try:
        from defusedxml import DefusedXmlException
        from defusedxml.ElementTree import ParseError, fromstring
    except ImportError:  # pragma: no cover - a broken installation
        raise RoadmapError("xml.needs_defusedxml") from None
    try:
        data = path.read_bytes()
        root: Element = fromstring(data, forbid_dtd=True)
    except DefusedXmlException:
        raise damaged(message("xml.why_doctype")) from None
    except ParseError as exc:
        raise damaged(message("xml.why_error", detail=str(exc))) from None
    except (OSError, ValueError, RecursionError, MemoryError) as exc:
        raise damaged(type(exc).__name__) from None
    return root


def local(tag: str) -> str:
    """A tag without its namespace: MS Project writes one, other tools none."""
    return tag.rsplit("}", 1)[-1]


def child_text(element: Element, name: str) -> str | None:
    """The stripped text of the first child called `name` (any namespace), or None."""
    for child in element:
        if local(child.tag) == name:
            text = (child.text or "").strip()
            return text or None
    return None


def children(element: Element, name: str) -> list[Element]:
    return [child for child in element if local(child.tag) == name]
