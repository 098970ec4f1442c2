/** §1 Introdução: desafios de produção com LangChain. */
import type { QuestionData } from "../schema.ts";

export const secao01: QuestionData[] = [
  {
    id: "s1-prototipo-vs-producao",
    source: "autoral",
    section: 1,
    exercise: "chatbot-producao",
    prompt: "O que mais diferencia um protótipo de uma aplicação LangChain em produção?",
    options: [
      {
        text: "Usar um modelo maior: qualidade da resposta resolve os problemas de produção",
        explanation:
          "Um modelo maior costuma ser mais caro e mais lento, e continua sujeito a 429, timeouts e injeção de prompt. Qualidade de resposta é só uma das dimensões; o capítulo trata de robustez, observabilidade, segurança e escala.",
      },
      {
        text: "Lidar com falhas do provedor, picos de uso, custo, dados sensíveis e com o diagnóstico de cada chamada",
        correct: true,
        explanation:
          "No notebook, uma chamada que falha é só executada de novo. Com usuários reais, você precisa de retentativas com limite, controle de ritmo, orçamento, proteção de chaves e de dados pessoais e traces para explicar o que aconteceu. É a “máquina industrial” da introdução do capítulo.",
      },
      {
        text: "Nada muda: o LangChain já faz retentativas, cache, segurança e monitoramento sem configuração",
        explanation:
          "O LangChain oferece peças (retentativas no cliente do modelo, cache, callbacks, integração com o LangSmith), mas quase todas precisam ser ligadas e ajustadas, e a segurança de entradas e saídas é responsabilidade da sua aplicação.",
      },
      {
        text: "Desligar logs e traces para responder mais rápido",
        explanation:
          "O envio de traces é assíncrono e custa pouco. Sem eles você não consegue explicar uma resposta errada, uma lentidão ou um gasto fora do normal: em produção eles ficam mais importantes, não menos.",
      },
    ],
  },
  {
    id: "s1-provedor-instavel",
    source: "autoral",
    section: 1,
    exercise: "retry-rate-limit",
    prompt: "O provedor do modelo fica instável por alguns minutos (erros 503). O que uma aplicação bem preparada faz?",
    options: [
      {
        text: "Retenta indefinidamente até o provedor voltar, segurando a requisição do usuário",
        explanation:
          "Sem limite, as requisições se acumulam, conexões e memória se esgotam e o usuário espera para sempre. Retentativas precisam de um teto de tentativas e de um prazo total.",
      },
      {
        text: "Devolve ao usuário a mensagem de erro do provedor, com o stack trace completo",
        explanation:
          "Além de não ajudar o usuário, o stack trace pode expor detalhes internos (caminhos, versões, trechos de configuração). O detalhe vai para logs e traces; o usuário recebe uma mensagem curta.",
      },
      {
        text: "Desliga o tracing para aliviar o provedor",
        explanation:
          "Os traces vão para o LangSmith, não para o provedor do modelo: desligá-los não alivia ninguém e apaga justamente o registro do incidente.",
      },
      {
        text: "Retenta com backoff até um limite, falha com uma mensagem amigável quando o limite estoura e deixa métricas e alertas avisarem a equipe",
        correct: true,
        explanation:
          "503 é um erro transitório, então vale retentar, mas com espera crescente e um limite. Passado o limite, falhar rápido e com clareza é melhor do que travar. As métricas de erro mostram o incidente para a equipe enquanto ele acontece.",
      },
    ],
  },
];
