import type { Text } from "@ogi-report/core";

/*
 * Two headings the official tables print that core's templates do not (yet) carry. They belong in
 * packages/core/src/templates beside the other labels; until then they live here, and only here.
 */

/** Table 2: the heading over each block's row labels. */
export const activeRowHeading: Text = { zh: "信息内容", en: "Information" };

/** Table 3: the heading over the seven applicant columns. */
export const applicantsHeading: Text = { zh: "申请人情况", en: "Applicants" };
