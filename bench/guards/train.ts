/**
 * Trains the learned injection model OFFLINE and writes exercises/08-injecao-prompt/model.json (given to the
 * student; solutions/ reads it from there).
 *
 *   node --import tsx bench/guards/train.ts [--dim 16384] [--epochs 80] [--l2 0.0001]
 *
 * Logistic regression on hashed character/word n-grams (see model.ts), trained only on
 * data/train.jsonl. Deterministic: fixed shuffling seed, plain gradient descent.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { extrairAtributos, entradaDoModelo, sigmoide } from "../../exercises/08-injecao-prompt/model.ts";
import { normalizarParaDeteccao } from "../../exercises/08-injecao-prompt/normalize.ts";
import type { TrainCase } from "./types.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: {
    dim: { type: "string", default: "16384" },
    epochs: { type: "string", default: "80" },
    l2: { type: "string", default: "0.0001" },
    lr: { type: "string", default: "0.5" },
  },
});
const dim = Number(values.dim);
const epochs = Number(values.epochs);
const l2 = Number(values.l2);
const lr = Number(values.lr);
if (!Number.isInteger(Math.log2(dim))) throw new Error("--dim must be a power of two");

const rows = readFileSync(path.join(here, "data", "train.jsonl"), "utf8")
  .split(/\r?\n/)
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as TrainCase);
const data = rows.map((r) => ({ x: extrairAtributos(entradaDoModelo(normalizarParaDeteccao(r.text)), dim), y: r.label }));

const w = new Float64Array(dim);
let b = 0;
for (let epoch = 0; epoch < epochs; epoch++) {
  const grad = new Float64Array(dim);
  let gb = 0;
  let loss = 0;
  for (const { x, y } of data) {
    let z = b;
    for (const [i, v] of x) z += (w[i] ?? 0) * v;
    const p = sigmoide(z);
    loss += -(y * Math.log(p + 1e-12) + (1 - y) * Math.log(1 - p + 1e-12));
    const g = p - y;
    for (const [i, v] of x) grad[i] = (grad[i] ?? 0) + g * v;
    gb += g;
  }
  for (let i = 0; i < dim; i++) w[i] = (w[i] ?? 0) - lr * ((grad[i] ?? 0) / data.length + l2 * (w[i] ?? 0)) * dim / 64;
  b -= lr * (gb / data.length);
  if (epoch % 10 === 9 || epoch === epochs - 1) console.log(`epoch ${epoch + 1}: loss ${(loss / data.length).toFixed(4)}`);
}

let correct = 0;
for (const { x, y } of data) {
  let z = b;
  for (const [i, v] of x) z += (w[i] ?? 0) * v;
  if ((sigmoide(z) >= 0.5 ? 1 : 0) === y) correct++;
}
const weights: [number, number][] = [];
for (let i = 0; i < dim; i++) {
  const v = Math.round((w[i] ?? 0) * 1000) / 1000;
  if (v !== 0) weights.push([i, v]);
}
const model = {
  dim,
  bias: Math.round(b * 1000) / 1000,
  weights,
  meta: {
    trainedOn: "bench/guards/data/train.jsonl",
    examples: data.length,
    trainAccuracy: Math.round((correct / data.length) * 1000) / 1000,
    epochs,
    l2,
  },
};
const out = path.join(here, "..", "..", "exercises", "08-injecao-prompt", "model.json");
writeFileSync(out, JSON.stringify(model) + "\n");
console.log(`wrote ${path.relative(process.cwd(), out)}: ${weights.length} weights, train accuracy ${model.meta.trainAccuracy}`);
