/** An empty cell standing in for the columns of a windowed grid that are not rendered. */
export function SpacerCell({ width, header = false }: { width: number; header?: boolean }) {
  if (width <= 0) return null;
  const style = { width, minWidth: width, maxWidth: width, padding: 0, border: 'none' };
  return header ? <th aria-hidden style={style} /> : <td aria-hidden style={style} />;
}

/** An empty row standing in for the rows of a windowed grid that are not rendered. */
export function SpacerRow({ height }: { height: number }) {
  if (height <= 0) return null;
  return (
    <tr aria-hidden>
      <td style={{ height, padding: 0, border: 'none' }} />
    </tr>
  );
}
