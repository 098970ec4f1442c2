import { describe, expect, it } from "vitest";
import { applyEnvironment, ConfigError, geminiOptions, LAB_KEY, openAIOptions, readConfig } from "../lib/config.ts";
import { mask, maskSecrets } from "../lib/secrets.ts";

const OPENAI = "sk-proj-abcdefghijklmnop1234567890xyz";
const GOOGLE = "AIzaSyA1234567890abcdefghijklmnopqrstu";

describe("readConfig", () => {
  it("no keys → every provider in lab mode", () => {
    expect(readConfig({}).modes).toEqual({ gemini: "lab", openai: "lab", langsmith: "lab" });
  });

  it("a key present → that provider is real, the others stay in the lab", () => {
    const config = readConfig({ OPENAI_API_KEY: OPENAI });
    expect(config.modes).toEqual({ gemini: "lab", openai: "real", langsmith: "lab" });
    expect(config.keys.openai).toBe(OPENAI);
  });

  it("quotes around a key are tolerated", () => {
    expect(readConfig({ GOOGLE_API_KEY: `"${GOOGLE}"` }).keys.gemini).toBe(GOOGLE);
  });

  it.each([
    ["OPENAI_API_KEY", "sua-chave-aqui", "texto de exemplo"],
    ["OPENAI_API_KEY", "sk-abc def ghi jkl", "espaços"],
    ["GOOGLE_API_KEY", "sk-wrongprovider1234567", "deveria começar com AIza"],
    ["LAB_PORT", "porta", "número de porta"],
    ["LANGSMITH_ENDPOINT", "localhost", "URL completa"],
    ["WORKBOOK_MODE", "turbo", "WORKBOOK_MODE aceita"],
  ])("malformed %s → pt-BR error naming the variable", (variable, value, fragment) => {
    let error: unknown;
    try {
      readConfig({ [variable]: value });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(variable);
    expect((error as Error).message).toContain(variable);
    expect((error as Error).message).toContain(fragment);
  });

  it("a malformed key is never printed whole", () => {
    const secret = "sk-thisIsASecretWith Space999";
    try {
      readConfig({ OPENAI_API_KEY: secret });
    } catch (e) {
      expect((e as Error).message).not.toContain(secret);
      expect((e as Error).message).not.toContain("thisIsASecret");
    }
  });

  it("WORKBOOK_MODE=real without a key names the variable to set", () => {
    expect(() => readConfig({ WORKBOOK_MODE: "real" })).toThrow(/GOOGLE_API_KEY/);
  });

  it("WORKBOOK_MODE=lab ignores real keys (grading never spends them)", () => {
    expect(readConfig({ WORKBOOK_MODE: "lab", OPENAI_API_KEY: OPENAI }).modes.openai).toBe("lab");
  });
});

describe("applyEnvironment", () => {
  it("points SDK variables at the lab in lab mode", () => {
    const env: NodeJS.ProcessEnv = {};
    applyEnvironment(readConfig({}), "http://127.0.0.1:9999", env);
    expect(env).toMatchObject({
      GOOGLE_API_KEY: LAB_KEY,
      OPENAI_BASE_URL: "http://127.0.0.1:9999/v1",
      LANGSMITH_ENDPOINT: "http://127.0.0.1:9999",
      LANGSMITH_TRACING: "true",
    });
    expect(geminiOptions(env)).toEqual({ baseUrl: "http://127.0.0.1:9999" });
    expect(openAIOptions(env)).toEqual({ configuration: { baseURL: "http://127.0.0.1:9999/v1" } });
  });

  it("leaves real providers alone", () => {
    const env: NodeJS.ProcessEnv = { OPENAI_API_KEY: OPENAI };
    applyEnvironment(readConfig(env), "http://127.0.0.1:9999", env);
    expect(env.OPENAI_API_KEY).toBe(OPENAI);
    expect(env.OPENAI_BASE_URL).toBeUndefined();
    expect(geminiOptions(env)).toEqual({ baseUrl: "http://127.0.0.1:9999" });
  });

  it("LANGSMITH_TRACING=false is respected", () => {
    const env: NodeJS.ProcessEnv = { LANGSMITH_TRACING: "false" };
    applyEnvironment(readConfig(env), "http://127.0.0.1:9999", env);
    expect(env.LANGSMITH_TRACING).toBe("false");
  });
});

describe("masking", () => {
  it("mask keeps a recognisable prefix and the last 3 characters", () => {
    expect(mask(OPENAI)).toBe("sk-…xyz");
    expect(mask(GOOGLE)).toBe("AIza…stu");
    expect(mask("short")).toBe("***");
  });

  it("maskSecrets hides env values and key shapes inside any text", () => {
    const text = `chave=${OPENAI} outra=${GOOGLE} ls=lsv2_pt_0123456789abcdef_x`;
    const masked = maskSecrets(text, {});
    expect(masked).not.toContain(OPENAI);
    expect(masked).not.toContain(GOOGLE);
    expect(masked).not.toContain("lsv2_pt_0123456789abcdef");
    expect(maskSecrets("token: meu-segredo-123456", { OPENAI_API_KEY: "meu-segredo-123456" })).not.toContain("meu-segredo-123456");
  });
});
