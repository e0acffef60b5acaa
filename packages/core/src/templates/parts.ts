import type { Part } from "./types.js";

/** The six required parts, the same in both templates. */
export const parts: Part[] = [
  {
    key: "overview",
    numeral: "一",
    heading: { zh: "一、总体情况", en: "1. Overview" },
    headingVariants: [],
    kind: "prose",
    description: {
      zh: "主动公开、依申请公开、政府信息管理、平台建设、监督保障等情况（政府还应报告工作考核、社会评议和责任追究结果情况）。",
      en: "Proactive disclosure, disclosure on request, information management, platforms, supervision (governments also report assessment, public evaluation and accountability).",
    },
  },
  {
    key: "activeDisclosure",
    numeral: "二",
    heading: { zh: "二、主动公开政府信息情况", en: "2. Proactive disclosure of government information" },
    headingVariants: [],
    kind: "table",
    description: { zh: "表二：依《条例》第二十条主动公开的信息。", en: "Table 2: information disclosed proactively under Article 20 of the Regulations." },
  },
  {
    key: "applications",
    numeral: "三",
    heading: { zh: "三、收到和处理政府信息公开申请情况", en: "3. Applications for disclosure received and handled" },
    headingVariants: [],
    kind: "table",
    description: {
      zh: "表三：本年新收、上年结转、办理结果与结转下年度的申请数，按申请人类别分栏。",
      en: "Table 3: applications received, carried over, results and carried forward, by kind of applicant.",
    },
  },
  {
    key: "reviewAndLitigation",
    numeral: "四",
    heading: { zh: "四、政府信息公开行政复议、行政诉讼情况", en: "4. Administrative reconsideration and litigation" },
    headingVariants: [
      "四、政府信息公开行政复议和行政诉讼情况",
      "四、政府信息公开行政法复议、行政诉讼情况",
      // The wording of the 2019-era notices, still used by many offices.
      "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况",
    ],
    kind: "table",
    description: {
      zh: "表四：政府信息公开行政复议、行政诉讼案件的结果。",
      en: "Table 4: outcomes of reconsideration and litigation cases about disclosure.",
    },
  },
  {
    key: "problems",
    numeral: "五",
    heading: { zh: "五、存在的主要问题及改进情况", en: "5. Main problems and improvements" },
    headingVariants: ["五、政府信息公开工作存在的主要问题及改进情况"],
    kind: "prose",
    description: {
      zh: "存在的主要问题及改进情况；不得为空或仅写「无」。",
      en: "Main problems and how they were addressed; must not be empty or just 「无」 (none).",
    },
  },
  {
    key: "otherMatters",
    numeral: "六",
    heading: { zh: "六、其他需要报告的事项", en: "6. Other matters to report" },
    headingVariants: [],
    kind: "prose",
    description: {
      zh: "其他需要报告的事项；2021 年格式下须报告依国办函〔2020〕109号收取信息处理费的情况（发出收费通知的件数和总金额），以及工作要点落实、创新等情况。",
      en: "Other matters; on template 2021 this reports information-processing fees under 国办函〔2020〕109号 (notices sent, amount collected), work-plan and innovation items.",
    },
  },
];
