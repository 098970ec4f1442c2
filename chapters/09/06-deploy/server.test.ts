// Testes do serviço (rodam no CI antes de construir a imagem): `npm test`.
// Usam uma função falsa no lugar do modelo: rápidos, sem rede e sem chave.
import assert from "node:assert/strict";
import type { AddressInfo } from "node:net";
import { after, before, test } from "node:test";
import { createApp, type App } from "./server.ts";

let app: App;
let base = "";
const logs: Array<Record<string, unknown>> = [];

before(async () => {
  app = createApp({
    frase: async (topico) => {
      if (topico === "falha") throw new Error("modelo fora do ar");
      return `Uma frase sobre ${topico}.`;
    },
    log: (entry) => logs.push(entry),
  });
  await new Promise<void>((resolve) => app.server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});

after(async () => {
  if (app.server.listening) await app.shutdown();
});

test("GET /health responde 200 sem chamar o modelo", async () => {
  const res = await fetch(`${base}/health`);
  assert.equal(res.status, 200);
  assert.deepEqual(await res.json(), { status: "ok" });
});

test("GET /frase devolve a frase do modelo", async () => {
  const res = await fetch(`${base}/frase?topico=${encodeURIComponent("produção de IA")}`);
  assert.equal(res.status, 200);
  assert.deepEqual(await res.json(), { frase: "Uma frase sobre produção de IA." });
});

test("GET /frase sem tópico (ou longo demais) responde 400", async () => {
  assert.equal((await fetch(`${base}/frase`)).status, 400);
  assert.equal((await fetch(`${base}/frase?topico=${"x".repeat(201)}`)).status, 400);
});

test("erro do modelo vira 502 com mensagem genérica, e o log não traz detalhes", async () => {
  const res = await fetch(`${base}/frase?topico=falha`);
  assert.equal(res.status, 502);
  const body = (await res.json()) as { erro: string };
  assert.doesNotMatch(body.erro, /fora do ar/);
  assert.ok(logs.some((l) => l.level === "error" && l.erro === "Error"));
});

test("shutdown() fecha o servidor (é o que o SIGTERM do docker stop dispara)", async () => {
  await app.shutdown();
  assert.equal(app.server.listening, false);
});
