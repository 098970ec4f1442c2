// Exercício 7 — TODOs 1 a 3. Enunciado: exercises/07-bloqueio-pii/README.md. Rode com: npm run ex:7
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
  // TODO 1: tire tudo que não é dígito (soDigitos); exija 11 dígitos e recuse os repetidos (todosIguais).
  //         Calcule o 1º dígito verificador com os 9 primeiros dígitos (pesos 10, 9, …, 2) e o 2º com os
  //         10 primeiros (pesos 11, 10, …, 2): resto = (soma * 10) % 11; resto 10 vira 0.
  //         Válido quando os dois calculados batem com d[9] e d[10].
  void value;
  throw new Error("TODO 1 (validadores.ts): implemente cpfValido.");
}

/**
 * CNPJ: 14 posições e dois dígitos verificadores (módulo 11, pesos 2, 3, …, 9 da direita para a
 * esquerda, recomeçando em 2). Resto < 2 → dígito 0; senão 11 − resto.
 * Aceita também o CNPJ alfanumérico (letras maiúsculas nas 12 primeiras posições; valor do
 * caractere = código ASCII − 48, então "0"…"9" valem 0…9 e "A" vale 17), em vigor desde julho de 2026.
 */
export function cnpjValido(value: string): boolean {
  // TODO 2: maiúsculas e sem pontuação (. / - espaço); exija /^[0-9A-Z]{12}\d{2}$/ e recuse os repetidos.
  //         Para o dígito de índice 12 (e depois o de índice 13): percorra da DIREITA para a esquerda os 12
  //         (depois 13) primeiros caracteres com pesos 2, 3, …, 9, 2, 3… e some (charCodeAt(i) - 48) * peso.
  //         resto = soma % 11; dígito = resto < 2 ? 0 : 11 - resto.
  void value;
  throw new Error("TODO 2 (validadores.ts): implemente cnpjValido.");
}

/**
 * Algoritmo de Luhn sobre os dígitos da string (ignora espaços e traços): da direita para a esquerda,
 * dobre um dígito sim, outro não (começando pelo segundo); se o dobro passar de 9, subtraia 9.
 * Válido quando a soma é múltipla de 10.
 */
export function luhnValido(value: string): boolean {
  // TODO 3: só os dígitos; vazio → false. Da direita para a esquerda, dobre os dígitos das posições
  //         ímpares (o 2º, o 4º…, contando do fim a partir de 0); dobro > 9 → subtraia 9. Some tudo:
  //         válido quando soma % 10 === 0.
  void value;
  throw new Error("TODO 3 (validadores.ts): implemente luhnValido.");
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
