"""Chinese round 23z's shapes: a forum post that heads its requirements "需要你：" as others head
theirs "关于你：". Postings here are written for the tests."""

from __future__ import annotations

from tests.jd_support import reqs as _reqs

_FORUM = """【招聘】社区花店招兼职花艺助理
来自：花店主理人  2026-11-20 20:11:05
我们是一家开在老街口的小花店，想找一位帮手～
工作内容：打理花材、包花束、接待客人
需要你：
高中及以上
有花店工作经验2年以上
会用修图软件
待遇：面议
回应  喜欢  收藏
"""


def test_a_forum_posts_need_you_heading_opens_its_requirements():
    reqs = _reqs(_FORUM)
    texts = [r["text"] for r in reqs]
    assert "有花店工作经验2年以上" in texts
    assert "会用修图软件" in texts
    assert max(r.get("min_years") or 0 for r in reqs) == 2
    assert any(r["kind"] == "education" and r.get("min_level") == "high_school" for r in reqs)
    # (the duties before the heading and the chrome after the list ask nothing)
    assert not any("包花束" in t or "收藏" in t or "面议" in t for t in texts)
