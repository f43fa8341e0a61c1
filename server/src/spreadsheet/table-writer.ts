/** A cell: text, a number, or empty. Money is given in yuan (fen ÷ 100) and shown with two decimals. */
export type CellValue = string | number | null;

export interface TableColumn {
  header: string;
  /** Width in characters in the spreadsheet. */
  width: number;
  /** Shown with two decimals (yuan). */
  isMoney?: boolean;
}

/** Writes a table row by row to a stream, in some file format, waiting for the reader as it goes. */
export interface TableWriter {
  /** Resolves when what was written has been taken (backpressure); false when the reader went away. */
  writeRows(rows: readonly (readonly CellValue[])[]): Promise<boolean>;
  /** Completes the file and ends the stream. */
  finish(): Promise<void>;
}
