"""The kind of a clause that states no typed value (no degree, years, major or language): a
certificate, a skill, knowledge, a competency, or other (a term of the job, a permit), read from
the clause's head and, failing that, from its label."""

from __future__ import annotations

import re

from matcher.resume.skills import CERTIFICATE_RE, SKILL_LEXICON

_TECH = re.compile(
    r"(?<![A-Za-z0-9+#])(?:"
    + "|".join(
        re.escape(s)
        for s in sorted(SKILL_LEXICON, key=len, reverse=True)
        if len(s) > 1 and s.isascii()
    )
    + r")(?![A-Za-z0-9+#])",
    re.I,
)
_ZH_TOOL = re.compile(
    r"软件|系统|办公|office|excel|word|ppt|crm|erp|\boa\b|OA|电脑|计算机|编程|工具|平台|数据库|操作技能|打字",
    re.I,
)
_ZH_COMPETENCY = re.compile(
    r"能力|精神|意识|素质|态度|技巧|领导力|执行力|沟通|协调|抗压|责任心|耐心|细心|吃苦耐劳|主动|积极|感知|敏感|"
    r"亲和力|团队合作|品行|正直|诚信|敬业|操守|细致|认真|表达|功底|服从|条理|开朗|承受|"
    r"热爱|稳重|守时|思维|口风|网感|爱心|尊老|敬老|热情|逻辑|性格"
    # working alone ("能独立工作", "能够独立开展科研工作"; not "能独立完成变速箱拆装", a skill)
    # and keeping things clean ("爱干净")
    r"|独立(?:工作|作业|思考|开展)|爱干净"
    # rigour, ethics and being someone others can rely on ("做事严谨", "具有良好的职业道德", "人要靠谱")
    r"|严谨|道德|靠谱"
    # a sense one has ("镜头感好", "分寸感强"), drive ("有上进心"), quick hands ("手脚麻利") and a
    # liking for people ("喜欢和客人聊天", "乐于与人打交道")
    r"|(?<=[\u4e00-\u9fff])感(?:强|好|佳|足)|上进|进取|好学|麻利|勤快|踏实|喜欢|乐于|善于|聊天|打交道"
)
# A graded row that names a hands-on task rather than a quality ("仪器操作 ★★★★", "财务分析 ★★★",
# "数据记录与分析"): a skill.
_ZH_TASK_NAME = re.compile(
    r"^[\u4e00-\u9fff与和、]{0,8}(?:操作|分析|记录|核算|编程|制图|检测|维修|测量)$"
)
# The standing of the school ("海外名校优先", "985/211院校毕业", "双一流高校"): an education
# requirement that states no level.
_ZH_SCHOOL = re.compile(r"名校|名牌大学|985|211|双一流|重点(?:院校|高校|大学)")
# Schooling below the scale of degrees ("初中以上文化"): an education requirement with no level.
_ZH_BELOW_SCALE = re.compile(r"初中|小学")
# What the person can use, operate, read or do with their hands ("会看图纸", "会使用卡尺", "能看懂电
# 气原理图", "会C4D", "会测量血压", "能骑电动车", "能独立完成变速箱拆装", "能独立排查线路故障") or a
# talent they have ("钢琴、舞蹈、美术中至少一项特长"): a skill.
_ZH_CAN_DO = re.compile(
    r"^(?:会|能够?|可)(?:熟练)?(?:使用|操作|看懂?|用|驾驶|(?=[A-Za-z]))|特长|才艺"
    r"|^(?:会|能够?)(?:独立)?(?:测量?|骑|开车|修|焊|绘|画|制作|安装|调试|维修|拆装|拍摄|剪辑|编写|烹饪|做)"
    r"|^能够?独立(?:完成|排查|检修|维修|调试|安装|操作|处理[^，,。；;]{0,8}故障)"
    # a tool used with ease, known or not ("熟练使用EPLAN", "熟练操作数控车床")
    r"|^(?:会|能够?)?熟练(?:使用|操作|运用)"
    # a trade's work named before its verb ("会水电安装", "会空调维修")
    r"|^会[\u4e00-\u9fff]{1,4}(?:安装|维修|检修|调试|焊接|操作)"
)
# What the person has done ("带过新生儿优先", "做过电商客服者优先"): experience, however short.
# ("写过大规模实时任务", "搭建过数据平台": what was built or written, whatever it names)
_ZH_DONE = re.compile(
    r"^(?:有|曾)?(?:带过|做过|干过|从事过|参与过|负责过|写过|开发过|搭建过|设计过|管理过)"
)
# What the person must put up with ("能适应长期出差", "能接受两班倒", overtime and shifts however
# asked: "能服从加班安排"): a condition of the job, kind other even under a 素质 label (bearing
# pressure, 能承受…, is a competency).
_ZH_BEARS = re.compile(r"^(?:能够?|可)?(?:适应|接受)|加班|倒班|两班倒|夜班")
# When the person can start ("Notice period: 30 days", "Availability: immediate"): a term of the
# job, kind other, no skill.
# Leave to live or work where the job is ("持有澳门居民身份证", "具有香港永久居民身份"): a condition
# of the job, kind other, not a certificate.
_ZH_PERMIT = re.compile(r"身份证|居民身份|永久居民|居留权|工作签证|工作许可")
_EN_TERMS = re.compile(r"^(?:notice period|availability|start date|joining date)\b", re.I)
# When the person is free to work: a term of the job rather than a skill ("Flexibility to work
# evenings, weekends and public holidays", "Must be able to work a rotating weekend schedule",
# "Willingness to take part in the on-call service", "Available at least 4 days a week").
_EN_SCHEDULE = re.compile(
    r"\bwork\s+(?:a\s+)?(?:[\w-]+\s+){0,2}?(?:evenings|weekends?|nights|shifts|holidays|overtime"
    r"|schedule|rota)\b|\bon-call\b|^available\b[^.;]{0,40}\b(?:days?|evenings|weekends|nights"
    r"|shifts)\b",
    re.I,
)
_ZH_KNOWLEDGE = re.compile(r"熟悉|了解|掌握|知识|理论|理念|懂|精通|认识|基础")
# Leave to work, or clearance to, where the job is ("SC Clearance Eligible", "the right to work
# in the UK", "full Australian working rights", "authorized to work in the United States",
# "Arbeitserlaubnis für die EU"): a condition of the job, kind other, no skill.
_EN_PERMIT = re.compile(
    r"\bclearance\b|\bright to work\b|\bwork(?:ing)?\s+(?:rights|permit|authori[sz]ation|visa)\b"
    r"|\b(?:authori[sz]ed|eligible|entitled|permitted)\s+to\s+work\b|\b(?:valid|current)\s+visa\b"
    r"|\bvisa\s+to\s+work\b|\bcitizen(?:ship)?\b|arbeitserlaubnis|aufenthaltstitel",
    re.I,
)
_EN_KNOWLEDGE = re.compile(
    r"knowledge|understanding|familiar|background in|kenntnisse|know-how|verständnis", re.I
)
_EN_SKILL = re.compile(
    r"experience (?:with|in|using)|proficien|skilled|expertise|hands-on|programming|develop|"
    # (reading a trade's drawings: "Able to read mechanical drawings")
    r"\bdrawings\b|blueprints?|schematics|"
    r"erfahrung|\btools?\b|software|framework",
    re.I,
)
_EN_COMPETENCY = re.compile(
    r"communicat|team|leadership|problem[- ]solving|analytical|motivat|detail|attitude|ability to|"
    r"able to|interpersonal|organi[sz]ation|flexib|independen|self-|proactive|teamfähig|denk|"
    r"arbeitsweise|eigenverantwort|zuverlässig|kommunikation|collaborat|passion|curious|creative"
    # German soft skills named by their noun ("Moderationsfähigkeiten", "Hohe Lernbereitschaft")
    r"|fähigkeit|lernbereit|belastbar|flexibilität|initiativ|organisationstalent|durchsetzung"
    r"|konfliktfähig|empath|sorgfalt|selbstständig|selbständig",
    re.I,
)
_CERT_WORD = re.compile(
    # (叉车证, 电工证, 驾驶证 at a clause's end, before 者优先 / 优先 or its grade in brackets:
    # "持保安员证优先", "操作证（低压电工）"; not 保证, 验证, 认证 of a duty)
    r"证书|资格证|执业证|上岗证|(?<![保验论认求])证(?=者|优先|或|[（(]|$)|certif|licen[cs]e|zertifi|führerschein"
    # a diploma held ("持有酒店管理或旅游文凭者优先", "持有会计文凭或LCCI Level 3者优先": Hong Kong's
    # and Macau's 文凭), a professional
    # title ("具有主治医师及以上职称") and a qualifying exam passed ("通过全国会计专业技术初级资格考试")
    r"|持有[^，,。；;]{0,16}文凭|文凭(?=者|优先|[（(]|$)|职称|^(?:已)?通过\S{0,24}?资格考试"
    # (a qualification held by its kind: "基金从业资格", "银行业专业人员职业资格（个人理财）",
    # "具有执业助理医师及以上资格", "教师资格")
    r"|(?:从业|职业|执业)资格|执业[^，,。；;]{1,12}?资格|师资格"
    # a licence by its name or a registration held ("Valid Class A CDL", "Current DOT medical
    # card", "Qualified Teacher Status (QTS)", "current registration with the GPhC")
    r"|\bcdl\b|medical card|qualified teacher status|\bqts\b|regist(?:ration|ered) with\b"
    # (a registration with a body named by its acronym, or a registration asked: "HCPC
    # registration", "GPhC registration", "GDC registered Dental Nurse", "must be registered …
    # as a Dietitian")
    r"|(?-i:\b[A-Z](?=[a-z]?[A-Z])[A-Za-z]{1,5})\s+regist(?:ration|ered)\b|\b(?:must|to) be registered\b"
    # the food-safety certificate US kitchens ask ("ServSafe Food Handler", "food handler's card")
    r"|servsafe|food handler'?s?\s+(?:card|permit)",
    re.I,
)
_KNOW_CUE = re.compile(
    r"knowledge|understanding|know-?how|familiar|experience|\blevel\b|wissen|kenntnis|erfahrung|"
    r"verständnis|niveau|熟悉|了解|掌握|理解|精通|水平",
    re.I,
)


def soft_kind(text: str, label: str | None, english: bool) -> str | None:
    """certificate / skill / knowledge / competency, from the clause's head, else the label's."""
    pieces = [text] if english else re.split(r"[,，;；]", text)
    # (who a clause is about comes first, then what it asks: "报考护理岗位的，须取得护士执业资格证书")
    head = pieces[1] if len(pieces) > 1 and pieces[0].endswith("的") else pieces[0]
    if not english and _ZH_PERMIT.search(head):
        return "other"
    if not english and label == "certificate":  # (a board's field: "专业凭证 食品安全管制系统")
        return "certificate"
    # "ITIL-Zertifizierung", "PMP" or "CCNA" alone ask for the certificate; "Fundiertes Wissen
    # von ITIL Prozessen", "knowhow in networking (CCNA level)" ask for what it certifies.
    if _CERT_WORD.search(head) or (CERTIFICATE_RE.search(head) and not _KNOW_CUE.search(head)):
        return "certificate"
    if english:
        if _EN_TERMS.match(head) or _EN_PERMIT.search(head) or _EN_SCHEDULE.search(head):
            return "other"
        if _EN_KNOWLEDGE.search(head):
            return "knowledge"
        if _TECH.search(head) or _EN_SKILL.search(head):
            return "skill"
        if _EN_COMPETENCY.search(head):
            return "competency"
        # What a requirements section asks for without a typed or soft-skill cue is a skill
        # ("Design and build scalable systems", "Domain Driven Design").
        return label or "skill"
    # (a theory is known, whatever it is of: "熟悉软件测试基本理论和方法")
    if "理论" in head or ("知识" in head and not _ZH_TOOL.search(head)):
        return "knowledge"
    if _ZH_SCHOOL.search(head) or _ZH_BELOW_SCALE.search(head):
        return "education"
    if _ZH_DONE.match(head):  # (what was done, whatever tool: "做过数据治理或指标平台")
        return "experience"
    if _ZH_TOOL.search(head) or _TECH.search(head) or _ZH_CAN_DO.search(head):
        return "skill"
    if _ZH_BEARS.search(head):  # ("能服从加班安排": overtime is a term of the job, not obedience)
        return "other"
    if label == "competency" and _ZH_TASK_NAME.match(head) and not _ZH_COMPETENCY.search(head):
        return "skill"
    if label in ("knowledge", "competency") and not _ZH_COMPETENCY.search(head):
        return label
    if _ZH_COMPETENCY.search(head) and not re.search(r"知识|理论", head):
        return "competency"
    if head.startswith("会"):  # what the person knows how to do ("会手冲和意式出品")
        return "skill"
    if _ZH_KNOWLEDGE.search(head):
        return "knowledge"
    return label or "other"
