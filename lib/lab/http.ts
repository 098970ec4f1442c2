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

export function readBody(req: http.IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new HttpError(413, "body too large"));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

export function parseJson(buffer: Buffer): unknown {
  try {
    return JSON.parse(buffer.toString("utf8") || "null");
  } catch {
    throw new HttpError(400, "invalid JSON body");
  }
}

/** Writes a JSON answer; `headers` may override the content type (the viewer adds a charset and its security headers). */
export function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(payload), ...headers });
  res.end(payload);
}

export const sleep = (ms: number) => (ms > 0 ? new Promise<void>((r) => setTimeout(r, ms)) : Promise.resolve());
