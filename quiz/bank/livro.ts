/**
 * §10 "Teste seu Conhecimento": the book's 5 questions, prompts and options verbatim, in the book's
 * order and lettering (answers 1 b, 2 a, 3 a, 4 a, 5 a). Explanations are ours.
 * `npm run quiz -- --answers b,a,a,a,a` uses THIS lettering, whatever order the screen shows.
 */
import type { QuestionData } from "../schema.ts";

export const livro: QuestionData[] = [
  {
    id: "livro-1",
    source: "livro",
    bookNumber: 1,
    section: 3,
    exercise: "hello-world-prod",
    prompt: "Como ativar tracing com LangSmith?",
    options: [
      {
        text: "Instalar pytest",
        explanation:
          "pytest é um framework de testes para Python. Instalá-lo não liga o envio de nada: testes verificam o código antes do deploy, tracing registra o que acontece em cada execução.",
      },
      {
        text: "Setar LANGSMITH_TRACING e LANGSMITH_API_KEY",
        correct: true,
        explanation:
          "O SDK do LangSmith lê duas variáveis de ambiente: LANGSMITH_TRACING=true liga o registro dos runs e LANGSMITH_API_KEY autentica o envio para o seu projeto. Com as duas definidas, as funções marcadas com traceable e as chains do LangChain passam a aparecer no painel. É o que o Exercício 1 faz antes de chamar a chain.",
      },
      {
        text: "Ativar cache de respostas",
        explanation:
          "Cache serve para reaproveitar respostas e economizar tempo e dinheiro (§2 e §5); não registra traces. Aliás, uma resposta que sai do cache nem chega ao provedor do modelo.",
      },
      {
        text: "Usar ConversationBufferMemory",
        explanation:
          "ConversationBufferMemory guarda o histórico da conversa para o próximo prompt (memória de conversa, de uma API antiga do LangChain para Python). Ela não envia nada ao LangSmith.",
      },
    ],
  },
  {
    id: "livro-2",
    source: "livro",
    bookNumber: 2,
    section: 4,
    exercise: "protecao-chaves",
    prompt: "Qual estratégia protege chaves de API em produção?",
    options: [
      {
        text: "Armazenar em .env/getpass",
        correct: true,
        explanation:
          "Variáveis de ambiente (carregadas de um .env que fica fora do git) mantêm a chave longe do código-fonte, e getpass pede a chave no terminal sem mostrá-la na tela quando você roda algo à mão. Num servidor vale o mesmo princípio: a plataforma ou o gerenciador de segredos injeta a variável de ambiente.",
      },
      {
        text: "Escrever no código fonte",
        explanation:
          "Chave no código acaba no histórico do git, em cópias do projeto, em imagens Docker e em capturas de tela. Mesmo apagada depois, continua nos commits antigos: a única saída é revogá-la e gerar outra.",
      },
      {
        text: "Compartilhar em repositório público",
        explanation:
          "Robôs varrem repositórios públicos atrás de chaves em questão de minutos. Uma chave publicada deve ser tratada como comprometida: qualquer um pode gastar a sua cota e aumentar a sua fatura.",
      },
      {
        text: "Ignorar variáveis de ambiente",
        explanation:
          "Variáveis de ambiente são justamente o mecanismo recomendado para entregar segredos à aplicação sem gravá-los no código. Ignorá-las empurra a chave para lugares piores, como o próprio código.",
      },
    ],
  },
  {
    id: "livro-3",
    source: "livro",
    bookNumber: 3,
    section: 2,
    exercise: "retry-rate-limit",
    prompt: "O que é rate limiting?",
    options: [
      {
        text: "Limitar requisições para evitar bloqueios",
        correct: true,
        explanation:
          "Rate limiting é controlar quantas requisições acontecem por intervalo de tempo. O provedor recusa o excesso (HTTP 429); do seu lado, você limita o ritmo, ou espera e tenta de novo como o call_llm_with_retry, para não ser bloqueado. O preço, como diz a tabela do §2, é mais latência.",
      },
      {
        text: "Aumentar temperatura do modelo",
        explanation:
          "Temperatura controla o quanto o texto gerado varia; não muda quantas requisições você faz nem evita bloqueios.",
      },
      {
        text: "Usar cache de respostas",
        explanation:
          "Cache pode até diminuir o número de chamadas, mas é outra estratégia da tabela (menos custo, risco de perder contexto). Rate limiting trata do ritmo das chamadas que precisam ser feitas.",
      },
      {
        text: "Executar queries em batch",
        explanation:
          "Batch agrupa várias entradas para processá-las juntas, em geral em paralelo. Sem limite de concorrência, ele pode até provocar mais bloqueios; não é a definição de rate limiting.",
      },
    ],
  },
  {
    id: "livro-4",
    source: "livro",
    bookNumber: 4,
    section: 4,
    exercise: "injecao-prompt",
    prompt: "Como evitar ataques de injeção de prompt?",
    options: [
      {
        text: "Validar entradas/saídas e usar guardrails",
        correct: true,
        explanation:
          "Injeção de prompt acontece quando um texto não confiável (do usuário ou de um documento) é tratado como instrução. A defesa é em camadas: validar e delimitar a entrada, conferir a saída (vazamento do prompt de sistema, dados pessoais, formato) e usar guardrails que bloqueiam o que escapar. Nenhuma camada sozinha é perfeita.",
      },
      {
        text: "Ignorar logs",
        explanation:
          "Logs e traces são o que permite perceber e investigar tentativas de injeção. Ignorá-los não bloqueia nada; só deixa você sem enxergar o ataque.",
      },
      {
        text: "Compartilhar prompts publicamente",
        explanation:
          "Publicar o prompt de sistema facilita a vida do atacante, que passa a saber exatamente quais instruções precisa contornar. Não é uma defesa.",
      },
      {
        text: "Usar apenas LLMs locais",
        explanation:
          "Um modelo rodando na sua máquina obedece a instruções injetadas tanto quanto um modelo acessado por API. Onde o modelo roda muda privacidade e custo, não a vulnerabilidade à injeção.",
      },
    ],
  },
  {
    id: "livro-5",
    source: "livro",
    bookNumber: 5,
    section: 6,
    exercise: "deploy-docker-ci",
    prompt: "Qual o benefício de usar Docker em produção?",
    options: [
      {
        text: "Isolamento e automação de deploy",
        correct: true,
        explanation:
          "A imagem empacota código, runtime e dependências em versões fixas e roda isolada do resto da máquina. O mesmo artefato testado no CI é o que vai para produção, o que torna o deploy automatizável e repetível; o rollback vira reimplantar a imagem anterior.",
      },
      {
        text: "Menos segurança",
        explanation:
          "Menos segurança nunca é um benefício. Bem configurado (usuário sem root, imagem mínima, nenhum segredo embutido), o container isola o processo e reduz a superfície de ataque.",
      },
      {
        text: "Menos escalabilidade",
        explanation:
          "É o contrário: como os containers são idênticos e sobem rápido, dá para rodar várias réplicas atrás de um balanceador e escalar horizontalmente.",
      },
      {
        text: "Ignorar dependências",
        explanation:
          "O Docker não faz a aplicação dispensar dependências: ele as instala dentro da imagem (o RUN pip install do exemplo do §6). A vantagem é que ficam fixas e iguais em todos os ambientes.",
      },
    ],
  },
];
