/** Distances in points that decide when two drawn things are the same line, touch, or are too small to matter. */

/** Coordinates closer than this are one line (double borders, stroke-width offsets, rounding in the producer). */
export const SNAP = 3;
/** Collinear pieces with a gap up to this are one line (borders drawn cell by cell). */
export const JOIN = 3;
/** A line shorter than this after joining is a tick or a dot, not a border. */
export const MIN_LENGTH = 3;
/** Grid edges of one table closer than this are one border drawn twice (an offset frame): no text fits between. */
export const MIN_CELL = 5;
/** A horizontal and a vertical line whose ends come this close touch (line caps end short of the crossing line). */
export const TOUCH = 3;
/** Work bounds: a page past them (a hatch pattern, a drawing, hostile input) yields no table rather than hanging. */
export const MAX_SEGMENTS = 200_000;
/** More separate line groups than this on one page is a drawing (a chart, a map), not tables. */
export const MAX_TABLES = 200;
export const MAX_TOUCH_TESTS = 500_000;
export const MAX_GRID_CELLS = 20_000;
