/**
 * The resource budget of one document. A hostile input — a table of millions of cells, spans that multiply a few
 * cells into billions of grid slots, one statement repeated a million times — must cost bounded memory and time,
 * so that a batch goes on. What is over the budget is left out, and the report says so in one `budget-exceeded`
 * warning per resource. Real reports use a small fraction of each limit (a standard table has about 200 cells).
 */
export const BUDGET_LIMITS = {
  /** Tags of an HTML page built into a tree (about 1 KB each); a page with more is read as text, markup blanked. */
  tags: 300_000,
  /**
   * Lines of a text input (or of HTML read as text) built into the tree, blank ones included (each costs about a
   * kilobyte through the tree, the view and the table readers); past it the rest of the document is left out. Counted
   * before the lines are split, so a 30 MB table read as text spends nothing on what it cannot keep.
   */
  lines: 200_000,
  /** Table cells read from the source (all tables of the document). */
  cells: 200_000,
  /** Grid slots that rowspan/colspan add beyond the cells themselves. */
  gridSlots: 100_000,
  /** Cell tokens the table readers re-read from lines and tables. */
  tokens: 400_000,
  /** Rule matches, before refiners. */
  matches: 200_000,
  /** Milestones in the report. */
  milestones: 20_000,
  /** Messages in the report (the `budget-exceeded` warnings themselves always get in). */
  messages: 5_000,
} as const;

export type BudgetResource = keyof typeof BUDGET_LIMITS;

export class Budget {
  // What each resource has used, one field per resource (all present from the start: one shape, and a take per rule
  // match is a field read and write, not two map look-ups).
  private readonly used: Record<BudgetResource, number> = {
    tags: 0,
    lines: 0,
    cells: 0,
    gridSlots: 0,
    tokens: 0,
    matches: 0,
    milestones: 0,
    messages: 0,
  };
  private readonly over = new Set<BudgetResource>();

  /** What is left of a resource. */
  left(resource: BudgetResource): number {
    return BUDGET_LIMITS[resource] - this.used[resource];
  }

  /** Take `n` units: false, and the resource noted as exceeded, when fewer are left. */
  take(resource: BudgetResource, n = 1): boolean {
    if (n > this.left(resource)) {
      this.over.add(resource);
      return false;
    }
    this.used[resource] += n;
    return true;
  }

  /** The resources some part of the document did not get. */
  exceeded(): BudgetResource[] {
    return [...this.over];
  }
}

/** The number of `<` in a text: an upper bound on its tags, counted before any tree is built. */
export function countTags(text: string): number {
  let n = 0;
  for (let i = text.indexOf('<'); i >= 0; i = text.indexOf('<', i + 1)) n++;
  return n;
}
