// A Redis that accepts connections and never answers (a hung node, a full network buffer): the capstone's shutdown
// still ends. Before filas.ts bounded its close, worker.close() and quit() waited for that Redis forever, so SIGTERM
// never finished. The verdict is "ended" against "never ends": the close's own 5 s limit decides; the 30 s race is
// only a safety net for a starved machine.
import { once } from "node:events";
import net from "node:net";
import { afterAll, expect, it } from "vitest";
import { startLabForTests } from "./ambiente.ts";
import { criarApp } from "../../solutions/11-chatbot-producao/app.ts";

const sockets = new Set<net.Socket>();
const mute = net.createServer((socket) => {
  sockets.add(socket);
  socket.on("error", () => {});
});

afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => mute.close(resolve));
});

it("app.close() ends while Redis accepts connections and never answers", async () => {
  const lab = await startLabForTests();
  try {
    await new Promise<void>((resolve) => mute.listen(0, "127.0.0.1", resolve));
    const { port } = mute.address() as net.AddressInfo;
    const connected = once(mute, "connection");
    const app = await criarApp({ redisUrl: `redis://127.0.0.1:${port}` } as never);
    await app.ready();
    await connected; // the app reached the mute Redis: what follows waits on it
    const outcome = await Promise.race([app.close().then(() => "ended"), new Promise((resolve) => setTimeout(resolve, 30_000, "still waiting").unref())]);
    expect(outcome).toBe("ended");
  } finally {
    await lab.close();
  }
}, 40_000);
