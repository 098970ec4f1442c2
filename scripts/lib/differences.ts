/** Saying in words what a line diff cannot show (nodeschool's lesson: invisible differences confuse beginners). */

/** When expected and received print the same, say in words where the invisible difference is. */
export function invisibleDifference(expected: string, actual: string): string | undefined {
  if (expected === actual) return undefined;
  if (expected.replace(/\r\n/g, "\n") === actual.replace(/\r\n/g, "\n")) return "a diferença está só nas quebras de linha (\\r\\n do Windows contra \\n).";
  if (expected.trimEnd() === actual.trimEnd()) return "a diferença está só em espaços ou quebras de linha no fim do texto.";
  if (expected.trim() === actual.trim()) return "a diferença está só em espaços ou quebras de linha no começo ou no fim do texto.";
  if (expected.replace(/\s+/g, " ") === actual.replace(/\s+/g, " ")) return "a diferença está só nos espaços entre as palavras (espaço duplo, tab ou quebra de linha).";
  if (expected.toLowerCase() === actual.toLowerCase()) return "a diferença está só em maiúsculas/minúsculas.";
  if (expected.normalize("NFC") === actual.normalize("NFC")) return "a diferença está na codificação dos acentos (a mesma letra escrita de dois jeitos Unicode).";
  return undefined;
}
