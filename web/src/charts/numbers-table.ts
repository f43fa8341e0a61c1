/** A chart's numbers as plain rows and columns: what its table view shows. */
export interface NumbersTableColumn {
  key: string;
  title: string;
  /** Numbers align right so digits line up. */
  isNumeric?: boolean;
}

export interface NumbersTableRow {
  key: string;
  cells: Readonly<Record<string, string>>;
  /** A region the row's first cell can drill down to. */
  drillCode?: string | undefined;
}

export interface NumbersTableData {
  columns: NumbersTableColumn[];
  rows: NumbersTableRow[];
}
