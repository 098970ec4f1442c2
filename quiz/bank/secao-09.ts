/** §9 Tabelas, fluxogramas e recursos visuais. */
import type { QuestionData } from "../schema.ts";

export const secao09: QuestionData[] = [
  {
    id: "s9-auditoria",
    source: "autoral",
    section: 9,
    exercise: "rag-tracing",
    prompt:
      "Pela tabela comparativa do §9, qual estratégia atende a um pedido de auditoria: “mostre o que o modelo recebeu e respondeu nesta conversa de ontem”?",
    options: [
      {
        text: "Guardrails",
        explanation:
          "Guardrails bloqueiam PII e alucinação no momento da chamada; eles não guardam o histórico do que aconteceu.",
      },
      {
        text: "Docker/CI/CD",
        explanation: "Docker e CI/CD tratam de como o código chega à produção, não do que aconteceu em cada conversa.",
      },
      {
        text: "Tracing com LangSmith",
        correct: true,
        explanation:
          "A tabela associa tracing a “debugging, auditoria”: cada run registra entradas, saídas, tempos e erros, e pode ser encontrado depois. Justamente por isso, o trace precisa estar livre de dados pessoais e de segredos.",
      },
      {
        text: "Cache de respostas",
        explanation:
          "O cache guarda respostas para reaproveitar, sem saber quem perguntou nem quando, e pode ser esvaziado a qualquer momento.",
      },
    ],
  },
  {
    id: "s9-trade-offs",
    source: "autoral",
    section: 9,
    exercise: "batch-paralelismo-filas",
    prompt: "Nas tabelas de estratégias do capítulo, qual par benefício / trade-off está correto?",
    options: [
      {
        text: "Rate limiting: mais rápido / complexidade",
        explanation:
          "Rate limiting evita bloqueios ao custo de latência aumentada. “Mais rápido / complexidade” é o par do paralelismo.",
      },
      {
        text: "Cache: menos memória / possível perda de precisão",
        explanation: "Esse é o par da quantização. O cache dá menos custo, com o risco de perder contexto.",
      },
      {
        text: "Batch: evita bloqueios / pode perder contexto",
        explanation:
          "Batch é “mais rápido / respostas menos personalizadas”. “Evita bloqueios” é do rate limiting e “pode perder contexto” é do cache.",
      },
      {
        text: "Filas de mensagens: controle de fluxo / latência variável",
        correct: true,
        explanation:
          "A fila regula o ritmo de processamento (controle de fluxo), e o tempo até a resposta passa a depender de quantos trabalhos estão na frente (latência variável).",
      },
    ],
  },
  {
    id: "s9-ciclo-de-producao",
    source: "autoral",
    section: 9,
    exercise: "deploy-docker-ci",
    prompt:
      "No fluxograma do ciclo de produção, por que “Escrever testes” e “Ativar logs/tracing” vêm antes de “Deploy (Docker/CI/CD)”?",
    options: [
      {
        text: "Porque o docker build exige testes para construir a imagem",
        explanation: "docker build não roda testes; quem faz isso é o pipeline de CI que você configura.",
      },
      {
        text: "Porque achar defeitos antes dos usuários é mais barato e, quando algo escapar, os traces precisam existir desde a primeira versão em produção",
        correct: true,
        explanation:
          "Testes barram defeitos conhecidos antes do deploy; tracing e logs explicam os desconhecidos depois dele. Sem os dois, o passo 6 (monitorar e otimizar) não tem dados e o deploy automático não tem rede de proteção.",
      },
      {
        text: "Porque o tracing só pode ser ligado antes do primeiro deploy",
        explanation:
          "Pode ser ligado a qualquer momento, mas cada deploy sem ele é um período em que você não vê o que acontece.",
      },
      {
        text: "A ordem é indiferente; é só uma sugestão de leitura",
        explanation:
          "O ciclo reflete dependências reais: não dá para monitorar sem dados nem confiar num deploy automático sem testes.",
      },
    ],
  },
];
