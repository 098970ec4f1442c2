/**
 * HTTP helpers shared by the lab's routes and the trace viewer: one body reader (with a size cap), one JSON
 * parser that turns bad input into a 400, one JSON writer, and the error type the router maps to a status.
 */
import type http from "node:http";

/** Largest request body the lab reads; bigger ones are refused with 413. */
export const MAX_BODY_BYTES = 20 * 1024 * 1024;

/** An error with the HTTP status the router answers with (`{ error: message }`). */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Reads a request body. Past `limit` the rest is read and thrown away (up to 4 × limit, then the socket is cut)
 * and the promise rejects with a 413 only at the end: a client that is still sending when the lab answers often
 * sees a reset connection instead of the answer.
 */
export function readBody(req: http.IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const declared = Number(req.headers["content-length"] ?? 0);
    if (declared > 4 * limit) {
      reject(new HttpError(413, tooLarge(limit)));
      req.resume();
      return;
    }
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > 4 * limit) {
        req.destroy();
        reject(new HttpError(413, tooLarge(limit)));
      } else if (size <= limit) chunks.push(chunk);
    });
    req.on("end", () => (size > limit ? reject(new HttpError(413, tooLarge(limit))) : resolve(Buffer.concat(chunks))));
    req.on("error", reject);
  });
}

const tooLarge = (limit: number) => `Laboratório: corpo maior que o limite de ${Math.round(limit / 1024 / 1024)} MB.`;

export function parseJson(buffer: Buffer): unknown {
  try {
    return JSON.parse(buffer.toString("utf8") || "null");
  } catch {
    throw new HttpError(400, "Laboratório: o corpo do pedido não é JSON válido.");
  }
}

/** Writes a JSON answer; `headers` may override the content type (the viewer adds a charset and its security headers). */
export function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(payload), ...headers });
  res.end(payload);
}

export const sleep = (ms: number) => (ms > 0 ? new Promise<void>((r) => setTimeout(r, ms)) : Promise.resolve());
