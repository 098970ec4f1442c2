/**
 * Modelo aprendido minúsculo: regressão logística sobre n-gramas de caracteres (3 a 5) e de
 * palavras (1 e 2), com "hashing trick" (cada n-grama vira um índice fixo por hash FNV-1a).
 *
 * Treinado OFFLINE por `bench/guards/train.ts` com `bench/guards/data/train.jsonl` (separado
 * das partes dev/test da avaliação) e salvo em `model.json`. Aqui só lemos os pesos e
 * calculamos a probabilidade — nenhuma dependência, alguns microssegundos por texto.
 */
import modelData from "./model.json" with { type: "json" };

export interface ModeloAprendido {
  /** Número de posições do vetor (potência de 2). */
  dim: number;
  bias: number;
  /** Pesos diferentes de zero: [índice, peso]. */
  weights: [number, number][];
  /** Versão das características (ausente = 1; 2 = também tokens abstratos, veja extrairAtributos). */
  features?: number;
  /** Metadados do treino (tamanho, data, acurácia no treino). */
  meta?: Record<string, unknown>;
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Vetor esparso de características de um texto JÁ normalizado (`normalizarParaDeteccao`):
 * índice → valor (presença, normalizada pelo tamanho).
 */
export function extrairAtributos(normalized: string, dim: number, versao = 1): Map<number, number> {
  const feats = new Map<number, number>();
  const text = ` ${normalized.replace(/\s+/g, " ").trim()} `;
  const mask = dim - 1;
  for (let n = 3; n <= 5; n++) {
    for (let i = 0; i + n <= text.length; i++) feats.set(fnv1a(text.slice(i, i + n)) & mask, 1);
  }
  const words = text.match(/[a-z0-9]+/g) ?? [];
  for (let i = 0; i < words.length; i++) {
    feats.set(fnv1a(`w:${words[i]}`) & mask, 1);
    if (i + 1 < words.length) feats.set(fnv1a(`b:${words[i]} ${words[i + 1]}`) & mask, 1);
  }
  // versão 2: tokens abstratos, que valem entre autores (o nome da ferramenta, o número do pedido e o
  // endereço mudam de loja para loja; "chama <ferramenta>", "para <email>" não), e pares com uma palavra no meio
  if (versao >= 2) {
    const abs = (text.match(/[a-z0-9]+(?:_[a-z0-9]+)+|https?:\/\/\S+|\S+@\S+|[a-z0-9]+/g) ?? []).map((w) =>
      w.includes("_") ? "<ferramenta>" : /^https?:/.test(w) ? "<url>" : w.includes("@") ? "<email>" : /\d/.test(w) ? "<num>" : w,
    );
    for (let i = 0; i < abs.length; i++) {
      const a = abs[i]!;
      if (a.startsWith("<")) feats.set(fnv1a(`a:${a}`) & mask, 1);
      const b = abs[i + 1];
      if (b !== undefined && (a.startsWith("<") || b.startsWith("<"))) feats.set(fnv1a(`a:${a} ${b}`) & mask, 1);
      const c = abs[i + 2];
      if (c !== undefined) feats.set(fnv1a(`s:${a} ${c}`) & mask, 1);
    }
  }
  const scale = 1 / Math.sqrt(feats.size || 1);
  for (const k of feats.keys()) feats.set(k, scale);
  return feats;
}

/**
 * O texto que o modelo lê: a visão `despaced` mais o que foi decodificado (base64, rot13, trechos
 * juntados…), para o disfarce não esconder as palavras do ataque. Usado no treino e no detector.
 */
export function entradaDoModelo(n: { despaced: string; decoded: readonly string[] }): string {
  return [n.despaced, ...n.decoded].join("\n");
}

export function sigmoide(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** Probabilidade de ataque segundo um modelo dado. */
export function prever(model: { dim: number; bias: number; dense: Float64Array; features?: number }, normalized: string): number {
  let z = model.bias;
  for (const [i, v] of extrairAtributos(normalized, model.dim, model.features ?? 1)) z += (model.dense[i] ?? 0) * v;
  return sigmoide(z);
}

/** Confere o formato do JSON e monta o vetor denso; undefined se vazio ou malformado. */
export function carregarModelo(data: unknown): { dim: number; bias: number; dense: Float64Array; features: number } | undefined {
  const d = data as Partial<ModeloAprendido> | null;
  if (!d || typeof d.dim !== "number" || d.dim <= 0 || typeof d.bias !== "number" || !Array.isArray(d.weights)) return undefined;
  if (d.weights.length === 0) return undefined;
  const dense = new Float64Array(d.dim);
  for (const pair of d.weights as unknown[]) {
    if (!Array.isArray(pair) || typeof pair[0] !== "number" || typeof pair[1] !== "number" || pair[0] >= d.dim) return undefined;
    dense[pair[0]] = pair[1];
  }
  return { dim: d.dim, bias: d.bias, dense, features: typeof d.features === "number" ? d.features : 1 };
}

const MODEL = carregarModelo(modelData);

/** Probabilidade (0..1) de `normalized` ser ataque; undefined se não há modelo treinado. */
export function pontuacaoAprendida(normalized: string): number | undefined {
  return MODEL ? prever(MODEL, normalized) : undefined;
}
