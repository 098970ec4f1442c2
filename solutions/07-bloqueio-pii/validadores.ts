// Exercício 7 — validadores (TODOs 1 a 3 do esqueleto).
/**
 * Validadores de documentos e números: o que separa um CPF de verdade de "11 dígitos quaisquer".
 *
 * O detector (pii.ts) acha *candidatos* com regex; estes validadores decidem. Sem eles,
 * "pedido 123.456.789-00" seria mascarado como CPF, e um número de protocolo de 16 dígitos, como cartão.
 */

const soDigitos = (s: string): string => s.replace(/\D/g, "");
const todosIguais = (s: string): boolean => /^(.)\1*$/.test(s);

/**
 * CPF: 11 dígitos e dois dígitos verificadores (módulo 11). Aceita com ou sem pontuação.
 * 1º dígito: pesos 10, 9, …, 2 sobre os 9 primeiros; 2º dígito: pesos 11, 10, …, 2 sobre os 10 primeiros.
 * Em cada um: resto = (soma × 10) % 11, e resto 10 vale 0. "111.111.111-11" passa na conta, mas é inválido.
 */
export function cpfValido(value: string): boolean {
  const d = soDigitos(value);
  if (d.length !== 11 || todosIguais(d)) return false;
  const digit = (len: number): number => {
    let sum = 0;
    for (let i = 0; i < len; i++) sum += Number(d[i]) * (len + 1 - i);
    const r = (sum * 10) % 11;
    return r === 10 ? 0 : r;
  };
  return digit(9) === Number(d[9]) && digit(10) === Number(d[10]);
}

/**
 * CNPJ: 14 posições e dois dígitos verificadores (módulo 11, pesos 2, 3, …, 9 da direita para a
 * esquerda, recomeçando em 2). Resto < 2 → dígito 0; senão 11 − resto.
 * Aceita também o CNPJ alfanumérico (letras maiúsculas nas 12 primeiras posições; valor do
 * caractere = código ASCII − 48, então "0"…"9" valem 0…9 e "A" vale 17), em vigor desde julho de 2026.
 */
export function cnpjValido(value: string): boolean {
  const c = value.toUpperCase().replace(/[.\/\-\s]/g, "");
  if (!/^[0-9A-Z]{12}\d{2}$/.test(c) || todosIguais(c)) return false;
  const digit = (len: number): number => {
    let sum = 0;
    let weight = 2;
    for (let i = len - 1; i >= 0; i--) {
      sum += (c.charCodeAt(i) - 48) * weight;
      weight = weight === 9 ? 2 : weight + 1;
    }
    const r = sum % 11;
    return r < 2 ? 0 : 11 - r;
  };
  return digit(12) === Number(c[12]) && digit(13) === Number(c[13]);
}

/**
 * Algoritmo de Luhn sobre os dígitos da string (ignora espaços e traços): da direita para a esquerda,
 * dobre um dígito sim, outro não (começando pelo segundo); se o dobro passar de 9, subtraia 9.
 * Válido quando a soma é múltipla de 10.
 */
export function luhnValido(value: string): boolean {
  const d = soDigitos(value);
  if (d.length === 0) return false;
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let n = Number(d[d.length - 1 - i]);
    if (i % 2 === 1) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
  }
  return sum % 10 === 0;
}

// ---------------------------------------------------------------------------
// Prontos (não fazem parte dos TODOs)
// ---------------------------------------------------------------------------

/** Cartão: 13 a 19 dígitos, primeiro dígito de bandeira (2–6), Luhn válido. */
export function cartaoValido(value: string): boolean {
  const d = soDigitos(value);
  return d.length >= 13 && d.length <= 19 && /^[2-6]/.test(d) && !todosIguais(d) && luhnValido(d);
}

/** SSN americano: área ≠ 000, 666, 9xx; grupo ≠ 00; série ≠ 0000. */
export function ssnValido(value: string): boolean {
  const d = soDigitos(value);
  if (d.length !== 9) return false;
  const area = d.slice(0, 3);
  return area !== "000" && area !== "666" && area[0] !== "9" && d.slice(3, 5) !== "00" && d.slice(5) !== "0000";
}

// DDDs em uso no Brasil.
const DDDS_VALIDOS = new Set(
  ("11 12 13 14 15 16 17 18 19 21 22 24 27 28 31 32 33 34 35 37 38 41 42 43 44 45 46 47 48 49 " +
    "51 53 54 55 61 62 63 64 65 66 67 68 69 71 73 74 75 77 79 81 82 83 84 85 86 87 88 89 " +
    "91 92 93 94 95 96 97 98 99").split(" "),
);

/** DDD brasileiro válido ("11", "21", …). */
export function dddValido(ddd: string): boolean {
  return DDDS_VALIDOS.has(ddd);
}
