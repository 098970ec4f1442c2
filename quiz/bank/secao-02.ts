// size: dados — as perguntas da seção §2 do livro, num só array (um arquivo por seção do banco).
/** §2 Escalabilidade: rate limiting, retentativas, paralelismo (batch) e filas. */
import type { QuestionData } from "../schema.ts";

export const secao02: QuestionData[] = [
  {
    id: "s2-retry-after",
    source: "autoral",
    section: 2,
    exercise: "retry-rate-limit",
    prompt: "Uma chamada ao modelo volta com HTTP 429 e o cabeçalho `Retry-After: 20`. O que o seu código de retentativa deve fazer?",
    options: [
      {
        text: "Tentar de novo imediatamente, para não perder tempo",
        explanation:
          "O 429 diz que você já passou do limite; repetir na hora só gera outro 429 e pode prolongar o bloqueio. Insistir sem esperar é exatamente o que o rate limiting quer impedir.",
      },
      {
        text: "Esperar pelo menos 20 segundos antes da próxima tentativa, respeitando o limite de tentativas e o prazo total",
        correct: true,
        explanation:
          "Retry-After é o provedor dizendo quando vale a pena voltar (em segundos ou como data HTTP). Use esse valor no lugar do backoff calculado quando ele for maior. Se a espera pedida estourar o seu prazo total, é melhor falhar já com uma mensagem clara do que segurar o usuário.",
      },
      {
        text: "Tratar como erro permanente e nunca retentar um 429",
        explanation:
          "429 é o exemplo clássico de erro transitório: a mesma requisição funciona depois da janela de limite. Desistir na hora desperdiça uma chamada que teria sucesso.",
      },
      {
        text: "Trocar para outra chave de API para escapar do limite",
        explanation:
          "Revezar chaves para burlar limites costuma violar os termos do provedor e só adia o problema. O caminho é respeitar a espera e controlar o ritmo das chamadas.",
      },
    ],
  },
  {
    id: "s2-jitter",
    source: "autoral",
    section: 2,
    exercise: "retry-rate-limit",
    prompt: "Por que se adiciona jitter (um atraso aleatório) ao backoff exponencial?",
    options: [
      {
        text: "Para deixar o tempo de espera previsível e fácil de testar",
        explanation:
          "Jitter faz o oposto: torna a espera aleatória. Para testar, injeta-se o gerador de números aleatórios (ou o relógio), sem tirar o jitter de produção.",
      },
      {
        text: "Para aumentar o número de tentativas antes de desistir",
        explanation:
          "O número de tentativas é outro parâmetro (max_retries). O jitter muda quando cada tentativa acontece, não quantas são.",
      },
      {
        text: "Para que muitos clientes que falharam juntos não voltem todos no mesmo instante e derrubem o serviço de novo",
        correct: true,
        explanation:
          "Sem jitter, todos os clientes que receberam erro no mesmo segundo esperam os mesmos 1 s, 2 s, 4 s… e batem juntos no provedor a cada rodada (efeito manada). Sortear a espera, por exemplo entre zero e o valor do backoff, espalha as tentativas e aumenta a chance de sucesso.",
      },
      {
        text: "Para reduzir os tokens cobrados em cada retentativa",
        explanation:
          "Cada tentativa envia o mesmo prompt e é cobrada igual se for processada; o momento da tentativa não muda o preço por token.",
      },
    ],
  },
  {
    id: "s2-calculo-backoff",
    source: "autoral",
    section: 2,
    exercise: "retry-rate-limit",
    prompt:
      "No `call_llm_with_retry` do livro, `initial_delay=1` e a espera é `initial_delay * (2 ** i)`, com `i` começando em 0. Quais são as esperas depois da 1ª, da 2ª e da 3ª falha?",
    options: [
      {
        text: "1 s, 1 s e 1 s",
        explanation: "Isso seria uma espera fixa. O fator 2 ** i dobra a espera a cada falha.",
      },
      {
        text: "2 s, 4 s e 8 s",
        explanation:
          "Seria o caso se i começasse em 1. Com range(max_retries), o primeiro i é 0, e 2 ** 0 = 1.",
      },
      {
        text: "1 s, 2 s e 3 s",
        explanation: "Isso é crescimento linear (somar 1 a cada vez). O backoff exponencial multiplica por 2.",
      },
      {
        text: "1 s, 2 s e 4 s",
        correct: true,
        explanation:
          "i vale 0, 1 e 2 nas três primeiras falhas: 1 × 2⁰ = 1, 1 × 2¹ = 2 e 1 × 2² = 4. Como a espera dobra a cada falha, um código real põe um teto (por exemplo, 30 s) e jitter.",
      },
    ],
  },
  {
    id: "s2-retry-qualquer-erro",
    source: "autoral",
    section: 2,
    exercise: "retry-rate-limit",
    prompt: "O `call_llm_with_retry` do livro retenta em qualquer `Exception`. Qual é o problema disso?",
    options: [
      {
        text: "Erros permanentes, como 400 (requisição inválida) ou 401 (chave errada), também são repetidos, gastando tempo sem chance de sucesso",
        correct: true,
        explanation:
          "Só vale repetir o que pode dar certo na próxima vez: 429, erros 5xx transitórios (500, 502, 503, 504), timeouts e falhas de rede. Um 400 ou um 401 volta igual em todas as tentativas, e o usuário espera 1 + 2 + 4 + 8 + 16 s por um erro que já era conhecido no primeiro segundo.",
      },
      {
        text: "Nenhum: retentar todos os erros é sempre o mais seguro",
        explanation:
          "Retentar erros permanentes só atrasa a falha e consome cota. E um erro causado por bug seu vira um laço lento que esconde a causa.",
      },
      {
        text: "O problema é que um 429 nunca deveria ser retentado",
        explanation:
          "429 é justamente um dos erros que mais vale retentar, depois de esperar (de preferência o tempo indicado em Retry-After).",
      },
      {
        text: "Em Python não é possível capturar exceções dentro de um laço for",
        explanation: "É possível, como o próprio exemplo mostra. O problema é o que se captura, não onde.",
      },
    ],
  },
  {
    id: "s2-espera-inutil",
    source: "autoral",
    section: 2,
    exercise: "retry-rate-limit",
    prompt: "No `call_llm_with_retry` do livro (`max_retries=5`), o que acontece depois da 5ª e última falha?",
    options: [
      {
        text: "A exceção é lançada na hora",
        explanation:
          "O sleep está dentro do except, então roda também na última volta do laço. Só depois de dormir o laço termina e a exceção é lançada.",
      },
      {
        text: "O laço recomeça do zero, indefinidamente",
        explanation: "range(max_retries) termina depois de 5 voltas; não há recomeço. Depois do laço vem o raise.",
      },
      {
        text: "O código ainda dorme 16 s antes de lançar a exceção, uma espera que não serve para nada",
        correct: true,
        explanation:
          "Na última volta, i = 4 e delay = 1 × 2⁴ = 16: o código imprime “Retentando em 16s...” e dorme, mas não há próxima tentativa. O certo é esperar só quando ainda houver tentativa pela frente, e incluir o erro original na exceção final.",
      },
      {
        text: "A função devolve None silenciosamente",
        explanation:
          "Depois do laço há um raise Exception(...), então ela falha com exceção. Mas repare que a mensagem final perde o erro original, outro ponto a melhorar.",
      },
    ],
  },
  {
    id: "s2-retentativas-empilhadas",
    source: "autoral",
    section: 2,
    exercise: "retry-rate-limit",
    prompt:
      "Você envolve um modelo LangChain, que por padrão já faz até 6 retentativas (7 tentativas), no seu próprio laço de 5 tentativas. Com um erro 500 que não passa, quantas chamadas chegam ao provedor no pior caso?",
    options: [
      {
        text: "5, porque o LangChain desliga as próprias retentativas quando existe um laço por fora",
        explanation:
          "O cliente do modelo não sabe do seu laço; cada chamada sua dispara de novo todas as tentativas internas dele.",
      },
      {
        text: "12 (5 + 7)",
        explanation:
          "As camadas não se somam, se multiplicam: cada uma das suas 5 tentativas é uma chamada completa ao modelo, com as suas 7 tentativas internas.",
      },
      {
        text: "1, porque erros 500 nunca são retentados",
        explanation:
          "500 é tratado como erro transitório e é retentado pelo cliente do LangChain (ao contrário de um 400, que não é).",
      },
      {
        text: "35 (5 × 7), com uma espera total enorme; por isso se usa maxRetries: 0 no modelo quando você controla as retentativas",
        correct: true,
        explanation:
          "Retentativas empilhadas se multiplicam, e as esperas também. Escolha um único lugar que manda nas retentativas: o SDK (ajustando maxRetries) ou o seu código (com maxRetries: 0 no modelo).",
      },
    ],
  },
  {
    id: "s2-limite-no-cliente",
    source: "autoral",
    section: 2,
    exercise: "retry-rate-limit",
    prompt:
      "Um job precisa fazer 10 000 chamadas e o provedor permite 60 requisições por minuto. O que evita a maioria dos 429, em vez de só reagir a eles?",
    options: [
      {
        text: "Aumentar maxRetries para 50",
        explanation:
          "Retentativas reagem ao erro depois que ele aconteceu. Com 10 000 chamadas disparadas acima do limite, você recebe milhares de 429 e espera ainda mais.",
      },
      {
        text: "Limitar o ritmo no próprio cliente, um pouco abaixo de 60 por minuto (por exemplo, com um token bucket ou uma fila com intervalo)",
        correct: true,
        explanation:
          "Controlar a taxa do seu lado mantém as chamadas dentro do limite e deixa as retentativas só para imprevistos. O custo é tempo: o job leva no mínimo uns 167 minutos, que é o que o limite do provedor permite.",
      },
      {
        text: "Disparar tudo de uma vez com Promise.all para terminar antes",
        explanation:
          "Com 10 000 requisições simultâneas, quase todas passam do limite e voltam com 429. Paralelismo sem limite é o caminho mais curto para o bloqueio.",
      },
      {
        text: "Trocar para streaming",
        explanation: "Streaming muda como a resposta chega (em pedaços), não quantas requisições você faz por minuto.",
      },
    ],
  },
  {
    id: "s2-max-concurrency",
    source: "autoral",
    section: 2,
    exercise: "batch-paralelismo-filas",
    prompt: "O que faz `model.batch(perguntas, { maxConcurrency: 5 })` com 100 perguntas?",
    options: [
      {
        text: "Processa só as 5 primeiras e descarta o resto",
        explanation: "Nenhuma entrada é descartada: o resultado tem 100 posições, na mesma ordem das perguntas.",
      },
      {
        text: "Junta as 100 perguntas em 5 requisições grandes ao provedor",
        explanation:
          "O batch do LangChain faz uma chamada por entrada; ele não junta perguntas num prompt só. Agrupar várias perguntas num único prompt é outra técnica, com outros riscos.",
      },
      {
        text: "Tenta cada pergunta até 5 vezes",
        explanation: "O número de tentativas é maxRetries; maxConcurrency é o número de chamadas simultâneas.",
      },
      {
        text: "Processa as 100 perguntas, com no máximo 5 chamadas ao modelo em andamento ao mesmo tempo",
        correct: true,
        explanation:
          "Assim que uma chamada termina, a próxima começa, sem nunca passar de 5 abertas. Fica bem mais rápido do que uma por vez e não dispara 100 de uma só vez contra o limite do provedor. O limite vale para esse batch: dois batches rodando juntos podem somar 10.",
      },
    ],
  },
  {
    id: "s2-return-exceptions",
    source: "autoral",
    section: 2,
    exercise: "batch-paralelismo-filas",
    prompt: "Num `batch` de 50 perguntas, uma das chamadas falha de vez. Com `returnExceptions: true`, o que você recebe?",
    options: [
      {
        text: "Uma rejeição: o batch inteiro falha e as 49 respostas se perdem",
        explanation:
          "Esse é o comportamento sem returnExceptions: o primeiro erro rejeita o batch. A opção existe justamente para evitar isso.",
      },
      {
        text: "Um array de 50 posições: 49 respostas e, na posição da pergunta que falhou, o erro",
        correct: true,
        explanation:
          "Com returnExceptions o batch não rejeita: cada posição traz a resposta ou o erro daquela entrada, na mesma ordem das perguntas. Você separa os erros (instanceof Error), registra e, se quiser, reprocessa só eles.",
      },
      {
        text: "49 respostas, com a pergunta que falhou removida do array",
        explanation:
          "Se o item sumisse, as posições deixariam de corresponder às perguntas. O resultado mantém as 50 posições.",
      },
      {
        text: "O batch repete a pergunta que falhou até ela dar certo",
        explanation:
          "returnExceptions não cria retentativas; quem retenta é o cliente do modelo, dentro do limite de maxRetries.",
      },
    ],
  },
  {
    id: "s2-quando-usar-fila",
    source: "autoral",
    section: 2,
    exercise: "batch-paralelismo-filas",
    prompt: "Quando colocar as chamadas ao modelo numa fila de mensagens (por exemplo, BullMQ com Redis) compensa mais?",
    options: [
      {
        text: "Sempre, porque a fila deixa cada resposta mais rápida",
        explanation:
          "A fila acrescenta espera: o trabalho aguarda um worker livre. A tabela do §2 registra exatamente esse trade-off, a latência variável.",
      },
      {
        text: "Quando o usuário precisa da resposta em menos de 1 segundo, no chat",
        explanation:
          "Para respostas interativas, a fila só acrescenta tempo; aí se usa chamada direta (com streaming) e limite de concorrência.",
      },
      {
        text: "Quando o trabalho é demorado ou chega em picos: a API aceita o pedido na hora e workers processam no ritmo que o provedor aguenta",
        correct: true,
        explanation:
          "A fila separa quem pede de quem processa: absorve picos, aplica o ritmo certo (controle de fluxo), sobrevive a reinícios e retenta jobs que falharam. Em troca, o cliente busca o resultado depois ou é avisado quando ele fica pronto.",
      },
      {
        text: "Quando você quer dispensar o rate limiting",
        explanation:
          "A fila é uma forma de aplicar o ritmo, não de dispensá-lo: os workers ainda precisam respeitar o limite do provedor (por exemplo, com o limitador da própria fila).",
      },
    ],
  },
  {
    id: "s2-fila-cheia",
    source: "autoral",
    section: 2,
    exercise: "batch-paralelismo-filas",
    prompt:
      "Durante um pico, a sua fila em memória cresce sem parar, porque entram mais pedidos do que os workers conseguem atender. O que fazer?",
    options: [
      {
        text: "Nada: filas em memória crescem sem problema",
        explanation:
          "Cada item ocupa memória. Num pico longo o processo pode ser encerrado por falta de memória, perdendo de uma vez todos os pedidos da fila.",
      },
      {
        text: "Aumentar a concorrência dos workers até passar do limite do provedor",
        explanation:
          "Passar do limite gera 429 e retentativas, o que diminui a vazão real. A concorrência deve ficar abaixo do limite.",
      },
      {
        text: "Descartar em silêncio os pedidos mais antigos",
        explanation:
          "Descartar sem avisar deixa usuários esperando por respostas que nunca virão. Se for para recusar, recuse de forma explícita, para o cliente poder tentar depois.",
      },
      {
        text: "Limitar o tamanho da fila e, quando ela encher, recusar ou adiar pedidos novos (por exemplo, HTTP 503 ou 429 com Retry-After)",
        correct: true,
        explanation:
          "Isso é backpressure: avisar quem chama que o sistema está cheio, em vez de aceitar trabalho que não será feito a tempo. Uma fila sem limite só troca sobrecarga por falta de memória e por respostas que chegam tarde demais.",
      },
    ],
  },
];
