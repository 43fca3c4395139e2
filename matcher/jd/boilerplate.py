"""What a job board wraps around a posting's requirements and what no recruiter would mark as
one: equal-opportunity and legal statements, salary and benefits, contact lines, copyright and
site chrome, and the company's description of itself. Read item by item (a clause at a time),
so a scraped posting whose line breaks were lost loses only these pieces, never its requirements.
"""

from __future__ import annotations

import re

from matcher.jd.heading_words import EN_HEADINGS
from matcher.jd.headings import word_trie
from matcher.jd.labels import IS_A_WANT, NICE, PAID_MORE
from matcher.jd.zh_lines import says_for_employer

# (All patterns here read the lower-cased item: matching without IGNORECASE, and word lists as
# tries, keeps a check to a few microseconds; it runs on every item and clause of a posting.)
# Statements that are boilerplate wherever they stand, whatever else the item says.
_LEGAL = re.compile(
    r"equal (?:employment )?opportunit|\bdiscriminat|protected (?:attribute|veteran|class)"
    r"|reasonable accommodation|affirmative action|e-verify|without regard to|all rights reserved"
    r"|copyright|©|privacy (?:notice|policy|statement)|terms of (?:use|service)|cookie"
    r"|personal data|\bgdpr\b|\bdsgvo\b|background check|drug[- ]free|at-will"
    # screenings a hire must pass (a drug test, the UK's DBS check): conditions the posting
    # states, flagged or boilerplate, never a skill to judge
    # (not the work itself: "Experience with drug testing procedures")
    # (with the alcohol test named beside it: "Drug & alcohol test on day 1")
    r"|\bdrug (?:(?:and|&) alcohol )?(?:screen|test)(?!ing)|pre-employment drug|\bdbs check"
    r"|disclosure and barring"
    # (Job Bank's "Security and safety / Criminal record check")
    r"|\bcriminal record check"
    # (and a record the person must have, Careers24's "Clear criminal record": the same check,
    # flagged; not "Minimum 21 years with a clean criminal record", an age)
    r"|^(?:(?:must )?(?:have|hold) )?(?:a )?(?:clear|clean) criminal record"
    # fair-chance notices ("we will consider qualified applicants with arrest and conviction
    # records") and how to ask for adjustments ("If you need any adjustments during the
    # application process, please let us know")
    r"|fair chance|conviction records|(?:need|require) (?:any |an )?(?:adjustments?|accommodations?)\b"
    r"|regardless of (?:their )?(?:race|gender|sex|age|religion|nationality|origin|ethnic|disab)"
    r"|版权所有|icp备|隐私政策|免责声明"
    # (a WeChat article's end mark and its follow prompt: "— END —", "长按识别二维码 关注我们")
    r"|^[-—–_\s]*end[-—–_\s]*$|长按识别|扫码关注|识别二维码"
    # (an e-mail's confidentiality footer in Chinese: "本邮件及其附件含有保密信息，仅限于…")
    r"|含有保密信息|仅限于发送给"
    # how the application goes on: who is invited, where to send the CV (not a requirement even
    # when it says "if you meet the requirements")
    # (and how they are chosen: "Applicants will be assessed against the criteria below.
    # Shortlisting will be based on the evidence in your supporting statement.")
    r"|shortlist(?:ed|ing)|will be contacted|invited (?:to|for) (?:an? |the )?interview"
    r"|(?:assessed|scored|measured) against (?:the |these |our )?(?:criteria|person spec)"
    # ("If you have not heard from us within 2 weeks, please consider your application
    # unsuccessful")
    r"|(?:not|n't|n’t) (?:heard|hear) (?:back )?from us|application (?:was |has been )?unsuccessful"
    r"|(?:send|submit|email|e-mail) (?:us )?(?:a |an |your )(?:cv|resume|résumé|application)\b"
    # (a freelance board's: "Send me a short proposal with your hourly rate …")
    r"|\b(?:send|submit) (?:me |us )?(?:a |an |your )(?:short |brief )?(?:proposal|bid|quote)\b"
    r"|any questions|applications? (?:are|is|will be) (?:reviewed|processed|considered)"
    r"|application deadline|look forward to (?:receiving|hearing|your)|please (?:contact|apply|attach)"
    # a deadline with its date ("Deadline January 18 2019", "Deadline for application: …"), not
    # "meet tight deadlines"
    r"|deadline(?: for (?:the )?applications?)?:? (?:is |will be )?(?:\d|jan|feb|mar|apr|may|jun|jul"
    r"|aug|sep|oct|nov|dec|asap|as soon)"
    # terms of employment and what the application holds
    r"|in accordance with the (?:\w+ ){0,4}agreement|collective agreement|(?:will|may|can) be negotiated"
    # (and when it starts: "The employment should start as soon as possible after agreement")
    r"|^(?:your|the) (?:employe?ment|appointment|place of work|work ?place)"
    r" (?:will|is|as|should|shall|starts?|begins?|commences?)\b"
    r"|^place of work\b|\bthe application (?:should|must|shall) (?:consist|include|contain)"
    r"|\bcontact us\b|please (?:submit|send|note|mention|ensure|upload)"
    # the application form and what to upload into it ("On the online application form it is
    # mandatory to upload a teaching plan"), not a skill ("uploading content to the CMS")
    r"|application form|\bupload (?:a|an|your|the|blank|all|any|these|those|it)\b"
    # what a posting says it does not expect ("We don't expect you to have experience across all
    # these areas", "You won't be expected to know our stack"), and that the posting closes
    r"|\b(?:don't|don’t|do not|won't|won’t|will not) (?:be )?(?:expect|require|need)"
    r"|will be closed (?:down )?(?:once|when|as soon)"
    # a bank's or a data-law notice in the page's footer, a job board's fraud warning
    r"|\bmember fdic\b|do not sell my|bank or credit card details"
    # (Jobberman's: "Important Safety Tips Do not make any payment without confirming …", "If you
    # think this advert is not genuine, please report it …"; Kijiji's "never send money …")
    r"|\bsafety tips\b|\b(?:do not|don't|never) (?:make any payment|pay any (?:fee|money)|send money)"
    r"|\b(?:advert|ad|job|listing|posting) is not genuine\b"
    # whom the poster will not deal with ("No recruiters please", "Sorry, no agencies") and how a
    # freelancer is paid ("Payment via Wise or PayPal, net 15")
    r"|^(?:sorry,?\s+)?no (?:recruiters|(?:recruitment )?agencies|third[- ]part(?:y|ies))\b"
    r"|^payment (?:via|by|through|terms)\b"
    # what goes with the application ("A transcript must be submitted with your application")
    r"|\b(?:submitted|included|attached) with (?:your|the|an?) application"
    # how to answer a message or a post ("Reply with your name and a photo of your card to this
    # number", "DM us with your portfolio"), not what the one hired does ("Respond to tickets …")
    r"|^(?:please )?(?:reply|respond|text|message|dm|whatsapp) (?:us |me )?(?:with|to this)\b"
    # what to bring to a job fair or an interview ("BRING: resume, copy of certifications, photo
    # ID", "What to bring: …")
    r"|^(?:what to |please )?bring(?: with you| along)?\s*:"
    # the pay's basis offered one way or another (a salon's "Chair rent OR commission - we're
    # flexible", "Day rate or salary")
    r"|^(?:(?:chair|booth|desk) rent|commission(?: only)?|day rate|hourly rate|salary)\s+(?:or|/|and)"
    r"\s+(?:(?:chair|booth|desk) rent|commission|day rate|hourly|salary)\b"
    # an employer's diversity statement ("The University is committed to equality, diversity and
    # inclusion and welcomes applications from all sections of the community")
    r"|committed to (?:equality|diversity|equal|inclusion)|welcomes? applications from"
    # how the pay is set ("Pay is based on experience"), not a requirement about experience
    r"|^(?:pay|salary|compensation|wages?|rate) (?:is|will be) (?:based on|commensurate|dependent"
    r"|depending)"
    # who is told not to apply and that the employer will not answer ("If you are not authorized
    # to work in Canada, do not apply. The employer will not respond to your application.")
    r"|\b(?:do not|don't|don’t) apply\b|\b(?:will|may|can) not (?:be able to )?(?:respond|reply)\b"
    # an e-mail's confidentiality footer (a recruiter's message forwarded as text)
    r"|\bconfidential and intended\b|\breceived (?:it|this (?:e-?mail|message)) in error"
    r"|\bintended (?:solely |only )?for the (?:addressee|recipient)"
    # (a job alert e-mail's footer: "You are receiving this email because you created a job
    # alert …", "Manage alerts | Unsubscribe")
    r"|\b(?:you are|you're|you’re) receiving this (?:e-?mail|message|alert)|\bunsubscribe\b"
    # (how a board's posting invites applications: "Interested and qualified candidates should
    # apply / send their CV to …")
    r"|^interested (?:and (?:qualified|suitable|eligible) )?(?:candidates|applicants|persons)\b"
    # where the work is done, as Job Bank states it ("Work must be completed at the physical
    # location. There is no option to work remotely.")
    r"|^work must be (?:completed|done|performed) (?:at|on|both|remotely)|\bno option to work remotely"
    # notices about the pandemic and how interviews are held
    r"|covid|corona ?virus|pandemic|\binterviews? (?:will|are|is) (?:be )?(?:held|conducted|completed"
    r"|done|carried out)"
)
# Pay, benefits, how to apply and whom to call: boilerplate unless the item also asks for
# something ("a driving licence for the company car" still asks).
_OFFER_WORDS = [
    *["salary", "compensation", "benefit", "benefits", "dental", "pto", "contact", "email"],
    *["e-mail", "phone", "tel", "we offer", "per hour", "per annum", "per year", "per month"],
    *["health insurance", "health care", "paid time off", "paid vacation", "paid leave"],
    *["vacation days", "stock options", "bonus scheme", "apply now", "apply today"],
    *["apply online", "apply here", "click here", "click apply", "job id", "job code", "job type"],
    *["job category", "date posted", "posted on", "posted date"],
    *[f"send {us}your {what}" for us in ("", "us ") for what in ("cv", "resume", "application")],
]
# German compounds (Sondervergütungen, Gehaltsentwicklung) and Chinese: anywhere in a word.
_OFFER_INSIDE = [
    *["freuen wir", "freuen uns", "interesse geweckt", "interesse wecken", "bewerbung"],
    *["zusendung", "ansprechpartner", "stundensatz", "vergütung", "gehalt"],
    *[
        "薪资",
        "薪酬",
        "工资",
        "待遇",
        "底薪",
        "提成",
        "五险",
        "一金",
        "社保",
        "公积金",
        "福利",
        "带薪",
    ],
    *["年假", "体检", "双休", "包吃", "包住", "联系电话", "联系人", "联系方式", "邮箱"],
    *["简历投递", "投递简历", "发送至", "面议", "工作时间", "上班时间"],
    # how a social post takes applications ("感兴趣私信我", "私聊发简历", "加微信详聊")
    *["私信", "私聊", "加微信"],
    # ... and a headhunter's message ("感兴趣的话回复1", "微信同号", "推荐成功有红包")
    *["感兴趣的话", "有兴趣的话", "微信同号", "同微信", "欢迎推荐", "推荐成功"],
    # ... and a text message's ("有意者请致电135…", its opt-out "拒收请回复R", "回T退订")
    *["有意者请", "请致电", "拒收请回", "退订"],
    # what to bring to the interview ("面试请携带作品集"): how to apply, not a requirement
    "请携带",
    # what the employer gives ("应届毕业生亦可，公司提供系统培训")
    *["公司提供", "我们提供", "提供培训", "提供系统培训", "提供专业培训", "带薪培训", "免费培训"],
    # (a pass or permit the employer applies for: "可申请S Pass", "可代办工作准证")
    *["可申请", "可代办"],
    # what a platform or the employer does not charge ("平台不收取任何押金", "不收取任何费用")
    "不收取",
    # what to attach and how to reply, in a headhunter's e-mail or a freelance bid ("如您感兴趣，
    # 请回复本邮件并附上最新简历", "投标时请附作品链接和报价明细")
    *["如您感兴趣", "如你感兴趣", "如有兴趣", "回复本邮件", "回复此邮件", "请附", "投标时"],
    # (when the applicant hears back and the referral code to give: "投递后48小时内反馈 内推码：…")
    *["投递后", "内推码"],
    # (the meals a job gives, "包午饭", "包工作餐", and how a voice message takes applications:
    # "有意向的直接打我电话")
    *["包午饭", "包晚饭", "包三餐", "包工作餐", "包食宿", "有意向", "打我电话"],
    # (or "管…" for 包…, as a workshop's post says it: "学徒期3个月管吃住")
    *["管吃住", "管食宿", "管住宿", "管三餐"],
    # who is told not to apply ("无证勿扰", "非诚勿扰"): a restatement, nothing asked anew
    "勿扰",
]
_OFFER = re.compile(
    rf"\b{word_trie(_OFFER_WORDS)}\b|{word_trie(_OFFER_INSIDE)}"
    r"|/\s?(?:hr|hour|yr|year)\b|[$€£]\s?\d|\d\s?k\s?(?:[-–]|to)\s?\d|401\(?k\)?"
    # (a day's or a month's pay said in words, a voice message's "一天三百", "每天四百五")
    r"|^(?:一天|每天|日薪|时薪|月薪|一个月)\s*[零一二两三四五六七八九十百千万\d.]+(?:元|块)?$"
    r"|\breq(?:uisition)?\.? ?(?:id|no|number)\b|@[\w-]+\.\w"
    # a telephone number, not "电话沟通" / "电话销售" (what the person does on the phone)
    r"|电话\s*[:：]?\s*[\d(（+]"
)
# What an item asks of the candidate: it stays, even beside an offer word above.
# What "You will have" names when it is what the person brings, not what the post gives them
# ("You will have the opportunity to study for a CIPP qualification"), within its next words
# (a bounded look: "you will have" repeated must not cost the square of its length).
_BRINGS = (
    r"(?!(?:the\s+|full\s+)?(?:opportunity|chance|access|support|use)\b)"
    r"(?=[^.;\n]{0,80}?\b(?:at least|a minimum|minimum|\d{1,3}\+?\s*(?:years?|yrs|UCAS)|experience"
    r"|degree|qualifications?|knowledge|skills|A[- ]levels?|GCSEs?|certificat\w+|licen[cs]e)\b)"
)
_ASKS = re.compile(
    r"(?<!\d)\d{1,2}\+?\s*(?:years?|yrs)\b|\byears? of\b"
    r"|\b(?:experience[ds]?|knowledge|degree|proficien\w*|fluen\w*|skills?|abilit\w+|able to"
    r"|familiar\w*|understanding|certif\w*|licen[cs]e|graduated? (?:of|from)|diploma|you (?:have|are|bring|must|should|thrive|enjoy|know|speak|master|possess|hold)"
    # a degree named by its letters ("You'll be graduating with (or already hold) an
    # ICE-accredited BEng or MEng in Civil Engineering"; not "Boston, MA")
    r"|(?-i:BEng|MEng|BSc|MSc|BA|MA|BS|MS|MBA|PhD)(?=\s+(?:\(Hons\)\s+)?(?:in|or|degree)\b)"
    # ("You've owned a retention program at a brand with $50M+ in revenue")
    r"|you(?:'ve|’ve)"
    # ("You will have at least 112 UCAS points from A-levels …", "You'll also need GCSEs …")
    rf"|you(?:'ll|’ll| will) (?:also )?(?:have|need|hold)\s+{_BRINGS}|(?-i:A[- ]levels?|GCSEs?|UCAS)"
    r"|must|required|(?:is|are) expected to (?:be|have)"
    # ("You'll be confident using a WMS and MS Excel")
    r"|(?:confident|comfortable) (?:using|with|in|working))\b"
    # (an item that says its weight: "GDC registered Dental Nurse (essential)")
    r"|\((?:essential|mandatory)\)|\bessential$"
    r"|经验|学历|熟悉|掌握|熟练|能力|证书|专业|以上|精通|了解|具备|具有"
    # a preference, a hardship to bear ("有叉车证者优先", "吃苦耐劳，服从安排，能接受两班倒")
    r"|者优先|优先考虑|优先(?=[，,。；;]|$)|吃苦耐劳|[能可](?:承受|适应|接受)"
    # a medical standard the person meets, not the check a job pays for ("身体条件符合…体检标准")
    r"|身体条件|体检合格"
    # (what earns more when the person has it: an ask said as pay)
    rf"|{PAID_MORE}",
    re.I,
)
# The company speaking of itself: "We are a global leader…", "Our team…", "Come join us!",
# "<Acme> is a leading…". Boilerplate when the item asks nothing of the candidate.
_MARKETING = re.compile(
    r"^(?:we(?:'re|’re| are| have| offer| believe| value| strive| embrace| recognize| build|"
    r" help| serve| work| want| provide| pay| were)?\b|our\b|join\b|come\b|at (?!least\b|most\b)[A-Z<]|about\b"
    r"|founded\b|established\b|as a (?:member|part) of our|working (?:at|for) [A-Z<]"
    r"|you(?:'ll|’ll|ll| will) (?:work|join|be|have|get|enjoy|receive|report|become)\b"
    r"|this (?:is|opportunity|role offers)|if you(?:'re|’re|re| are) (?:looking|interested|ready)"
    r"|are you\b|ready to\b|would you\b|do you\b|it(?:'s|’s) a great|apply\b"
    # a request of how to apply ("Please start your bid with the word …", "- please link them"),
    # and how a social post takes applications ("Message me or text 937-555-0182 with …")
    r"|please\b|(?:message|text|dm|pm|inbox|call) me\b"
    # the page reassuring the reader ("Not sure you meet every requirement? …", "Don't tick
    # every box? …")
    r"|not sure (?:if |whether |that )?you\b|(?:don't|don’t|do not) (?:meet|tick|check|match)\b"
    r"|if you (?:answered|answer|can answer|said|say) yes\b"
    # what the company (or its client) is and does: "The company's products are sold …"
    r"|the (?:company|firm|group|organi[sz]ation|client|customer)(?:'s|’s)?\s"
    # an employer praising itself: "The Department prides itself of its supportive research
    # environment", "Acme is very proud of its logistics system"
    r"|[A-Z<][\w<>&.' -]{0,60}? (?:prides? (?:itself|themselves)|(?:is|are) (?:very )?proud of)\b"
    rf"|[A-Z<][\w<>&.,' -]{{0,60}}? (?:is|are) (?:a|an|the|one of) (?!{IS_A_WANT}))",
    re.I,
)
_US_STATES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|"
    "Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|"
    "Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|"
    "New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|"
    "Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|"
    "West Virginia|Wisconsin|Wyoming|District of Columbia"
)
_FORM_FIELD = (
    r"(?:(?:first|last|full|preferred) name|resume/cv|cv/resume|cover letter|linkedin profile"
    r"|submit (?:your )?application)"
)
# Site chrome and header fields of job boards: "Experience level: Mid-Level", "Likes: 0",
# a company-form word alone ("Inc", "GmbH"), a bare place or masked token.
_CHROME = re.compile(
    r"^(?:(?:experience level|job type|industry|company (?:size|type)|location(?: options)?|"
    r"role|technologies|(?:likes|dislikes|love):|date posted|salary|remote|full[- ]time|part[- ]time|"
    r"contract|internship|hybrid|on-?site)\b.{0,60}$"
    # (a company-form word alone, not "PLC fault finding", "Co-ordination skills")
    r"|(?:inc|llc|ltd|gmbh|ag|co|corp|plc)\.?$"
    # the title of the company's own block ("Why Acme?", "Facts about Acme")
    r"|(?:why|facts about)\s+(?:<[A-Z_]+>|\w[\w&.-]*)(?:\s+(?:<[A-Z_]+>|\w[\w&.-]*)){0,3}\??$"
    rf"|<[A-Z_]+>(?:\s*<[A-Z_]+>)*$|(?:[A-Z][a-z]+,?\s)?(?:{_US_STATES})(?:,?\s?(?:US|USA))?$"
    # a labelled fact of the job, not of the candidate: "Tech stack: Python, dbt, …", "Hours:
    # Tuesday - Saturday, 10 AM - 7 PM", "Schedule: 8 hour shift"
    r"|(?:tech(?:nology)? stack|(?:our |the )?stack|hours|working hours|work(?:ing)? (?:schedule|times?)"
    r"|schedule|shifts?|work location|pay(?: rate| range)?|expected hours|additional pay"
    # (a shift app's: "Parking: Free staff parking in Garage B", "Cancellation policy: Cancel
    # at least 48 hours before your shift …")
    r"|parking|cancellation policy):.{0,200}$"
    # a schedule value of a job board's facts ("Weekends as needed", "Evening shift")
    r"|(?:(?:day|evening|night|morning|rotating) shift|(?:weekends?|holidays|overtime) as needed)$"
    # the page's own buttons ("Share this job Report this job", "Report this job advert")
    r"|(?:(?:share|report|save|email) this job(?: advert| ad)?\s*)+$"
    # (Jobberman's "Report Job  Share")
    r"|report job(?:\s+share)?$"
    # (a shift app's: "Book shift")
    r"|book (?:this )?shift$"
    # (a freelance board's: "Project ID: #39012877 Report Project"; when it was posted: "2 days
    # ago", "Posted: 3 hours ago")
    r"|(?:project id:?\s*#?\d+\s*)?report (?:this )?(?:project|listing|post)$"
    r"|(?:posted:?\s*)?(?:\d+|an?) (?:minutes?|hours?|days?|weeks?|months?) ago$"
    # (iCIMS: "Options Apply for this job online Share on your newsfeed")
    r"|(?:options\s+)?apply for this job online\b.{0,60}$"
    # a poster's link to more ("Information on language requirements")
    r"|^(?:more )?information (?:on|about)\b.{0,60}$"
    # the title of a job board's fraud warning (SEEK: "Be careful - Don't provide your bank …")
    r"|be careful$"
    # a bonus the job pays ("Sign-on bonus up to $10,000 for experienced RNs!")
    r"|(?:sign[- ]?on|signing|joining|referral|retention|relocation) (?:bonus|package)\b.{0,200}$"
    # the company's size in its block ("· 50-200 employees Follow", "10,001+ employees")
    r"|[·|]?\s*\d[\d,]*(?:\s*[-–]\s*\d[\d,]*|\+)\s+employees\b.{0,40}$"
    # a social post's chrome ("… See more", "👍❤️ 46 23 comments 9 shares", "Like Comment
    # Share", "Most relevant", "Write a comment…")
    r"|(?:…|\.\.\.)?\s*see (?:more|less|translation)$|most relevant$|all comments$|write a comment\W*$"
    r"|(?:[^\w\s]+\s*\d[\d,.]*k?\s*)?(?:\d[\d,.]*k?\s+(?:comments?|shares?|reactions?)\s*)+$"
    r"|[^\w\s]+\s*\d[\d,.]*k?$|(?:like|comment|share|send|reply)(?:\s+(?:like|comment|share|send|reply))*$"
    # an application form's fields ("First Name *", "Resume/CV *", "Submit application")
    rf"|{_FORM_FIELD}(?:\s+{_FORM_FIELD})*$)",
    re.I,
)


# The field lines a Chinese job board prints about the posting or the company ("职能类别：会计",
# "关键字：…", "上班地址：…", "公司信息 …有限公司 民营公司 | 150-500人").
ZH_PAGE_FIELDS = (
    "职能类别|职位类别|职位类型|关键字|关键词|职位标签|工作地址|上班地址|公司地址|公司信息"
    "|公司规模|公司性质|所属行业|行业类别|招聘人数|发布时间|发布日期|更新时间|有效日期"
    "|截止日期|截止时间|公司名称"
    # (an ATS export's line: "导出时间：… 导出人：…")
    "|导出时间|导出人"
    # a post's own fields in a notice's table of posts ("岗位代码：2026002  招聘单位：…  岗位名称：…")
    "|岗位代码|岗位编号|职位代码|职位编号|招聘单位|用人单位|岗位名称|职位名称"
    # (and a civil-service post's: "招录机关 某某市税务局", "招录人数 2")
    "|招录机关|用人司局|招录人数|招考人数|考试类别|职位简介"
    # a notice's footer lines ("咨询电话：…  监督电话：…", "附件下载：岗位条件表.xls")
    "|咨询电话|监督电话|联系电话|附件下载"
    # a campus page's application link and schedule ("网申地址：…", "行程安排：宣讲-笔试-面试")
    "|网申地址|网申链接|网申方式|投递地址|投递方式|行程安排|宣讲时间|宣讲地点"
    # a page's or a social post's pointers to other posts ("相关推荐：…", "相似职位 保洁员 …")
    "|相关推荐|相似职位|相关职位|类似职位|相关招工|猜你喜欢|为你推荐"
    # when the post starts, a fact of it ("到岗时间：12月1日", a crew's "上船时间：12月中旬，新加坡上船")
    "|到岗时间|入职时间|上岗时间|上船时间"
)
# A Chinese job board's chrome and header fields: its buttons ("举报 分享 收藏", "立即沟通",
# "查看地图"), its safety notice, and its field lines.
_ZH_CHROME = re.compile(
    r"^(?:(?:举报|分享|收藏|立即沟通|立即投递|申请职位|投递简历|查看地图|查看全部|感兴趣|微信扫码|微信分享"
    r"|打开app|返回顶部|登录|注册)(?:该职位)?[\s|/·]*+)++$"
    rf"|^(?:{ZH_PAGE_FIELDS})(?:[:：\s]|$)"
    r"|安全提示|严禁用人单位|提高警惕|谨防(?:诈骗|受骗)|该职位由猎头发布"
    # what the applicant's data is used for ("所有个人资料只作招聘用途")
    r"|资料(?:只|仅)(?:作|用于|供)(?:招聘|聘用)"
    # a social post's tags and counters ("#内推 #大数据", "赞 86  评论 23  分享 12")
    # (in one line the tags open what follows them, the post's stamp and likes: "#芯片 #IC设计
    # 2小时前 ·· ❤️ …")
    r"|^(?:#[^#\s]{1,20}#?\s*)+$|^#[^#\s]{1,20}#?\s+#[^#\s]{1,20}|^(?:(?:阅读|赞|点赞|评论|分享|转发|收藏|在看|写留言|浏览)\s*\d*\s*)+$"
    # (its fold and unfold links, a 微博 post's "展开全文c" / "收起全文d" with the icon's letter)
    r"|^(?:展开|收起)(?:全文)?[cd]?$"
    # (and its stamp of when and where it was written: "编辑于 11-28 浙江", "发布于 3天前")
    r"|^(?:编辑|发布|发表)于\s*(?:\d|昨天|今天|前天|刚刚)[^，,。；;]{0,20}$"
    # (a moments post's own stamp, "2小时前 ··", "昨天 18:02", and its likes: a heart, then who)
    r"|^(?:\d{1,2}\s*)?(?:分钟|小时|天)前[\s·.…]*$|^(?:昨天|前天|刚刚)(?:\s*\d{1,2}:\d\d)?[\s·.…]*$"
    r"|^[❤♥]\ufe0f?\s*\S"
    # a pointer to the notice's annex ("详见附件《岗位需求表》", "具体要求见附表")
    r"|^(?:具体\S{0,4}?)?(?:请)?(?:详见|参见|见)(?:附件|附表|下表|《)"
    # (and to the points under it: "持有以下资格证书：", "具备下列条件之一：": they ask, it does not)
    r"|^(?:须|需|应|必须)?(?:持有|具备|具有|满足|符合|取得)?(?:以下|下列)[^，,。；;：:]{0,10}[:：]?\s*$"
)


# What the job gives the person or makes of them ("You are responsible for …", "You have the
# opportunity to …", "You can expect …"): no requirement, even where it names skills.
GIVEN = re.compile(
    r"^(?:you(?:'re|’re|re| are) (?:(?:also |primarily |mainly |not (?:just|only) )?(?:responsible (?:for|to)\b|accountable|in charge"
    r"|part of|joining|welcome|going|offered|given|invited|entitled|based|employed|hired|placed"
    r"|assigned|reporting|working|getting|looking|expected to (?!be |have ))"
    r"|the one|one of|(?:an? )?(?:integral |important |key |vital )?part of)"
    # (not the right to work there: "You have the right to work in Ireland" asks it)
    r"|you (?:also )?have (?:the )?right to(?! (?:live and )?work\b)"
    r"|you (?:have|get) (?:the |a |an |full |direct )?(?:opportunity|chance|possibility|access"
    r"|option|freedom|choice|say|further questions|any questions)"
    r"|you can (?:expect|look forward|apply|contact|reach|find|read (?:more|about|here)|learn|join|count|call|send"
    r"|also|get|enjoy|grow|be sure|choose))",
    re.I,
)


# A page printed from a browser (a Workday page saved as PDF): each page opens with the print's
# date, time and the page's title ("12/1/26, 3:41 PM Instructional Designer - Online Learning")
# and closes with its address and page number ("https://… 1/2"); in the text they fall inside
# a list, in a scraped line inside an item.
_PRINT_STAMP = re.compile(
    r"(?:^|(?<=\s))\d{1,2}/\d{1,2}/\d{2,4},[^\S\n]\d{1,2}:\d{2}[^\S\n]?[AP]M\b"
)
_PRINT_TITLE = re.compile(r"[^\n]{0,150}?(?=[^\S\n]+https?://|\n|$)")
_PRINT_FOOT = re.compile(r"(?:^|(?<=\s))https?://\S+[^\S\n]+\d{1,3}/\d{1,3}(?=\s|$)")


def print_margins(text: str) -> str:
    """The text without a printed page's margins (see _PRINT_STAMP): the first header keeps its
    title (the posting's), every later one (the stamp and that title) and each footer becomes a
    line break."""
    stamp = _PRINT_STAMP.search(text)
    if not stamp:
        return text
    title = _PRINT_TITLE.match(text, stamp.end())
    header = text[stamp.start() : title.end()] if title else stamp.group(0)
    head, rest = text[: stamp.start()], text[stamp.end() :]
    text = head + rest.replace(header, "\n") if title else head + rest
    return _PRINT_FOOT.sub("\n", _PRINT_STAMP.sub("\n", text))


# A document printed to PDF (a 招聘简章 or 公告 in 公文 layout, a university's further
# particulars): its page numbers ("— 2 —", "- 3 -", "第 2 页 共 4 页", "Page 2 of 3") and the
# running head each page repeats after one (the title the
# document opens with, "某某集团有限公司2027年招聘简章"); in the text they fall inside a list.
_PAGE_NUMBER = re.compile(
    r"(?:^|(?<=\s))(?:(?P<head>[^\s，,。；;:：]{6,60})[^\S\n]*\n?[^\S\n]*)?(?P<mark>[—–-]{1,2}[^\S\n]*\d{1,3}[^\S\n]*[—–-]{1,2}"
    r"|第[^\S\n]*\d{1,3}[^\S\n]*页(?:[^\S\n]*[，,/]?[^\S\n]*共[^\S\n]*\d{1,3}[^\S\n]*页)?"
    # (an English document's "Page 2 of 3")
    r"|Page[^\S\n]+\d{1,3}[^\S\n]+of[^\S\n]+\d{1,3})"
    r"(?=\s|$)(?:[^\S\n]*\n?[^\S\n]*(?P<title>[^\s，,。；;:：]{6,60}))?"
)
_LINE_END = re.compile(r"[^\S\n]*(?:\n|$)")


def page_numbers(text: str) -> str:
    """The text without a printed document's page numbers and the running heads beside them:
    a number after or before the document's opening title (spaces aside) goes with it, one alone
    on its line or in words ("第 3 页") goes; any other ("- 2 - 4 years of …", a range) stays."""
    opening = re.sub(r"\s+", "", text[:200])

    def running_head(words: str | None) -> bool:
        return bool(words) and len(words) < len(opening) and opening.startswith(words)

    def cut(m: re.Match) -> str:
        # (the words before the number stay unless they are the running head: "… 公告\n— 2 —")
        headed = running_head(m.group("head"))
        before = "" if headed else text[m.start() : m.start("mark")]
        if running_head(m.group("title")):
            return before + "\n"
        at_start = m.start("mark") == 0 or text[m.start("mark") - 1] == "\n"
        # ("第 3 页 共 4 页" and "Page 2 of 3" are a page's number wherever they stand; "- 2 -"
        # only alone or after the running head, as in one line)
        if (
            m.group("mark").startswith(("第", "Page"))
            or headed
            or (at_start and _LINE_END.match(text, m.end("mark")))
        ):
            return before + "\n" + text[m.end("mark") : m.end()].lstrip()
        return m.group(0)

    return _PAGE_NUMBER.sub(cut, text)


_ASIDE = re.compile(r"\([^()]*\)")
# What the employer adds in brackets after an ask ("有电动车或可租车（公司提供租车渠道）"): an aside,
# the item is read without it.
_ZH_ASIDE = re.compile(r"(?<=[\u4e00-\u9fff])（[^（）]*）")
# The company's voice (we, our, us) in an item that names nothing asked of "you" or a candidate.
_COMPANY_VOICE = re.compile(r"\b(?:we|we're|we’re|our|us)\b|^<[A-Z_]+>", re.I)
_ASKS_OF_YOU = re.compile(
    # (an item of a "that you:" list opens with its verb: "Have a desire to create … for our
    # visitors")
    r"^(?:have|possess|hold|bring)\s|(?<!\d)\d{1,2}\+?\s*years?\b|\b(?:you|your|candidates?|applicants?|degree|experience (?:in|with|of)|knowledge of"
    r"|proficien\w*|fluen\w*|familiar\w*|understanding of|ability to|must|required|requirements?"
    # ("Unrestricted right to live and work in the UK and a passport allowing travel to all our
    # destinations")
    r"|right to (?:live and )?work)\b",
    re.I,
)


# What a duty opens with: 负责… / 协助… / Manage… / You will… — what the person will do, not
# what they bring (also read by matcher.jd.shape).
DUTY = re.compile(
    r"^(?:负责|协助|完成|制定|组织|处理|参与|配合|执行|跟进|维护|开展|建立|监督|督促|做好|定期|主持"
    # (not "You will have" and what the person brings: "You will have at least 112 UCAS points …",
    # "You'll have 3+ years of …", as against "You will have the opportunity to …")
    rf"|对接|接听|解答|受理|管理(?!经验)|(?:you(?:'ll|’ll|ll| will)(?!\s+have\s+{_BRINGS})|will"
    r"|design|build|develop|maintain"
    r"|implement|create|drive|own|lead|manage|support|ensure|work|work with|collaborate|participate"
    r"|deliver|write|review|help|assist|coordinate|handle|prepare|define|improve|make|transfer"
    r"|further|take|contribute|responsible|plan|monitor|analy[sz]e|test|deploy|operate|run|set up"
    r"|share|leave|focus|optimi[sz]e|oversee|conduct|execute|identify|establish)\b)",
    re.I,
)


def asks_something(item: str) -> bool:
    """True when an item reads as something asked of the candidate (a degree, years,
    knowledge, a skill or an ability), not as a duty."""
    text = item.strip(" .;:!*•-")
    return bool(_ASKS.search(text)) and not DUTY.match(text)


# "Academic educations are not required": what a posting says it does not ask (but "… is an
# advantage but not required" still asks, as a nice-to-have; and in a run-on item whose full
# stops were lost, "Danish skills are not necessary … You must hold a valid visa", only the end
# of the item tells).
# (so does who else may apply, "New graduates with a completed residency will be considered",
# when nothing else stands in the piece: "1 year of X; new graduates … will be considered", and
# who is considered for another post)
_NOT_ASKED = re.compile(
    r"\b(?:is|are) not (?:required|necessary|needed|mandatory|a must|an? (?:requirement|condition))$"
    r"|^[^;:]{0,120}\b(?:(?:will|may|can) (?:also )?be considered|(?:are|is) (?:also )?(?:welcome|encouraged)"
    r" to apply)"
    # (for another post: "Candidates with less experience will be considered for the position of
    # Assistant Engineer")
    r"(?: for (?:the |a |an )?(?:position|role|post|grade|level) of [^.;:]{1,60})?$"
    # (what may not stand in for another: USAJOBS' "There is no substitute of education for
    # specialized experience at the GS-12 level")
    r"|^there is no substitut"
    # (what may stand in for another, alone in its piece: "4 additional years of experience may
    # be substituted for a degree", the relaxation of an ask stated apart)
    r"|^[^;:]{0,80}\b(?:may|can) be substituted (?:for|in place of) (?:an? |the )?\w+$"
)
_WELCOME_TO_APPLY = re.compile(r"\bwelcome to apply\b")
# The posting explaining its own marks ("Where is written 'an advantage' is nice to have",
# "Items marked with * are optional"): how to read the list, nothing asked.
_NOTATION = re.compile(
    r"^where(?:ver)?\s+(?:it\s+)?(?:is|says|states)\s+(?:written|marked)\b"
    r"|^(?:items?|points?|skills?|requirements?|qualifications?|criteria)\s+(?:that are\s+)?"
    r"(?:marked|labell?ed|tagged|flagged|in bold|shown in|with an? (?:\*|asterisk|star))"
)
_STILL_NICE = re.compile(r"\b(?:plus|advantage\w*|preferred|desirable|bonus|welcome\w*|nice)\b")


# A statement of the page or the employer rather than of the candidate: its verb is "is / will /
# may / can …" after a subject of its own ("A merit pool may be established …", "<Acme> is
# Central Oregon's only …", "Applications from job seekers who require sponsorship are welcome
# …"). A requirement item is a noun phrase or what the candidate does ("Team player with a
# positive attitude"; "Understand experiment design and can explain …", "Show initiative and
# like a work day where the tasks are varied": a verb after "and", "who", "where" is the
# candidate's or the phrase's); one that is a statement names what is asked or its weight
# (below).
_STATEMENT = re.compile(
    r"^(?:(?!\b(?:and|or|but|who|whose|whom|that|which|what|where|when|while|if|because|so)\b)"
    r"[^,;:()])*?\s(?:is|are|was|were|will|may|might|can|could|would|shall|should)\s"
)
# What makes a statement a requirement all the same: the candidate addressed or named, or a
# must or a nice-to-have said in so many words.
_NAMES_CANDIDATE = re.compile(
    r"\b(?:you|your|yourself|candidates?|applicants?|must|need|needs|needed|essential|required"
    r"|mandatory|necessary|requirement|beneficial|preferable|welcomed?|valued|appreciated|regarded"
    r"|assets?|helpful|useful|ideal)\b"
)


def names_an_ask(item: str) -> bool:
    """True when an item names something asked of the candidate (a degree, years, a skill, an
    ability), addresses or names the candidate, or says a must or a nice-to-have."""
    lower = item.lower()
    return bool(_ASKS.search(item) or NICE.search(lower) or _NAMES_CANDIDATE.search(lower))


def states_about_page(item: str) -> bool:
    """True when an English item is a statement of the page or the employer (a sentence whose
    subject is not the candidate) that names nothing asked of the candidate."""
    text = item.strip(" .;:!*•-")
    if len(text.split()) < 3 or not _STATEMENT.search(text.lower()):
        return False
    return not names_an_ask(text)


def states_legal_terms(item: str) -> bool:
    """True when an item holds a legal or application statement (equal opportunity, background
    check, copyright, how to apply), whatever else it says."""
    return bool(_LEGAL.search(item.lower()))


# A pay rate: an amount or a range of them per hour, day, week, month or year ("$65–80/hr", "£18
# - £20 per hour", "$70,000 a year"); an item that opens with one (or with what it is, "Rate is
# …") and asks nothing in so many words ("must", "required") is the offer. (Not an item that
# states one after what it asks, a scraped line's: "SaaS metrics background (ARR, churn, NRR)
# Rate is $65–80/hr …"; its pieces are read apart.)
_PAY_RATE = re.compile(
    r"^(?:(?:the\s+)?(?:hourly\s+)?(?:rate|pay|salary|wage|compensation)\b\W*(?:is\s+|of\s+)?)?[$£€]\s?\d[\d,.]*k?(?:\s*[-–]\s*[$£€]?\s?\d[\d,.]*k?)?\s*(?:/\s*|per\s+|an?\s+)"
    r"(?:hr|hour|h|day|week|wk|month|mo|year|yr|annum)\b",
    re.I,
)
_MUST_ASK = re.compile(r"\b(?:must|required|requires?)\b", re.I)


def is_boilerplate(item: str) -> bool:
    """True when an item of a posting is no requirement: a legal statement, pay, benefits,
    contact or application instructions, site chrome, the company's marketing, or what the
    posting says it does not ask."""
    text = item.strip(" .;:!*•-")
    if not text:
        return True
    lower = text.lower()
    # a heading alone, its line break lost ("… (CSWE). Licensure. Persons hired …")
    if lower in EN_HEADINGS:
        return True
    if _LEGAL.search(lower) or _CHROME.match(text) or GIVEN.match(text) or _ZH_CHROME.search(text):
        return True
    if says_for_employer(text):  # (a Chinese pointer to the table, an equal-opportunity line)
        return True
    if _NOTATION.match(lower):
        return True
    if _NOT_ASKED.search(lower) and not _STILL_NICE.search(_WELCOME_TO_APPLY.sub("", lower)):
        return True
    asks = _ASKS.search(text)
    if not asks and _OFFER.search(_ZH_ASIDE.sub("", lower) or lower):
        return True
    # a pay rate, whatever it depends on ("Rate is $65–80/hr depending on experience")
    if _PAY_RATE.search(text) and not _MUST_ASK.search(text):
        return True
    # (an aside in brackets is the company's, not the item's voice: "Comfortable closing out a
    # POS (we use Square)")
    if _COMPANY_VOICE.search(_ASIDE.sub("", text)) and not _ASKS_OF_YOU.search(text):
        return True
    if bool(_MARKETING.match(text)) and not asks:
        return True
    return states_about_page(text)
