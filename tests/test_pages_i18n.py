"""The UI text catalogs: complete in both languages, every key the templates use exists."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from web.i18n import pick_language, translate
from web.i18n_catalog import EN, ZH

TEMPLATES = Path(__file__).resolve().parent.parent / "web" / "templates"
PAGES = Path(__file__).resolve().parent.parent / "web" / "pages"
# t("key") in templates and Python; t("prefix." ~ var) are open-ended families checked below.
KEY_RE = re.compile(r"""\bt\(\s*["']([a-z0-9_.]*[a-z0-9_])["']""")
FAMILY_RE = re.compile(r"""\bt\(\s*["']([a-z_]+\.)["']\s*~""")
FAMILIES = {
    "kind.": "education major experience skill language certificate knowledge competency age "
    "gender location other",
    "flag.": "gender age appearance marital ethnicity birthplace health other",
    "flag_reason.": "gender age appearance marital ethnicity birthplace health",
    "role.": "admin recruiter hiring_manager",
    "verdict.": "met partial unmet unknown",
    "decision.": "shortlist interview reject",
    "stage.": "active new shortlist interview reject all",
    "status.": "queued processing parsed duplicate failed",
    "section.": "summary duties qualifications other",
    "error.": "400 403 404 405 413 429 500",
    "level.": "high_school associate bachelor master doctorate",
}


def _sources() -> list[Path]:
    return sorted(TEMPLATES.rglob("*.html")) + sorted(PAGES.glob("*.py"))


def test_both_catalogs_have_the_same_keys():
    assert set(EN) - set(ZH) == set(), "keys missing in Chinese"
    assert set(ZH) - set(EN) == set(), "keys missing in English"


def test_no_empty_text_and_chinese_is_chinese():
    for key in EN:
        assert EN[key].strip() and ZH[key].strip(), key
    untranslated = [k for k in EN if EN[k] == ZH[k] and re.search(r"[a-z]{4}", EN[k])]
    assert untranslated == [], f"same English text in both catalogs: {untranslated}"


def test_placeholders_agree_between_languages():
    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    for key in EN:
        assert fields(EN[key]) == fields(ZH[key]), key


def test_every_key_used_exists():
    used: set[str] = set()
    for path in _sources():
        used |= set(KEY_RE.findall(path.read_text(encoding="utf-8")))
    assert len(used) > 100  # the scan found the templates
    assert sorted(used - set(EN)) == []


def test_every_key_family_is_complete():
    families: set[str] = set()
    for path in _sources():
        families |= set(FAMILY_RE.findall(path.read_text(encoding="utf-8")))
    assert families <= set(FAMILIES), f"add the new family to FAMILIES: {families - set(FAMILIES)}"
    for prefix in families:
        for member in FAMILIES[prefix].split():
            assert prefix + member in EN, prefix + member


@pytest.mark.parametrize(
    ("header", "cookie", "expected"),
    [
        ("zh-CN,zh;q=0.9,en;q=0.8", None, "zh"),
        ("en-US,en;q=0.9,zh-CN;q=0.5", None, "en"),
        ("zh-TW", None, "zh"),
        ("fr-FR,fr;q=0.9", None, "en"),
        ("", None, "en"),
        (None, None, "en"),
        ("en-US", "zh", "zh"),
        ("zh-CN", "xx", "zh"),
    ],
)
def test_pick_language(header, cookie, expected):
    assert pick_language(header, cookie) == expected


def test_translate_formats_and_falls_back():
    assert translate("preview.found", "zh", n=3) == "共识别出 3 个职位"
    assert translate("preview.found", "en", n=3) == "3 posting(s) found"
    assert translate("no.such.key", "zh") == "no.such.key"
