import { Grid, Stack, Table, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { FormulaPanel } from './FormulaPanel';

export interface FiguresRow {
  key: string;
  cells: ReactNode[];
  onOpen?: () => void;
}

/**
 * One agreement table with its formulas beside it: a header, one row per code or
 * transcript (a click opens what is behind it), and the mean row at the bottom.
 */
export function FiguresTable({
  title,
  controls,
  columns,
  rows,
  footer,
  formulas,
  testId,
}: {
  title: string;
  controls?: ReactNode;
  columns: string[];
  rows: FiguresRow[];
  footer: ReactNode[];
  formulas: readonly string[];
  testId: string;
}) {
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, xl: 8 }}>
        <Stack gap="xs">
          <Title order={3} size="h5">
            {title}
          </Title>
          {controls}
          <Table.ScrollContainer minWidth={560}>
            <Table striped highlightOnHover withTableBorder data-testid={testId}>
              <Table.Thead>
                <Table.Tr>
                  {columns.map((column, i) => (
                    <Table.Th key={column} ta={i === 0 ? 'left' : 'right'}>
                      {column}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr
                    key={row.key}
                    data-row={row.key}
                    onClick={row.onOpen}
                    style={row.onOpen ? { cursor: 'pointer' } : undefined}
                  >
                    {row.cells.map((cell, i) => (
                      <Table.Td key={i} ta={i === 0 ? 'left' : 'right'} data-column={i} style={i === 0 ? undefined : { whiteSpace: 'nowrap' }}>
                        {cell}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
              <Table.Tfoot>
                <Table.Tr data-row="overall">
                  {footer.map((cell, i) => (
                    <Table.Th key={i} ta={i === 0 ? 'left' : 'right'} data-column={i}>
                      {cell}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Tfoot>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, xl: 4 }}>
        <FormulaPanel lines={formulas} />
      </Grid.Col>
    </Grid>
  );
}
