/** Message codes of the standard-table readers (docs/messages.md). */
export const TABLE_CODES = {
  cellCount: 'table.cell-count',
  columnUnmapped: 'table.column-unmapped',
  runUnsplit: 'table.run-unsplit',
  blankTotal: 'blank-total',
  badCell: 'table.bad-cell',
  rowUnmapped: 'table.row-unmapped',
  /** A run of glued 表二 cells cut the one way the report's own prose states (制定…12件，现行有效…48件). */
  cutByProse: 'table.cut-by-prose',
  /** A sub-row whose label the source garbled (2.其他法律行政止公开), read as the row its list number names. */
  rowByNumber: 'table.row-by-number',
  /** A prose 共办理…申请 N 件 dropped: the record keeps requests.processed for reports without a 表三. */
  processedWithTable: 'table.processed-with-table',
} as const;
