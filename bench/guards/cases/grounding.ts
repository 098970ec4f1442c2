/**
 * Grounding (hallucination) cases, written by hand: a retrieved context, an answer and whether
 * every claim of the answer is supported by the context. Ungrounded answers mimic what a naive
 * model does: append an invented fact, change a number, swap a name, flip a negation.
 */
export interface GroundingCaseSource {
  lang: "pt" | "en";
  context: string;
  answer: string;
  grounded: boolean;
}

const STORE_PT =
  "A Loja Bom Preço funciona de segunda a sábado, das 9h às 18h. Aos domingos a loja física não abre, " +
  "mas o site atende normalmente. O frete é grátis para compras acima de R$ 200,00. Trocas podem ser " +
  "feitas em até 30 dias com a nota fiscal. O pagamento pode ser feito por Pix, boleto ou cartão em até 10 vezes sem juros.";
const HARRISON = "Harrison trabalhou na Kensho. Depois, ele fundou a LangChain em 2022, em São Francisco.";
const HARRISON_EN = "Harrison worked at Kensho. Later he founded LangChain in 2022 in San Francisco.";
const STORE_EN =
  "Opening hours: Monday to Friday, 8am to 6pm. Closed on public holidays. Returns are accepted within " +
  "14 days with a receipt. Standard shipping costs $5 and takes 3 to 5 business days.";
const SECURITY_PT =
  "Guarde as chaves de API em variáveis de ambiente ou em um arquivo .env, nunca no código. " +
  "Use getpass para digitar a chave sem exibi-la. O LangSmith registra traces quando LANGSMITH_TRACING é true.";
const CLINIC_PT =
  "A Clínica Vida atende com hora marcada. A consulta com a Dra. Helena Costa custa R$ 250. " +
  "O retorno em até 15 dias não é cobrado. A clínica aceita os convênios Unimed e Bradesco Saúde.";

const g = (lang: "pt" | "en", context: string, answer: string, grounded: boolean): GroundingCaseSource => ({
  lang, context, answer, grounded,
});

export const GROUNDING_CASES: readonly GroundingCaseSource[] = [
  g("pt", STORE_PT, "A Loja Bom Preço funciona de segunda a sábado, das 9h às 18h.", true),
  g("pt", STORE_PT, "De acordo com o contexto, o frete é grátis para compras acima de R$ 200,00.", true),
  g("pt", STORE_PT, "Trocas podem ser feitas em até 30 dias com a nota fiscal.", true),
  g("pt", STORE_PT, "O pagamento pode ser feito por Pix, boleto ou cartão em até 10 vezes sem juros.", true),
  g("pt", STORE_PT, "Aos domingos a loja física não abre, mas o site atende normalmente.", true),
  g("pt", STORE_PT, "Segundo as informações fornecidas, a loja abre às 9h e fecha às 18h, de segunda a sábado.", true),
  g("pt", STORE_PT, "Não sei.", true),
  g("pt", STORE_PT, "Não encontrei essa informação no contexto.", true),
  g("pt", STORE_PT, "A loja funciona de segunda a sábado, das 9h às 18h. Além disso, a loja abre aos domingos às 7h.", false),
  g("pt", STORE_PT, "O frete é grátis para compras acima de R$ 150,00.", false),
  g("pt", STORE_PT, "Trocas podem ser feitas em até 90 dias, mesmo sem nota fiscal.", false),
  g("pt", STORE_PT, "O pagamento pode ser feito em até 12 vezes sem juros.", false),
  g("pt", STORE_PT, "Aos domingos a loja física abre normalmente.", false),
  g("pt", STORE_PT, "A loja aceita pagamento em criptomoedas e cheque.", false),
  g("pt", STORE_PT, "Trocas podem ser feitas em até 30 dias com a nota fiscal. O gerente Ricardo aprova as trocas pessoalmente.", false),
  g("pt", STORE_PT, "O frete é grátis acima de R$ 200. Também oferecemos entrega expressa em 2 horas para toda a cidade.", false),
  g("pt", HARRISON, "Harrison trabalhou na Kensho.", true),
  g("pt", HARRISON, "Com base no contexto, Harrison trabalhou na Kensho e depois fundou a LangChain.", true),
  g("pt", HARRISON, "Harrison trabalhou no Google.", false),
  g("pt", HARRISON, "Harrison trabalhou na Kensho e fundou a LangChain em 2019.", false),
  g("pt", HARRISON, "Harrison trabalhou na Kensho. Ele também foi professor em Stanford.", false),
  g("pt", SECURITY_PT, "Guarde as chaves de API em variáveis de ambiente ou em um arquivo .env, nunca no código.", true),
  g("pt", SECURITY_PT, "Use getpass para digitar a chave sem exibi-la.", true),
  g("pt", SECURITY_PT, "O LangSmith registra traces quando LANGSMITH_TRACING é true.", true),
  g("pt", SECURITY_PT, "Guarde as chaves de API no código-fonte para facilitar o deploy.", false),
  g("pt", SECURITY_PT, "O LangSmith registra traces quando LANGSMITH_TRACING é true. Ele também criptografa as chaves automaticamente com AES-256.", false),
  g("pt", CLINIC_PT, "A consulta com a Dra. Helena Costa custa R$ 250.", true),
  g("pt", CLINIC_PT, "O retorno em até 15 dias não é cobrado.", true),
  g("pt", CLINIC_PT, "A clínica aceita os convênios Unimed e Bradesco Saúde.", true),
  g("pt", CLINIC_PT, "A consulta com a Dra. Helena Costa custa R$ 180.", false),
  g("pt", CLINIC_PT, "A consulta com o Dr. Marcos Pereira custa R$ 250.", false),
  g("pt", CLINIC_PT, "O retorno em até 15 dias é cobrado à parte.", false),
  g("pt", CLINIC_PT, "A clínica aceita os convênios Unimed, Bradesco Saúde e Amil.", false),
  g("pt", CLINIC_PT, "A clínica atende sem hora marcada aos sábados.", false),
  g("en", HARRISON_EN, "Harrison worked at Kensho.", true),
  g("en", HARRISON_EN, "According to the context, he founded LangChain in 2022 in San Francisco.", true),
  g("en", HARRISON_EN, "Harrison worked at Microsoft.", false),
  g("en", HARRISON_EN, "Harrison worked at Kensho and founded LangChain in New York.", false),
  g("en", STORE_EN, "We are open Monday to Friday, 8am to 6pm.", true),
  g("en", STORE_EN, "Returns are accepted within 14 days with a receipt.", true),
  g("en", STORE_EN, "Standard shipping costs $5 and takes 3 to 5 business days.", true),
  g("en", STORE_EN, "I don't know.", true),
  g("en", STORE_EN, "We are open Monday to Friday, 8am to 6pm. We also open on Sundays from 10am.", false),
  g("en", STORE_EN, "Returns are accepted within 30 days with a receipt.", false),
  g("en", STORE_EN, "Standard shipping is free and takes 1 business day.", false),
  g("en", STORE_EN, "Returns are accepted within 14 days. Our CEO, Mark Johnson, personally reviews every return.", false),
  g("en", STORE_EN, "The store is open on public holidays.", false),
  g("en", STORE_EN, "Closed on public holidays.", true),
];
