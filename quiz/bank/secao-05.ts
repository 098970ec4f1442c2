/**
 * §5 Otimização de custo e desempenho: custo por token, cache, quantização.
 * Prices: USD per 1M tokens, checked 2026-11-24 (gemini-2.5-flash 0.30 in / 2.50 out;
 * gpt-4o-mini 0.15 in / 0.60 out). If they change, update the numbers AND the explanations.
 */
import type { QuestionData } from "../schema.ts";

export const secao05: QuestionData[] = [
  {
    id: "s5-custo-gemini",
    source: "autoral",
    section: 5,
    exercise: "cache-custo",
    prompt:
      "Um serviço faz 1 000 chamadas ao gemini-2.5-flash, cada uma com 2 000 tokens de entrada e 500 de saída. A US$ 0,30 por milhão de tokens de entrada e US$ 2,50 por milhão de saída, quanto custa?",
    options: [
      {
        text: "US$ 0,75",
        explanation:
          "Esse valor cobra os 2,5 milhões de tokens pelo preço de entrada. A saída é cobrada à parte, e é bem mais cara.",
      },
      {
        text: "US$ 1,85",
        correct: true,
        explanation:
          "Entrada: 1 000 × 2 000 = 2 milhões de tokens × US$ 0,30 = US$ 0,60. Saída: 1 000 × 500 = 500 mil tokens × US$ 2,50 por milhão = US$ 1,25. Total: US$ 1,85. Repare que a saída, com um quarto dos tokens, custa o dobro da entrada.",
      },
      {
        text: "US$ 5,15",
        explanation:
          "Aqui os preços foram trocados (entrada a 2,50 e saída a 0,30). Confira sempre qual preço vale para cada lado.",
      },
      {
        text: "US$ 6,25",
        explanation: "Esse valor cobra todos os tokens pelo preço de saída; tokens de entrada têm preço próprio, bem menor.",
      },
    ],
  },
  {
    id: "s5-custo-gpt-4o-mini",
    source: "autoral",
    section: 5,
    exercise: "cache-custo",
    prompt:
      "A mesma carga (2 milhões de tokens de entrada e 500 mil de saída) no gpt-4o-mini, a US$ 0,15 por milhão de entrada e US$ 0,60 por milhão de saída, custa quanto?",
    options: [
      {
        text: "US$ 0,375",
        explanation:
          "Isso cobra os 2,5 milhões de tokens pelo preço de entrada e esquece que a saída custa 4 vezes mais.",
      },
      {
        text: "US$ 1,50",
        explanation: "Isso cobra todos os tokens pelo preço de saída.",
      },
      {
        text: "US$ 1,85",
        explanation:
          "Esse é o custo no gemini-2.5-flash, com outra tabela de preços. Cada modelo tem seus próprios preços por milhão de tokens.",
      },
      {
        text: "US$ 0,60",
        correct: true,
        explanation:
          "Entrada: 2 × US$ 0,15 = US$ 0,30. Saída: 0,5 × US$ 0,60 = US$ 0,30. Total: US$ 0,60. Comparar modelos só é justo com a mesma carga, separando entrada de saída, e conferindo se a qualidade atende.",
      },
    ],
  },
  {
    id: "s5-saida-mais-cara",
    source: "autoral",
    section: 5,
    exercise: "cache-custo",
    prompt:
      "No gemini-2.5-flash, a saída custa US$ 2,50 e a entrada US$ 0,30 por milhão de tokens. Onde cortar tokens costuma render mais economia?",
    options: [
      {
        text: "Na saída: cada token de resposta custa mais de 8 vezes um token de entrada, então limitar o tamanho da resposta pesa muito",
        correct: true,
        explanation:
          "2,50 ÷ 0,30 ≈ 8,3: cada token de saída economizado vale uns 8 de entrada. Limite a resposta (maxOutputTokens, instruções de concisão). Mas olhe a sua carga real: com prompts enormes (RAG com muitos documentos), a entrada pode dominar a conta mesmo sendo mais barata por token.",
      },
      {
        text: "Na entrada, porque os tokens de entrada são os mais caros",
        explanation: "Com esses preços é o contrário: a entrada é a parte barata.",
      },
      {
        text: "Em nenhum dos dois: o preço é por chamada, não por token",
        explanation:
          "Esses modelos são cobrados por token, separando entrada e saída. Por isso o tamanho do prompt e da resposta mexe direto na fatura.",
      },
      {
        text: "Trocando para streaming, que cobra só os tokens exibidos",
        explanation: "Streaming não muda a cobrança: todos os tokens gerados são cobrados como em qualquer chamada.",
      },
    ],
  },
  {
    id: "s5-cache-perde-contexto",
    source: "autoral",
    section: 5,
    exercise: "cache-custo",
    prompt: "As tabelas do capítulo dizem que o cache “pode perder contexto”. O que isso significa na prática?",
    options: [
      {
        text: "Que o cache aumenta o custo de cada chamada",
        explanation: "Um acerto de cache evita a chamada ao modelo e reduz o custo. O risco está na resposta, não no preço.",
      },
      {
        text: "Que o cache apaga o histórico da conversa do usuário",
        explanation:
          "O cache guarda respostas e não mexe no histórico. O problema é ele ignorar o histórico ao decidir se duas chamadas são iguais.",
      },
      {
        text: "Que uma resposta guardada pode ser devolvida quando já não serve (histórico, usuário, data ou dados mudaram), se essas coisas não fizerem parte da chave do cache",
        correct: true,
        explanation:
          "O cache só compara chaves. A chave precisa incluir tudo o que muda a resposta: o prompt completo já formatado (com o histórico), o modelo e os parâmetros. Respostas que dependem de dados que mudam precisam de prazo de validade (TTL).",
      },
      {
        text: "Que o cache só funciona com temperature=0",
        explanation:
          "Funciona com qualquer temperatura; com temperatura alta, porém, ele congela uma das respostas possíveis e devolve sempre a mesma, o que pode ser ou não o que você quer.",
      },
    ],
  },
  {
    id: "s5-cache-acerto",
    source: "autoral",
    section: 5,
    exercise: "cache-custo",
    prompt: "Com `InMemoryCache` ligado no modelo, você faz duas chamadas `invoke` idênticas seguidas. O que acontece na segunda?",
    options: [
      {
        text: "Ela vai ao provedor de novo, mas paga só metade dos tokens",
        explanation: "Um acerto de cache nem chega ao provedor, então não há cobrança nenhuma, nem parcial.",
      },
      {
        text: "Ela volta da memória do processo quase na hora, sem chamar o provedor e sem tokens cobrados",
        correct: true,
        explanation:
          "O LangChain encontra a mesma chave (prompt + configuração do modelo) e devolve a mensagem guardada, com o uso de tokens zerado. É assim que o exercício de cache mostra latência e custo caindo.",
      },
      {
        text: "Ela continua vindo do cache mesmo depois de reiniciar o servidor",
        explanation:
          "InMemoryCache vive na memória do processo: reiniciou, esvaziou. Para sobreviver a reinícios é preciso um cache externo, como Redis.",
      },
      {
        text: "Ela só usaria o cache se fosse feita com .stream()",
        explanation:
          "É quase o contrário: no LangChain.js, .stream() não consulta o cache; invoke e batch consultam. Um detalhe que costuma surpreender em medições.",
      },
    ],
  },
  {
    id: "s5-cache-replicas",
    source: "autoral",
    section: 5,
    exercise: "cache-custo",
    prompt: "Sua API roda em 3 réplicas, cada uma com o seu `InMemoryCache`. Qual é a consequência?",
    options: [
      {
        text: "As réplicas sincronizam o cache entre si automaticamente",
        explanation: "Não há sincronização: cada processo tem a sua própria memória.",
      },
      {
        text: "O cache passa a ter 3 vezes mais acertos",
        explanation: "É o contrário: cada réplica só acerta o que ela mesma já viu.",
      },
      {
        text: "O LangChain recusa InMemoryCache quando há mais de uma réplica",
        explanation: "O LangChain nem sabe quantas réplicas existem; funciona, só que com caches separados.",
      },
      {
        text: "Cada réplica tem o seu cache: a mesma pergunta pode ser paga até 3 vezes e tudo se perde a cada deploy; para compartilhar, usa-se um cache externo como Redis",
        correct: true,
        explanation:
          "Cache em memória é local ao processo. Ainda ajuda, mas a taxa de acerto cai com o número de réplicas e zera a cada reinício. Um cache compartilhado resolve isso, ao custo de uma ida à rede e de mais um serviço para operar.",
      },
    ],
  },
  {
    id: "s5-quantizacao",
    source: "autoral",
    section: 5,
    exercise: "cache-custo",
    prompt:
      "O capítulo cita quantização de modelos (por exemplo, WeightOnlyQuantConfig). Ela reduz o custo de uma aplicação que usa o gemini-2.5-flash pela API?",
    options: [
      {
        text: "Sim: quantizar reduz o preço por token cobrado pelo Google",
        explanation:
          "O preço por token é definido pelo provedor, e o modelo roda na infraestrutura dele: não há como você quantizá-lo.",
      },
      {
        text: "Não: quantização vale para modelos que você mesmo hospeda (menos memória, com possível perda de precisão); numa API você paga por token e o modelo roda no provedor",
        correct: true,
        explanation:
          "Para quem usa API, as alavancas de custo são outras: escolher o modelo, encurtar prompts e respostas, cache e batch. Quantização entra em cena quando você roda um modelo aberto na sua própria GPU ou CPU.",
      },
      {
        text: "Sim, desde que você quantize o prompt antes de enviar",
        explanation: "Quantização age sobre os pesos do modelo (números com menos bits), não sobre o texto do prompt.",
      },
      {
        text: "Não, porque quantização sempre deixa o modelo mais lento",
        explanation:
          "Em geral ela deixa o modelo mais leve e rápido. O motivo de não se aplicar aqui é outro: o modelo não roda com você.",
      },
    ],
  },
];
