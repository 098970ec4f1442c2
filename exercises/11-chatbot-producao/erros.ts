// Erros HTTP do chatbot: sempre um corpo em pt-BR com um `code` estável, nunca uma stack.
// O cliente programa contra o `code` (que não muda); a `mensagem` é para gente ler.
import type { FastifyError, FastifyInstance, FastifyReply } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { erroSeguro } from "./componentes.ts";
import { semEncapsular, type Contexto } from "./contexto.ts";

export type CodigoErro =
  | "VALIDACAO"
  | "JSON_INVALIDO"
  | "CORPO_GRANDE"
  | "TIPO_NAO_SUPORTADO"
  | "ROTA_NAO_ENCONTRADA"
  | "REQUISICAO_INVALIDA"
  | "URL_INVALIDA"
  | "INJECAO_DETECTADA"
  | "LIMITE_EXCEDIDO"
  | "JOB_NAO_ENCONTRADO"
  | "FILA_CHEIA"
  | "FILA_INDISPONIVEL"
  | "CABECALHO_GRANDE"
  | "PRAZO_ESGOTADO"
  | "PROVEDOR_INDISPONIVEL"
  | "CIRCUITO_ABERTO"
  | "PROVEDOR_FALHOU"
  | "ENCERRANDO"
  | "ERRO_INTERNO";

/** O corpo de todo erro: `{ erro: { code, mensagem } }`. */
export interface CorpoErro {
  erro: { code: CodigoErro; mensagem: string };
}

/** Um erro que já sabe virar resposta HTTP. `retryAfterS` vira o cabeçalho Retry-After. */
export class ErroHttp extends Error {
  override name = "ErroHttp";
  constructor(
    readonly statusCode: number,
    readonly code: CodigoErro,
    mensagem: string,
    readonly retryAfterS?: number,
  ) {
    super(mensagem);
  }
}

export function corpoErro(code: CodigoErro, mensagem: string): CorpoErro {
  return { erro: { code, mensagem } };
}

/** Caminho do campo com problema, para a mensagem: "pergunta", "score"… */
function campo(instancePath: string | undefined): string {
  const limpo = (instancePath ?? "").replace(/^\//, "").replace(/\//g, ".");
  return limpo || "corpo";
}

/** Traduz qualquer erro que chegou ao fastify para (status, code, mensagem) em pt-BR. */
export function traduzirErro(erro: unknown): ErroHttp {
  if (erro instanceof ErroHttp) return erro;
  if (hasZodFastifySchemaValidationErrors(erro)) {
    const primeiro = erro.validation[0];
    const onde = campo(primeiro?.instancePath);
    return new ErroHttp(400, "VALIDACAO", `Requisição inválida (${onde}): ${primeiro?.message ?? "formato inesperado"}`);
  }
  const e = (erro ?? {}) as Partial<FastifyError> & { statusCode?: number };
  switch (e.code) {
    case "FST_ERR_CTP_INVALID_JSON_BODY":
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return new ErroHttp(400, "JSON_INVALIDO", 'O corpo não é um JSON válido. Envie, por exemplo: {"pergunta": "Quais são os horários de funcionamento?"}');
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return new ErroHttp(413, "CORPO_GRANDE", "O corpo da requisição é grande demais. Mande só a pergunta (até 500 caracteres).");
    case "FST_ERR_BAD_URL":
    case "FST_ERR_MAX_PARAM_LENGTH":
      return new ErroHttp(e.code === "FST_ERR_BAD_URL" ? 400 : 414, "URL_INVALIDA", "Endereço inválido: confira a URL (caracteres % soltos ou um parâmetro longo demais).");
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
    case "FST_ERR_CTP_INVALID_CONTENT_LENGTH":
      return new ErroHttp(415, "TIPO_NAO_SUPORTADO", "Tipo de conteúdo não suportado: envie o corpo como JSON, com o cabeçalho content-type: application/json.");
  }
  const status = typeof e.statusCode === "number" ? e.statusCode : 500;
  if (status === 429) return new ErroHttp(429, "LIMITE_EXCEDIDO", "Muitas perguntas em pouco tempo. Espere alguns segundos e tente de novo.");
  if (status === 413) return new ErroHttp(413, "CORPO_GRANDE", "O corpo da requisição é grande demais.");
  if (status === 415) return new ErroHttp(415, "TIPO_NAO_SUPORTADO", "Tipo de conteúdo não suportado: envie JSON.");
  if (status >= 400 && status < 500) return new ErroHttp(status, "REQUISICAO_INVALIDA", "Requisição inválida: confira o método, os cabeçalhos e o corpo.");
  return new ErroHttp(500, "ERRO_INTERNO", "Erro interno do atendimento. Já registramos o problema; tente de novo em instantes.");
}

/** Envia o erro no formato padrão (também usado pelas rotas que escrevem a resposta à mão). */
export function enviarErro(reply: FastifyReply, erro: ErroHttp): FastifyReply {
  if (erro.retryAfterS !== undefined) reply.header("retry-after", String(Math.max(1, Math.ceil(erro.retryAfterS))));
  return reply.status(erro.statusCode).type("application/json; charset=utf-8").send(corpoErro(erro.code, erro.message));
}

/** Plugin: o tratador de erros e o 404 da aplicação inteira. */
export const erros = semEncapsular("erros", async (app: FastifyInstance, ctx: Contexto) => {
  app.setErrorHandler((erro, request, reply) => {
    const traduzido = traduzirErro(erro);
    if (traduzido.statusCode >= 500 && traduzido.code === "ERRO_INTERNO") {
      // O erro original pode ter cabeçalhos e chaves: no log vai só a versão mascarada (ex. 6).
      request.log.error({ err: erroSeguro(erro, ctx.segredos) }, "erro inesperado");
    } else {
      request.log.info({ code: traduzido.code, status: traduzido.statusCode }, "requisição recusada");
    }
    return enviarErro(reply, traduzido);
  });
  app.setNotFoundHandler((request, reply) =>
    enviarErro(reply, new ErroHttp(404, "ROTA_NAO_ENCONTRADA", `Não existe ${request.method} ${request.url.split("?")[0]?.slice(0, 100)}. Rotas: POST /v1/chat, POST /v1/chat/stream, POST /v1/feedback, POST /v1/jobs, GET /v1/jobs/:id, GET /healthz, GET /readyz, GET /metrics.`)),
  );
});
