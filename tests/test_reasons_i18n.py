"""Verdict reasons built from codes are said in the reader's language; a masked record carries
no codes (their parameters quote the résumé)."""

from __future__ import annotations

from matcher.masking import mask_candidate
from tests.web_support import make_app
from web.pages.views import reader_reason

REQ = {
    "text": "3年以上客服管理经验",
    "verdict": "met",
    "scored": True,
    "reason": "客服主管 2012–2020，8 年 ≥ 3 年",
    "reason_codes": [
        {"code": "field_years", "params": {"entry": "客服主管 2012–2020", "have": 8.0, "need": 3}}
    ],
}


def test_a_coded_reason_is_said_in_the_readers_language(tmp_path):
    app = make_app(tmp_path)
    with app.test_request_context("/", headers={"Accept-Language": "en"}):
        assert reader_reason(REQ) == "客服主管 2012–2020, 8 years ≥ 3"
    with app.test_request_context("/", headers={"Accept-Language": "zh-CN"}):
        assert reader_reason(REQ) == "客服主管 2012–2020，8 年 ≥ 3 年"
    with app.test_request_context("/", headers={"Accept-Language": "en"}):
        # no codes (a typed rule's reason, or a masked record): the stored line as it is
        assert reader_reason({**REQ, "reason_codes": []}) == REQ["reason"]
        unknown = {**REQ, "reason_codes": [{"code": "from_a_newer_version", "params": {}}]}
        assert reader_reason(unknown) == REQ["reason"]


def test_the_masked_view_drops_reason_codes_that_quote_the_resume():
    cand = {
        "name": "林小雨",
        "profile": {"name": "林小雨"},
        "requirements": [
            {
                **REQ,
                "reason": "林小雨 客服主管 2012–2020",
                "reason_codes": [{"code": "concrete", "params": {"what": "林小雨 带领6人团队"}}],
            }
        ],
    }
    masked = mask_candidate(cand)
    (req,) = masked["requirements"]
    assert "reason_codes" not in req and "林小雨" not in req["reason"]
