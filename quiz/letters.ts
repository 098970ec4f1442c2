/** Option letters: a, b, c, … (lower case everywhere; input is case-insensitive). */
const LETTERS = "abcdefghij";

export function letterFor(index: number): string {
  const letter = LETTERS[index];
  if (letter === undefined) throw new RangeError(`No letter for option index ${index}`);
  return letter;
}

/** "B" → 1; undefined when it is not a letter in range. */
export function indexForLetter(raw: string, optionCount: number): number | undefined {
  const text = raw.trim().toLowerCase();
  if (text.length !== 1) return undefined;
  const index = LETTERS.indexOf(text);
  return index >= 0 && index < optionCount ? index : undefined;
}
