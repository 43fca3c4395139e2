"""The hostile uploads of the 2026-11-30 attack run, written as bytes by the tests: a DOCX of many
tiny runs, a DOCX whose document.xml is UTF-16 with an entity bomb, zips that unpack to far more
than they weigh. Nothing here is a real person."""

from __future__ import annotations

import io
import random
import string
import zipfile

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="application/xml"/></Types>'
)


def docx_bytes(document_xml: bytes) -> bytes:
    """A minimal .docx holding `document_xml` as word/document.xml."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES)
        zf.writestr("word/document.xml", document_xml)
    return buf.getvalue()


def many_runs_docx(runs: int = 150_000, seed: int = 7) -> bytes:
    """A DOCX of one paragraph made of `runs` tiny runs of random letters, each with its own
    font size (~1.8 MB zipped at 150,000: random enough to pass the expansion-ratio check)."""
    rng = random.Random(seed)
    letters = string.ascii_letters
    body = "".join(
        f'<w:r><w:rPr><w:sz w:val="{rng.randint(8, 72)}"/></w:rPr>'
        f"<w:t>{''.join(rng.choices(letters, k=3))}</w:t></w:r>"
        for _ in range(runs)
    )
    xml = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W_NS}"><w:body>'
        f"<w:p>{body}</w:p></w:body></w:document>"
    )
    return docx_bytes(xml.encode())


def entity_bomb_xml(encoding: str = "utf-16", depth: int = 8) -> bytes:
    """document.xml declaring nested entities (10**depth expansions) in `encoding`; with or
    without a BOM as the codec writes it ("utf-16" writes one, "utf-16-le" / "-be" do not)."""
    decls = ['<!ENTITY e0 "lol">'] + [
        f'<!ENTITY e{i} "{f"&e{i - 1};" * 10}">' for i in range(1, depth + 1)
    ]
    label = "UTF-16" if encoding.lower().startswith("utf-16") else "UTF-8"
    xml = (
        f'<?xml version="1.0" encoding="{label}"?>'
        f"<!DOCTYPE w:document [{''.join(decls)}]>"
        f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>&e{depth};</w:t></w:r></w:p>'
        "</w:body></w:document>"
    )
    return xml.encode(encoding)


def zip_of_zeros(mb: int, name: str = "cv.txt") -> bytes:
    """A zip with one member of `mb` MB of spaces and a short résumé: tiny to send, big unpacked."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("ok.txt", "张三（虚构）\n熟练使用 Excel\n")
        zf.writestr(name, b" " * (mb * 1024 * 1024))
    return buf.getvalue()
