/** §8 Exercícios práticos: como verificar o que se construiu. */
import type { QuestionData } from "../schema.ts";

export const secao08: QuestionData[] = [
  {
    id: "s8-medir-cache",
    source: "autoral",
    section: 8,
    exercise: "cache-custo",
    prompt: "No Exercício prático 4 (comparar latência e custo antes e depois do cache), qual medição é justa?",
    options: [
      {
        text: "Medir uma única chamada antes e uma depois",
        explanation:
          "Uma amostra só é dominada por ruído (rede, fila do provedor). Use várias chamadas e compare percentis.",
      },
      {
        text: "Usar perguntas diferentes em cada rodada, para não viciar o resultado",
        explanation: "Com cargas diferentes, a diferença pode vir das perguntas e não do cache.",
      },
      {
        text: "Rodar a mesma lista de perguntas (com as repetições do uso real) nas duas configurações e comparar latência (p50/p95) e tokens × preço",
        correct: true,
        explanation:
          "O ganho do cache depende da taxa de acerto: sem perguntas repetidas, ele não economiza nada. Mesma carga, várias chamadas e custo calculado a partir dos tokens realmente cobrados (um acerto de cache informa zero tokens) tornam a comparação honesta.",
      },
      {
        text: "Considerar que o custo depois do cache é sempre zero",
        explanation:
          "Só os acertos saem de graça; cada pergunta nova (e a primeira vez de cada pergunta repetida) continua sendo paga.",
      },
    ],
  },
  {
    id: "s8-testar-guardrail",
    source: "autoral",
    section: 8,
    exercise: "injecao-prompt",
    prompt:
      "No Exercício prático 3 (simular injeção de prompt e bloquear com guardrails), como saber que a defesa funciona sem quebrar o uso normal?",
    options: [
      {
        text: "Testar só com o ataque do exemplo e considerar resolvido quando ele for bloqueado",
        explanation:
          "Atacantes variam a formulação (outro idioma, maiúsculas, texto codificado); um único exemplo só prova que aquele exemplo foi bloqueado.",
      },
      {
        text: "Testar com um conjunto de ataques conhecidos e também com perguntas legítimas parecidas: os ataques devem ser bloqueados e as legítimas devem passar",
        correct: true,
        explanation:
          "Um guardrail que bloqueia tudo passa no teste de ataque e quebra o produto. Medir os dois lados (ataques bloqueados e falsos positivos) mostra se a defesa é utilizável; guarde esses casos como testes automatizados.",
      },
      {
        text: "Bloquear qualquer mensagem que contenha a palavra “instruções”",
        explanation:
          "Isso barra usuários legítimos (“quais são as instruções de troca?”) e é contornado com um sinônimo.",
      },
      {
        text: "Confiar que o modelo recusa ataques porque foi treinado para isso",
        explanation:
          "O treinamento ajuda, mas modelos continuam obedecendo a instruções injetadas com frequência; a defesa precisa estar no seu código.",
      },
    ],
  },
];
