"""Where one clause ends and the next begins, per language: the punctuation and run-on breaks of
Chinese, English and German values, and the elaborations (能够…, 包括…, such as …) that stay
with the clause before them."""

from __future__ import annotations

import re

from matcher.vocab import LANGUAGE_NAMES

# Elaborations that belong to the clause before them ("英语四级，可进行简单英文邮件往来"), and an
# alternative to it ("5年以上股权投资经验，或3年以上投行经验+2年以上投资经验"); what
# the person must put up with ("能承受一定工作压力", "能接受倒班") is a requirement of its own, and
# so is a skill after 可 ("大专学历，可熟练使用办公软件"), and so are hardship and obedience
# ("年龄45岁以下，能吃苦耐劳", "有安全意识，能服从加班安排"), and so is the time the person
# commits ("每周至少到岗4天，能连续实习6个月以上", "能长期稳定工作"). (能力, a quality named,
# is no 能: "学校背景不卡，能力够强都可以聊".)
_BEARS = "承受|适应|接受|吃苦|服从|连续|长期|保证"
CONTINUES = re.compile(
    rf"^(?:能够|能为|能(?!{_BEARS}|力)|可(?!{_BEARS}|熟)|包括|如|例如|比如|譬如|以及|从而|以便|并能|并且|尤其|特别是|且(?!年龄|性别)|或者?|"
    # (a licence's scope after it: "具有执业医师资格，执业范围为内科")
    r"执业(?:范围|类别)|注册(?:范围|类别)|"
    r"such as|including|e\.g\.|especially|ideally)",
    re.I,
)
# What is no elaboration of the clause before it although it opens with 能: working alone or
# speaking a language after a quality ("具良好沟通协调能力，能独立作业", "有责任感，能独立工作",
# "良好中英文书写能力，能操流利粤语"), where after a skill or experience it says how far that goes
# ("5年以上非标设备设计经验，能独立完成整机设计"); and reading drawings, a skill of its own
# wherever it stands ("3年以上木工经验，能看懂施工图纸").
QUALITY_END = re.compile(r"(?:能力|精神|意识|责任感|责任心|心态|态度|素质|素养|细心|耐心|负责)\s*$")
_OWN_AFTER_QUALITY = re.compile(r"^能够?(?:独立|操|讲|说)")
_OWN_SKILL = re.compile(r"^(?:能够?|可)(?:看懂|读懂|识读?)[^，,。；;]{0,12}图")
# ... and a graduate's papers due on time, a condition of its own after the degree ("2027届本科
# 毕业生，能按期取得毕业证和学位证"), or due by a date ("…，能在2027年7月31日前取得毕业证书")
_OWN_CONDITION = re.compile(
    r"^能够?(?:按期|如期|按时|在[^，,。；;]{2,16}?(?:前|之前|以前))(?:取得|获得)"
)


_AGE_END = re.compile(r"\d{2}\s*周?岁(?:及?以[上下]|之间)?\s*$")
# Nor does anything elaborate what the person is without ("无犯罪记录，能提供身份证原件", "无不良
# 嗜好，能…"), and papers the person can show are asked of their own ("…，能提供身份证原件").
_ABSENCE = re.compile(r"^(?:无|没有)[^，,。；;]{1,12}(?:记录|嗜好|前科|病史)\s*$")
_PAPERS = re.compile(r"^能够?(?:提供|出具)")


def own_after(previous: str, part: str) -> bool:
    """True when a clause opening with 能 / 可 is a requirement of its own after the one before
    it, not its elaboration (see QUALITY_END)."""
    if _OWN_SKILL.match(part) or _OWN_CONDITION.match(part) or _PAPERS.match(part):
        return True
    if _ABSENCE.match(previous):
        return True
    # (nothing elaborates an age: "女18-45岁，能上夜班" asks the night shifts apart)
    if _AGE_END.search(previous):
        return True
    return bool(_OWN_AFTER_QUALITY.match(part) and QUALITY_END.search(previous))


# Words that open a requirement of their own after an elaboration.
# A clause that ends in its nice-to-have marker ("会操作叉车者优先", "有驾照更佳") is complete:
# what follows it ("能吃苦耐劳") is a requirement of its own, not its elaboration.
CLOSED = re.compile(r"(?:优先考虑|优先|更佳|为佳|者佳|加分)\s*$")
OPENS = re.compile(
    rf"^(?:[能可](?:{_BEARS})|熟悉|了解|掌握|精通|熟练|具备|具有|有|拥有|持有|通过|年龄|性别|学历|本科|大专|硕士|博士|英语|"
    r"普通话|外语|\d|[一二两三四五六七八九十]+年|[A-Za-z])"
)
CLAUSE_BREAK = re.compile(
    # "财务相关专业大专以上学历": a major, then a degree floor, with nothing between them
    # (an ASCII comma inside a list of majors, "市场营销,行政管理、工商管理等相关专业", is one of
    # its 、: the list is one clause); a table's cell border ("学历：中专及以上 | 年龄：…")
    r"((?:,(?![\u4e00-\u9fff]{2,8}、[^,，;；。]*专业)|(?<=学历|以上|经验),(?=[\u4e00-\u9fff]{2,8}、[^,，;；。]*专业))"
    r"\s*|[，;；。!！]\s*|\s*[|｜]\s*"
    # what the person can do alone after a list's 、 ("会水电安装、能独立排查线路故障"): a second
    # requirement, not an item of the first's list
    r"|、(?=能够?独立)"
    # (or a second thing the person can do after one, "会装系统、会处理常见网络故障"; not a word
    # of 会 in a list, 会计 / 会议 / 会员)
    r"|(?<=[\u4e00-\u9fffA-Za-z])、(?=会(?![计议员展所务话签审同商场谈])[\u4e00-\u9fff]{2})"
    # a bilingual item's English sentence before its Chinese one ("Proficient in MS Office and
    # SAP. 熟练使用Office办公软件及SAP系统")
    # (or a name's number: "Familiar with IATF 16949. 熟悉IATF 16949体系"; not a point's number)
    r"|(?<=[A-Za-z)\d])(?<![^A-Za-z\d]\d)(?<!^\d)\.[^\S\n]+(?=[\u4e00-\u9fff]|\d{1,2}\s*(?:年|个月))"
    # (and "法学专业硕士研究生及以上学历": a master's named with 研究生 after it)
    r"|(?<=专业)(?=(?:全日制|统招)?(?:大专|专科|本科|硕士|博士|中专|研究生)(?:研究生)?(?:及|或)?以上))"
)
# Breaks where a scraper lost a line break, tried only on a value that may hold one (each
# alternative is tried at every position: on every value they cost a third of the splitting):
# a nice-to-have's end before the next line ("有ABN者优先 做事认真…"), and who may still talk to
# the employer, a line of its own run into the list's last item ("… 估算方法 学历一般的也可以聊～
# 感兴趣…").
CLAUSE_BREAK_RUN_ON = re.compile(
    CLAUSE_BREAK.pattern[:-1] + r"|(?<=[先佳])(?<=优先|更佳|为佳|者佳)[^\S\n]+(?=[\u4e00-\u9fff])"
    r"|(?<!\s)[^\S\n]+(?=[^\s。；;]{1,20}?可以?(?:聊|谈)[～~!！]*(?:\s|$))"
    r"|(?<=[聊谈])(?<=可以聊|可以谈)[～~!！]*[^\S\n]+)"
)


def run_on_breaks(text: str) -> bool:
    """True when a Chinese value may hold a break CLAUSE_BREAK_RUN_ON adds."""
    return " " in text and ("先 " in text or "佳 " in text or "聊" in text or "谈" in text)


# Clause breaks in English: ; or a sentence end, or, in a run-on list whose line breaks a scraper
# lost ("… software design Very good understanding of …"), a capitalised word that opens a
# requirement right after a lower-case word.
EN_OPENERS = (
    "Very|Profound|Basic|Strong|Good|Excellent|Solid|Deep|Sound|Ability|Experience|Knowledge"
    "|Understanding|Familiarity|Proficiency|Hands-on|Fluent|Fluency|Working|Relevant|Proven"
    "|Demonstrated|Expert|Expertise|Experienced|Advanced|Significant|Extensive|Thorough|In-depth"
    "|Outstanding|Exceptional|Successful|Passion|Passionate|Willingness|Familiar|Proficient|You"
    "|Minimum|Must|Previous|Prior"
    # a capital article before a lower-case word ("… Shopify Plus and Looker A passion for …"),
    # not the UK's "A level" ("… teaching A level Chemistry"), nor a licence's class ("Valid
    # CDL Class A license")
    "|(?<!Class )(?<!Grade )(?<!Type )(?<!Category )(?<!Tier )An?(?= [a-z])(?! levels?\\b)"
    # a nice-to-have of its own ("… fluent in English Preferably experience with …")
    "|Preferably|Ideally"
    # how a social post takes applications ("… up a ladder Message me or text …")
    "|(?:Message|Text|DM|PM|Inbox|Call) me"
    # "… or Medical Laboratory Technologist One or more years of …"
    "|(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)"
    "(?: or more| to (?:two|three|four|five|six|seven|eight|nine|ten))?\\+? years?"
    # the verbs a list of requirements starts its items with ("… or similar Have minimum 3 years …")
    "|Have|Be|Are"
    # (or what the candidate has done, counted: "… native iOS apps in Swift Shipped at least two
    # apps to …", "… Managed a team of …")
    "|[A-Z][a-z]+ed(?= (?:at least|a|an|one|two|three|four|five|several|multiple|\\d)\\b)"
    # the company speaking again (a sentence whose full stop the scraper lost): cut, then dropped
    # ("… meet tight deadlines Your employment will be at …", "… Please send …"), or a notice
    # ("… gRPC services Covid-19 Due to the pandemic …")
    "|We|Our|Your|Please|Covid|COVID|Due to"
)
# The word before is lower-case as a whole (not "Additional", "Supervisory"): no capital and
# 1-19 word characters before this position (checked after the cheap lookahead of a rule).
_LOWER_WORD = "".join(rf"(?<![A-Z][\w-]{{{n}}})" for n in range(1, 20))
# Words for how deep or how proven a skill is ("strong SQL skills", "hands-on AWS experience"):
# the name after one is what the experience is of (run_on.py keeps it in its item).
DEPTH_WORDS = (
    ["strong", "solid", "good", "excellent", "deep", "basic", "advanced", "proven", "working"]
    + ["expert", "extensive", "relevant", "professional", "practical", "sound", "hands-on"]
    + ["prior", "previous", "demonstrable", "demonstrated", "commercial", "in-depth"]
)
# Words that lead into the word or name after them ("years of SQL experience", "strong SQL
# skills", "fluent English"): no item ends on one. run_on.py cuts by the same list.
LEADS_INTO_WORDS = (
    ["of", "in", "with", "and", "or", "the", "a", "an", "to", "for", "on", "at", "by", "as", "like"]
    + ["such", "including", "especially", "using", "from", "fluent", "very", "modern", "other"]
    + ["similar", "related", "any", "some", "several", "multiple", "both", "either", "written"]
    + ["spoken", "native", "our", "your", "their", "its", "is", "are", "be", "e.g.", "i.e."]
    + DEPTH_WORDS
)
_NOT_AFTER_LEAD = "".join(
    rf"(?<!\b{re.escape(w)})(?<!\b{re.escape(w.capitalize())})" for w in LEADS_INTO_WORDS
)
# A word the acronym or nice-to-have after it is the object of ("experience with SQL preferred",
# "knowledge of Cisco routers"): no item ends on it.
_NOT_AFTER_WORD = "".join(
    rf"(?<!\s{w})"
    for w in [
        "of",
        "with",
        "in",
        "and",
        "or",
        "as",
        "using",
        "the",
        "a",
        "an",
        "like",
        "especially",
    ]
    + ["including", "know", "toward", "towards", "for", "to", "on", "by"]
)
# The languages spoken, as their names open an item ("Spanish speaker").
_SPOKEN = "|".join(
    sorted((n.title() for n in LANGUAGE_NAMES if n.isascii()), key=len, reverse=True)
)
# Abbreviations that end in a full stop inside a clause ("insbes. JIRA (inkl. Plug-ins …)",
# "incl. SQL"): no sentence ends there. AFTER_ABBREVIATION stands right after the stop.
ABBREVIATIONS = ("insbes", "inkl", "incl", "bzw", "ggf", "evtl", "bspw", "esp", "sog")
NOT_ABBREVIATED = "".join(rf"(?<!\b{a})" for a in ABBREVIATIONS)
AFTER_ABBREVIATION = "".join(rf"(?<!\b{a}\.)" for a in ABBREVIATIONS)
EN_CLAUSE_BREAK = re.compile(
    # (a full stop after a parenthesis ends its sentence too: "… (SAP PO, CPI, UI5, ...).
    # Additional …")
    # (not inside the name "English Language Proficiency", nor after an article: "… hours rules
    # and the Working Time Directive")
    rf"([;；]\s*|(?:(?<=[a-z0-9)]{{2}})|(?<=\))){NOT_ABBREVIATED}\.\s+(?=[A-Z]|<[A-Z])|(?<=[a-z)])(?<!\bLanguage)(?<!\bthe)(?<!\ban)(?<!\sa)\s+(?=(?:{EN_OPENERS})\b(?!:))"
    # a licence or card held, or a language spoken, opens the next item ("… or equivalent Active
    # Georgia Security Officer License …", "… 7 years Current DOT medical card", "… tape measure
    # Bilingual in …"), not after a word that leads into it ("Must have a Valid Driver's License",
    # "Must be Bilingual", "Knowledge of Active Directory")
    # ("… high-volume kitchen Food Handler Certification (or …)", "… 50 lbs Available
    # evenings, weekends and holidays")
    r"|(?<=[a-z)])(?=\s+(?:Valid|Current|Active(?!\s+Directory)|Bilingual"
    r"|Available\s+(?:to|on|for|evenings|weekends|nights|holidays)"
    r"|(?:[A-Z][\w/-]*\s+){1,3}(?:Certification|Certificate|License|Licence)(?!\s+(?:holders?|number))"
    # (a certificate or card named by a capital or an acronym, its noun in lower case, that ends
    # the piece: "… and vision systems OSHA 10 certification", "… relevant experience White Card
    # (General Construction Induction)")
    # (a passport or permit named by its place: "… seasonal products EU/EFTA passport or valid
    # Swiss work permit")
    r"|(?:[A-Z][\w/-]*\s+){1,2}(?:passport|(?:work|residence) permit)\b"
    # (and so does a citizenship or residence: "… outdoors in all weather NZ citizen or
    # resident, or …")
    r"|(?:[A-Z][\w/.-]*\s+){1,2}(?:citizen(?:s|ship)?|(?:permanent )?residen(?:t|cy))\b"
    # (an acronym spelled out in brackets before its licence or registration: "… reference
    # laboratory DOH (Department of Health Abu Dhabi) license or …")
    r"|[A-Z]{2,}[\w/-]*\s+\([^()\n]{1,80}\)\s+(?:licen[cs]e|certification|certificate|registration)\b"
    # (or its class: "… B1 level or higher Driving licence class B")
    r"|(?:[A-Z][\w/-]*\s+)(?:[A-Z0-9][\w/-]*\s+){0,2}(?:certification|certificate|licen[cs]e|[Cc]ard)"
    r"(?=\s*(?:$|[A-Z(])|\s+(?:class|category)\s+[A-Z0-9]{1,3}\b)"
    r")\b)"
    rf"{_LOWER_WORD}(?<!\sa)(?<!\san)(?<!\sthe)(?<!\sbe)(?<!\sis)(?<!\sare)(?<!\shave)(?<!\shas)"
    r"(?<!\shold)(?<!\sholds)(?<!\spossess)(?<!\sof)(?<!\swith)(?<!\sin)(?<!\sand)(?<!\sor)"
    r"(?<!\sto)(?<!\sfor)(?<!\sby)(?<!\son)(?<!\sas)(?<!\sany)(?<!\syour)(?<!\sobtain)"
    r"(?<!\smaintain)(?<!\sMust)(?<!^Must)(?<!\smust)(?<!\sachieve)(?<!\searn)(?<!\sget)"
    r"(?<!\sgain)(?<!\scomplete)(?<!\spursue)(?<!\sacquire)(?<!\svalid)(?<!\scurrent)"
    # (nor after the authority that issues it: "Valid state Journeyman Electrician license")
    r"(?<!\sstate)(?<!\sprovincial)(?<!\sfederal)(?<!\snational)\s+"
    # an age floor ends its clause ("Must be at least 18 years of age High school diploma …",
    # "Must be at least 23 years old Clean MVR")
    r"|(?:(?<=\bof age)|(?<=\bor older)|(?<=\byears old))\s+(?=[A-Z])"
    # ... and an age ceiling opens its own ("… at least 25 Mbps Not more than 35 years old")
    r"|(?<=[\w)])\s+(?=(?:Not|No) (?:more|older) than \d{2}\s+years?\s+(?:old|of age)\b)"
    # "… in Azure 5+ years of …" opens the next item, and so does a range ("… (e.g. IEC or NJATC)
    # 0-2 years of construction experience"); "You have 2+ years of …" and "Sales experience 2-3
    # years" do not
    # (the cheap look ahead first: the look-behinds run only where it holds)
    # (and months: "… or equivalent 6 months of cash handling experience")
    r"|(?<=[a-z)])(?=\s+\d+(?:(?:\+|\s*[-–]\s*\d+)\s*years\b|\+?\s*months?\s+of\b))(?<!\bhave)(?<!\bhas)(?<!\bwith)"
    r"(?<!\bHave)(?<!\bHas)"
    r"(?<!\bof)(?<!\bleast)(?<!\bminimum)(?<!\bMinimum)(?<!\bneed)(?<!\bbring)(?<!\bfor)(?<!\bwithin)"
    r"(?<!\bthe)(?<!\blast)(?<!\bpast)(?<!\bexperience)(?<!\bExperience)\s+"
    # (but a count of years "of" something after "… work experience" is the next item's: "… or
    # equivalent work experience 1-2 years of property claims experience")
    r"|(?<=[a-z] experience)(?=\s+\d+(?:\+|\s*[-–]\s*\d+)\s*years\s+of\b)\s+"
    # a share opens the next item ("… Cloud and Virtualization 20% pioneer spirit"), not after
    # the words that lead into it ("Willingness to travel up to 70% within the U.S.", "40 WPM
    # with 95% accuracy")
    r"|(?<=[a-z)])(?=\s+\d{1,3}%\s)(?<!\bto)(?<!\bof)(?<!\bover)(?<!\bthan)(?<!\babout)(?<!\baround)"
    r"(?<!\bapproximately)(?<!\bwith)(?<!\bat)(?<!\bleast)(?<!\bby)(?<!\bin)(?<!\band)(?<!\bor)\s+"
    # an acronym that opens "… experience / knowledge / skills" after a lower-case word ("… in a
    # full stack environment SQL experience is a plus")
    # (not after a word that leads into it: "2+ years of SQL experience", "with AWS experience",
    # "strong SQL skills", "hands-on AWS experience")
    rf"|(?<=[a-z]{{2}})(?=\s+[A-Z]{{2,}}[\w#+.]*\s+(?:experience|knowledge|skills?)\b){_LOWER_WORD}"
    rf"{_NOT_AFTER_LEAD}\s+"
    # a sentence about the holder of the post whose full stop a scraper lost ("… within the field
    # of the position The Assistant Professor is also required to be enterprising …")
    r"|(?<=[a-z)])\s+(?=The (?:[A-Z][\w-]*\s){1,3}(?:is|are|will be) (?:also )?(?:required|expected) to\s)"
    # an acronym that is a nice-to-have or a must of its own after a word ("Bachelor's degree in
    # Accounting or Finance CPA preferred"), not the object of the word before ("experience with
    # SQL preferred")
    rf"|(?<=[a-z]{{2}}){_NOT_AFTER_WORD}"
    # (or alternatives, a certificate: "… ADP Workforce Now SHRM-CP or PHR certification
    # preferred")
    # (not a level's numeral after its word: "NETA Level III certification preferred")
    r"\s+(?!(?:II|III|IV|VI|VII|VIII|IX)\b)(?=[A-Z]{2,}[\w#+.-]*(?:\s+(?:or|and|/)\s+[A-Z]{2,}[\w#+.-]*)*"
    r"(?:\s+(?:certifications?|certificates?|licen[cs]es?|credentials?))?"
    r"\s+(?:preferred|required|desired|a plus|is a plus|(?:is )?an advantage)\b)"
    # so is a capitalised nice-to-have that ends the piece ("… as case needs require Trial
    # experience strongly preferred", "… in community pharmacy Independent Prescriber
    # qualification desirable but not essential", "… client-facing experience SAP SD
    # certification will be an added advantage"), after a lower-case word that does not lead
    # into it; it names what is asked (experience, a qualification: "… supporting Epic is a
    # plus", "… configure Cisco routers preferred" are one clause each); up to four words long,
    # the words after its second lower-case or acronyms ("… on hire (3G/4G) AWS D1.1
    # certification preferred", "… own hand tools Forklift and overhead crane experience a plus";
    # not "… utilizing ARM templates Azure certifications preferred", cut before "Azure"), also
    # after a closing parenthesis
    r"|(?:(?<=[a-z]{2})|(?<=\)))(?=\s+[A-Z][\w'’./-]*(?:\s+[\w'’/-]+)?(?:\s+(?:[a-z][\w'’./-]*|[A-Z0-9][A-Z0-9./-]*)){0,2}?"
    r"\s+(?:experience|qualifications?"
    r"|certifications?|certificates?|licen[cs]es?|degree|knowledge|skills|training)\s+(?:strongly\s+)?"
    r"(?:preferred|desirable|desired|(?:(?:is|will be|would be)\s+)?(?:an?\s+)?"
    r"(?:added\s+|big\s+|great\s+)?(?:advantage|plus))"
    rf"(?:\s+but not (?:essential|required))?(?:$|\s+[A-Z])){_LOWER_WORD}"
    rf"{_NOT_AFTER_WORD}(?<!\sfrom)(?<!\sspeak)(?<!\swritten)(?<!\sspoken)\s+"
    # a must that ends its clause ("… Local anesthesia certification required CPR/BLS …",
    # "English essential Information on language requirements")
    r"|(?:(?<=[a-z] required)|(?<=[a-z] essential))\s+(?=[A-Z][\w/-]*\s)"
    # a nice-to-have put as a condition opens a clause of its own ("… Salesforce and Gainsight
    # Bonus if you've worked with logistics software")
    r"|(?<=[a-z)])\s+(?=(?:Bonus|Extra credit|Brownie points|A plus) if you)"
    # so does a course completed ("… (MCC) course completed ICAO English Language …")
    r"|(?:(?<=\bcourse completed)|(?<=\btraining completed))\s+(?=[A-Z][\w/-]*\s)"
    # a parenthesis after a parenthesis opens the next item ("(or related field) (Significant)
    # experience with …")
    r"|(?<=\))\s+(?=\([A-Z][a-z]+\)\s)"
    r"|(?:(?<=\bplus)|(?<=advantage)|(?<=preferred)|(?<=desirable)|(?<=advantageous)|(?<=\basset))"
    r"\s+(?:and\s+)?"
    r"(?!but\s|not\s|though\b|although\b|if\b|when\b)(?=[A-Za-z])"
    # a run-on list of Title Case items: a word that ends a requirement, then a capitalised word
    # ("Excellent communication skills Well-structured working style", "Strategic mindset Big
    # picture thinking", "Knowledge of Czech welcome but not a must Product management skills")
    r"|(?:(?<=\bskills)|(?<=\bstyle)|(?<=\bmindset)|(?<=\battitude)|(?<=\babilities)"
    r"|(?<=\bwelcome)|(?<=\bwelcomed)|(?<=\bhelpful)|(?<=\ba must)|(?<=\bcertification)|(?<=\bcertificate)"
    r"|(?<=\blicense)|(?<=\blicence)|(?<=\bcard))\s+(?=[A-Z][a-z]+(?:[\s/,-]|$))"
    # (after a qualification or diploma a name in capitals too: "… or equivalent qualification
    # GCSE English and Maths …"; not a level's numeral, "Diploma IV")
    r"|(?:(?<=\bqualification)|(?<=\bqualifications)|(?<=\bdiploma))\s+"
    r"(?=[A-Z][a-z]+(?:[\s/,-]|$)|(?!(?:II|III|IV|VI|VII)\b)[A-Z]{2,}[\w/-]*\s)"
    # a licence held or a language spoken after an acronym ("… McLeod or TMW Bilingual
    # English/Spanish", "… CDL Valid medical card")
    # (and a degree: "… ArcGIS or QGIS Associate's degree in …")
    r"|(?<=[A-Z]{2})\s+(?=(?:Valid|Current|Bilingual)\s"
    r"|(?:Bachelor|Master|Associate)(?:['’]s)?\s+[Dd]egree\b)"
    # a Title Case label of up to three words after a lower-case word ("… is desirable
    # Supervisory Experience: 2 or more years …", "… practices Remote / Virtual Teams: …")
    # (the word before is lower-case as a whole: "Supervisory Experience:" stays one label)
    # ("… sonography program Licensure/Certification: RDMS …": its words cut by a slash)
    rf"|(?<=[a-z)])(?=\s+(?:[A-Z][\w-]*\s+(?:/\s+)?){{0,2}}[A-Z][\w-]*(?:/[A-Z][\w-]*)?:\s)"
    rf"{_LOWER_WORD}\s+"
    # a speaker of a language opens an item after a name too ("… NABCEP PV Associate Spanish
    # speaker"), not after the words that say how well ("native Spanish speaker")
    r"|(?<=\w)(?<!\sa)(?<!\san)(?<![Nn]ative)(?<![Ff]luent)(?<![Cc]onfident)(?<![Ff]irst-language)"
    rf"\s+(?=(?:{_SPOKEN})\s+speakers?\b)"
    # after a technology name (".NET Expert in …", "SQL Experience with …")
    rf"|(?<=[A-Z0-9#+]{{2}})\s+(?=(?:{EN_OPENERS})\b)"
    # a sentence of its own whose full stop a scraper lost: a name of two or more capitalised
    # words (or acronyms) and its verb ("… to apply for this job Selective Service Registration
    # is required …", "… 24/7 hospital Cascade Animal Medical Center is …"), after a lower-case
    # word that does not lead into it ("experience with Azure DevOps is …") nor takes it as its
    # object ("supporting Epic Systems is …"); a name that is a nice-to-have ("… Cisco IOS is a
    # plus") stays in its clause. Its own subject says a new sentence begins, the page's or the
    # candidate's (boilerplate.states_about_page tells which).
    rf"|(?<=[a-z]{{2}})(?<!ing)(?=\s+[A-Z][\w'’&/-]*(?:\s+[A-Z0-9][\w'’&/-]*){{1,3}}\s+(?:is|are|will"
    r"|may|can|would|should)\s(?!(?:also |very |highly )?(?:be )?(?:an? |the )?(?:big |great |definite "
    r"|added |real )?(?:plus|advantage|asset|bonus|preferred|desirable|beneficial)\b))"
    rf"{_LOWER_WORD}{_NOT_AFTER_LEAD}\s+"
    # a degree after a run of lower-case words, not after "a" / "and" / "or" nor after the
    # degree's own adjective ("a relevant Master's degree") (and "MS Office", "MS Excel", a Scrum
    # Master, master data name no degree)
    r"|(?<=[a-z]{3})(?<!and)(?<!relevant)(?<!related)(?<!completed)(?<!finished)(?<!academic)"
    r"(?<!technical)(?<!suitable)(?<!appropriate)(?<!accredited)(?<!university)(?<!Scrum)\s+"
    r"(?=(?:Bachelor|Master(?!\s+(?:data|plan|list|class)\b)|Degree|BS|BA|BSc|MS(?!\s+(?:[Oo]ffice|[A-Z][a-z]))"
    # ("… Bill.com or Gusto Associate's degree in accounting …")
    r"|Associate(?:['’]s)?(?=\s+[Dd]egree\b)"
    r"|MSc|PhD)\b"
    # (not the students of a degree: "… collaborators BSc/MSc students and the public")
    r"(?![\w'’/]*\s+(?:students?|candidates?|level|programmes?|programs?|theses|thesis)\b)))"
)

# German postings keep the clause breaks they were tuned on: their nouns are capitalised, so
# the English rules for lost line breaks (a capital after a lower-case word, "… Scrum Master")
# would cut their sentences apart.
_DE_OPENERS = (
    "Very|Profound|Basic|Strong|Good|Excellent|Solid|Deep|Sound|Ability|Experience|Knowledge"
    "|Understanding|Familiarity|Proficiency|Hands-on|Fluent|Fluency|Working"
)
DE_CLAUSE_BREAK = re.compile(
    rf"([;；]\s*|(?<=[a-z0-9)]{{2}}){NOT_ABBREVIATED}\.\s+(?=[A-Z])|(?<=[a-z)])\s+(?=(?:{_DE_OPENERS})\b|\d+\+\s*years\b))"
)
GERMAN = re.compile(
    r"\b(?:der|die|das|und|mit|von|für|auf|dem|den|des|ein|eine|einer|einem|eines|ist|sind|oder"
    r"|im|zur|zum|als|sowie|bei|wie"
    r"|du|dein|deine|Sie|Ihr|Ihre|wir|uns)\b"
)
