import { checkText, type CheckOptions, type CheckResult } from "./check.js";
import { describeInternalErrors, internalFinding } from "./rules/internal.js";

/**
 * checkText behind an error boundary, for front ends that show one file's findings: whatever goes wrong — a rule
 * that threw, or the check itself — is one `internal` finding for the file (with the other findings when there
 * are any), never an empty list that would pass for a clean report.
 */
export function checkTextGuarded(text: string, options: CheckOptions = {}): CheckResult {
  const locale = options.locale ?? "zh-CN";
  let result: CheckResult;
  try {
    result = checkText(text, options);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const stack = error instanceof Error ? (error.stack ?? message) : message;
    return { findings: [internalFinding(message, locale)], internalErrors: [{ ruleId: "internal", message: stack }] };
  }
  if (result.internalErrors.length === 0) return result;
  return { ...result, findings: [internalFinding(describeInternalErrors(result.internalErrors), locale), ...result.findings] };
}
