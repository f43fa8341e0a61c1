import { Button, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { NumbersTableData, NumbersTableRow } from './numbers-table.ts';

/**
 * The table view of a chart. The first column can offer to drill down, as clicking a bar does,
 * so that keyboard and screen-reader users can go where mouse users can.
 */
export function NumbersTableView({ data, onDrill, drillLabel }: {
  data: NumbersTableData;
  onDrill?: ((code: string) => void) | undefined;
  drillLabel?: ((name: string) => string) | undefined;
}) {
  const columns: ColumnsType<NumbersTableRow> = data.columns.map((column, i) => ({
    key: column.key,
    title: column.title,
    align: column.isNumeric ? 'right' : 'left',
    render: (_value: unknown, row: NumbersTableRow) => {
      const text = row.cells[column.key] ?? '';
      if (i === 0 && onDrill && row.drillCode) {
        const code = row.drillCode;
        return <Button type="link" size="small" className="numbers-table__drill" aria-label={drillLabel?.(text)} onClick={() => onDrill(code)}>{text}</Button>;
      }
      return text;
    },
  }));
  return (
    <Table<NumbersTableRow>
      className="numbers-table"
      size="small"
      rowKey="key"
      columns={columns}
      dataSource={data.rows}
      pagination={false}
    />
  );
}
