"""What labels a qualification item: field labels (学历: / 性别男女不限 / 语言技巧:) and the kind
they announce, the rows of a graded competency table, and the words that mark a clause
nice-to-have or not required at all."""

from __future__ import annotations

import re

from matcher.jd.board_fields import opens_fields

# Numbers in circles or brackets that open a point: ① ⑴ ⒈ and the dingbats ❶ ➀ ➊ (a class range)
CIRCLED_NUMBERS = "①-⒛❶-➓"

# Field labels and the requirement kind they announce. Longest first when matched.
# Taiwan's 104 board writes its fields after one space, no colon ("工作经历 5年以上 学历要求 大学、
# 硕士"): 科系要求 (majors), 语文条件 (languages), 擅长工具 / 工作技能 (tools and skills), 具备驾照
# (licence), 接受身份 (who may apply: 上班族, 应届毕业生; asks nothing). Taiwan's 1111 board
# names the same fields in its own words under 求职条件 ("学历限制 高中职以上 科系限制 不拘 工作经验
# 2年以上 … 电脑专长 Excel … 专业凭证 堆高机操作人员 驾驶执照 普通重型机车 附加条件 1.…").
BOARD_FIELDS: dict[str, str] = {
    "工作经历": "experience",
    "工作经验": "experience",
    "学历要求": "education",
    "学历限制": "education",
    "科系要求": "major",
    "科系限制": "major",
    "语文条件": "language",
    "语文能力": "language",
    "擅长工具": "skill",
    "电脑专长": "skill",
    "工作技能": "skill",
    "具备驾照": "certificate",
    "驾驶执照": "certificate",
    "专业凭证": "certificate",
    "接受身份": "other",
    "身份类别": "other",
}
_LABELS: dict[str, str | None] = {
    **dict.fromkeys(
        # (a notice's post table names the degree beside the schooling: "学位要求：学士及以上")
        ["学历要求", "学历", "文化程度", "教育程度", "教育背景", "学历和经验", "学位要求", "学位"],
        "education",
    ),
    **dict.fromkeys(["专业要求", "所学专业", "专业"], "major"),
    **dict.fromkeys(["性别要求", "性别"], "gender"),
    **dict.fromkeys(["年龄要求", "年龄"], "age"),
    **dict.fromkeys(
        [
            "工作经验",
            "行业经验",
            "职位经验",
            "从业经验",
            "相关经验",
            "工作经历",
            "经验要求",
            "经验",
        ],
        "experience",
    ),
    **dict.fromkeys(
        ["语言技巧", "语言能力", "语言要求", "外语要求", "外语水平", "外语", "语言", "英语水平"],
        "language",
    ),
    **dict.fromkeys(
        [
            "技术技能",
            "技能技巧",
            "专业技能",
            "技能要求",
            "计算机水平",
            "计算机能力",
            "计算机",
            "技能",
            "软件",
        ],
        "skill",
    ),
    **dict.fromkeys(
        [
            "知识和行业了解",
            "基本知识",
            "专业知识",
            "管理知识",
            "相关知识",
            "知识要求",
            "行业知识",
            "知识",
        ],
        "knowledge",
    ),
    **dict.fromkeys(
        [
            "沟通技巧",
            "人际关系处理",
            "能力要求",
            "素质要求",
            "个人素质",
            "综合素质",
            "能力",
            "素质",
            "性格",
            "市场敏感度",
        ],
        "competency",
    ),
    **dict.fromkeys(["资格证书", "证书要求", "证书", "资质"], "certificate"),
    # a medical board's fields of the grade and the licence a post asks (丁香人才: "职称要求：初级
    # （士）及以上 执业要求：…资格证")
    **dict.fromkeys(["职称要求", "执业要求", "执业资格要求"], "certificate"),
    **BOARD_FIELDS,
    **dict.fromkeys(["身高", "婚姻状况", "婚否", "户籍", "籍贯", "民族", "相貌", "形象"], "other"),
    # a civil-service post's years at the grass roots ("基层工作最低年限 两年") and party membership
    # ("政治面貌 中共党员": read by its own words, as 其他)
    "基层工作最低年限": "experience",
    # a catch-all field ("…医保结算系统 其他：能适应轮班"): it ends the field before it and names
    # no kind (each clause's own words do)
    **dict.fromkeys(["其他要求", "其他", "政治面貌"], None),
}
# Labels of fields ("学历 大专或本科", "工作经验:3-5年"): a requirement wherever the line stands,
# and the label stays in its text; other labels (专业知识: / 技能技巧1) only name the kind.
FIELD_KINDS = frozenset({"education", "major", "gender", "age", "experience"})
_LABEL_WORDS = "|".join(sorted(map(re.escape, _LABELS), key=len, reverse=True))
# "学历:大专", "语言技巧:熟练…", "性别 不限": a label, then a colon or space.
_LABEL_SEP = re.compile(
    rf"^(?P<label>{_LABEL_WORDS})\s*[:：]\s*|^(?P<label2>{_LABEL_WORDS})\s+(?=\S)"
)
# "性别男女不限", "年龄26岁", "文化程度大专…", "专业市场营销,…", "经验本岗位…": only labels whose
# value can be told from what follows (in the same clause: "专业课成绩优良，有…、…" names no major).
_LABEL_GLUED = re.compile(
    r"^(?P<label>性别(?=男|女|不限)|年龄(?=\d|[一二三四五六七八九十]+岁|不限)|文化程度|学历(?=[大本硕博中高专])"
    r"|专业(?![课知技能素水])(?=[^，；;。]*(?:专业|、))|经验(?=本|\d|[一二两三四五六七八九十]|不限)|技能技巧|知识(?=\s*\S*知识)"
    r"|(?:基本|专业|管理|相关)知识(?=[:：]))"
)
# A label heading its own line with no value ("知识 基本知识", "专业知识"): it names what follows.
_LABEL_ONLY = re.compile(rf"^(?:(?:{_LABEL_WORDS})\s*)+$")
# Second label inside an item: "…服务理念管理知识:具备…", or a field's label after a space where
# a scraper ran two lines together ("学历：中专及以上 工作经验：1年以上…").
INNER_LABEL = re.compile(
    r"(?<=[\u4e00-\u9fff])(?=(?:管理知识|相关知识|专业知识|基本知识)[:：])"
    rf"|(?<=\S)\s+(?=(?:{_LABEL_WORDS})[:：])"
    # (or at a table's cell border: "学历要求：本科 | 性别要求：不限 | 年龄要求：20-35岁")
    # ((?<!\s): a match starts where a run of white space starts, scanned once)
    rf"|(?<!\s)\s*+[|｜]\s*(?=(?:{_LABEL_WORDS})[:：])"
    # a board's next field after one space (Taiwan's 104: "工作经历 5年以上 学历要求 大学、硕士")
    rf"|(?<=\S)\s+(?=(?:{'|'.join(BOARD_FIELDS)})\s)"
    # a table's next cell, its line break lost ("…相关专业 经验  2年以上… 知识  熟悉PLC…")
    rf"|(?<=[^\s:：])\s+(?=(?:{_LABEL_WORDS})[^\S\n]{{2,}}\S)"
)

# What "X is a …" / "X are a …" calls a name when the clause asks something of the candidate,
# not when a company speaks of itself ("Kotlin is a big plus", "Go is a good addition").
IS_A_WANT = (
    r"(?:big |huge |strong |definite |good |nice |great |welcome |valuable |added |clear |real )?"
    r"(?:plus|bonus|must|advantage|requirement|asset|addition)"
)
# German hedges that make a clause nice-to-have ("Idealerweise Erfahrung mit PHP"); the clause
# reader (shape, typed) reads them as opening the item they qualify.
DE_HEDGES = ("idealerweise", "vorzugsweise", "optimalerweise", "bestenfalls")
# What earns more when the person has it ("会烫染的工资另算", "有电工证的待遇从优"): a nice-to-have
# said as pay.
PAID_MORE = (
    r"(?<=[\u4e00-\u9fffA-Za-z0-9])的(?:工资|薪资|薪水|待遇|提成)(?:另算|另计|另议|更高|从优|加钱)"
)
NICE = re.compile(
    r"优先考虑|者优先|优先|加分|更佳|为佳|者佳|最好|更好(?=[。；;！!]?$)|preferred|preferably|a plus|is a plus|bonus|nice[- ]to[- ]have"
    r"|desirable|advantageous|an? (?:absolute |added |big |clear |definite |real |great |huge )?advantage"
    # (Canada's and Australia's "French is an asset")
    r"|(?:is|are|would be|will be) an? (?:definite |real |great )?asset\b|ideally|wünschenswert|von vorteil|\bplus\b|\bideal$"
    # what adds to the rest rather than being asked ("… is a good addition", "… would be
    # beneficial / useful / welcome", "… will be highly regarded", "(useful)") and German hedges
    # ("Idealerweise …", "vorzugsweise …", "… gerne gesehen")
    r"|(?:is|are|would be|will be) an? (?:good |nice |great |welcome |valuable )?addition\b"
    r"|(?:is|are|would be|will be)\s+(?:very |highly |particularly |most |also )?(?:beneficial|useful|welcomed?"
    r"|regarded|appreciated|helpful)\b|^beneficial\b|\((?:useful|beneficial)\)"
    # ("… would be lovely, but it isn't essential", "We'd also love it if you've …")
    r"|would be (?:really |very )?(?:nice|lovely|great|good)\b|(?:is not|isn't|isn’t|not) essential\b"
    # (a name before a bare "helpful" that ends the clause: "Good German skills, English
    # helpful"; not a quality, "Friendly and helpful")
    r"|(?<=\w\w )(?<!\band )(?<!\bbe )(?<!\bvery )(?<!\balways )(?<!\bor )helpful$"
    r"|\bwe(?:'d|’d| would) (?:also )?love\b"
    rf"|\b(?:{'|'.join(DE_HEDGES)}|gerne gesehen)\b"
    rf"|{PAID_MORE}",
    re.I,
)
# A hedge inside a clause, after what it asks, narrows a detail ("Experience in quality
# assurance preferably in the same industry", "Experience in MATLAB and preferably Python",
# "… 1 year in support, ideally at a SaaS company"): the clause stays a must. At the start, as
# a predicate ("… is preferable") or before the verb ("The candidate ideally has …") it makes the
# whole clause nice-to-have.
_HEDGE = frozenset(["preferably", "ideally", "preferable"])
_HEDGE_WHOLE = re.compile(
    r"\s*,?\s*(?:you|has|have|is|are|was|were|be|brings?|speaks?|holds?|knows?|possess(?:es)?)\b",
    re.I,
)
_PREDICATE = re.compile(r"\b(?:is|are|be|would be|will be)\s*$", re.I)
# A Chinese hedge in brackets after what the clause asks narrows a detail too ("英语可作为工作语言
# （专八或雅思6.5以上更佳）"): the clause stays a must. (Not one that prefers any of the clause's
# own names, "AFP、CFP或保险代理从业资格（具备其一者优先）": then the clause is nice-to-have.)
_BRACKETED_HEDGE = re.compile(
    r"(?<=\S{2})（(?![^（）]*(?:其一|之一|任一))[^（）]*(?:更佳|为佳|者佳|优先|加分)[^（）]*）\s*$"
)


# An aside in brackets that names a preference among what the clause asks ("… a deep learning
# framework (PyTorch preferred)", "… a sales role (SaaS a bonus)") narrows a detail; one that is
# only the word ("(preferred)", "(useful)") makes the whole clause nice-to-have.
_ASIDE = re.compile(r"\(([^()]*)\)")
_FILLER = re.compile(r"\b(?:is|are|an?|very|also|strongly|highly|but not required)\b", re.I)


def _narrowing(m: re.Match) -> str:
    rest = _FILLER.sub("", NICE.sub("", m.group(0)))
    return "" if re.search(r"\w", rest) else m.group(0)


def is_nice(text: str) -> bool:
    """True when a clause is nice-to-have (NICE), a hedge that narrows a detail aside."""
    text = _BRACKETED_HEDGE.sub("", text)
    if "(" in text:
        outside = _ASIDE.sub(_narrowing, text)
        if outside.strip():
            text = outside
    for m in NICE.finditer(text):
        word = m.group(0).lower()
        if (
            word not in _HEDGE
            or len(text[: m.start()].split()) < 3
            or _PREDICATE.search(text, 0, m.start())
            or _HEDGE_WHOLE.match(text, m.end())
        ):
            return True
    return False


NOT_REQUIRED = re.compile(
    # (专业不限, 学历不限, 经验不限: no major, floor or years asked; "Any Specialization" likewise;
    # Taiwan's boards write 不拘: "科系限制 不拘")
    r"^\s*(?:(?:男女|性别|年龄|专业|学历|(?:工作)?经验)?(?:不限|不拘)|不作要求|不做要求|无要求|无限制|无|any|n/?a"
    r"|none(?: required)?"
    r"|any\s+(?:specialization|specialisation|graduate|postgraduate|major|discipline)"
    # (a level of the post alone, BambooHR's "Minimum Experience / Experienced")
    r"|experienced|entry[- ]level|mid[- ]level|senior[- ]level|mid-senior level)\s*[。.;；]?\s*$"
    # what a posting also accepts ("应届毕业生亦可", "优秀应届生也可", "应届生均可", Hong Kong's
    # "应届毕业生亦会考虑", Macau's "应届毕业生亦欢迎", "…毕业生亦可报名"): it relaxes, asks nothing; "大专或本科均可"
    # still states the floor
    r"|[^。;；]*(?:(?:亦|也)可(?:以)?(?:报名|报考|申请|应聘)?|(?:亦|也|均)(?:会|可|将)?(?:考虑|欢迎))"
    r"\s*[。.;；]?\s*$"
    r"|(?![^。;；]*(?:本科|大专|专科|硕士|博士|中专|高中|学历|\d))[^。;；]*(?:均可|皆可)\s*[。.;；]?\s*$"
    # (and who may still talk to the employer: "能力够强都可以聊～", "经验少点也可以谈")
    r"|[^。;；]*(?:都|均|也)?可(?:以)?(?:聊|谈|沟通)[～~!！。.;；\s]*$"
    # (and what is no hurdle: "学校背景不卡", "学历不卡")
    r"|^[^。;；，,]{1,8}不卡\s*[。.;；]?\s*$"
    # (and who is taken without what is asked, to be taught or lent it: "没经验的可以带", "零基础可培训",
    # after "有自己电动车的优先，" its "没有可以租")
    r"|^\s*(?:(?:没有?|无|零)(?:相关)?(?:经验|基础)|没有)[^。;；]{0,3}?(?:也|亦)?可(?:以)?"
    r"(?:带|教|培训|学|租|借|代办)?"
    r"\s*[。.;；]?\s*$",
    re.I,
)


# A job board's header field of the years asked ("Experience: > 5 years", "Experience: 2-5
# Years", "Years of experience: 3+", "Experience Length: 3 years"): a requirement wherever it
# stands; not the post's level ("Experience: Mid-level", a job fact). In one line it ends the
# header's item: "London Salary: 55K to 65K £ A few days at home Experience: > 5 years".
EN_YEARS_FIELD = re.compile(
    r"(?:^|(?<=\s))(?:(?:Required |Minimum |Work )?Experience(?: [Ll]ength)?|Years of [Ee]xperience)"
    r"\s*:\s*"
    r"(?P<value>(?:[<>≥]=?\s*|more than |over |at least |min(?:imum|\.)?\s*)?\d{1,2}"
    r"(?:\s*\+|\s*(?:[-–]|to)\s*\d{1,2})?\s*(?:\+\s*)?"
    # (its unit, then the next field or heading of a scraped line: "… Years of experience: 5-9
    # years Theme: Water Sanitation Hygiene …")
    r"(?:(?:[Yy]ears?|[Yy]rs)(?=\s+[A-Z])|(?:[Yy]ears?|[Yy]rs)?(?=\s*$)))"
)


# ... and its field of the schooling asked ("Education: Vocational", "Qualification: B.E./B.Tech,
# MCA", "Minimum Qualification: Degree", Gradcracker's "Degree Disciplines: Civil Engineering, …"
# and "Minimum Grade: 2:1"): a requirement wherever it stands, its value up to the line's end
# or, in one line, up to the next field's label ("… Civil and Environmental Engineering Minimum
# Grade: 2:1 Deadline: Rolling …"). (Not "Qualifications", a heading; nor a bare "Grade: 5
# (£27,644 - £31,396 per annum)", the post's pay grade as a university or the civil service
# writes it.)
EN_EDUCATION_FIELD = re.compile(
    r"(?:^|(?<=\s))(?P<label>(?:Minimum |Required )?(?:Qualification|Education(?:al)? (?:Level"
    r"|Attainment)|Education|Degree Disciplines?)|(?:Minimum|Required) Grade)[^\S\n]*:[^\S\n]*"
    r"(?P<value>[^\s:](?:[^:\n]|(?<=\d):(?=\d))*?)"
    r"(?=[^\S\n]+(?:[A-Z][\w'’/.-]*[^\S\n]+)?[A-Z][\w'’/.-]*[^\S\n]*:|[^\S\n]*(?:\n|$))"
)


def label_of(item: str) -> tuple[str | None, str | None, str]:
    """(label word, the kind it names, the value after it) of a qualification item."""
    m = _LABEL_SEP.match(item)
    if m:
        label = m.group("label") or m.group("label2")
        return label, _LABELS[label], item[m.end() :].strip()
    m = _LABEL_GLUED.match(item)
    if m:
        label = m.group("label")
        # "技能技巧1了解…": a point number glued on; not the 35 of 35岁 / the 2 of 2年, nor a
        # range's first number ("年龄18到30岁") (whitespace taken whole: two \s* around an
        # optional colon split a run of spaces every way)
        value = re.sub(
            r"^\s*+[:：]?\s*+\d{0,2}(?=[\u4e00-\u9fffA-Za-z])(?![年个岁月周天]|[到至]\d)",
            "",
            item[m.end() :],
        )
        if label == "知识":  # "知识专业知识:…": the inner label says more
            return label_of(value.strip())
        return label, _LABELS.get(label, "knowledge"), value.strip()
    return None, None, item


def is_label_only(item: str) -> str | None:
    """The kind named by an item that is only labels ("知识 基本知识"), else None."""
    item = item.strip(" :：")
    if not _LABEL_ONLY.match(item):
        return None
    return _LABELS[re.split(r"\s+", item)[-1]]


# A row of a competency table: a name and its grade ("财务知识1;", "网络知识3。"). What the
# company teaches on the job (its culture, rules, workflow, products) is no requirement.
_RATED = re.compile(r"^[\u4e00-\u9fff]{2,12}\d[;；。]?$")
RATED_ROW = re.compile(r"^(?:[\u4e00-\u9fff]{2,12}\d[;；]?)+[。]?$")
_IN_HOUSE = re.compile(r"^(?:本?公司|企业内部|产品知识)|规章制度|工作流程|岗位职责")
# A row of a star-rated table ("团队管理    ★★★★", "财务分析 ★★★"): the ability named, graded.
# (its cells may be cut by a border: "仪器操作 | ★★★★")
# (white space taken whole: two \s* around an optional border split a run of spaces every way)
STARRED = re.compile(r"^(?P<name>[^★☆|｜]{1,16}?)\s*+(?:[|｜]\s*+)?[★☆]{1,10}$")
# A table's header row ("能力项目    要求程度", "知识名称 等级", "项目 | 要求程度"): names its
# columns, asks nothing.
_HEAD = r"\S{0,4}(?:项目|名称|类别)(?:\s*+[|｜]\s*+|\s++)\S{0,2}(?:程度|等级|级别|要求)"
_TABLE_HEAD = re.compile(rf"^{_HEAD}$")
# (in one line the header runs into the first row: "项目 | 要求程度 仪器操作 | ★★★★")
_HEAD_BEFORE_ROW = re.compile(rf"^{_HEAD}\s++(?=\S++\s*+(?:[|｜]\s*+)?[★☆]{{1,10}}$)")


def rated_rows(items: list[str]) -> list[str]:
    """Items with each run of graded table cells joined back into one row ("财务知识1;法律知识2;
    网络知识3"), in-house cells and the table's header row dropped; other items unchanged."""
    out: list[str] = []
    run = False  # the last item of out is a row being built
    for item in items:
        item = _HEAD_BEFORE_ROW.sub("", item.strip())
        if _TABLE_HEAD.match(item.strip()):
            run = False
        elif not _RATED.match(item.strip()):
            out.append(item)
            run = False
        elif _IN_HOUSE.search(item.strip()):
            run = False
        elif run:
            out[-1] += item.strip()
        else:
            out.append(item.strip())
            run = True
    return out


# A job board's labelled fact of the post ("Experience Level: Mid-level", "Job Level: Individual
# Contributor", "Employment Type: Part-Time"): it grades the post, asks nothing of the candidate,
# even where its value opens as a requirement would.
_JOB_FACT = re.compile(
    r"^(?:experience|seniority|career|job|position) (?:level|grade|type|function|category)"
    r"|^(?:employment|contract|employee) (?:type|status)(?=\s*:)",
    re.I,
)


def is_job_fact(item: str) -> bool:
    """True when an item is a job board's labelled fact of the post (see _JOB_FACT); not a
    board's field block, read whole by board_fields ("Career Level Mid Career Years of Experience
    Min: 5 …", or its label alone above its value)."""
    item = item.strip(" *•-")
    return bool(_JOB_FACT.match(item)) and not opens_fields(item)
