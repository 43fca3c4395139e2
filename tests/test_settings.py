"""The settings table: safe defaults, MATCHER_* variables, errors that name the variable."""

from __future__ import annotations

from dataclasses import fields

import pytest

from matcher.settings import Settings, describe


def test_defaults_are_safe():
    s = Settings.from_env({})
    assert s == Settings()
    assert s.host == "127.0.0.1"
    assert 0 < s.max_file_mb <= s.max_upload_mb
    assert s.max_zip_ratio > 1 and s.max_pdf_pages > 0 and s.max_parse_seconds > 0


def test_from_env_reads_typed_values():
    s = Settings.from_env(
        {
            "MATCHER_PORT": "5123",
            "MATCHER_DB": "/tmp/x.db",
            "MATCHER_MAX_PARSE_SECONDS": "2.5",
            "MATCHER_MAX_PDF_PAGES": "7",
            "OTHER_PORT": "1",
        }
    )
    assert (s.port, s.db, s.max_parse_seconds, s.max_pdf_pages) == (5123, "/tmp/x.db", 2.5, 7)
    assert isinstance(s.port, int) and isinstance(s.max_parse_seconds, float)


def test_overrides_win_over_env():
    s = Settings.from_env({"MATCHER_PORT": "5123"}, port=6000)
    assert s.port == 6000


def test_from_env_defaults_to_process_environment(monkeypatch):
    monkeypatch.setenv("MATCHER_MAX_FILES", "12")
    assert Settings.from_env().max_files == 12


@pytest.mark.parametrize(("name", "raw"), [("MATCHER_PORT", "abc"), ("MATCHER_MAX_FILE_MB", "1.5")])
def test_bad_number_names_the_variable(name, raw):
    with pytest.raises(ValueError) as err:
        Settings.from_env({name: raw})
    assert name in str(err.value) and repr(raw) in str(err.value)


def test_describe_covers_every_field():
    rows = describe()
    assert [r[0] for r in rows] == [f"MATCHER_{f.name.upper()}" for f in fields(Settings)]
    assert all(help_.strip() for _, _, help_ in rows)
    assert ("MATCHER_PORT", 5000, "port of the web service on 127.0.0.1") in rows


def test_an_unknown_engine_is_refused_by_name():
    assert Settings.from_env({"MATCHER_ENGINE": "ray"}).engine == "ray"
    with pytest.raises(ValueError, match="MATCHER_ENGINE='spark' is not one of local, ray"):
        Settings.from_env({"MATCHER_ENGINE": "spark"})
