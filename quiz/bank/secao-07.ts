/** §7 Estudo de caso: chatbot em produção. */
import type { QuestionData } from "../schema.ts";

export const secao07: QuestionData[] = [
  {
    id: "s7-sigterm",
    source: "autoral",
    section: 7,
    exercise: "chatbot-producao",
    prompt: "Num deploy do chatbot, a plataforma envia SIGTERM ao container antigo. O que o servidor deve fazer?",
    options: [
      {
        text: "Sair imediatamente com process.exit()",
        explanation: "As requisições em andamento são cortadas (o usuário recebe erro) e os traces em memória se perdem.",
      },
      {
        text: "Parar de aceitar requisições novas, terminar as que estão em andamento, enviar os traces pendentes e então sair",
        correct: true,
        explanation:
          "Isso é graceful shutdown: o tráfego novo já vai para a versão nova e ninguém perde uma resposta no meio. Sem enviar os traces pendentes, as últimas conversas somem do LangSmith justamente na hora do deploy.",
      },
      {
        text: "Ignorar o sinal, para não perder nenhuma requisição",
        explanation:
          "A plataforma espera um prazo e depois mata o processo à força (SIGKILL): aí tudo é cortado de uma vez, e o deploy ainda demora mais.",
      },
      {
        text: "Reiniciar a si mesmo para carregar a versão nova",
        explanation:
          "Quem troca a versão é a plataforma, subindo containers novos com a imagem nova. O antigo só precisa encerrar bem.",
      },
    ],
  },
  {
    id: "s7-health-check",
    source: "autoral",
    section: 7,
    exercise: "chatbot-producao",
    prompt: "O chatbot precisa de um endpoint de health check. O que ele deve verificar?",
    options: [
      {
        text: "Chamar o modelo real a cada verificação, para garantir que tudo funciona",
        explanation:
          "Health checks rodam a cada poucos segundos em cada réplica; chamar o LLM em todos gera custo e 429, e o serviço cai por causa da própria verificação.",
      },
      {
        text: "Nada: sempre responder 200, para a plataforma não reiniciar o container",
        explanation:
          "Um health check que nunca falha não informa nada: um processo travado continuaria recebendo tráfego e o rollback automático ficaria sem sinal.",
      },
      {
        text: "Devolver as chaves de API carregadas, para conferir a configuração",
        explanation:
          "Nunca exponha segredos num endpoint; no máximo, informe se cada configuração está presente (sim ou não).",
      },
      {
        text: "Que o processo está vivo e pronto para atender (configuração carregada, dependências essenciais como o Redis acessíveis), de forma rápida e sem gastar chamadas ao LLM",
        correct: true,
        explanation:
          "Separe “estou vivo” (liveness) de “posso receber tráfego” (readiness). A saúde do provedor do modelo se acompanha pelas métricas de erro e latência das chamadas reais.",
      },
    ],
  },
  {
    id: "s7-alerta-de-custo",
    source: "autoral",
    section: 7,
    exercise: "metricas-feedback",
    prompt: "O passo 3 do estudo de caso é “monitorar latência e custo”. Como perceber um gasto fora do normal antes de a fatura chegar?",
    options: [
      {
        text: "Contar tokens por modelo numa métrica, converter em custo com a tabela de preços e alertar quando o gasto por hora passar de um limite",
        correct: true,
        explanation:
          "Um contador de tokens (com labels de modelo e de tipo, entrada ou saída) vezes o preço dá o custo em tempo real. Um alerta sobre a taxa de gasto pega um laço de retentativas ou um abuso em minutos, e não no fim do mês.",
      },
      {
        text: "Conferir a fatura no fim do mês",
        explanation: "Quando a fatura chega, o prejuízo já aconteceu. Custo precisa ser uma métrica acompanhada como a latência.",
      },
      {
        text: "Limitar o número de usuários cadastrados",
        explanation:
          "O gasto depende de tokens por chamada e de chamadas por usuário; um único cliente com defeito pode gastar mais do que todos os outros.",
      },
      {
        text: "Desligar o tracing para economizar",
        explanation:
          "O tracing não é cobrado pelo provedor do modelo, e é ele que mostra quais chamadas estão caras.",
      },
    ],
  },
];
