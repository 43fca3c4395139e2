"""The candidate's name: a 姓名 / Name field, a bio's opening ("吴重阳，中国国籍，…", "谢卫东先生：…",
"NAME，男，"), a name line at the top of the résumé, or "X先生" early in the text. Rules on the
shape of a résumé and on Chinese surnames, never a list of given names."""

from __future__ import annotations

import re

from matcher.resume.sections import heading_of

# Common Chinese surnames (the 百家姓 covering well over 95 % of people), single then compound.
_SINGLE = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏"
    "魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫严阎段雷侯龙史陶黎贺顾毛郝"
    "龚邵万钱覃武戴孔汤庞樊兰殷施陈牛洪季柴庄焦伍温尚邢聂齐康易乔包祝左章鲁葛翟文岳甘关瞿申苗詹"
    "单舒耿童宁柯祁向涂谷辛欧成吉饶娄卜阮盛蓝鲍卫滕解仇房安裴宗佘凌莫雍裘华纪喻景连边褚车屈"
    "晏冉游麦郁宫穆全楚杭桂仲麻丛路米池蒲寇霍戚骆倪鄢阚揭商巫农牟敖植简黄粟谈商于储宋井岑勾"
    "臧荣查芦尤云娄邬班司苑洛诸练励霍花缪苟伏卓利费林鞠步冷权封宣明和毕栾秋艾宿初时贝佟"
    "开吕那蔺郎綦嵇郦隋应幸茅皮弓惠宾竺巩卞都柏钮韶闵晋来原水赖沙俞曲符荆郜寻阳巴冀仝邰谌闻晁宦"
    "鄂蒙逄党扈丰芮羿靳汲邴糜富乌牧隗宓蓬郗仰伊暴钭厉戎祖束蓟薄印怀从索咸籍屠阴胥苍双莘贡劳姬"
    "扶堵宰却璩桑濮寿燕郏浦别充慕茹习鱼容古慎戈庾暨居衡满弘匡禄阙殳沃蔚越夔隆师厍融訾毋乜养须"
    "巢蒯逯盖益桓赫乐常管柳占丘由干"
)
_COMPOUND = (
    "欧阳",
    "司马",
    "上官",
    "诸葛",
    "东方",
    "皇甫",
    "令狐",
    "慕容",
    "尉迟",
    "长孙",
    "司徒",
    "夏侯",
    "公孙",
    "端木",
)
SURNAMES = frozenset(_SINGLE) | frozenset(_COMPOUND)

_HAN = "\u4e00-\u9fff"
_HONORIFIC = r"先生|女士"
# 姓名：刘洋 / Name: Jane Doe
_NAME_FIELD = re.compile(
    # "Name:" starts a line or follows a non-word ("Date: / / Name: …"), never "Project Name:"
    r"(?:姓\s*名|^name|(?<![A-Za-z'’.]\s)(?<=\s)name(?=\s*:)|full name)\s*[:：]?\s*"
    r"((?:(?!性\s*别|民\s*族|出生|籍\s*贯|年\s*龄)[^\s:：|\t,，;；]){1,30}"
    r"(?: (?!Signature|Date|Place|Address|Email|Phone|Mobile)[A-Z][a-z]+){0,3})",
    re.I | re.M,
)
# Who else a résumé may name with 先生/女士: a referee, a contact person.
_OTHERS = "推荐人|证明人|联系人|介绍人|导师|父亲|母亲|配偶"
_OTHER_PERSON = re.compile(rf"(?:{_OTHERS})\s*[:：]?\s*$")
# A bio's opening at a line start: 谢卫东先生：… / 吴重阳，中国国籍 / 高勇：男， / 袁会琼（监事会主席）：女，
_OPENING = (
    rf"([{_HAN}]{{2,8}}·[{_HAN}·]{{2,16}}|[{_HAN}]{{1,4}}?)\s*(?:(?:{_HONORIFIC})|(?=性\s*别|出生|民\s*族|[男女][，,\s])|"
    rf"(?:[（(][^）)\n]{{1,20}}[）)])?\s*[，,：:]\s*"
    rf"(?=男|女|中国|汉族|[{_HAN}]{{1,4}}族|[{_HAN}]{{2,6}}国籍|\d{{2,4}}\s*(?:年|岁)|出生|生于|现任|曾任|历任|$))"
)
_BIO_OPENINGS = (
    re.compile(rf"^\s*{_OPENING}", re.M),
    re.compile(rf"^\s*(?!{_OTHERS})[{_HAN}]{{2,5}}[:：]\s*{_OPENING}", re.M),  # 监事：王凤仙，女，
)
# "X先生" after punctuation anywhere early in the text: …，顾先生出任总经理。
_HONOURED = re.compile(rf"(?:^|(?<=[，,。；;：:\s（(]))([{_HAN}]{{1,3}}?)(?:{_HONORIFIC})", re.M)
_NOT_NAME = re.compile(
    r"简历|履历|resume|résumé|curriculum|\bcv\b|求职|应聘|个人|信息|经历|教育|技能|@|\d|公司|大学|"
    r"学院|工程师|经理|先生|女士|\b(?:science|engineer|developer|manager|analyst|data|skills|summary|"
    r"profile|objective|details|consultant|designer|testing|tester|sales|marketing|operations|"
    r"administrator|college|university|school|lead|architect|executive|dba|advocate|magazine|"
    r"technical|senior|junior|officer|specialist|assistant|intern|network|security|programmer)\b",
    re.I,
)
_TITLE = re.compile(r"^(?:个人简历|简历|履历|求职简历|curriculum vitae|resume|résumé|cv)$", re.I)
_HAN_NAME = re.compile(rf"^[{_HAN}](?:\s?[{_HAN}]){{1,3}}$")
# Mixed case: each word has a small letter after its capital ("Projektleitung PMO" is a job
# title with an acronym, not a name); in capitals: every word (JANE DOE).
_EN_NAME = re.compile(
    r"^[A-Z](?:[a-z]|'[A-Z])[a-zA-Z'\-]*(?:\s+[A-Z]\.?)?(?:\s+[A-Z](?:[a-z]|'[A-Z])[a-zA-Z'\-]*){1,2}$"
    r"|^[A-Z][A-Z'\-]+(?:\s+[A-Z]\.?)?(?:\s+[A-Z][A-Z'\-]+){1,2}$"  # JANE DOE
)
_OWNER = re.compile(rf"^([{_HAN}]{{2,4}}?)的?(?:个人)?简历$")
_EARLY = 600  # characters of text in which a bio opening or "X先生" is looked for


def has_surname(value: str) -> bool:
    """Whether a Chinese name starts with a known surname (single or compound)."""
    return value[:2] in SURNAMES or value[:1] in SURNAMES


def _chinese(value: str, full: bool) -> bool:
    """A plausible Chinese name: a surname, then (when `full`) one to three more characters."""
    value = value.replace(" ", "")
    if re.fullmatch(rf"[{_HAN}]{{2,8}}(?:·[{_HAN}]{{2,10}})+", value):
        return True  # a transliterated name (艾力·巴拉提) has no Chinese surname
    if not has_surname(value) or _NOT_NAME.search(value):
        return False
    return 2 <= len(value) <= 4 if full else 1 <= len(value) <= 4


def name(text: str, first_cells: list[str]) -> str | None:
    """The candidate's name, or None when the résumé does not give it."""
    m = _NAME_FIELD.search(text)
    if m:
        value = m.group(1).strip()
        if value and not heading_of(value):
            return value
    early = text[:_EARLY]
    for pattern in _BIO_OPENINGS:
        for m in pattern.finditer(early):
            honoured = m.group(0).rstrip().endswith(("先生", "女士"))
            if _chinese(m.group(1), full=not honoured):
                return m.group(1)
    found = _from_cells(first_cells)
    if found:
        return found
    for m in _HONOURED.finditer(early):
        if _chinese(m.group(1), full=False) and not _OTHER_PERSON.search(early[: m.start()]):
            return m.group(1)
    return None


def _from_cells(first_cells: list[str]) -> str | None:
    """A name line at the top: after a title ("个人简历", "Curriculum Vitae") and before the first
    section heading; "陈静的简历" names its owner."""
    for cell in first_cells[:6]:
        cell = cell.strip()
        owner = _OWNER.match(cell)
        if owner and owner.group(1) not in ("个人", "求职"):
            return owner.group(1)
        if _TITLE.match(cell):
            continue
        if heading_of(cell):
            return None  # past the top: a name line comes before the first section
        if _NOT_NAME.search(cell):
            continue
        if _HAN_NAME.match(cell) and _chinese(cell, full=True):
            return cell
        if _EN_NAME.match(cell):
            return cell
    return None


def name_forms(value: str | None) -> list[str]:
    """Every way the text may refer to the candidate by name, longest first: the name itself, a
    Chinese surname with 先生 / 女士 / 总, an English name's parts of three or more letters."""
    if not value or not value.strip():
        return []
    value = value.strip()
    forms = {value}
    if re.fullmatch(rf"[{_HAN}]{{1,4}}", value):
        surname = value[:2] if value[:2] in SURNAMES else value[:1]
        forms.update(surname + h for h in ("先生", "女士", "总"))
        if len(value) == 1:
            forms.discard(value)  # a bare surname alone is any character
    elif " " in value:
        forms.update(p for p in re.split(r"\s+", value) if len(p) >= 3 and p[0].isupper())
    return sorted(forms, key=lambda f: (-len(f), f))
