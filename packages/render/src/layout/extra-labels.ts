import { templates, type Text } from "@ogi-report/core";

/** Table 2's heading over each block's row labels, from core's templates (the same in both). */
export const activeRowHeading: Text = templates["2021"].activeRowHeading;

/** Table 3's heading over the seven applicant columns, from core's templates. */
export const applicantsHeading: Text = templates["2021"].applicantsHeading;
