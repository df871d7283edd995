// Counts in messages and summaries: "1 statement", "3 statements", "2 policies".
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
