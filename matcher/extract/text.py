"""Decoding plain-text bytes (UTF-8, UTF-8 with BOM, UTF-16/32, GBK/GB18030) and reading HTML."""

from __future__ import annotations

import codecs
import html
import json
import re
import unicodedata
from html.parser import HTMLParser

# Checked longest first: a UTF-32 LE BOM begins with the UTF-16 LE one.
_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]
_ALLOWED_CONTROLS = set("\t\n\r\f\v")
# The C0 and C1 control characters: nothing a parser or a file name can use (NULs break SQLite
# and regexes). Text keeps its tabs and line breaks; a file name keeps none.
CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]")
TEXT_CONTROLS = re.compile(r"(?![\t\n])" + CONTROLS.pattern)
# Share of suspicious characters (controls, U+FFFD, private use, unassigned) above which a
# decoding is judged not to be text.
_MAX_JUNK = 0.02
# Replacement characters tolerated when no codec decodes strictly (a cut-off last character).
_MAX_REPLACED = 0.01
# Replacement characters a strictly valid UTF-8 file may hold as written (U+FFFD saved as such).
_MAX_STORED_REPLACED = 0.2


def _junk_ratio(text: str) -> float:
    """Share of characters that real text almost never holds."""
    if not text:
        return 0.0
    bad = 0
    for ch in text:
        if ch in _ALLOWED_CONTROLS:
            continue
        cat = unicodedata.category(ch)
        if cat in ("Cc", "Co", "Cn", "Cs") or ch == "\ufffd":
            bad += 1
    return bad / len(text)


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' when NULs sit on one side of the byte pairs (ASCII-heavy text)."""
    sample = data[:4096]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even = sum(1 for i in range(0, pairs * 2, 2) if sample[i] == 0)
    odd = sum(1 for i in range(1, pairs * 2, 2) if sample[i] == 0)
    if odd > 0.2 * pairs and even < 0.02 * pairs:
        return "utf-16-le"
    if even > 0.2 * pairs and odd < 0.02 * pairs:
        return "utf-16-be"
    return None


def _common_ratio(text: str) -> float:
    """Share of characters typical of Chinese or English text: how plausible a decoding is."""
    if not text:
        return 0.0
    common = 0
    for ch in text:
        o = ord(ch)
        if (
            0x20 <= o < 0x7F
            or ch in "\t\n\r"
            or 0x4E00 <= o <= 0x9FFF  # CJK unified ideographs (the common block)
            or 0x3000 <= o <= 0x303F  # CJK punctuation
            or 0xFF00 <= o <= 0xFFEF  # full-width forms
            or 0x2000 <= o <= 0x206F  # general punctuation (quotes, dashes)
            or 0xA0 <= o <= 0xFF  # Latin-1 letters
        ):
            common += 1
    return common / len(text)


# A guessed (not UTF-8) decoding must look at least this much like Chinese or English text.
_MIN_COMMON = 0.6


def decode_text(data: bytes) -> str | None:
    """The text of `data` decoded by BOM, UTF-8, or the most plausible of GB18030 and BOM-less
    UTF-16; None if it is not text."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text = data[len(bom) :].decode(codec, errors="replace")
            return text if _junk_ratio(text) <= _MAX_JUNK else None
    codec16 = _utf16_without_bom(data)
    if codec16:  # NULs on one side of the pairs: UTF-8 and GB18030 would keep the NULs
        text = data.decode(codec16, errors="replace")
        if _junk_ratio(text) <= _MAX_JUNK:
            return text
    try:
        text = data.decode("utf-8")  # strict UTF-8 success is strong evidence on its own
        if _junk_ratio(text) <= _MAX_JUNK:
            return text
        # Replacement characters stored as such (a file damaged before it was saved as UTF-8):
        # still UTF-8. Read as GB18030 each one becomes 锟斤拷, and an English résumé "Chinese".
        stored = text.count("\ufffd") / len(text)
        if stored <= _MAX_STORED_REPLACED and _junk_ratio(text) - stored <= _MAX_JUNK:
            return text
    except UnicodeDecodeError:
        pass
    guesses = []
    for codec in ("gb18030", "utf-16-le", "utf-16-be"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _junk_ratio(text) <= _MAX_JUNK:
            guesses.append((_common_ratio(text), codec, text))
    if guesses:
        score, _, text = max(guesses, key=lambda g: g[0])  # ties keep GB18030 (listed first)
        if score >= _MIN_COMMON:
            return text
    # No strict decoding: take the best lenient one if only a few bytes are damaged.
    best = None
    for codec in ("utf-8", "gb18030"):
        text = data.decode(codec, errors="replace")
        replaced = text.count("\ufffd") / max(len(text), 1)
        plausible = replaced <= _MAX_REPLACED and _junk_ratio(text) <= _MAX_JUNK + _MAX_REPLACED
        if plausible and (best is None or replaced < best[0]):
            best = (replaced, text)
    return best[1] if best else None


_HTML_START = re.compile(
    r"\A(?:\s|<!--.*?-->|<\?xml[^>]*>)*<(?:!doctype\s+html|html|head|body|meta|title)\b",
    re.IGNORECASE | re.DOTALL,
)
_ANY_TAG = re.compile(r"<(?:p|div|br|table|span|h[1-6]|ul|li)\b", re.IGNORECASE)


def looks_like_html(text: str, hinted: bool) -> bool:
    """True when the text starts like an HTML document (or, named .html, holds common tags)."""
    head = text[:2048]
    return bool(_HTML_START.match(head)) or (hinted and bool(_ANY_TAG.search(head)))


_BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "fieldset",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
    "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot", "tr",
    "ul", "title",
}  # fmt: skip
_CELL_TAGS = {"td", "th"}
_SKIP_TAGS = {"script", "style", "noscript", "template"}


class _TextCollector(HTMLParser):
    """Collects visible text: script/style dropped, block elements on their own lines."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _SKIP_TAGS:
            self.skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")
        elif tag in _CELL_TAGS:
            self.parts.append("\t")

    def handle_startendtag(self, tag: str, attrs) -> None:
        if tag in ("br", "hr"):
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            # Source line breaks inside a block are layout, not content.
            self.parts.append(re.sub(r"\s*\n\s*", " ", data))


def html_to_text(markup: str) -> str:
    """Visible text of an HTML document, one block per line, entities unescaped."""
    collector = _TextCollector()
    collector.feed(markup)
    collector.close()
    text = "".join(collector.parts)  # entities already unescaped by convert_charrefs
    lines = [re.sub(r"[ \u00a0]+", " ", line).strip(" \t") for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


# Markup a scraper left in a posting's text: line breaks as tags ("…管理；<br/>2、分析…", "</p>",
# "</li>"), entities ("&nbsp;|&nbsp;1-3年", "客户&amp;服务商"). Two tags that end a line or more
# make it markup; a tag named once is talk about HTML ("experience with <div> layouts").
_LINE_TAGS = re.compile(r"<(?:br|hr)\s*/?>|</(?:p|div|li|tr|h[1-6])\s*>", re.IGNORECASE)
_ENTITY = re.compile(r"&(?:[a-z]{2,8}|#\d{2,6}|#x[0-9a-f]{2,5});", re.IGNORECASE)


def markup_left(text: str) -> str:
    """The text a scraper took with its markup: its tags read as html_to_text reads a page
    (each source line a line of its own), its entities unescaped; any other text unchanged."""
    if len(_LINE_TAGS.findall(text)) >= 2:
        return "\n".join(html_to_text(line) for line in text.split("\n"))
    if _ENTITY.search(text):
        return _ENTITY.sub(lambda m: html.unescape(m.group(0)).replace("\u00a0", " "), text)
    return text


# A schema.org JobPosting a scraper took as text: the JSON-LD a career page carries for search
# engines, inside its <script> tag (which html_to_text drops as code) or bare. A recruiter reads
# what the page shows: the title, then the description (HTML) and the other text properties
# under their own headings. Structured values (a credential's category, months of experience,
# pay, place, dates) restate the description or are the offer, and are left out.
_JSON_LD = re.compile(r"<script[^>]*ld\+json[^>]*>(.*?)</script\s*>", re.IGNORECASE | re.DOTALL)
_TEXT_PROPERTIES = (
    ("description", ""),
    ("responsibilities", "Responsibilities"),
    ("qualifications", "Qualifications"),
    ("educationRequirements", "Education"),
    ("experienceRequirements", "Experience"),
    ("skills", "Skills"),
)


def _job_postings(data) -> list[dict]:
    """The JobPosting objects of a JSON-LD value (a list or an @graph may hold several)."""
    if isinstance(data, list):
        return [p for item in data for p in _job_postings(item)]
    if not isinstance(data, dict):
        return []
    kind = data.get("@type")
    if kind == "JobPosting" or (isinstance(kind, list) and "JobPosting" in kind):
        return [data]
    return _job_postings(data.get("@graph", []))


def _posting_text(posting: dict) -> str:
    lines = [str(posting.get("title") or "").strip()]
    for key, heading in _TEXT_PROPERTIES:
        value = posting.get(key)
        if isinstance(value, list):
            value = "\n".join(v for v in value if isinstance(v, str))
        if not isinstance(value, str) or not value.strip():
            continue
        if heading:
            lines.append(heading)
        lines.append(html_to_text(value) if _ANY_TAG.search(value) else html.unescape(value))
    return "\n".join(line for line in lines if line)


def job_posting_json(text: str) -> str:
    """The text with each JSON-LD JobPosting it holds read as its page shows it; any other
    text unchanged (JSON that is no JobPosting, or that does not parse, stays as it is)."""
    if "JobPosting" not in text:
        return text

    def read(blob: str) -> str | None:
        try:
            return _as_page(json.loads(blob))
        except ValueError:
            return None

    if _JSON_LD.search(text):
        return _JSON_LD.sub(lambda m: "\n" + (read(m.group(1)) or m.group(0)) + "\n", text)
    start = min((i for i in (text.find("{"), text.find("[")) if i >= 0), default=-1)
    if start < 0:
        return text
    try:
        data, end = json.JSONDecoder().raw_decode(text, start)
    except ValueError:
        return text
    body = _as_page(data)
    return text if body is None else text[:start] + "\n" + body + "\n" + text[end:]


def _as_page(data) -> str | None:
    """The JobPostings of a parsed JSON-LD value as their page shows them, or None for none."""
    postings = _job_postings(data)
    return "\n\n".join(map(_posting_text, postings)) if postings else None
