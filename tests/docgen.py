"""Real PDF and DOCX files for tests, written by the tests themselves (Chinese text included)."""

from __future__ import annotations

from pathlib import Path

CJK_FONT_FILES = [
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
]


def _font_name() -> str:
    """Register a TrueType CJK font if one is installed, else reportlab's built-in CID font."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.ttfonts import TTFont

    for path in CJK_FONT_FILES:
        if Path(path).exists():
            if "CJK" not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont("CJK", path, subfontIndex=0))
            return "CJK"
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    return "STSong-Light"


def make_pdf(path: Path, pages: list[list[str]] | list[str], *, text_layer: bool = True) -> Path:
    """Write a PDF: one page per list of lines (a flat list is one page). Without a text layer the
    pages carry only drawn rectangles, like a scan."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    if pages and isinstance(pages[0], str):
        pages = [pages]  # type: ignore[list-item]
    font = _font_name()
    c = canvas.Canvas(str(path), pagesize=A4)
    for lines in pages:
        y = A4[1] - 60
        if text_layer:
            c.setFont(font, 11)
            for line in lines:
                c.drawString(50, y, line)
                y -= 16
        else:
            c.rect(50, 100, 400, 600, fill=1)
        c.showPage()
    c.save()
    return Path(path)


def make_docx(path: Path, blocks: list[str | list[list[str]]]) -> Path:
    """Write a DOCX: each block is a paragraph (str) or a table (list of rows of cells)."""
    import docx

    doc = docx.Document()
    for block in blocks:
        if isinstance(block, str):
            doc.add_paragraph(block)
        else:
            table = doc.add_table(rows=len(block), cols=max(len(r) for r in block))
            for i, row in enumerate(block):
                for j, cell in enumerate(row):
                    table.cell(i, j).text = cell
    doc.save(str(path))
    return Path(path)
