"""Fuzzing: random and mutated text and bytes fed to the JD parser, the résumé parser and the
text extractor never raise anything but the project's named errors. Bounded so the suite stays
quick; every person in the seed texts is invented."""

from __future__ import annotations

import zipfile
from io import BytesIO
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from matcher.errors import MatcherError
from matcher.settings import Settings
from tests.docgen import make_docx, make_pdf

FAST = settings(
    max_examples=150,
    deadline=None,  # a slow example is not a failure here; benches measure speed
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=True,  # the same examples every run: a failure is reproducible
)
FILES = settings(FAST, max_examples=100)

JD_TEXT = """高级数据分析师（上海）
岗位职责：
1. 负责用户行为数据的分析与建模；
2. 搭建指标体系，输出周报。
任职要求：
1. 本科及以上学历，统计学、数学或计算机相关专业；
2. 3-5年数据分析经验，熟练使用 SQL、Python；
3. 英语六级，能阅读英文文献；
4. 年龄35岁以下，限男性；
加分项：有金融行业经验者优先。

Senior Data Analyst (Remote)
Responsibilities:
- Build dashboards and own the weekly metrics review.
Requirements:
- Bachelor's degree or above in Statistics or Computer Science
- At least 3 years of experience with SQL and Python
- Fluent English; Mandarin is a plus
"""

RESUME_TEXT = """简历
姓名：周明远（虚构）    性别：男    出生年月：1990.05
电话：138-0013-8000    邮箱：mingyuan.zhou@example.com
教育背景
2008.09-2012.06  示范大学  统计学  本科
2012.09-2015.06  示范大学  应用数学  硕士
工作经历
2015.07-至今  某某数据科技有限公司  数据分析师
负责用户画像与 A/B 测试，使用 SQL、Python、Tableau。
技能证书：英语六级（CET-6），CPA
Work experience
Jan 2019 - Present, Analyst, Example Corp: built churn models in Python.
Skills: SQL, Python, Excel; English (fluent), Japanese (basic)
"""

# Characters the parsers treat specially, so mutations hit their branches often.
SPECIAL = list(
    "：:，,。.;；-—~～至今年月日0123456789@+()（）\n\r\t \u3000\ufeff\u200b\x00|/本科硕士博士岁以上下"
)


@st.composite
def mutated_text(draw, base: str) -> str:
    """`base` with a few random edits: deletions, insertions, duplications, swaps, cuts."""
    text = base
    for _ in range(draw(st.integers(1, 8))):
        op = draw(st.sampled_from(["delete", "insert", "duplicate", "cut", "special", "swap"]))
        i = draw(st.integers(0, len(text)))
        j = draw(st.integers(i, min(len(text), i + 80)))
        if op == "delete":
            text = text[:i] + text[j:]
        elif op == "insert":
            text = text[:i] + draw(st.text(max_size=20)) + text[i:]
        elif op == "duplicate":
            text = text[:j] + text[i:j] * draw(st.integers(1, 20)) + text[j:]
        elif op == "cut":
            text = text[i:j] if draw(st.booleans()) else text[:i]
        elif op == "special":
            text = (
                text[:i] + "".join(draw(st.lists(st.sampled_from(SPECIAL), max_size=6))) + text[i:]
            )
        else:
            text = text[j:] + text[:i] + text[i:j]
    return text


@st.composite
def mutated_bytes(draw, base: bytes) -> bytes:
    """`base` with a few byte-level edits: flips, deletions, random inserts, truncation."""
    data = bytearray(base)
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(["flip", "delete", "insert", "truncate", "zero"]))
        if not data:
            data = bytearray(draw(st.binary(max_size=64)))
            continue
        i = draw(st.integers(0, len(data) - 1))
        j = draw(st.integers(i, min(len(data), i + 512)))
        if op == "flip":
            data[i] ^= draw(st.integers(1, 255))
        elif op == "delete":
            del data[i:j]
        elif op == "insert":
            data[i:i] = draw(st.binary(max_size=64))
        elif op == "truncate":
            del data[i:]
        else:
            data[i:j] = bytes(j - i)
    return bytes(data)


def _only_named_errors(func, *args) -> None:
    """The project's own named errors are allowed, but not extract_bytes' last resort (code
    "unreadable"): that one wraps an exception no reader expected, which is a bug to fix."""
    try:
        func(*args)
    except MatcherError as exc:
        assert exc.code != "unreadable", f"a reader crashed: {exc.__cause__!r}"


ANY_TEXT = st.text(alphabet=st.characters(codec="utf-8"), max_size=2000)


@FAST
@given(st.one_of(ANY_TEXT, mutated_text(JD_TEXT)))
def test_parse_jd_raises_only_named_errors(text):
    from matcher.jd import parse_jd

    _only_named_errors(parse_jd, text)


@FAST
@given(st.one_of(ANY_TEXT, mutated_text(RESUME_TEXT)))
def test_parse_resume_raises_only_named_errors(text):
    from matcher.resume import parse_resume

    _only_named_errors(parse_resume, text)


@FAST
@given(mutated_text(RESUME_TEXT))
def test_parse_resume_is_deterministic(text):
    from matcher.resume import parse_resume

    try:
        first = parse_resume(text)
    except MatcherError:
        return
    assert parse_resume(text) == first


def _seed_files() -> dict[str, bytes]:
    """A real PDF and DOCX of the résumé text (written once, in a temp folder removed after)."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="fuzz-seeds-") as name:
        folder = Path(name)
        lines = RESUME_TEXT.splitlines()
        pdf = make_pdf(folder / "seed.pdf", [lines[:10], lines[10:]])
        docx = make_docx(folder / "seed.docx", lines[:8] + [[["技能", "SQL"], ["语言", "英语"]]])
        return {"pdf": pdf.read_bytes(), "docx": docx.read_bytes()}


SEEDS = _seed_files()
SMALL = Settings(max_parse_seconds=5.0)


@FAST
@given(st.binary(max_size=4096), st.sampled_from(["a.txt", "a.pdf", "a.docx", "a.html", "a"]))
def test_extract_random_bytes_raises_only_named_errors(data, name):
    from matcher.extract import extract_bytes

    _only_named_errors(extract_bytes, data, name, SMALL)


@FAST
@given(mutated_text(RESUME_TEXT), st.sampled_from(["utf-8", "utf-16", "gbk", "gb18030"]))
def test_extract_mutated_text_in_any_encoding(text, encoding):
    from matcher.extract import extract_bytes

    data = text.encode(encoding, errors="replace")
    _only_named_errors(extract_bytes, data, "r.txt", SMALL)


@FILES
@given(mutated_bytes(SEEDS["pdf"]))
def test_extract_mutated_pdf_raises_only_named_errors(data):
    from matcher.extract import extract_bytes

    _only_named_errors(extract_bytes, data, "r.pdf", SMALL)


@FILES
@given(mutated_bytes(SEEDS["docx"]))
def test_extract_mutated_docx_raises_only_named_errors(data):
    from matcher.extract import extract_bytes

    _only_named_errors(extract_bytes, data, "r.docx", SMALL)


@st.composite
def docx_with_mutated_xml(draw) -> bytes:
    """A well-formed zip whose document.xml is mutated: reaches the XML reader, not zip checks."""
    source = zipfile.ZipFile(BytesIO(SEEDS["docx"]))
    out = BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/document.xml":
                data = draw(mutated_bytes(data))
            z.writestr(info.filename, data)
    return out.getvalue()


@FILES
@given(docx_with_mutated_xml())
def test_extract_docx_with_mutated_xml_raises_only_named_errors(data):
    from matcher.extract import extract_bytes

    _only_named_errors(extract_bytes, data, "r.docx", SMALL)


@FILES
@given(mutated_bytes(SEEDS["docx"]))
def test_zip_members_raise_only_named_errors(data):
    from matcher.extract.zip import iter_zip_members

    try:
        for _name, content in iter_zip_members(data, "batch.zip", SMALL):
            assert isinstance(content, (bytes, MatcherError))
    except MatcherError:
        pass
