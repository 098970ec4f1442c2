/** Hands-on: Exercício 1 (hello_world_prod), Projeto Hands-on e Dicas avançadas. */
import type { QuestionData } from "../schema.ts";

export const handsOn: QuestionData[] = [
  {
    id: "ho-trace-nao-aparece",
    source: "autoral",
    section: "hands-on",
    exercise: "hello-world-prod",
    prompt:
      "No Exercício 1, o script imprime a frase, mas às vezes o trace não aparece no LangSmith, mesmo com as variáveis certas. Qual é a causa mais provável num script curto?",
    options: [
      {
        text: "traceable só registra funções que chamam modelos da OpenAI",
        explanation:
          "traceable funciona com qualquer função: registra entradas, saídas e duração do que você envolver, seja Gemini, OpenAI ou uma função comum como um retriever.",
      },
      {
        text: "O LangSmith só guarda execuções que deram erro",
        explanation:
          "Execuções com sucesso são registradas do mesmo jeito; é assim que você compara latência, tokens e respostas boas e ruins.",
      },
      {
        text: "O processo termina antes de os traces, enviados em segundo plano, chegarem ao servidor",
        correct: true,
        explanation:
          "Os runs são enviados em lotes, em segundo plano, para não atrasar a sua aplicação. Num script que termina logo depois do print, o processo pode sair antes do envio. Espere os envios pendentes (flush) antes de sair, como o Exercício 1 faz com flushTraces().",
      },
      {
        text: "Falta definir temperature=0 no modelo",
        explanation: "Temperatura muda o quanto a resposta varia, não o envio de traces.",
      },
    ],
  },
  {
    id: "ho-o-que-traceable-faz",
    source: "autoral",
    section: "hands-on",
    exercise: "hello-world-prod",
    prompt: "O que `traceable` faz com a função `hello_chain` do Exercício 1?",
    options: [
      {
        text: "Registra cada chamada como um run no LangSmith, com entradas, saída, duração, erros e as etapas internas como runs filhos",
        correct: true,
        explanation:
          "traceable só observa: a função roda normalmente e cada execução vira um run. O prompt e a chamada ao modelo feitos lá dentro aparecem aninhados, então você vê a árvore completa de uma execução.",
      },
      {
        text: "Guarda a resposta em cache para a próxima chamada igual",
        explanation:
          "Quem guarda respostas é um cache (InMemoryCache, Redis…). Com traceable, a função é executada de novo a cada chamada.",
      },
      {
        text: "Repete a chamada automaticamente quando o modelo falha",
        explanation:
          "Retentativas ficam no cliente do modelo (maxRetries) ou no seu código. traceable registra a falha, mas não tenta de novo.",
      },
      {
        text: "Valida os tipos dos argumentos antes de executar a função",
        explanation:
          "Validação é trabalho de zod (ou pydantic, em Python). traceable aceita o que a função aceitar e apenas registra.",
      },
    ],
  },
  {
    id: "ho-validacao-entrada",
    source: "autoral",
    section: "hands-on",
    exercise: "rag-tracing",
    prompt:
      "As Dicas avançadas sugerem validar a pergunta com um modelo de dados (pydantic em Python, zod em TypeScript). O que essa validação garante?",
    options: [
      {
        text: "Que a pergunta não contém injeção de prompt",
        explanation:
          "Um texto bem formado pode muito bem conter “ignore as instruções anteriores”. Validação de formato é uma camada; detecção de injeção e conferência da saída são outras.",
      },
      {
        text: "Que o modelo vai responder corretamente",
        explanation:
          "Validar a entrada não diz nada sobre a qualidade da resposta; para isso existem avaliações, feedback e guardrails de saída.",
      },
      {
        text: "Que a chave de API é válida",
        explanation:
          "A chave é conferida pelo provedor na chamada (ou pela validação da configuração quando a aplicação sobe), não pelo modelo de dados da pergunta.",
      },
      {
        text: "Que a entrada tem o formato esperado (por exemplo, texto não vazio e com tamanho máximo), recusando o resto antes de gastar tokens",
        correct: true,
        explanation:
          "Um esquema define tipo, tamanho e campos obrigatórios. Pedidos fora dele são recusados logo (HTTP 400 com uma mensagem clara), sem chegar ao modelo: protege o orçamento e evita erros estranhos mais adiante.",
      },
    ],
  },
  {
    id: "ho-versoes-node",
    source: "autoral",
    section: "hands-on",
    exercise: "chatbot-producao",
    prompt:
      "O Projeto Hands-on sugere rodar o projeto em diferentes versões do Python (pyenv). Qual é o equivalente útil num projeto TypeScript como este workbook?",
    options: [
      {
        text: "Nada: TypeScript roda igual em qualquer versão do Node",
        explanation:
          "O TypeScript vira JavaScript, mas as APIs do Node e os requisitos das dependências mudam de uma versão para outra.",
      },
      {
        text: "Uma matriz de versões do Node no CI (por exemplo, 20 e 22), com a versão mínima declarada no projeto",
        correct: true,
        explanation:
          "Declarar a versão (engines no package.json, .nvmrc) e testar cada push em mais de uma versão mostra cedo quando uma dependência passa a exigir um Node mais novo. Várias bibliotecas deste capítulo, nas versões mais recentes, já pedem Node 22.",
      },
      {
        text: "Sempre instalar a versão mais nova (latest) de todas as dependências",
        explanation:
          "Versões novas podem exigir outro Node ou mudar APIs. Use lockfile (npm ci) e atualize de forma consciente, com o CI validando.",
      },
      {
        text: "Usar uma versão qualquer do Node na sua máquina, sem declarar nada no projeto",
        explanation:
          "Colegas e o CI podem estar em outra versão, e o erro aparece só lá. A versão esperada precisa estar escrita no projeto.",
      },
    ],
  },
];
