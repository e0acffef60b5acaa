/**
 * The look of a printed government document (GB/T 9704): 仿宋 body, 黑体 level-1 headings, 楷体 level-2,
 * 小标宋 title, all 三号 (16pt) but the title (二号, 22pt); tables in 五号 (10.5pt). Each family lists the
 * names Windows, macOS and Linux (Noto CJK, AR PL) give the nearest face, so the page degrades gracefully.
 * Everything is scoped to `.ogi-report` so a host page (editor preview, web checker) keeps its own styles.
 */
const families = {
  body: `"仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong", "STFangsong", "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", serif`,
  title: `"方正小标宋简体", "FZXiaoBiaoSong-B05S", "小标宋", "华文中宋", "STZhongsong", "Noto Serif CJK SC", "Source Han Serif SC", serif`,
  heading1: `"黑体", "SimHei", "STHeiti", "Heiti SC", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif`,
  heading2: `"楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi", "STKaiti", "Kaiti SC", "AR PL UKai CN", "Noto Serif CJK SC", serif`,
};

export const reportCss = `
.ogi-report { font-family: ${families.body}; font-size: 16pt; line-height: 1.8; color: #000; background: #fff;
  max-width: 210mm; margin: 0 auto; padding: 24mm 26mm 24mm 28mm; box-sizing: border-box; }
.ogi-report .ogi-title { font-family: ${families.title}; font-size: 22pt; font-weight: normal; text-align: center;
  line-height: 1.5; margin: 0 0 1em; }
.ogi-report h2 { font-family: ${families.heading1}; font-size: 16pt; font-weight: normal; text-indent: 2em; margin: 0.4em 0 0; }
.ogi-report h3 { font-family: ${families.heading2}; font-size: 16pt; font-weight: normal; text-indent: 2em; margin: 0; }
.ogi-report p { text-indent: 2em; margin: 0; text-align: justify; }
.ogi-report table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1em; font-size: 10.5pt; line-height: 1.35; table-layout: fixed; }
.ogi-report th, .ogi-report td { border: 1px solid #000; padding: 3pt 2pt; text-align: center; vertical-align: middle;
  font-weight: normal; overflow-wrap: anywhere; }
.ogi-report th.ogi-label { text-align: left; padding-left: 4pt; }
.ogi-report th.ogi-note { font-size: 9pt; text-align: left; padding: 3pt 4pt; }
.ogi-report p.ogi-table-note { font-size: 10.5pt; text-indent: 0; margin: -0.5em 0 1em; }
.ogi-report td.ogi-figure { font-variant-numeric: tabular-nums; }
.ogi-report .ogi-problem { background: #fde2e1; outline: 2px solid #c9252c; outline-offset: -2px; cursor: help; }
.ogi-report .ogi-problem.ogi-warning { background: #fff2cc; outline-color: #b7791f; }
.ogi-report .ogi-problem.ogi-info { background: #e3eefc; outline-color: #2f6fb5; }
.ogi-report mark.ogi-copied { background: #ffe8a3; color: inherit; border-bottom: 2px dotted #b7791f; cursor: help; }
@media print {
  .ogi-report { max-width: none; padding: 0; }
  .ogi-report thead { display: table-header-group; }
  .ogi-report tr, .ogi-report h2, .ogi-report h3 { break-inside: avoid; }
  .ogi-report h2, .ogi-report h3 { break-after: avoid; }
  /* The printed report is the official layout; problem marks are for the screen. */
  .ogi-report .ogi-problem { background: none; outline: none; }
  .ogi-report mark.ogi-copied { background: none; border: none; }
}
`;

/** For a full page only: a fragment must not set the host's page box. A4 with GB/T 9704 margins. */
export const pageCss = `
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
html, body { margin: 0; background: #fff; }
`;
