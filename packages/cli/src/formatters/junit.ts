import { allRules, type Finding, type Locale } from "@ogi-report/core";
import { escapeAttribute, escapeText } from "@ogi-report/render/html-escape";
import type { FileResult } from "../check/run.js";
import type { Formatter } from "./types.js";
import { severityWord } from "./words.js";

/**
 * JUnit XML for CI test dashboards: a report is a test suite, each rule that ran on it a test case. Errors are
 * failures; warnings and infos do not fail the build, so they go to the case's <system-out>, visible but green,
 * matching the exit code.
 */
export const junit: Formatter = ({ results, locale }) => {
  const suites = results.map((r) => suite(r, locale));
  const tests = suites.reduce((n, s) => n + s.tests, 0);
  const failures = suites.reduce((n, s) => n + s.failures, 0);
  const skipped = suites.reduce((n, s) => n + s.skipped, 0);
  const xml = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<testsuites name="ogi" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}">`,
    ...suites.map((s) => s.xml),
    `</testsuites>`,
  ];
  return { output: xml.join("\n") + "\n" };
};

function suite(r: FileResult, locale: Locale) {
  const name = attr(r.display);
  let failures = 0;
  let skipped = 0;
  const cases: string[] = [];
  for (const meta of allRules) {
    const setting = r.rules[meta.id] ?? meta.defaultSeverity;
    const open = `    <testcase classname="${name}" name="${meta.id}"${r.absPath ? ` file="${name}"` : ""}`;
    if (setting === "off") {
      skipped++;
      cases.push(`${open}>\n      <skipped message="off in config"/>\n    </testcase>`);
      continue;
    }
    const findings = r.findings.filter((f) => f.ruleId === meta.id);
    const errors = findings.filter((f) => f.severity === "error");
    const others = findings.filter((f) => f.severity !== "error");
    if (findings.length === 0) {
      cases.push(`${open}/>`);
      continue;
    }
    const body: string[] = [];
    if (errors.length > 0) {
      failures++;
      const message = errors.length === 1 ? errors[0]!.message : locale === "zh-CN" ? `${errors.length} 个错误` : `${errors.length} errors`;
      body.push(`      <failure type="${meta.id}" message="${attr(message)}">${text(errors.map((f) => line(f, locale)).join("\n"))}</failure>`);
    }
    if (others.length > 0) body.push(`      <system-out>${text(others.map((f) => line(f, locale)).join("\n"))}</system-out>`);
    cases.push(`${open}>\n${body.join("\n")}\n    </testcase>`);
  }
  const xml = [
    `  <testsuite name="${name}" tests="${allRules.length}" failures="${failures}" errors="0" skipped="${skipped}">`,
    ...cases,
    `  </testsuite>`,
  ].join("\n");
  return { xml, tests: allRules.length, failures, skipped };
}

function line(f: Finding, locale: Locale): string {
  return `${f.range.start.line + 1}:${f.range.start.character + 1} ${severityWord(locale, f.severity)}: ${f.message}${f.path ? ` (${f.path})` : ""}`;
}

// Characters XML 1.0 cannot hold at all, even escaped.
const INVALID_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

function text(s: string): string {
  return escapeText(s.replace(INVALID_XML, ""));
}

function attr(s: string): string {
  return escapeAttribute(s.replace(INVALID_XML, "")).replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;");
}
