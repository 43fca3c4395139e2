"""What a work entry is and the names every reader of work history tells apart: an employer
by its suffix (Chinese: 有限公司, 银行, 大学 …; English: Ltd, GmbH, Bank …), a job title by its word
(Chinese, English, German), and the entry record the headed-section reader
(matcher.resume.work_sections) and the prose reader (matcher.resume.work_prose) both produce."""

from __future__ import annotations

import re

from matcher.resume.dates import Period

ORG_SUFFIX = (
    r"股份有限公司|有限责任公司|有限公司|集团公司|集团|公司|银行|分行|支行|证券|信托|保险|大学|学院|"
    r"学校|医院|研究院|研究所|研究中心|中心|事务所|委员会|协会|学会|联合会|商会|基金会|厂|矿务局|局|"
    r"政府|法院|检察院|出版社|报社|电视台|党校|总社|总署|本行|本所"
)
_EN_ORG_RE = re.compile(
    r"\b(?:Ltd|Limited|Inc|LLC|GmbH|Corp|Corporation|Company|Co\.|Group|Bank|plc|AG|S\.A\.|Agency"
    r"|Hospital|University|College|Consulting|Technologies|Solutions|Systems|Labs?)\b\.?"
)
TITLE_RE = re.compile(
    r"(?:董事长|董事|总经理|经理|总监|主管|专员|助理|顾问|工程师|经济师|会计师|审计师|律师|教授|讲师|"
    r"研究员|主任|书记|秘书|主席|委员|会长|厂长|院长|所长|局长|处长|科长|部长|行长|社长|校长|组长|"
    r"队长|站长|监事|总裁|总工|合伙人|负责人|代表|干部|职员|党员|店长|文员|会计|出纳|客服|销售|设计师|"
    r"教师|老师|编辑|记者|医生|护士|技术员|操作员|程序员|架构师|分析师|策划|翻译|实习生|组员|员|师|长)$"
    r"|\b(?:Engineer|Manager|Developer|Analyst|Consultant|Director|Assistant|Intern|Designer"
    r"|Accountant|Lead|Officer|Specialist|Teacher|Architect|Scientist|Administrator|Coordinator"
    r"|Representative|Executive|President|Supervisor|Associate|Programmer|Writer|Editor|Nurse"
    r"|Agent|Clerk|Advisor|Head|Founder|Partner|Technician|Researcher|Trainee|CEO|CTO|CFO)s?\b"
    # German titles end their compounds (Softwareentwicklerin, Projektleiter, IT-Berater)
    r"|(?:entwickler|berater|leiter|ingenieur|referent|architekt|praktikant|werkstudent|kaufmann"
    r"|kauffrau|sachbearbeiter|geschäftsführer|mitarbeiter|techniker|assistent|programmierer"
    r"|verkäufer|lehrer|betreuer|redakteur|buchhalter|trainer|dozent|administrator|manager"
    r"|analytiker|analyst|designer|spezialist|tester)(?:in|innen)?\b|angestellter?\b"
    # a German CV's function in place of a title: "Einkauf Kundenservice Buchhaltung",
    # "Projektleitung", "Stellvertretende Geschäftsführung"
    r"|(?:kundenservice|kundendienst|kundenbetreuung|einkauf|buchhaltung|vertrieb|projektleitung"
    r"|teamleitung|geschäftsführung|personalwesen|qualitätssicherung)\b",
    re.I,
)


def is_org(piece: str) -> bool:
    return bool(re.search(rf"(?:{ORG_SUFFIX})$", piece) or _EN_ORG_RE.search(piece))


def work_entry(title, org, period: Period | None, description: str) -> dict:
    return {
        "title": title,
        "organisation": org,
        "start": period.start_text if period else None,
        "end": period.end_text if period else None,
        "months": period.months if period else None,
        "description": description,
        "_period": (period.start, period.end) if period else None,
    }
