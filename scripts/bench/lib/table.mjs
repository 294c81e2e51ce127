/** A table on the console: the first column left-aligned, the figures right-aligned. */
export function printAligned(header, rows) {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column].length)));
  const line = (cells) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('   ');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}
