"""The masked view hides name (wherever and however it occurs), contact, gender, birth date, age,
ethnicity and photo without moving evidence offsets; whole candidate records too."""

from __future__ import annotations

from matcher.masking import mask_candidate, mask_text

RESUME = (
    "林晓雯\n性别：女  出生年月：1993.04\n电话：138 0013 8000  邮箱：xiaowen.lin@example.com\n"
    "年龄 31岁\n工作经历：2019-至今 某电商公司 客服主管，负责 12 人团队。\n"
    "Gender: female | Date of birth: 1993-04-02\n"
)
PROFILE = {"name": "林晓雯", "emails": ["xiaowen.lin@example.com"], "phones": ["13800138000"]}


def test_personal_details_are_hidden():
    masked = mask_text(RESUME, PROFILE)
    for secret in [
        "林晓雯",
        "女",
        "1993.04",
        "138 0013 8000",
        "xiaowen.lin",
        "31岁",
        "female",
        "1993-04-02",
    ]:
        assert secret not in masked, secret


def test_everything_else_stays_in_place():
    masked = mask_text(RESUME, PROFILE)
    assert len(masked) == len(RESUME)
    assert masked.count("\n") == RESUME.count("\n")
    start = RESUME.index("客服主管")
    assert masked[start : start + 4] == "客服主管"
    assert "负责 12 人团队" in masked  # short numbers are not phone numbers
    assert "2019-至今" in masked
    assert "2010-2014 示范大学" in mask_text("2010-2014 示范大学", {})  # a period is no phone


def test_name_found_anywhere_in_text():
    text = "Resume of Ada Quill\nAda Quill led the support desk."
    masked = mask_text(text, {"name": "Ada Quill"})
    assert "Ada Quill" not in masked
    assert "led the support desk." in masked


BIO = (
    "韩书宁先生：男，1968年5月出生，汉族，中国国籍，硕士研究生，高级工程师。\n"
    "韩书宁自2005年起任本公司总经理。韩先生曾任某某集团董事。\n"
    "郑可，女，56岁，出生于1970年6月。\n"
    "Mr. Han was born in 1968; a 56 years old male. Photo: attached. https://www.linkedin.com/in/hsn\n"
    "韩书宁负责研发管理。"
)


def test_every_mention_of_the_name_and_every_personal_word_is_hidden():
    masked = mask_text(BIO, {"name": "韩书宁"})
    for secret in ["韩书宁", "韩先生", "先生", "男，", "1968年5月出生", "汉族", "女，", "56岁"]:
        assert secret not in masked, secret
    for secret in ["出生于1970年6月", "Mr.", "born in 1968", "56 years old", "male", "linkedin"]:
        assert secret not in masked, secret
    assert len(masked) == len(BIO)
    assert "自2005年起任本公司总经理" in masked  # dates of work are not birth dates
    assert "负责研发管理" in masked and "高级工程师" in masked


def test_masked_candidate_record_hides_profile_evidence_reasons_notes_and_file():
    cand = {
        "id": 7,
        "resume": "韩书宁-简历.pdf",
        "text": BIO,
        "profile": {
            "name": "韩书宁",
            "emails": ["hsn@example.com"],
            "phones": ["+8613800138000"],
            "gender": "male",
            "birth": "1968-05",
            "sentences": [
                {"text": "韩书宁负责研发管理。", "section": "summary", "start": 0, "end": 9}
            ],
            "skills": ["研发管理"],
        },
        "requirements": [
            {"text": "研发管理", "evidence": "韩书宁负责研发管理。", "reason": "韩书宁 named"},
        ],
        "decisions": [{"decision": "interview", "note": "约韩先生面谈"}],
    }
    out = mask_candidate(cand)
    flat = repr(out)
    for secret in ["韩书宁", "韩先生", "hsn@example.com", "13800138000", "1968-05", "'male'"]:
        assert secret not in flat, secret
    assert out["resume"] is None and out["profile"]["name"] is None
    assert out["profile"]["skills"] == ["研发管理"]
    assert out["requirements"][0]["evidence"].endswith("负责研发管理。")
    assert out["masked"] is True
    assert cand["profile"]["name"] == "韩书宁"  # the record itself is untouched


def test_a_name_before_xiansheng_or_nvshi_is_masked_even_when_the_parser_found_none():
    # as a real bio opens (people invented): two founders, neither found as the résumé's name
    text = (
        "1998年何子明先生与何子亮先生一起创立某医疗公司；经会议审议通过，聘任罗晓晴女士为副总裁。"
    )
    masked = mask_text(text, {"name": None})
    for name in ("何子明", "何子亮", "罗晓晴", "先生", "女士"):
        assert name not in masked
    assert "一起创立某医疗公司" in masked and "为副总裁" in masked and len(masked) == len(text)
