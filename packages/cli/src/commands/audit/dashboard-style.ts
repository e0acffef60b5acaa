/** The dashboard's look: plain, printable, colours by severity (red errors, amber warnings, blue infos). */
export const dashboardCss = `
body{font-family:system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:24px;color:#1f2933;background:#fff}
h1{font-size:22px;margin:0 0 16px}h2{font-size:17px;margin:28px 0 10px}
.stats{display:flex;flex-wrap:wrap;gap:12px}.stat{border:1px solid #d9e2ec;border-radius:8px;padding:10px 16px;min-width:120px}
.stat .value{font-size:22px;font-weight:600}.stat .label{font-size:12px;color:#52606d}
table{border-collapse:collapse;font-size:13px}th,td{border:1px solid #d9e2ec;padding:4px 8px;text-align:left}
th{background:#f0f4f8}th.rule{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;font-weight:500}
td.num{text-align:right}td.hit{text-align:center;font-weight:600}td.hit.error{background:#fde2e1;color:#b42318}
td.hit.warning{background:#fef3c7;color:#92400e}td.hit.info{background:#e0f2fe;color:#075985}
tr.other td{color:#52606d}tr.fail td.file{border-left:4px solid #d64545}tr.warn td.file{border-left:4px solid #e0a800}tr.pass td.file{border-left:4px solid #3f9142}
.tag{font-size:11px;color:#52606d;background:#f0f4f8;border-radius:4px;padding:1px 4px}
svg text{font-size:12px;fill:#1f2933}.bar rect{fill:#d64545}.bar.warning rect{fill:#e0a800}.bar.info rect{fill:#3b82c4}
footer{margin-top:24px;font-size:12px;color:#7b8794}
.scroll{max-height:70vh;overflow:auto;border-bottom:1px solid #d9e2ec}.scroll thead th{position:sticky;top:0;z-index:1}
.note{font-size:12px;color:#52606d;margin:4px 0 8px}
tr[data-report]{cursor:pointer}tr[data-report]:hover td{background:#f5f9ff}
table.sortable thead th{cursor:pointer;user-select:none}th[aria-sort=ascending]::after{content:" ▲"}th[aria-sort=descending]::after{content:" ▼"}
.filters{display:flex;flex-wrap:wrap;gap:12px;align-items:center;margin:8px 0;font-size:13px}.filters select{margin-left:4px;max-width:220px}
tr.finding td.sev{font-weight:600}tr.finding.error td.sev{color:#b42318}tr.finding.warning td.sev{color:#92400e}tr.finding.info td.sev{color:#075985}
.agency{border:1px solid #d9e2ec;border-radius:8px;padding:8px 14px;margin:12px 0}.agency h3{margin:4px 0 8px;font-size:15px}
table.years td.num small{display:block;font-size:10px}table.years td.jump{background:#fde2e1;color:#b42318;font-weight:600}
table.years th.year{cursor:pointer;text-decoration:underline dotted}td.spark{padding:0 4px}
.sparkline polyline{fill:none;stroke:#3b82c4;stroke-width:1.5}.sparkline circle{fill:#3b82c4}.sparkline circle.hot{fill:#d64545}
.detail{border:2px solid #3b82c4;border-radius:8px;padding:8px 16px;margin:20px 0;background:#fbfdff}.detail .close{float:right}
.detail .ogi-report{max-width:1100px;margin:0;padding:8px 0;font-size:12pt}.flash{box-shadow:0 0 0 4px #3b82c4}
`;
