/**
 * Shared by the issue-20 case files: the small encoders that turn ONE hand-written sentence into its obfuscated form
 * (the text itself is always written by hand), and a collector for files that add their cases in batches.
 * Homoglyph and leetspeak maps stay in each file: every author chose their own.
 */
import { Buffer } from "node:buffer";
import type { AttackFamily, SetCaseSource } from "../types.ts";

export const b64 = (s: string): string => Buffer.from(s, "utf8").toString("base64");
export const hex = (s: string): string => Buffer.from(s, "utf8").toString("hex");
export const rot13 = (s: string): string =>
  s.replace(/[a-z]/gi, (c) => {
    const base = c <= "Z" ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
  });
export const reversed = (s: string): string => [...s].reverse().join("");
export const spaced = (s: string): string => [...s].join(" ");
export const zeroWidth = (s: string): string => [...s].join("\u200b");

type Lang = "pt" | "en";
type Source = "user" | "document";

/** A list of cases and the two helpers that add to it; every attack family but plain `override` is tricky. */
export function caseCollector() {
  const cases: SetCaseSource<AttackFamily>[] = [];
  return {
    cases,
    benign(lang: Lang, source: Source, tricky: boolean, texts: string[]): void {
      for (const text of texts) cases.push({ lang, label: "benign", source, tricky, text });
    },
    attack(lang: Lang, cls: AttackFamily, source: Source, texts: string[]): void {
      for (const text of texts) cases.push({ lang, label: "attack", cls, source, tricky: cls !== "override", text });
    },
  };
}
