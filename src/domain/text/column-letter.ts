// Excel column letters ("A", "Z", "AA") of 1-based column indexes: how every import problem names
// its column, so a message can be found in the sheet as Excel shows it.

/** Excel column letter of a 1-based index. */
export function colLetter(index: number): string {
  let s = '';
  for (let x = index; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}
