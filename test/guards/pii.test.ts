import { describe, expect, it } from "vitest";
import {
  contemPii,
  detectarPii,
  cartaoValido,
  cnpjValido,
  cpfValido,
  ssnValido,
  luhnValido,
  mascararPii,
} from "../../solutions/07-bloqueio-pii/pii.ts";

describe("check digits", () => {
  it("validates CPF with and without punctuation", () => {
    expect(cpfValido("529.982.247-25")).toBe(true);
    expect(cpfValido("52998224725")).toBe(true);
    expect(cpfValido("111.444.777-35")).toBe(true);
    expect(cpfValido("529.982.247-26")).toBe(false); // wrong second digit
    expect(cpfValido("529.982.247-15")).toBe(false); // wrong first digit
    expect(cpfValido("111.111.111-11")).toBe(false); // repeated digits pass the math but are invalid
    expect(cpfValido("5299822472")).toBe(false); // 10 digits
  });

  it("validates numeric and alphanumeric CNPJ", () => {
    expect(cnpjValido("11.222.333/0001-81")).toBe(true);
    expect(cnpjValido("11222333000181")).toBe(true);
    expect(cnpjValido("11.222.333/0001-82")).toBe(false);
    expect(cnpjValido("00.000.000/0000-00")).toBe(false);
    expect(cnpjValido("12.ABC.345/01DE-35")).toBe(true); // Receita Federal's alphanumeric example
    expect(cnpjValido("12.ABC.345/01DE-36")).toBe(false);
  });

  it("validates cards with Luhn, length and issuer digit", () => {
    expect(luhnValido("79927398713")).toBe(true);
    expect(luhnValido("79927398710")).toBe(false);
    expect(cartaoValido("4111 1111 1111 1111")).toBe(true);
    expect(cartaoValido("5555-5555-5555-4444")).toBe(true);
    expect(cartaoValido("3782 822463 10005")).toBe(true);
    expect(cartaoValido("4111 1111 1111 1112")).toBe(false);
    expect(cartaoValido("4111 1111 111")).toBe(false); // too short
    expect(cartaoValido("7992 7398 7130 0000")).toBe(false); // no card issuer starts with 7 here
  });

  it("rejects impossible SSNs", () => {
    expect(ssnValido("123-45-6789")).toBe(true);
    for (const bad of ["000-12-3456", "666-12-3456", "912-34-5678", "123-00-4567", "123-45-0000"]) {
      expect(ssnValido(bad), bad).toBe(false);
    }
  });
});

describe("detectarPii / mascararPii", () => {
  it("redacts the book's example (pii_block.py)", () => {
    const text = "Meu nome é Bob Dylan. Meu SSN é 123-45-6789.";
    expect(detectarPii(text)).toEqual([
      { type: "NAME", start: 11, end: 20, value: "Bob Dylan" },
      { type: "SSN", start: 32, end: 43, value: "123-45-6789" },
    ]);
    expect(mascararPii(text)).toBe("Meu nome é [NOME]. Meu SSN é [SSN].");
  });

  it("finds every supported type with exact spans", () => {
    const text =
      "CPF 529.982.247-25, CNPJ 11.222.333/0001-81, e-mail ana.souza@exemplo.com.br, " +
      "cel (11) 98765-4321, cartão 4111 1111 1111 1111, RG 12.345.678-9.";
    const found = detectarPii(text);
    expect(found.map((e) => e.type)).toEqual(["CPF", "CNPJ", "EMAIL", "PHONE", "CARD", "RG"]);
    for (const e of found) expect(text.slice(e.start, e.end)).toBe(e.value);
    expect(mascararPii(text)).toBe("CPF [CPF], CNPJ [CNPJ], e-mail [EMAIL], cel [TELEFONE], cartão [CARTAO], RG [RG].");
  });

  it("recognises Brazilian phone formats", () => {
    for (const phone of ["+55 11 91234-5678", "+5511987651234", "(21) 3456-7890", "(047) 3322-1100", "11 98765 4321", "(85) 9 8765-4321"]) {
      expect(detectarPii(`Meu contato: ${phone}.`), phone).toEqual([
        { type: "PHONE", start: 13, end: 13 + phone.length, value: phone },
      ]);
    }
    expect(detectarPii("whats 21987654321")[0]?.type).toBe("PHONE");
    expect(detectarPii("tel 3344-5566")[0]?.type).toBe("PHONE"); // landline without DDD only with context
    expect(detectarPii("Protocolo 2345-6789 registrado.")).toEqual([]);
  });

  it("does not flag look-alikes: wrong check digits, order numbers, dates, prices", () => {
    const negatives = [
      "Pedido 529.982.247-26 confirmado.", // CPF shape, wrong digits
      "Protocolo 52998224725 aberto ontem.", // valid CPF digits, but a protocol number
      "Reunião em 14/05/2025 às 10:30, sala 2.",
      "Preço: R$ 3.456,78 à vista ou 10x de R$ 345,68.",
      "O CEP é 01310-100.",
      "Código 4111 1111 1111 1112 não passa no Luhn.",
      "SSN inválido 000-12-3456.",
      "O processo 0012345-67.2024.8.26.0100 está em andamento.",
      "A identidade visual mudou em 2023.",
    ];
    for (const text of negatives) expect(detectarPii(text), text).toEqual([]);
    expect(contemPii("Nada pessoal aqui, só o pedido 12345.")).toBe(false);
  });

  it("uses context to tell an 11-digit phone from a CPF", () => {
    expect(detectarPii("cpf 52998224725")[0]?.type).toBe("CPF");
    expect(detectarPii("meu celular 11987654321")[0]?.type).toBe("PHONE");
  });

  it("catches formats written to slip past filters (issue 20)", () => {
    const one = (text: string): [string, string] | undefined => {
      const found = detectarPii(text);
      expect(found.length, text).toBe(1);
      return found[0] ? [found[0].type, found[0].value] : undefined;
    };
    expect(one("Meu CPF é 529 . 982 . 247 - 25, ok?")).toEqual(["CPF", "529 . 982 . 247 - 25"]);
    expect(one("cpf 529.982.247 - 25")).toEqual(["CPF", "529.982.247 - 25"]);
    expect(one("cartão 4111.1111.1111.1111 vence 08/30")).toEqual(["CARD", "4111.1111.1111.1111"]);
    expect(one("e-mail: ana.lima arroba gmail ponto com")).toEqual(["EMAIL", "ana.lima arroba gmail ponto com"]);
    expect(one("manda pra rafa[at]empresa.com.br")).toEqual(["EMAIL", "rafa[at]empresa.com.br"]);
    expect(one("contato lu (at) outlook (dot) com")).toEqual(["EMAIL", "lu (at) outlook (dot) com"]);
    expect(one("write to mark.evans at gmail dot com")).toEqual(["EMAIL", "mark.evans at gmail dot com"]);
    expect(one("Me liga no 0 11 98765-4321")).toEqual(["PHONE", "0 11 98765-4321"]);
    expect(one("Tel.: 0xx11 98877-6655")).toEqual(["PHONE", "0xx11 98877-6655"]);
    expect(one("Whats +55 0 21 99876-5432")).toEqual(["PHONE", "+55 0 21 99876-5432"]);
    expect(one("fixo (011) 3456-7890")).toEqual(["PHONE", "(011) 3456-7890"]);
  });

  it("leaves nota fiscal numbers, toll-free lines and plain English 'at … dot com' alone", () => {
    const negatives = [
      "NF 52998224725 emitida em 02/01.", // valid CPF digits, but a nota fiscal number
      "Nota 52998224725 paga.",
      "NFS-e 11987654321 autorizada.", // phone-shaped
      "NF nº 98765-4321 da compra de ontem.",
      "Fatura 52998224725 vence amanhã.",
      "Central: 0800 725 1234, ligação gratuita.",
      "Ligue 0800-123-4567 para cancelar.",
      "Look at google dot com for the docs.",
      "Versão 1234.5678.9012.3456 do firmware.", // dotted groups failing Luhn
    ];
    for (const text of negatives) expect(detectarPii(text), text).toEqual([]);
  });

  it("tolerates CRLF text and custom labels/types", () => {
    const text = "Nome: Carla Dias\r\nE-mail: carla@ex.com\r\nTel: (31) 3456-7890";
    expect(mascararPii(text)).toBe("Nome: [NOME]\r\nE-mail: [EMAIL]\r\nTel: [TELEFONE]");
    expect(mascararPii(text, { types: ["EMAIL"], labels: { EMAIL: "***" } })).toBe(
      "Nome: Carla Dias\r\nE-mail: ***\r\nTel: (31) 3456-7890",
    );
  });
});
