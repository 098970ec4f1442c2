// Runs vitest on check files and prints the results as one JSON line on stdout.
// Plain JavaScript on purpose: importing vitest under tsx's loader costs ~1 s more than under
// plain node (measured: 1.3 s vs 0.32 s), and `npm run ex:N` must feel instant.
// Usage: node scripts/lib/checks-child.mjs <root> <target> <checkFile>...
import path from "node:path";

const [root, target, ...files] = process.argv.slice(2);
process.env.WORKBOOK_TARGET = path.resolve(root, target);

/** vitest formats assertion errors as "<message>: expected … // …": keep the check's own message. */
function teachingMessage(raw) {
  const cut = raw.search(/: expected [\s\S]*$/);
  return (cut > 0 ? raw.slice(0, cut) : raw).trim();
}

function collect(modules) {
  return modules.map((module) => {
    const tests = [...module.children.allTests()].map((test) => {
      const result = test.result();
      const error = result.errors?.[0];
      return {
        name: test.name,
        state: result.state,
        message: error ? teachingMessage(error.message ?? String(error)) : undefined,
        expected: error?.expected,
        actual: error?.actual,
        durationMs: test.diagnostic()?.duration,
      };
    });
    const errors = module.errors();
    return {
      file: path.relative(root, module.moduleId).split(path.sep).join("/"),
      tests,
      error: errors.length ? errors.map((e) => e.message).join("\n") : undefined,
    };
  });
}

const { createVitest } = await import("vitest/node");
let results = [];
const vitest = await createVitest(
  "test",
  {
    root,
    config: path.join(root, "vitest.config.ts"),
    watch: false,
    project: ["checks"],
    reporters: [{ onTestRunEnd: (modules) => void (results = collect(modules)) }],
  },
  {},
);
try {
  await vitest.start(files.map((f) => path.resolve(root, f)));
} finally {
  await vitest.close();
}
process.stdout.write(`${JSON.stringify(results)}\n`);
process.exit(0);
