/** The small FAQ of the fictional store the lab's model "works" for (the book's §7 customer-service case). */
export interface FaqEntry {
  keywords: string[];
  answer: string;
}

export const STORE_NAME = "Loja Exemplo";

export const FAQ: FaqEntry[] = [
  {
    keywords: ["horario", "horarios", "funcionamento", "abre", "abrem", "fecha", "aberto", "aberta"],
    answer: "Nosso horário de funcionamento é de segunda a sexta, das 9h às 18h, e aos sábados, das 9h às 13h.",
  },
  {
    keywords: ["entrega", "frete", "prazo", "envio", "chega", "rastreio", "rastrear"],
    answer: "As entregas levam de 3 a 7 dias úteis, e o frete é grátis em compras acima de R$ 200.",
  },
  {
    keywords: ["troca", "trocar", "devolucao", "devolver", "arrependimento", "reembolso"],
    answer: "Você pode trocar ou devolver um produto em até 30 dias após o recebimento, com a nota fiscal.",
  },
  {
    keywords: ["pagamento", "pagar", "pix", "cartao", "boleto", "parcelar", "parcela"],
    answer: "Aceitamos Pix, boleto e cartão de crédito em até 10 vezes sem juros.",
  },
  {
    keywords: ["contato", "telefone", "whatsapp", "email", "atendimento", "falar"],
    answer: "Nosso atendimento humano responde pelo chat do site, de segunda a sexta, das 9h às 18h.",
  },
];

export const FAQ_FALLBACK = "Posso ajudar com horários, entregas, trocas, pagamentos e contato. Pode detalhar sua dúvida?";
