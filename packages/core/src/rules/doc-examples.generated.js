// Generated from test/rule-cases/*.yaml by packages/core/scripts/write-generated.mjs; do not edit.
export const docExamples = {
  "cell-blank": {
    "valid": {
      "name": "zeros written as 0",
      "report": "reviewAndLitigation:\n  #                      [维持, 纠正, 其他, 尚未审结, 总计]\n  review:                [1, 0, 0, 0, 1]\n  litigationDirect:      [0, 0, 0, 0, 0]\n  litigationAfterReview: [0, 0, 0, 0, 0]\n",
      "seed": true
    },
    "invalid": {
      "name": "an empty cell and a 「/」",
      "report": "reviewAndLitigation:\n  #                      [维持, 纠正, 其他, 尚未审结, 总计]\n  review:                [1, 0, null, 0, 1]\n  litigationDirect:      [0, \"/\", 0, 0, 0]\n  litigationAfterReview: [0, 0, 0, 0, 0]\n",
      "seed": true,
      "findings": [
        "/reviewAndLitigation/review/2",
        "/reviewAndLitigation/litigationDirect/1"
      ]
    }
  },
  "cell-value": {
    "valid": {
      "name": "whole numbers in every cell",
      "report": "reviewAndLitigation:\n  #                      [维持, 纠正, 其他, 尚未审结, 总计]\n  review:                [1, 0, 0, 0, 1]\n  litigationDirect:      [0, 0, 0, 0, 0]\n  litigationAfterReview: [0, 0, 0, 0, 0]\n",
      "seed": true
    },
    "invalid": {
      "name": "full-width digits, a quoted number and a fraction in a count",
      "report": "reviewAndLitigation:\n  #                      [维持, 纠正, 其他, 尚未审结, 总计]\n  review:                [\"1\", 0, 0, 0, 1]\n  litigationDirect:      [0.5, 0, 0, 0, 0]\n  litigationAfterReview: [0, 0, 0, 0, \"０\"]\n",
      "seed": true,
      "findings": [
        "/reviewAndLitigation/review/0",
        "/reviewAndLitigation/litigationDirect/0",
        "/reviewAndLitigation/litigationAfterReview/4"
      ]
    }
  },
  "copied-prose": {
    "valid": {
      "name": "last year's report in its own words",
      "report": "previous: 2024.yaml\n",
      "seed": true,
      "files": {
        "2024.yaml": {
          "seed": true,
          "report": "year: 2024\noverview: |\n  2024年，本厅把政务公开列入年度重点工作，由办公室统筹、各处室分工落实。\n  全年围绕就业、社保和人才政策发布解读材料，并按季度核对主动公开目录；\n  依申请公开全部在网上平台登记办理，均在法定期限内答复。\n  门户网站完成适老化和无障碍改造，并组织两期公开业务培训。\nproblems: |\n  部分处室对公开属性的把握仍不统一，政策解读以文字为主、形式单一。\n  下一年度将编写公开属性认定指引，并增加图解、问答等解读形式。\notherMatters: |\n  2024年未向申请人收取信息处理费。\n"
        }
      }
    },
    "invalid": {
      "name": "last year's report with the same prose, only the figures changed",
      "report": "previous: 2024.yaml\n",
      "seed": true,
      "files": {
        "2024.yaml": {
          "seed": true,
          "report": "year: 2024\noverview: |\n  2024年，本厅围绕“以公开促落实、促规范、促服务”推进政务公开：\n  梳理主动公开事项目录并动态更新，重要政策文件同步解读；\n  依申请公开实行接收、登记、分办、审核、答复、归档全流程管理，本年新收申请311件，上年结转5件，\n  办结312件，结转下年度4件；行政规范性文件库动态更新，本年制发6件，现行有效76件；\n  官网上线“搜问一体”智能问答；落实“三审三校”并开展业务培训。\n"
        }
      },
      "findings": [
        "/overview"
      ]
    }
  },
  "placeholder": {
    "valid": {
      "name": "placeholders that name cells",
      "report": "overview: |\n  本年新收申请{{applications.newReceived.total}}件，行政复议{{ reviewAndLitigation.review.4 }}件。\n",
      "seed": true
    },
    "invalid": {
      "name": "a misspelt column",
      "report": "overview: |\n  本年新收申请{{applications.newReceived.total}}件，行政复议{{reviewAndLitigation.review.totl}}件。\n",
      "seed": true,
      "findings": [
        "/overview"
      ]
    }
  },
  "publication-deadline": {
    "valid": {
      "name": "a department that published on 31 January",
      "report": "published: \"2026-01-31\"\n",
      "seed": true
    },
    "invalid": {
      "name": "a department that published on 12 February",
      "report": "level: department\npublished: \"2026-02-12\"\n",
      "seed": true,
      "findings": [
        "/published"
      ]
    }
  },
  "schema": {
    "valid": {
      "name": "known keys with values of their type",
      "report": "template: \"2021\"\nagency: 某某局\nyear: 2025\npublished: 2026-01-20\n"
    },
    "invalid": {
      "name": "a misspelt key",
      "report": "template: \"2021\"\nagency: 某某局\nyear: 2025\npublishedOn: 2026-01-20\n",
      "findings": [
        "/publishedOn"
      ]
    }
  },
  "section-missing": {
    "valid": {
      "name": "every part present, the problems stated",
      "report": "problems: |\n  一是历年公开信息的清理不够系统；二是互动渠道响应不够精准。\n  下一步将开展历史信息专项清理，并完善回应机制。\n",
      "seed": true
    },
    "invalid": {
      "name": "the problems part says only 「无」, the other-matters part is left out",
      "report": "problems: 无\n",
      "seed": true,
      "drop": [
        "otherMatters"
      ],
      "findings": [
        "/otherMatters",
        "/problems"
      ]
    }
  },
  "statistics-period": {
    "valid": {
      "name": "the whole report year",
      "report": "otherMatters: |\n  本年度未按国办函〔2020〕109号收取信息处理费（发出收费通知0件，收取0元）。\n  本报告所列数据的统计期限自2025年1月1日起至2025年12月31日止。\n",
      "seed": true
    },
    "invalid": {
      "name": "last year's period left in the text",
      "report": "otherMatters: |\n  本年度未按国办函〔2020〕109号收取信息处理费（发出收费通知0件，收取0元）。\n  本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止。\n",
      "seed": true,
      "findings": [
        "/otherMatters"
      ]
    }
  },
  "sum-of-units": {
    "valid": {
      "name": "each cell of the summary is the sum of the units'",
      "report": "template: \"2021\"\nagency: 某某市人民政府\nyear: 2025\nunits: [units/*.yaml]\nreviewAndLitigation:\n  review:                [3, 1, 0, 0, 4]\n  litigationDirect:      [1, 0, 0, 0, 1]\n  litigationAfterReview: [0, 0, 0, 0, 0]\n",
      "files": {
        "units/a.yaml": "template: \"2021\"\nagency: 甲局\nyear: 2025\nreviewAndLitigation:\n  review:                [1, 1, 0, 0, 2]\n  litigationDirect:      [1, 0, 0, 0, 1]\n  litigationAfterReview: [0, 0, 0, 0, 0]\n",
        "units/b.yaml": "template: \"2021\"\nagency: 乙局\nyear: 2025\nreviewAndLitigation:\n  review:                [2, 0, 0, 0, 2]\n  litigationDirect:      [0, 0, 0, 0, 0]\n  litigationAfterReview: [0, 0, 0, 0, 0]\n"
      }
    },
    "invalid": {
      "name": "a summary cell that is not the sum, and a unit's report that is not there",
      "report": "template: \"2021\"\nagency: 某某市人民政府\nyear: 2025\nunits: [units/*.yaml, missing/丙局.yaml]\nreviewAndLitigation:\n  review:                [3, 1, 0, 0, 4]\n  litigationDirect:      [2, 0, 0, 0, 2]\n  litigationAfterReview: [0, 0, 0, 0, 0]\n",
      "files": {
        "units/a.yaml": "template: \"2021\"\nagency: 甲局\nyear: 2025\nreviewAndLitigation:\n  review:                [1, 1, 0, 0, 2]\n  litigationDirect:      [1, 0, 0, 0, 1]\n  litigationAfterReview: [0, 0, 0, 0, 0]\n",
        "units/b.yaml": "template: \"2021\"\nagency: 乙局\nyear: 2025\nreviewAndLitigation:\n  review:                [2, 0, 0, 0, 2]\n  litigationDirect:      [0, 0, 0, 0, 0]\n  litigationAfterReview: [0, 0, 0, 0, 0]\n"
      },
      "findings": [
        "/units/1",
        "/reviewAndLitigation/litigationDirect/0",
        "/reviewAndLitigation/litigationDirect/4"
      ]
    }
  },
  "suppression": {
    "valid": {
      "name": "a suppression with its reason that silences a finding",
      "report": "reviewAndLitigation:\n  # ogi-disable-next-line t4-total -- 总计含往年结转案件1件，见表注\n  review:                [1, 0, 0, 0, 2]\n  litigationDirect:      [0, 0, 0, 0, 0]\n  litigationAfterReview: [0, 0, 0, 0, 0]\n",
      "seed": true
    },
    "invalid": {
      "name": "no reason, a rule that does not exist, and one that silences nothing",
      "report": "reviewAndLitigation:\n  # ogi-disable-next-line t4-total\n  review:                [1, 0, 0, 0, 2]\n  # ogi-disable-next-line t4-totals -- 拼错的规则\n  litigationDirect:      [0, 0, 0, 0, 0]\n  # ogi-disable-next-line t4-total -- 这一行没有问题\n  litigationAfterReview: [0, 0, 0, 0, 0]\n",
      "seed": true,
      "findings": [
        "",
        "",
        ""
      ]
    }
  },
  "t3-balance": {
    "valid": {
      "name": "received and carried over equal finished and carried forward",
      "report": "applications:\n  #                   [自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计]\n  newReceived:        [293, 16, 0, 0, 0, 0, 309]\n  carriedOver:        [5, 0, 0, 0, 0, 0, 5]\n  results:\n    granted:          [212, 15, 0, 0, 0, 0, 227]\n    partiallyGranted: [11, 0, 0, 0, 0, 0, 11]\n    denied:\n      stateSecret:            [0, 0, 0, 0, 0, 0, 0]\n      prohibitedByLaw:        [0, 0, 0, 0, 0, 0, 0]\n      securityStability:      [0, 0, 0, 0, 0, 0, 0]\n      thirdPartyRights:       [0, 0, 0, 0, 0, 0, 0]\n      internalAffairs:        [10, 0, 0, 0, 0, 0, 10]\n      processInformation:     [0, 0, 0, 0, 0, 0, 0]\n      lawEnforcementFile:     [0, 0, 0, 0, 0, 0, 0]\n      administrativeQuery:    [3, 0, 0, 0, 0, 0, 3]\n    unableToProvide:\n      notHeld:                [27, 1, 0, 0, 0, 0, 28]\n      requiresCreation:       [5, 0, 0, 0, 0, 0, 5]\n      unclearAfterCorrection: [0, 0, 0, 0, 0, 0, 0]\n    notProcessed:\n      petitionOrComplaint:    [0, 0, 0, 0, 0, 0, 0]\n      duplicate:              [0, 0, 0, 0, 0, 0, 0]\n      publication:            [0, 0, 0, 0, 0, 0, 0]\n      massRepetitive:         [0, 0, 0, 0, 0, 0, 0]\n      confirmOrReissue:       [0, 0, 0, 0, 0, 0, 0]\n    otherHandling:\n      noCorrectionInTime:     [21, 0, 0, 0, 0, 0, 21]\n      feeNotPaid:             [0, 0, 0, 0, 0, 0, 0]\n      other:                  [7, 0, 0, 0, 0, 0, 7]\n    total:            [296, 16, 0, 0, 0, 0, 312]\n  carriedForward:     [2, 0, 0, 0, 0, 0, 2]\n",
      "seed": true
    },
    "invalid": {
      "name": "结转下年度 raised by one in 自然人 and 总计",
      "report": "applications:\n  #                   [自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计]\n  newReceived:        [293, 16, 0, 0, 0, 0, 309]\n  carriedOver:        [5, 0, 0, 0, 0, 0, 5]\n  results:\n    granted:          [212, 15, 0, 0, 0, 0, 227]\n    partiallyGranted: [11, 0, 0, 0, 0, 0, 11]\n    denied:\n      stateSecret:            [0, 0, 0, 0, 0, 0, 0]\n      prohibitedByLaw:        [0, 0, 0, 0, 0, 0, 0]\n      securityStability:      [0, 0, 0, 0, 0, 0, 0]\n      thirdPartyRights:       [0, 0, 0, 0, 0, 0, 0]\n      internalAffairs:        [10, 0, 0, 0, 0, 0, 10]\n      processInformation:     [0, 0, 0, 0, 0, 0, 0]\n      lawEnforcementFile:     [0, 0, 0, 0, 0, 0, 0]\n      administrativeQuery:    [3, 0, 0, 0, 0, 0, 3]\n    unableToProvide:\n      notHeld:                [27, 1, 0, 0, 0, 0, 28]\n      requiresCreation:       [5, 0, 0, 0, 0, 0, 5]\n      unclearAfterCorrection: [0, 0, 0, 0, 0, 0, 0]\n    notProcessed:\n      petitionOrComplaint:    [0, 0, 0, 0, 0, 0, 0]\n      duplicate:              [0, 0, 0, 0, 0, 0, 0]\n      publication:            [0, 0, 0, 0, 0, 0, 0]\n      massRepetitive:         [0, 0, 0, 0, 0, 0, 0]\n      confirmOrReissue:       [0, 0, 0, 0, 0, 0, 0]\n    otherHandling:\n      noCorrectionInTime:     [21, 0, 0, 0, 0, 0, 21]\n      feeNotPaid:             [0, 0, 0, 0, 0, 0, 0]\n      other:                  [7, 0, 0, 0, 0, 0, 7]\n    total:            [296, 16, 0, 0, 0, 0, 312]\n  carriedForward:     [3, 0, 0, 0, 0, 0, 3]\n",
      "seed": true,
      "findings": [
        "/applications/carriedForward/0",
        "/applications/carriedForward/6"
      ]
    }
  },
  "t3-results-total": {
    "valid": {
      "name": "（七）总计 is the sum of the results, in every column",
      "report": "applications:\n  #                   [自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计]\n  newReceived:        [293, 16, 0, 0, 0, 0, 309]\n  carriedOver:        [5, 0, 0, 0, 0, 0, 5]\n  results:\n    granted:          [212, 15, 0, 0, 0, 0, 227]\n    partiallyGranted: [11, 0, 0, 0, 0, 0, 11]\n    denied:\n      stateSecret:            [0, 0, 0, 0, 0, 0, 0]\n      prohibitedByLaw:        [0, 0, 0, 0, 0, 0, 0]\n      securityStability:      [0, 0, 0, 0, 0, 0, 0]\n      thirdPartyRights:       [0, 0, 0, 0, 0, 0, 0]\n      internalAffairs:        [10, 0, 0, 0, 0, 0, 10]\n      processInformation:     [0, 0, 0, 0, 0, 0, 0]\n      lawEnforcementFile:     [0, 0, 0, 0, 0, 0, 0]\n      administrativeQuery:    [3, 0, 0, 0, 0, 0, 3]\n    unableToProvide:\n      notHeld:                [27, 1, 0, 0, 0, 0, 28]\n      requiresCreation:       [5, 0, 0, 0, 0, 0, 5]\n      unclearAfterCorrection: [0, 0, 0, 0, 0, 0, 0]\n    notProcessed:\n      petitionOrComplaint:    [0, 0, 0, 0, 0, 0, 0]\n      duplicate:              [0, 0, 0, 0, 0, 0, 0]\n      publication:            [0, 0, 0, 0, 0, 0, 0]\n      massRepetitive:         [0, 0, 0, 0, 0, 0, 0]\n      confirmOrReissue:       [0, 0, 0, 0, 0, 0, 0]\n    otherHandling:\n      noCorrectionInTime:     [21, 0, 0, 0, 0, 0, 21]\n      feeNotPaid:             [0, 0, 0, 0, 0, 0, 0]\n      other:                  [7, 0, 0, 0, 0, 0, 7]\n    total:            [296, 16, 0, 0, 0, 0, 312]\n  carriedForward:     [2, 0, 0, 0, 0, 0, 2]\n",
      "seed": true
    },
    "invalid": {
      "name": "one 商业企业 application counted as 自然人",
      "report": "applications:\n  #                   [自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计]\n  newReceived:        [293, 16, 0, 0, 0, 0, 309]\n  carriedOver:        [5, 0, 0, 0, 0, 0, 5]\n  results:\n    granted:          [213, 14, 0, 0, 0, 0, 227]\n    partiallyGranted: [11, 0, 0, 0, 0, 0, 11]\n    denied:\n      stateSecret:            [0, 0, 0, 0, 0, 0, 0]\n      prohibitedByLaw:        [0, 0, 0, 0, 0, 0, 0]\n      securityStability:      [0, 0, 0, 0, 0, 0, 0]\n      thirdPartyRights:       [0, 0, 0, 0, 0, 0, 0]\n      internalAffairs:        [10, 0, 0, 0, 0, 0, 10]\n      processInformation:     [0, 0, 0, 0, 0, 0, 0]\n      lawEnforcementFile:     [0, 0, 0, 0, 0, 0, 0]\n      administrativeQuery:    [3, 0, 0, 0, 0, 0, 3]\n    unableToProvide:\n      notHeld:                [27, 1, 0, 0, 0, 0, 28]\n      requiresCreation:       [5, 0, 0, 0, 0, 0, 5]\n      unclearAfterCorrection: [0, 0, 0, 0, 0, 0, 0]\n    notProcessed:\n      petitionOrComplaint:    [0, 0, 0, 0, 0, 0, 0]\n      duplicate:              [0, 0, 0, 0, 0, 0, 0]\n      publication:            [0, 0, 0, 0, 0, 0, 0]\n      massRepetitive:         [0, 0, 0, 0, 0, 0, 0]\n      confirmOrReissue:       [0, 0, 0, 0, 0, 0, 0]\n    otherHandling:\n      noCorrectionInTime:     [21, 0, 0, 0, 0, 0, 21]\n      feeNotPaid:             [0, 0, 0, 0, 0, 0, 0]\n      other:                  [7, 0, 0, 0, 0, 0, 7]\n    total:            [296, 16, 0, 0, 0, 0, 312]\n  carriedForward:     [2, 0, 0, 0, 0, 0, 2]\n",
      "seed": true,
      "findings": [
        "/applications/results/total/0",
        "/applications/results/total/1"
      ]
    }
  },
  "t3-row-total": {
    "valid": {
      "name": "every row's total is the sum of its columns",
      "report": "applications:\n  #                   [自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计]\n  newReceived:        [293, 16, 0, 0, 0, 0, 309]\n  carriedOver:        [5, 0, 0, 0, 0, 0, 5]\n  results:\n    granted:          [212, 15, 0, 0, 0, 0, 227]\n    partiallyGranted: [11, 0, 0, 0, 0, 0, 11]\n    denied:\n      stateSecret:            [0, 0, 0, 0, 0, 0, 0]\n      prohibitedByLaw:        [0, 0, 0, 0, 0, 0, 0]\n      securityStability:      [0, 0, 0, 0, 0, 0, 0]\n      thirdPartyRights:       [0, 0, 0, 0, 0, 0, 0]\n      internalAffairs:        [10, 0, 0, 0, 0, 0, 10]\n      processInformation:     [0, 0, 0, 0, 0, 0, 0]\n      lawEnforcementFile:     [0, 0, 0, 0, 0, 0, 0]\n      administrativeQuery:    [3, 0, 0, 0, 0, 0, 3]\n    unableToProvide:\n      notHeld:                [27, 1, 0, 0, 0, 0, 28]\n      requiresCreation:       [5, 0, 0, 0, 0, 0, 5]\n      unclearAfterCorrection: [0, 0, 0, 0, 0, 0, 0]\n    notProcessed:\n      petitionOrComplaint:    [0, 0, 0, 0, 0, 0, 0]\n      duplicate:              [0, 0, 0, 0, 0, 0, 0]\n      publication:            [0, 0, 0, 0, 0, 0, 0]\n      massRepetitive:         [0, 0, 0, 0, 0, 0, 0]\n      confirmOrReissue:       [0, 0, 0, 0, 0, 0, 0]\n    otherHandling:\n      noCorrectionInTime:     [21, 0, 0, 0, 0, 0, 21]\n      feeNotPaid:             [0, 0, 0, 0, 0, 0, 0]\n      other:                  [7, 0, 0, 0, 0, 0, 7]\n    total:            [296, 16, 0, 0, 0, 0, 312]\n  carriedForward:     [2, 0, 0, 0, 0, 0, 2]\n",
      "seed": true
    },
    "invalid": {
      "name": "a row total one more than its columns",
      "report": "applications:\n  #                   [自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计]\n  newReceived:        [293, 16, 0, 0, 0, 0, 309]\n  carriedOver:        [5, 0, 0, 0, 0, 0, 5]\n  results:\n    granted:          [212, 15, 0, 0, 0, 0, 227]\n    partiallyGranted: [11, 0, 0, 0, 0, 0, 12]\n    denied:\n      stateSecret:            [0, 0, 0, 0, 0, 0, 0]\n      prohibitedByLaw:        [0, 0, 0, 0, 0, 0, 0]\n      securityStability:      [0, 0, 0, 0, 0, 0, 0]\n      thirdPartyRights:       [0, 0, 0, 0, 0, 0, 0]\n      internalAffairs:        [10, 0, 0, 0, 0, 0, 10]\n      processInformation:     [0, 0, 0, 0, 0, 0, 0]\n      lawEnforcementFile:     [0, 0, 0, 0, 0, 0, 0]\n      administrativeQuery:    [3, 0, 0, 0, 0, 0, 3]\n    unableToProvide:\n      notHeld:                [27, 1, 0, 0, 0, 0, 28]\n      requiresCreation:       [5, 0, 0, 0, 0, 0, 5]\n      unclearAfterCorrection: [0, 0, 0, 0, 0, 0, 0]\n    notProcessed:\n      petitionOrComplaint:    [0, 0, 0, 0, 0, 0, 0]\n      duplicate:              [0, 0, 0, 0, 0, 0, 0]\n      publication:            [0, 0, 0, 0, 0, 0, 0]\n      massRepetitive:         [0, 0, 0, 0, 0, 0, 0]\n      confirmOrReissue:       [0, 0, 0, 0, 0, 0, 0]\n    otherHandling:\n      noCorrectionInTime:     [21, 0, 0, 0, 0, 0, 21]\n      feeNotPaid:             [0, 0, 0, 0, 0, 0, 0]\n      other:                  [7, 0, 0, 0, 0, 0, 7]\n    total:            [296, 16, 0, 0, 0, 0, 312]\n  carriedForward:     [2, 0, 0, 0, 0, 0, 2]\n",
      "seed": true,
      "findings": [
        "/applications/results/partiallyGranted/6"
      ]
    }
  },
  "t4-total": {
    "valid": {
      "name": "every group adds up to its total",
      "report": "template: \"2021\"\nreviewAndLitigation:\n  #                      [维持, 纠正, 其他, 尚未审结, 总计]\n  review:                [3, 1, 0, 1, 5]\n  litigationDirect:      [2, 0, 0, 0, 2]\n  litigationAfterReview: [0, 0, 0, 0, 0]\n"
    },
    "invalid": {
      "name": "a total that is not the sum of its group",
      "report": "template: \"2021\"\nreviewAndLitigation:\n  #                      [维持, 纠正, 其他, 尚未审结, 总计]\n  review:                [3, 1, 0, 1, 4]\n  litigationDirect:      [2, 0, 0, 0, 2]\n  litigationAfterReview: [0, 0, 0, 0, 0]\n",
      "findings": [
        "/reviewAndLitigation/review/4"
      ]
    }
  },
  "template-year": {
    "valid": {
      "name": "a 2025 report on the 2021 template",
      "report": "template: \"2021\"\nyear: 2025\n"
    },
    "invalid": {
      "name": "a 2020 report on the 2021 template",
      "report": "template: \"2021\"\nyear: 2020\n",
      "findings": [
        "/template"
      ]
    }
  },
  "text-figure": {
    "valid": {
      "name": "the prose restates table 3's figures",
      "report": "overview: |\n  本年新收申请309件，上年结转5件，办结312件，结转下年度2件。\n",
      "seed": true
    },
    "invalid": {
      "name": "a received count that is not table 3's",
      "report": "overview: |\n  本年新收申请319件，上年结转5件，办结312件，结转下年度2件。\n",
      "seed": true,
      "findings": [
        "/overview"
      ]
    }
  },
  "title-year": {
    "valid": {
      "name": "the agency's full name and the report year",
      "report": "title: 福建省人力资源和社会保障厅2025年政府信息公开工作年度报告\n",
      "seed": true
    },
    "invalid": {
      "name": "last year's title left in place",
      "report": "title: 福建省人力资源和社会保障厅2024年政府信息公开工作年度报告\n",
      "seed": true,
      "findings": [
        "/title"
      ]
    }
  },
  "yaml-syntax": {
    "valid": {
      "name": "plain YAML",
      "report": "template: \"2021\"\nagency: 某某局\nyear: 2025\n"
    },
    "invalid": {
      "name": "the same key twice",
      "report": "template: \"2021\"\nyear: 2025\nyear: 2024\n",
      "findings": [
        ""
      ]
    }
  },
  "year-carry-over": {
    "valid": {
      "name": "carried over as last year carried forward",
      "report": "previous: 2024.yaml\n",
      "seed": true,
      "files": {
        "2024.yaml": "template: \"2021\"\nagency: 福建省人力资源和社会保障厅\nyear: 2024\napplications:\n  carriedForward: [5, 0, 0, 0, 0, 0, 5]\n"
      }
    },
    "invalid": {
      "name": "one application carried over that last year did not carry forward",
      "report": "previous: 2024.yaml\n",
      "seed": true,
      "files": {
        "2024.yaml": "template: \"2021\"\nagency: 福建省人力资源和社会保障厅\nyear: 2024\napplications:\n  carriedForward: [4, 0, 0, 0, 0, 0, 4]\n"
      },
      "findings": [
        "/applications/carriedOver/0",
        "/applications/carriedOver/6"
      ]
    }
  },
  "year-in-force": {
    "valid": {
      "name": "last year's 76 in force, 8 issued, none repealed, 84 in force",
      "report": "previous: 2024.yaml\n",
      "seed": true,
      "files": {
        "2024.yaml": "template: \"2021\"\nagency: 福建省人力资源和社会保障厅\nyear: 2024\nactiveDisclosure:\n  regulations:        { issued: 0, repealed: 0, inForce: 0 }\n  normativeDocuments: { issued: 6, repealed: 1, inForce: 76 }\n"
      }
    },
    "invalid": {
      "name": "last year's 80 in force, 8 issued, none repealed, but 84 in force",
      "report": "previous: 2024.yaml\n",
      "seed": true,
      "files": {
        "2024.yaml": "template: \"2021\"\nagency: 福建省人力资源和社会保障厅\nyear: 2024\nactiveDisclosure:\n  regulations:        { issued: 0, repealed: 0, inForce: 0 }\n  normativeDocuments: { issued: 6, repealed: 1, inForce: 80 }\n"
      },
      "findings": [
        "/activeDisclosure/normativeDocuments/inForce"
      ]
    }
  }
};
