/** §6 Deploy, CI/CD e manutenção: Docker, segredos, CI e rollback. */
import type { QuestionData } from "../schema.ts";

export const secao06: QuestionData[] = [
  {
    id: "s6-multi-stage",
    source: "autoral",
    section: 6,
    exercise: "deploy-docker-ci",
    prompt: "Qual é a vantagem de um Dockerfile multi-stage para uma aplicação Node/TypeScript?",
    options: [
      {
        text: "Permite rodar vários processos no mesmo container",
        explanation:
          "Multi-stage diz respeito à construção da imagem; em execução, o container continua com um processo principal.",
      },
      {
        text: "Deixa o build mais rápido porque pula a instalação de dependências",
        explanation:
          "As dependências continuam sendo instaladas (no estágio de build e, as de produção, no final). O ganho está no tamanho e no conteúdo da imagem final.",
      },
      {
        text: "Instalar ferramentas e compilar num estágio e copiar só o necessário para uma imagem final menor, com menos pacotes e menos superfície de ataque",
        correct: true,
        explanation:
          "O estágio de build tem compilador, devDependencies e caches; o estágio final recebe só o código pronto e as dependências de produção (npm ci --omit=dev). Menos coisa na imagem significa download mais rápido e menos vulnerabilidades para corrigir.",
      },
      {
        text: "Permite ter um CMD por estágio, todos executados em sequência",
        explanation: "Só o CMD do último estágio vale para o container; multi-stage não muda isso.",
      },
    ],
  },
  {
    id: "s6-usuario-nao-root",
    source: "autoral",
    section: 6,
    exercise: "deploy-docker-ci",
    prompt: "Por que o Dockerfile de produção deve trocar para um usuário sem privilégios (instrução `USER`), em vez de rodar como root?",
    options: [
      {
        text: "Para que, se o processo for comprometido, o invasor não tenha poderes de root dentro do container, limitando o estrago",
        correct: true,
        explanation:
          "Uma dependência vulnerável ou uma injeção de comando roda com as permissões do processo. Sem root, fica mais difícil alterar arquivos do sistema, instalar ferramentas ou escapar do container. As imagens oficiais do Node já trazem o usuário node para isso.",
      },
      {
        text: "Porque containers rodando como root não acessam a internet",
        explanation: "Root acessa a rede normalmente; a questão é o tamanho do estrago se algo der errado.",
      },
      {
        text: "Para a aplicação ficar mais rápida",
        explanation: "O usuário não muda o desempenho; é uma medida de segurança.",
      },
      {
        text: "Porque só root pode abrir portas, e a aplicação não precisa de rede",
        explanation:
          "A aplicação precisa de rede, sim, e pode escutar numa porta alta (como 3000 ou 8080) sem ser root.",
      },
    ],
  },
  {
    id: "s6-segredo-na-imagem",
    source: "autoral",
    section: 6,
    exercise: "deploy-docker-ci",
    prompt: "O Dockerfile do livro faz `COPY . .`. Se houver um `.env` na pasta e nenhum `.dockerignore`, o que acontece?",
    options: [
      {
        text: "Nada: o Docker ignora arquivos .env automaticamente",
        explanation:
          "O Docker não tem lista padrão de arquivos ignorados; sem .dockerignore, COPY . . leva tudo, inclusive .env e .git.",
      },
      {
        text: "Um `RUN rm .env` logo depois resolve o problema",
        explanation:
          "Cada instrução cria uma camada; o .env continua na camada do COPY e pode ser extraído da imagem. Apagar depois não apaga o passado.",
      },
      {
        text: "A imagem fica maior, mas sem risco de segurança",
        explanation: "O tamanho é o menor dos problemas: o risco é a chave embutida.",
      },
      {
        text: "A chave vai parar dentro da imagem e qualquer pessoa com acesso a ela pode lê-la; segredos devem entrar só na execução (--env-file, variáveis da plataforma, secrets)",
        correct: true,
        explanation:
          "Imagens circulam: registries, caches de CI, máquinas de colegas. Ponha .env (e .git, node_modules) no .dockerignore e passe segredos em tempo de execução, como faz o docker run --env-file .env do livro.",
      },
    ],
  },
  {
    id: "s6-rollback",
    source: "autoral",
    section: 6,
    exercise: "deploy-docker-ci",
    prompt: "O checklist de CI/CD pede “rollback automático em caso de falha”. Como isso costuma funcionar?",
    options: [
      {
        text: "Um desenvolvedor faz git revert quando alguém reclamar",
        explanation: "Isso é manual e lento; automático quer dizer o pipeline reagir sozinho a sinais de falha.",
      },
      {
        text: "Depois do deploy, health checks e métricas (erros, latência) são conferidos; se piorarem, o pipeline volta para a versão anterior, identificada por uma tag imutável da imagem (como o SHA do commit)",
        correct: true,
        explanation:
          "Para voltar é preciso saber para onde: imagens marcadas com o commit (e não só latest) permitem reimplantar exatamente a versão anterior em segundos. O critério de falha vem da observabilidade, e é aqui que health checks e métricas se pagam.",
      },
      {
        text: "Rodar os testes de novo até passarem",
        explanation:
          "Repetir testes não muda o código que está em produção; e testes instáveis que “passam na segunda” são outro problema.",
      },
      {
        text: "Apagar o banco de dados e recomeçar do zero",
        explanation:
          "Rollback é voltar a versão da aplicação preservando os dados. Apagar dados é um incidente, não uma correção.",
      },
    ],
  },
  {
    id: "s6-testes-no-ci",
    source: "autoral",
    section: 6,
    exercise: "deploy-docker-ci",
    prompt: "Os testes automatizados do CI de uma aplicação com LLM devem chamar o modelo real a cada push?",
    options: [
      {
        text: "Sim, e comparar o texto exato da resposta com o esperado",
        explanation:
          "Respostas de LLM variam; comparar texto exato gera testes instáveis, e cada execução custa dinheiro e depende da rede.",
      },
      {
        text: "Não: aplicações com LLM não têm o que testar",
        explanation:
          "Quase tudo em volta do modelo é código comum e testável: validação, guardrails, retentativas, cálculo de custo, métricas.",
      },
      {
        text: "Sim, mas com temperature=1 para cobrir mais casos",
        explanation: "Temperatura alta deixa a resposta ainda mais variável, o oposto do que um teste precisa.",
      },
      {
        text: "Não: no CI, modelos falsos ou respostas gravadas testam a lógica de forma rápida e determinística; avaliações com o modelo real rodam à parte (agendadas, por exemplo)",
        correct: true,
        explanation:
          "Assim os testes do CI dizem se o seu código está certo (retentativas, guardrails, formatação, custo) sem depender de chave, rede ou sorte. A qualidade do modelo se mede com avaliações, que toleram variação.",
      },
    ],
  },
];
