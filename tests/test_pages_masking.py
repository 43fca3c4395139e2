"""The masked view hides name, contact, gender and age without moving evidence offsets."""

from __future__ import annotations

from web.pages.masking import mask_text

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


def test_name_found_anywhere_in_text():
    text = "Resume of Ada Quill\nAda Quill led the support desk."
    masked = mask_text(text, {"name": "Ada Quill"})
    assert "Ada Quill" not in masked
    assert "led the support desk." in masked
