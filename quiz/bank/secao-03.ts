/** §3 Observabilidade: tracing com LangSmith, métricas Prometheus e feedback. */
import type { QuestionData } from "../schema.ts";

export const secao03: QuestionData[] = [
  {
    id: "s3-sem-chave-langsmith",
    source: "autoral",
    section: 3,
    exercise: "hello-world-prod",
    prompt: "Você definiu `LANGSMITH_TRACING=true`, mas esqueceu a `LANGSMITH_API_KEY`. O que acontece com a aplicação?",
    options: [
      {
        text: "Ela para com erro na primeira chamada ao modelo",
        explanation:
          "O envio de traces acontece em segundo plano, separado da chamada ao modelo; uma falha nele gera avisos, não derruba a chain.",
      },
      {
        text: "O LangSmith usa a chave do Gemini ou da OpenAI no lugar",
        explanation:
          "Cada serviço tem a sua chave; o SDK do LangSmith não reaproveita chaves dos provedores de modelo.",
      },
      {
        text: "Ela continua respondendo, mas o LangSmith não aceita os traces e nada aparece no painel",
        correct: true,
        explanation:
          "A chave autentica o envio dos runs. Sem ela, o modelo responde normalmente e os traces são recusados (no máximo você vê avisos no console). É a causa número um de “o trace não aparece”: confira as duas variáveis.",
      },
      {
        text: "Os traces ficam guardados e são enviados quando você configurar a chave",
        explanation:
          "Os runs ficam só na memória do processo enquanto são enviados; o que for recusado se perde quando o processo termina.",
      },
    ],
  },
  {
    id: "s3-arvore-rag",
    source: "autoral",
    section: 3,
    exercise: "rag-tracing",
    prompt:
      "No `rag_tracing` do livro, `retriever` e `rag` usam `@traceable` e o cliente OpenAI é envolvido com `wrap_openai`. Como o trace aparece no LangSmith?",
    options: [
      {
        text: "Um run raiz `rag` com dois filhos: `retriever` e a chamada ao gpt-4o-mini (com mensagens e tokens)",
        correct: true,
        explanation:
          "Funções traceable chamadas dentro de outra viram filhas dela, e wrap_openai registra cada chamada ao cliente como um run de LLM. Numa única árvore você vê o que foi recuperado, o prompt que chegou ao modelo, a resposta, os tokens e o tempo de cada etapa.",
      },
      {
        text: "Três traces separados, sem relação entre si",
        explanation: "O contexto de execução liga os runs: o que é chamado dentro de rag fica aninhado sob rag.",
      },
      {
        text: "Só a chamada ao modelo, porque o retriever não usa LLM",
        explanation: "traceable registra qualquer função, com ou sem LLM; o retriever aparece como um run próprio.",
      },
      {
        text: "Um único run com a resposta final, sem as etapas internas",
        explanation:
          "Isso aconteceria se só rag fosse registrado. Com o retriever traceable e o cliente envolvido, as etapas internas aparecem como filhas.",
      },
    ],
  },
  {
    id: "s3-p95",
    source: "autoral",
    section: 3,
    exercise: "metricas-feedback",
    prompt: "Por que acompanhar a latência p95 (ou p99), e não só a média?",
    options: [
      {
        text: "Porque o p95 é sempre menor que a média e fica melhor no relatório",
        explanation:
          "O p95 costuma ser maior que a média: é o valor abaixo do qual ficam 95% das requisições, então ele mostra as mais lentas.",
      },
      {
        text: "Porque o Prometheus não consegue calcular médias",
        explanation:
          "Dá para calcular a média com soma e contagem (o histograma expõe _sum e _count). O ponto é que a média sozinha engana.",
      },
      {
        text: "Porque o p95 mede o custo em dólares das chamadas",
        explanation:
          "p95 é um percentil (de latência, aqui). Custo se acompanha com contadores de tokens multiplicados pelo preço.",
      },
      {
        text: "Porque a média esconde a cauda: poucas requisições muito lentas afetam usuários reais e quase não mexem na média",
        correct: true,
        explanation:
          "Com LLMs, a latência varia muito (tamanho da resposta, fila do provedor, retentativas). O p95 responde “quanto espera o usuário azarado”, que é o que gera reclamação e o que os alertas devem vigiar.",
      },
    ],
  },
  {
    id: "s3-histograma",
    source: "autoral",
    section: 3,
    exercise: "metricas-feedback",
    prompt: "Para medir a latência das chamadas ao modelo com Prometheus e calcular o p95, que tipo de métrica usar?",
    options: [
      {
        text: "Um Counter com a soma das latências",
        explanation:
          "Counter só cresce e dá totais e taxas. Com a soma dá para tirar a média, mas não a distribuição, então não há p95.",
      },
      {
        text: "Um Gauge com a latência da última chamada",
        explanation:
          "Gauge guarda um valor atual; entre duas coletas do Prometheus podem acontecer centenas de chamadas, e só a última seria vista.",
      },
      {
        text: "Um Histogram, com buckets que cubram a faixa real de latência (por exemplo, de 0,1 s a 30 s)",
        correct: true,
        explanation:
          "O histograma conta quantas observações caem em cada faixa (bucket) e pode ser somado entre réplicas; no Prometheus, histogram_quantile(0.95, …) estima o p95. Os buckets precisam cobrir a faixa de uma chamada a LLM, que vai de décimos de segundo a dezenas de segundos.",
      },
      {
        text: "Um label `latencia_ms` com o valor medido em cada chamada",
        explanation:
          "Cada valor diferente de label cria uma série temporal nova. Latência como label explode a cardinalidade e não permite calcular percentis.",
      },
    ],
  },
  {
    id: "s3-cardinalidade",
    source: "autoral",
    section: 3,
    exercise: "metricas-feedback",
    prompt: "Um colega quer pôr o `user_id` e o texto da pergunta como labels da métrica de latência. Qual é o problema?",
    options: [
      {
        text: "O Prometheus não aceita texto em labels",
        explanation: "Labels são textos; o problema não é o tipo, é a quantidade de valores diferentes.",
      },
      {
        text: "Nenhum, desde que a métrica seja um histograma",
        explanation:
          "Num histograma é ainda pior: cada combinação de labels multiplica todas as séries dos buckets.",
      },
      {
        text: "Labels só mudam a cor dos gráficos no Grafana",
        explanation:
          "Labels fazem parte da identidade da série no Prometheus; servem para filtrar e agregar, e cada valor novo tem custo de armazenamento.",
      },
      {
        text: "Cada combinação de valores de labels vira uma série temporal: valores ilimitados explodem a cardinalidade, consumindo memória e deixando as consultas lentas",
        correct: true,
        explanation:
          "Use labels de conjuntos pequenos e fixos (modelo, rota, status, tipo de erro). Detalhes por usuário ou por pergunta ficam em logs e traces. E o texto da pergunta ainda pode conter dados pessoais.",
      },
    ],
  },
  {
    id: "s3-tokens-streaming",
    source: "autoral",
    section: 3,
    exercise: "metricas-feedback",
    prompt:
      "O painel mostra 0 tokens para as respostas em streaming, mas a fatura continua subindo. Qual é a causa mais provável?",
    options: [
      {
        text: "No streaming, o provedor só informa o uso de tokens quando você pede (OpenAI: stream_options.include_usage; LangChain: streamUsage), e a métrica conta a ausência como 0",
        correct: true,
        explanation:
          "Sem o total enviado no último pedaço da resposta, o callback não tem o que somar. Peça o uso no streaming e teste a métrica justamente com chamadas em streaming, as mais comuns num chatbot.",
      },
      {
        text: "Respostas em streaming não são cobradas",
        explanation:
          "Streaming só muda a forma como a resposta chega; os tokens de entrada e de saída são cobrados do mesmo jeito.",
      },
      {
        text: "O Prometheus descarta valores pequenos",
        explanation:
          "O Prometheus guarda o que você registra. Se o contador ficou parado, foi o código que não somou nada.",
      },
      {
        text: "Não há como contar tokens quando a resposta chega em pedaços",
        explanation:
          "Há: quando solicitado, o provedor envia o total num pedaço final, e também é possível contar com um tokenizador.",
      },
    ],
  },
  {
    id: "s3-feedback",
    source: "autoral",
    section: 3,
    exercise: "metricas-feedback",
    prompt:
      "Para que serve `client.create_feedback(run_id, key=\"user_feedback\", score=1, comment=...)` no LangSmith?",
    options: [
      {
        text: "Para retreinar o modelo automaticamente com a resposta aprovada",
        explanation:
          "O feedback fica registrado no LangSmith; nenhum modelo é retreinado sozinho. Você pode usar esses dados depois, por exemplo para montar conjuntos de avaliação.",
      },
      {
        text: "Para associar uma avaliação (nota e comentário) a um run específico e acompanhar a qualidade em produção",
        correct: true,
        explanation:
          "Com o feedback ligado aos runs, você filtra as conversas mal avaliadas, abre o trace de cada uma e mede a qualidade ao longo do tempo (antes e depois de trocar o prompt, por exemplo). A key agrupa o tipo de avaliação; o score é a nota.",
      },
      {
        text: "Para enviar o comentário do usuário ao provedor do modelo",
        explanation: "O feedback vai para o LangSmith, junto do seu run; o Google ou a OpenAI não recebem nada.",
      },
      {
        text: "Para substituir o tracing, já que o feedback também registra a conversa",
        explanation:
          "O feedback é uma anotação sobre um run que já existe; sem o trace, não há a que associá-lo.",
      },
    ],
  },
  {
    id: "s3-feedback-run-id",
    source: "autoral",
    section: 3,
    exercise: "metricas-feedback",
    prompt:
      "O usuário clica em “gostei” minutos depois de receber a resposta. Como o backend sabe a qual run associar esse feedback?",
    options: [
      {
        text: "O LangSmith associa o feedback sozinho ao último run do projeto",
        explanation:
          "Com vários usuários ao mesmo tempo, “o último run” é de outra pessoa. Não existe associação automática: você informa o run_id.",
      },
      {
        text: "Busca no LangSmith um run com o mesmo texto de pergunta",
        explanation:
          "Perguntas se repetem entre usuários, e buscar por texto é lento e frágil. Guarde o id na hora.",
      },
      {
        text: "Usa a chave de API do LangSmith como id do run",
        explanation:
          "A chave identifica a sua conta, é a mesma em todos os runs e, principalmente, nunca pode ir para o frontend.",
      },
      {
        text: "Guarda o id do run quando a resposta é gerada (por exemplo, com getCurrentRunTree() dentro da função traceable), devolve-o ao frontend e usa esse id no createFeedback",
        correct: true,
        explanation:
          "O feedback precisa do run_id certo. O jeito confiável é capturá-lo no momento da chamada e mandá-lo junto com a resposta, para o botão enviá-lo de volta ao backend.",
      },
    ],
  },
];
