/** Shared helpers for the quiz tests (not a test file). */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Colors } from "../../lib/cli/colors.ts";
import { makeColors, marks } from "../../lib/cli/colors.ts";
import type { Style } from "../../quiz/format.ts";

export const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
export const runScript = path.join(repoRoot, "quiz", "run.ts");

export function tempStateDir(prefix = "quiz-test-"): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function plainStyle(width = 100): Style {
  const colors: Colors = makeColors(false);
  return { colors, marks: marks({}, "linux"), width };
}

/** A writable that collects text, with the fields main() reads. */
export function captureStream(isTTY = false) {
  let text = "";
  return {
    isTTY,
    columns: 100,
    write(chunk: string) {
      text += chunk;
      return true;
    },
    get text() {
      return text;
    },
  };
}

/** The book's questions as printed in §10 (independent copy, to check the bank kept them verbatim). */
export const BOOK_QUESTIONS = [
  {
    prompt: "Como ativar tracing com LangSmith?",
    options: ["Instalar pytest", "Setar LANGSMITH_TRACING e LANGSMITH_API_KEY", "Ativar cache de respostas", "Usar ConversationBufferMemory"],
    answer: "b",
  },
  {
    prompt: "Qual estratégia protege chaves de API em produção?",
    options: ["Armazenar em .env/getpass", "Escrever no código fonte", "Compartilhar em repositório público", "Ignorar variáveis de ambiente"],
    answer: "a",
  },
  {
    prompt: "O que é rate limiting?",
    options: ["Limitar requisições para evitar bloqueios", "Aumentar temperatura do modelo", "Usar cache de respostas", "Executar queries em batch"],
    answer: "a",
  },
  {
    prompt: "Como evitar ataques de injeção de prompt?",
    options: ["Validar entradas/saídas e usar guardrails", "Ignorar logs", "Compartilhar prompts publicamente", "Usar apenas LLMs locais"],
    answer: "a",
  },
  {
    prompt: "Qual o benefício de usar Docker em produção?",
    options: ["Isolamento e automação de deploy", "Menos segurança", "Menos escalabilidade", "Ignorar dependências"],
    answer: "a",
  },
] as const;
