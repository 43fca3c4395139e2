"""The heading vocabulary of Chinese job postings: each heading and the section kind it opens
("qualifications:nice" for a nice-to-have block, 【加分项】)."""

from __future__ import annotations

# Heading words and the section they open. Longest first when matched.
ZH_HEADINGS: dict[str, str] = {
    **dict.fromkeys(
        [
            "岗位描述",
            "职位概要",
            "岗位概述",
            "职位概述",
            "工作概述",
            "岗位概要",
            "职位描述",
            "岗位简介",
            "职位简介",
            "岗位介绍",
            "职位介绍",
            "岗位使命",
            "岗位目的",
            "职位背景及职责概述",
            "工作概要",
            "岗位说明",
            "公司简介",
            "公司介绍",
            # a board's company block after the requirements (LinkedIn's "关于公司 …")
            "关于公司",
            "关于我们",
        ],
        "summary",
    ),
    **dict.fromkeys(
        [
            "岗位职责",
            "主要职责",
            "工作职责",
            "职责和要求",
            "职责与任务",
            "工作的职责与任务",
            "职责描述",
            "工作内容",
            "工作任务",
            "职责范围",
            "具体职责",
            "职责",
            "主要工作",
            "岗位工作",
            "职责细则",
            # a foreign firm's page translated from English ("你将做什么：" for "What you'll do")
            "你将做什么",
            # a Macau 開考通告's duties ("一、職務內容")
            "职务内容",
            # a Malaysian or Hong Kong classified's bare labels ("职务：安装及维修… 条件： • …")
            "职务",
        ],
        "duties",
    ),
    **dict.fromkeys(
        [
            "任职资格",
            "任职要求",
            "职位要求",
            "岗位要求",
            "任职条件",
            "资格要求",
            "应聘要求",
            "招聘要求",
            "岗位资格",
            "职位资格",
            "任职标准",
            "基本要求",
            "能力要求",
            "素质要求",
            "应聘条件",
            "岗位任职资格",
            "技能要求",
            "要求",
            "用人要求",
            "人员要求",
            "工作要求",
            "招聘条件",
            "岗位条件",
            "资格条件",
            "任职要求及条件",
            # a construction crew's call on 鱼泡网 ("招工要求：1.…")
            "招工要求",
            "招工条件",
            # Hong Kong's and Macau's boards ("入職要求：", "申請條件：")
            "入职要求",
            "入职条件",
            "申请要求",
            "申请条件",
            "能力素质要求",
            # a block of rated competencies ("【能力素质】 领导力 ★★★★★")
            "能力素质",
            # a public notice's conditions of application (招聘公告 of a state-owned firm or a
            # 事业单位: "二、报名条件 （一）基本条件 … （二）岗位条件 …")
            "报名条件",
            "报考条件",
            "基本条件",
            "应聘资格",
            "报名资格",
            # Taiwan's 104 board: "条件要求 … 其他条件 1. …", and 1111's "求职条件 … 附加条件 1. …"
            "条件要求",
            "其他条件",
            "求职条件",
            "附加条件",
            # who may apply, on a campus call ("【招聘对象】2027届…应届毕业生")
            "招聘对象",
            "应聘对象",
            "招录对象",
            "报考对象",
            # a hospital's call for trainees ("二、招收对象"), a headhunter's message ("硬性要求：")
            "招收对象",
            "硬性要求",
            "硬性条件",
            # a studio's or a foreign firm's post addressing the reader ("➤ 关于你：1.美术类…"),
            # as English postings head theirs "About you"
            "关于你",
            "关于您",
            # a forum post addressing the reader ("需要你：大专及以上…"), as 关于你 does
            "需要你",
            # 招募 says 招聘 on 家政 platforms and volunteer calls ("招募要求", "招募对象"); 上岗
            # names what taking up the post asks ("上岗要求：持健康证…")
            "招募要求",
            "招募条件",
            "招募对象",
            "上岗要求",
            "上岗条件",
            # what a post cannot do without, before what counts in favour (CakeResume, in
            # traditional characters: "必備條件 • … 加分條件 • …")
            "必备条件",
            "必要条件",
            # what a licensed trade's post asks of the person's registrations ("资质要求：注册证书需
            # 转入本单位")
            "资质要求",
            # ... and its conditions under the bare word ("条件： • 至少持有SPM…")
            "条件",
        ],
        "qualifications",
    ),
    # what counts in the candidate's favour (实习僧's and 猎聘's "【加分项】"): nice-to-haves
    **dict.fromkeys(["加分项", "加分项目", "加分条件", "优先条件"], "qualifications:nice"),
    **dict.fromkeys(
        [
            "薪资与福利",
            "薪资待遇",
            "福利待遇",
            "薪酬福利",
            "薪资福利",
            "工作环境",
            "岗位工作环境",
            "发展前景",
            "晋升通道",
            "总结",
            "附件",
            "岗位权限",
            "工作权限",
            "关键考核指标",
            "考核指标",
            "工作关系",
            "外部关系",
            "内部关系",
            "工作时间",
            "工作地点",
            "工作基本信息",
            # a shared document's facts of a post ("岗位信息 | 部门 | 技术部 |")
            "岗位信息",
            # a 岗位说明书's row of travel, shifts and site ("工作条件  出差频率约70%")
            "工作条件",
            "管理标准",
            "联系方式",
            # a headhunter's consultant and a notice's contact ("【联系顾问】张顾问", "联系人：李老师")
            "联系顾问",
            "联系人",
            "公司福利",
            "福利",
            # a board's chips of what the job gives (智联招聘, 脉脉: "职位福利 六险一金 免费三餐")
            "职位福利",
            "岗位福利",
            # a job board's address and company blocks after the requirements
            "工作地址",
            "上班地址",
            "公司地址",
            "公司信息",
            # a public notice's procedure and pay after its conditions ("三、报名时间及方式",
            # "四、招聘程序", "五、待遇")
            "报名方式",
            "报名时间",
            "报名时间及方式",
            "报名地点",
            "招聘程序",
            "考试与聘用",
            # ... and a Macau 開考通告's ("三、報考方式及期限", "四、甄選方法", "五、薪俸")
            "报考方式",
            "报考方式及期限",
            "甄选方法",
            "甄选程序",
            "薪俸",
            # a gig board's notes and warning after the list ("报名须知：本兼职不收取任何费用…",
            # "兼职猫安全提示：…")
            "报名须知",
            "应聘须知",
            "求职须知",
            "安全提示",
            "薪酬待遇",
            "待遇",
            # pay under a bare word ("… 者優先 薪酬：MOP 15,000")
            "薪酬",
            "薪资",
            # a university's postdoc call ("四、岗位待遇 1.年薪…", "五、申请方式 请将…")
            "岗位待遇",
            "申请方式",
            "申请办法",
            "简历投递",
            "应聘方式",
            "培养路径",
            # Taiwan's 104 board (folded from traditional characters): pay, benefits, contact
            "工作待遇",
            "福利制度",
            "联络方式",
            # ... and its "What we offer" ("我们提供什么：")
            "我们提供",
            "我们提供什么",
            "你将获得",
            # a board's or an aggregator's list of other posts after the posting ("相似职位推荐",
            # 职友集; "更多職缺", CakeResume): other employers' titles and pay
            "相似职位推荐",
            "相似职位",
            "相关职位推荐",
            "相关职位",
            "推荐职位",
            "更多职位",
            "更多职缺",
            "猜你喜欢",
            "为你推荐",
            # a post's own heading among several posts' ("【招聘岗位】站务员　招聘人数：60人"): its
            # name and facts, no ask
            "招聘岗位",
            "招聘职位",
            # a recruiter's e-mail signing off ("祝好", "此致 敬礼"): the signature follows
            "祝好",
            "此致",
            "此致敬礼",
            "顺祝商祺",
        ],
        "other",
    ),
}
