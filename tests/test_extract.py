"""Text extraction: real PDF, DOCX, HTML and text files in many encodings, and every refusal."""

from __future__ import annotations

import os
import random
import zipfile

import pypdf
import pytest

from matcher.errors import (
    EmptyTextError,
    EncryptedFileError,
    ExtractError,
    LimitExceededError,
    NoTextLayerError,
    UnsupportedFormatError,
)
from matcher.extract import extract_bytes, extract_file
from matcher.settings import Settings
from tests.docgen import make_docx, make_pdf

ZH = "客服主管 负责客服团队管理\n要求：本科及以上学历，三年以上客服管理经验。\n英语 CET-6 优先"


@pytest.mark.parametrize("codec", ["gbk", "gb18030", "utf-16-le", "utf-16-be", "utf-8-sig"])
def test_text_encodings_decode(tmp_path, codec):
    path = tmp_path / f"jd-{codec}.txt"
    body = ZH + " 𠀀" if codec == "gb18030" else ZH  # a character outside GBK
    data = body.encode(codec)
    if codec == "utf-16-le":
        data = b"\xff\xfe" + data  # with a BOM
    path.write_bytes(data)
    assert extract_file(path) == body


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_detected(codec):
    ascii_heavy = "Customer service lead, 3+ years\n客服主管\n"
    chinese_only = "客服主管负责团队管理要求本科以上学历三年以上经验"
    for text in (ascii_heavy, chinese_only):
        assert extract_bytes(text.encode(codec), "x.txt") == text


def test_utf8_holding_stored_replacement_characters_stays_utf8():
    # seen on a real English résumé: bullets already lost before the file was saved as UTF-8;
    # read as GB18030 each U+FFFD became 锟斤拷 and the résumé counted as written in Chinese
    text = "I.T. Skills \ufffd\ufffd\ufffd\ufffd\ufffd\ufffd Windows XP, Ms Office\n" * 8
    got = extract_bytes(text.encode(), "cv.txt")
    assert got.strip() == text.replace("\ufffd" * 6, "•").strip()
    assert "锟" not in got


def test_lost_symbols_show_once():
    # A file saved with U+FFFD where its bullets were: a lone run between spaces was a separator,
    # a run inside a word one lost character; neither is shown as "������".
    text = (
        "KEY SKILLS: \ufffd\ufffd\ufffd Planning \ufffd\ufffd Presentation. Caf\ufffd\ufffd owner. "
        * 3
    )
    got = extract_bytes(text.encode("utf-8"), "cv.txt")
    assert "KEY SKILLS: • Planning • Presentation. Caf\ufffd owner." in got
    assert "\ufffd\ufffd" not in got


def test_windows_line_ends_and_controls_normalised():
    body = "客服主管岗位，负责团队日常管理与培训工作。" * 5
    raw = f"第一行\r\n{body}\x00\x07\r第三行\tend\f第四".encode()
    assert extract_bytes(raw, "a.txt") == f"第一行\n{body}\n第三行\tend\n第四"


def test_no_unicode_folding():
    text = "ＡＢＣ全角 ① ﬁ"  # NFKC would change all three
    assert extract_bytes(text.encode("utf-8"), "a.txt") == text


def test_docx_paragraphs_and_table_in_order(tmp_path):
    path = make_docx(
        tmp_path / "cv.docx",
        ["个人简历 李晓雨", [["学历", "本科"], ["专业", "市场营销"]], "工作经历：客服专员 三年"],
    )
    text = extract_file(path)
    lines = text.splitlines()
    assert lines[0] == "个人简历 李晓雨"
    assert "学历" in lines[1] and "本科" in lines[1]
    assert "专业" in lines[2] and "市场营销" in lines[2]
    assert lines[3] == "工作经历：客服专员 三年"


def test_docx_zip_bomb_refused(tmp_path):
    good = make_docx(tmp_path / "good.docx", ["正文"])
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename == "word/document.xml":
                dst.writestr(info.filename, b"<w:document>" + b" " * (30 * 1024 * 1024))
            else:
                dst.writestr(info, src.read(info))
    assert bomb.stat().st_size < 1024 * 1024
    with pytest.raises(LimitExceededError) as err:
        extract_file(bomb, Settings(max_file_mb=50))
    assert "bomb.docx" in str(err.value) and "MATCHER_MAX_ZIP_RATIO" in str(err.value)
    with pytest.raises(LimitExceededError, match="MATCHER_MAX_FILE_MB"):
        extract_file(bomb, Settings(max_file_mb=20, max_zip_ratio=100_000))


def test_zip_that_is_not_docx(tmp_path):
    path = tmp_path / "cvs.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("a.txt", "客服")
    with pytest.raises(UnsupportedFormatError, match="cvs.docx"):
        extract_file(path)


def test_pdf_text_layer_chinese(tmp_path):
    path = make_pdf(tmp_path / "cv.pdf", [["王建国 简历", "客服经理 五年"], ["第二页 English"]])
    text = extract_file(path)
    assert "王建国 简历" in text and "客服经理 五年" in text
    assert text.index("客服经理") < text.index("第二页")


def test_scanned_pdf_has_no_text_layer(tmp_path):
    path = make_pdf(tmp_path / "scan.pdf", [["x"], ["y"]], text_layer=False)
    with pytest.raises(NoTextLayerError) as err:
        extract_file(path)
    assert "no text layer (scanned?)" in str(err.value) and "scan.pdf" in str(err.value)


def _encrypt(src, dst, password):
    writer = pypdf.PdfWriter(clone_from=str(src))
    writer.encrypt(user_password=password, owner_password="owner", algorithm="RC4-128")
    writer.write(str(dst))
    return dst


def test_encrypted_pdf(tmp_path):
    plain = make_pdf(tmp_path / "plain.pdf", ["保密 简历"])
    locked = _encrypt(plain, tmp_path / "locked.pdf", "secret")
    with pytest.raises(EncryptedFileError, match="locked.pdf"):
        extract_file(locked)
    # An empty user password only restricts editing: the text is readable.
    open_ = _encrypt(plain, tmp_path / "open.pdf", "")
    assert "保密 简历" in extract_file(open_)


def test_truncated_pdf_is_damaged(tmp_path):
    data = make_pdf(tmp_path / "full.pdf", ["完整 简历"]).read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(ExtractError) as err:
        extract_file(cut)
    assert str(err.value).startswith(f"{cut}: damaged PDF: ")


def test_pdf_page_limit(tmp_path):
    path = make_pdf(tmp_path / "long.pdf", [[f"第{i}页"] for i in range(4)])
    with pytest.raises(LimitExceededError) as err:
        extract_file(path, Settings(max_pdf_pages=3))
    assert "4 pages" in str(err.value) and "MATCHER_MAX_PDF_PAGES" in str(err.value)
    assert "第3页" in extract_file(path, Settings(max_pdf_pages=4))


def test_pdf_named_txt_read_as_pdf(tmp_path):
    path = tmp_path / "cv.txt"
    path.write_bytes(make_pdf(tmp_path / "real.pdf", ["伪装的 PDF"]).read_bytes())
    assert "伪装的 PDF" in extract_file(path)


def test_html_drops_script_and_style():
    page = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>职位</title>
    <style>p { color: red }</style><script>var secret = "x";</script></head>
    <body><h1>客服主管</h1><p>本科&amp;以上&nbsp;学历<br>三年经验</p>
    <ul><li>沟通</li><li>英语</li></ul></body></html>"""
    text = extract_bytes(page.encode("utf-8"), "job.html")
    assert "secret" not in text and "color" not in text
    # Entities unescaped; &nbsp; is layout, so it becomes a plain space.
    assert text.splitlines()[1:] == ["客服主管", "本科&以上 学历", "三年经验", "沟通", "英语"]


def test_html_in_gbk_without_extension():
    page = "<html><body><p>岗位职责</p><p>任职要求</p></body></html>".encode("gbk")
    assert extract_bytes(page, "upload") == "岗位职责\n任职要求"


def test_binary_junk_refused():
    junk = random.Random(7).randbytes(4096)
    with pytest.raises(UnsupportedFormatError) as err:
        extract_bytes(junk, "photo.jpg")
    assert str(err.value) == "photo.jpg: not a text, PDF, DOCX or HTML file"


def test_legacy_doc_refused():
    with pytest.raises(UnsupportedFormatError, match=r"old\.doc: a legacy Word \.doc"):
        extract_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "old.doc")


@pytest.mark.parametrize("data", [b"", b"  \r\n\t ", "\ufeff \n".encode()])
def test_empty_text(data):
    with pytest.raises(EmptyTextError, match="empty.txt"):
        extract_bytes(data, "empty.txt")


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ExtractError, match="nope.pdf: file not found"):
        extract_file(tmp_path / "nope.pdf")
    with pytest.raises(ExtractError, match="folder"):
        extract_file(tmp_path)


def test_file_size_limit(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * (1024 * 1024 + 1))
    with pytest.raises(LimitExceededError, match="big.txt.*MATCHER_MAX_FILE_MB"):
        extract_file(path, Settings(max_file_mb=1))
    with pytest.raises(LimitExceededError):
        extract_bytes(path.read_bytes(), "big.txt", Settings(max_file_mb=1))


def test_text_over_max_chars_is_refused_by_name_never_cut():
    assert len(extract_bytes(b"x" * 100, "a.txt", Settings(max_text_chars=100))) == 100
    with pytest.raises(LimitExceededError, match=r"a\.txt: 1,000 characters .*MATCHER_MAX_TEXT"):
        extract_bytes(b"x" * 1000, "a.txt", Settings(max_text_chars=100))


def test_second_extraction_identical(tmp_path):
    pdf = make_pdf(tmp_path / "a.pdf", ["重复 读取"])
    docx = make_docx(tmp_path / "a.docx", ["重复", [["a", "b"]]])
    for path in (pdf, docx):
        assert extract_file(path) == extract_file(path)


def test_seed_jd_decodes(seed_jd_path):
    text = extract_file(seed_jd_path)
    assert "客服主管" in text
    assert "\r" not in text and "\ufffd" not in text
    assert os.path.getsize(seed_jd_path) > len(text)  # multi-byte characters were decoded


def test_pdf_parse_time_bound(tmp_path):
    path = make_pdf(tmp_path / "slow.pdf", [["第一页"], ["第二页"]])
    with pytest.raises(LimitExceededError, match="slow.pdf.*MATCHER_MAX_PARSE_SECONDS"):
        extract_file(path, Settings(max_parse_seconds=0.0))


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _docx_with_body(tmp_path, body: str, prolog: str = "") -> bytes:
    """A real docx whose document.xml body is replaced by `body`."""
    src = make_docx(tmp_path / "base.docx", ["占位"])
    out = tmp_path / "custom.docx"
    xml = (
        f'<?xml version="1.0" encoding="UTF-8"?>{prolog}'
        f'<w:document xmlns:w="{W_NS}" xmlns:mc="{MC_NS}"><w:body>{body}</w:body></w:document>'
    )
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = xml.encode() if info.filename == "word/document.xml" else zin.read(info)
            zout.writestr(info.filename, data)
    return out.read_bytes()


def test_docx_text_box_once_tabs_and_breaks(tmp_path):
    box = "<w:txbxContent><w:p><w:r><w:t>文本框 张丽</w:t></w:r></w:p></w:txbxContent>"
    body = (
        "<w:p><w:r><w:t>姓名</w:t><w:tab/><w:t>电话</w:t><w:br/><w:t>第二行</w:t></w:r></w:p>"
        f"<w:p><w:r><mc:AlternateContent><mc:Choice>{box}</mc:Choice>"
        f"<mc:Fallback>{box}</mc:Fallback></mc:AlternateContent></w:r></w:p>"
        "<w:sdt><w:sdtContent><w:p><w:r><w:t>控件内段落</w:t></w:r></w:p></w:sdtContent></w:sdt>"
    )
    text = extract_bytes(_docx_with_body(tmp_path, body), "box.docx")
    assert text.count("文本框 张丽") == 1
    assert text.startswith("姓名\t电话\n第二行\n")
    assert text.endswith("控件内段落")


def test_docx_with_dtd_or_broken_xml_refused(tmp_path):
    dtd = '<!DOCTYPE w [<!ENTITY a "aaaa">]>'
    data = _docx_with_body(tmp_path, "<w:p><w:r><w:t>&a;</w:t></w:r></w:p>", prolog=dtd)
    with pytest.raises(ExtractError, match="dtd.docx: damaged DOCX: .*DTD"):
        extract_bytes(data, "dtd.docx")
    broken = _docx_with_body(tmp_path, "<w:p><w:r><w:t>未闭合</w:r></w:p>")
    with pytest.raises(ExtractError, match="broken.docx: damaged DOCX"):
        extract_bytes(broken, "broken.docx")


def test_html_by_extension_hint_without_doctype():
    fragment = "<p>岗位职责</p><p>任职要求 &lt;本科&gt;</p>".encode()
    assert extract_bytes(fragment, "jd.html") == "岗位职责\n任职要求 <本科>"
    assert extract_bytes(fragment, "jd.txt") == fragment.decode()  # no hint: kept as written
