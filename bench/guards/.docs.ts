import { readFileSync, readdirSync, existsSync } from "node:fs";
import { detectInjection } from "../../exercises/08-injecao-prompt/detector.ts";
import { detectInjection as shipped } from "./shipped/detector.ts";
const files: string[] = [];
for (const d of readdirSync("docs")) if (d.endsWith(".md")) files.push(`docs/${d}`);
for (const d of readdirSync("exercises")) if (existsSync(`exercises/${d}/README.md`)) files.push(`exercises/${d}/README.md`);
if (existsSync("chapters")) for (const d of readdirSync("chapters", { recursive: true }) as string[]) if (String(d).endsWith(".md")) files.push(`chapters/${d}`);
const paras = files.flatMap((f) => readFileSync(f, "utf8").split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p.length > 40));
let a = 0, b = 0, ad = 0, bd = 0;
const v = process.argv[2] === "-v";
for (const p of paras) {
  const x = shipped(p).flagged, y = detectInjection(p).flagged;
  a += +x; b += +y;
  ad += +shipped(p, { source: "document" }).flagged; bd += +detectInjection(p, { source: "document" }).flagged;
  if (v && y && !x) console.log("NEW:", p.slice(0, 200).replace(/\n/g, " "));
}
console.log(`${paras.length} paragraphs from ${files.length} files: shipped ${a} (doc ${ad}), now ${b} (doc ${bd})`);
