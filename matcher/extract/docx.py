"""The text of a .docx: body paragraphs and tables in document order, read straight from the XML."""

from __future__ import annotations

from xml.etree import ElementTree

from matcher.errors import ExtractError, MatcherError, UnsupportedFormatError
from matcher.extract.zip import check_member, is_docx, open_zip, read_bounded
from matcher.settings import MB, Settings

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
CELL_SEPARATOR = " | "


def docx_text(data: bytes, name: str, settings: Settings) -> str:
    """Paragraphs one per line; a table row as its cells joined by ' | ', in document order."""
    zf = open_zip(data, name)
    if not is_docx(zf):
        raise UnsupportedFormatError(
            "a zip archive, not a Word document; upload a .zip as a bulk upload",
            path=name,
            code="zip_not_docx",
        )
    info = zf.getinfo("word/document.xml")
    label = f"{name} (word/document.xml)"
    check_member(info, settings, label)
    xml = read_bounded(zf, info, min(info.file_size, settings.max_file_mb * MB), label)
    try:
        root = parse_xml(xml)
    except DTDRefused as exc:
        raise ExtractError(
            "damaged DOCX: document.xml declares a DTD", path=name, code="docx_dtd"
        ) from exc
    except (ElementTree.ParseError, ValueError) as exc:
        raise ExtractError(f"damaged DOCX: {exc}", path=name, code="damaged_docx") from exc
    body = root.find(f"{W}body")
    if body is None:
        raise ExtractError("damaged DOCX: document.xml has no body", path=name, code="damaged_docx")
    try:
        return "\n".join(_blocks(body))
    except MatcherError:
        raise
    except MemoryError:  # the parse worker's memory limit: named there, not here
        raise
    except Exception as exc:  # malformed structure the walk did not expect
        raise ExtractError(
            f"damaged DOCX: {type(exc).__name__}", path=name, code="damaged_docx"
        ) from exc


class DTDRefused(Exception):
    """The XML declares a document type (where entities would be declared)."""


class _NoDTDBuilder(ElementTree.TreeBuilder):
    """A tree builder that stops the parse at a DOCTYPE: a Word document never declares one,
    and refusing it rules out entity-expansion bombs. The parser calls this after decoding, so
    it holds in every encoding XML allows (a search for the bytes "<!ENTITY" would miss UTF-16)."""

    def doctype(self, name, pubid, system):
        raise DTDRefused(name)


def parse_xml(xml: bytes) -> ElementTree.Element:
    """The root of an XML document with no DTD; DTDRefused when it declares one."""
    parser = ElementTree.XMLParser(target=_NoDTDBuilder())
    parser.feed(xml)
    return parser.close()


def _blocks(parent: ElementTree.Element) -> list[str]:
    """Lines of the block-level children: paragraphs, tables, and content controls around them."""
    lines: list[str] = []
    for child in parent:
        if child.tag == f"{W}p":
            lines.append(_paragraph(child))
        elif child.tag == f"{W}tbl":
            lines.extend(_table(child))
        elif child.tag in (f"{W}sdt", f"{W}sdtContent", f"{W}customXml"):
            lines.extend(_blocks(child))
    return lines


def _paragraph(p: ElementTree.Element) -> str:
    """Run text with tabs and breaks; text boxes inside the paragraph once (not their fallback)."""
    out: list[str] = []

    def walk(el: ElementTree.Element) -> None:
        for child in el:
            tag = child.tag
            if tag == MC_FALLBACK:  # the same text box again, for older Word versions
                continue
            if tag == f"{W}t":
                out.append(child.text or "")
            elif tag == f"{W}tab":
                out.append("\t")
            elif tag in (f"{W}br", f"{W}cr"):
                out.append("\n")
            elif tag == f"{W}p":  # a paragraph inside a text box
                out.append("\n")
                walk(child)
            else:
                walk(child)

    walk(p)
    return "".join(out)


def _table(tbl: ElementTree.Element) -> list[str]:
    """One line per row; a cell's paragraphs joined by a space, nested tables flattened."""
    rows = []
    for tr in tbl.findall(f"{W}tr"):  # direct rows only: nested tables are read in their cell
        cells = []
        for tc in tr.findall(f"{W}tc"):
            cells.append(" ".join(line.strip() for line in _blocks(tc) if line.strip()))
        rows.append(CELL_SEPARATOR.join(cells))
    return rows
