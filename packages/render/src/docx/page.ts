/** A4 with the margins of GB/T 9704 (top 37 mm, bottom 35 mm, left 28 mm, right 26 mm), in twips. */
const mm = (value: number) => Math.round((value * 1440) / 25.4);

export const page = {
  width: 11906,
  height: 16838,
  margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) },
};

/** The width tables fill: the page less its side margins. */
export const textWidth = page.width - page.margin.left - page.margin.right;

/** Sizes in half-points: 二号 22pt (title), 三号 16pt (body), 四号 14pt (page number), 五号 10.5pt (tables). */
export const sizes = { title: 44, body: 32, pageNumber: 28, table: 21, note: 18 };

/** Body lines at a fixed 28.95 pt: 22 lines on a page, as the standard asks. */
export const bodyLine = 579;
