/**
 * The ruling lines of a PDF page (table borders) from its operator list: stroked straight lines, the edges of
 * stroked rectangles, and filled rectangles thin enough to be a drawn line (how some writers print borders).
 * Pure: it takes the operator list pdf.js gives and the numbers of the operators it names.
 */

/** A horizontal (`y` fixed, from `from` to `to` in x) or vertical (`x` fixed, from `from` to `to` in y) line. */
export interface Rule {
  at: number;
  from: number;
  to: number;
}

export interface Rules {
  horizontal: Rule[];
  vertical: Rule[];
}

/** The operator numbers this reader needs (pdf.js `OPS`). */
export interface RuleOps {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
}

type Matrix = [number, number, number, number, number, number];

/** pdf.js path data: moveTo x y, lineTo x y, curveTo (6 numbers), quadraticCurveTo (4), closePath. */
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUAD = 3;
const CLOSE = 4;
/** Thicker than this (PDF units) a filled shape is a shaded area, not a line. */
const THIN = 2;
/** A line slanted less than this is straight. */
const STRAIGHT = 0.5;

export function pageRules(fnArray: ArrayLike<number>, argsArray: ArrayLike<unknown>, ops: RuleOps): Rules {
  const out: Rules = { horizontal: [], vertical: [] };
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const strokes = new Set([ops.stroke, ops.closeStroke, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const fills = new Set([ops.fill, ops.eoFill]);
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? ctm;
    else if (fn === ops.transform && args) ctm = multiply(args as Matrix, ctm);
    else if (fn === ops.constructPath && args) {
      const [paint, data] = args as [number, ArrayLike<number>[] | ArrayLike<number> | null];
      const path = Array.isArray(data) ? data[0] : data;
      if (!path) continue;
      const polygons = polygonsOf(path, ctm);
      if (strokes.has(paint)) for (const poly of polygons) strokeEdges(poly, out);
      else if (fills.has(paint)) for (const poly of polygons) thinFill(poly, out);
    }
  }
  return out;
}

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

type Point = [number, number];

/** The path's subpaths as point lists in page space; a curve makes its subpath useless as a border. */
function polygonsOf(path: ArrayLike<number>, m: Matrix): Point[][] {
  const apply = (x: number, y: number): Point => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
  const out: Point[][] = [];
  let current: Point[] = [];
  let curved = false;
  const end = () => {
    if (current.length > 1 && !curved) out.push(current);
    current = [];
    curved = false;
  };
  for (let i = 0; i < path.length; ) {
    const op = path[i]!;
    if (op === MOVE) {
      end();
      current.push(apply(path[i + 1]!, path[i + 2]!));
      i += 3;
    } else if (op === LINE) {
      current.push(apply(path[i + 1]!, path[i + 2]!));
      i += 3;
    } else if (op === CURVE) {
      curved = true;
      i += 7;
    } else if (op === QUAD) {
      curved = true;
      i += 5;
    } else if (op === CLOSE) {
      if (current.length > 1) current.push(current[0]!);
      i += 1;
    } else break; // an operator this reader does not know: stop rather than misread the numbers after it
  }
  end();
  return out;
}

function strokeEdges(poly: Point[], out: Rules): void {
  for (let k = 1; k < poly.length; k++) {
    const [x1, y1] = poly[k - 1]!;
    const [x2, y2] = poly[k]!;
    if (Math.abs(y1 - y2) <= STRAIGHT && Math.abs(x1 - x2) > STRAIGHT) out.horizontal.push({ at: (y1 + y2) / 2, from: Math.min(x1, x2), to: Math.max(x1, x2) });
    else if (Math.abs(x1 - x2) <= STRAIGHT && Math.abs(y1 - y2) > STRAIGHT) out.vertical.push({ at: (x1 + x2) / 2, from: Math.min(y1, y2), to: Math.max(y1, y2) });
  }
}

function thinFill(poly: Point[], out: Rules): void {
  const xs = poly.map((p) => p[0]);
  const ys = poly.map((p) => p[1]);
  const [left, right, bottom, top] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const width = right - left;
  const height = top - bottom;
  if (height <= THIN && width > height) out.horizontal.push({ at: (top + bottom) / 2, from: left, to: right });
  else if (width <= THIN && height > width) out.vertical.push({ at: (left + right) / 2, from: bottom, to: top });
}
