/**
 * Shared pieces of the deploy rules (exercise 10 and chapter §6): the result type every rule returns,
 * the pt-BR failure formatter, a small shell tokenizer (to read `RUN` and workflow `run:` scripts),
 * a Docker-style glob matcher and the secret detectors.
 *
 * Identifiers are English; every string a student reads is pt-BR.
 */

/** One thing wrong with a file, with the 1-based line when known. */
export interface Problem {
  line?: number;
  message: string;
}

/** What a rule is and why it matters (pt-BR, shown with every failure). */
export interface RuleSpec {
  id: string;
  /** Test name shown to the student (pt-BR). */
  title: string;
  /** Why the rule exists in production (pt-BR). */
  why: string;
}

export interface RuleResult extends RuleSpec {
  ok: boolean;
  problems: Problem[];
}

export function ruleResult(spec: RuleSpec, problems: Problem[]): RuleResult {
  return { ...spec, ok: problems.length === 0, problems };
}

/** The pt-BR message of a failed rule: each problem with file and line, then why it matters. */
export function describeFailure(result: RuleResult, file: string): string {
  const where = (p: Problem) => (p.line ? `${file}, linha ${p.line}` : file);
  // The title is not repeated: vitest and `npm run ex:N` already print the test name above the message.
  return [...result.problems.map((p) => `• ${where(p)}: ${p.message}`), `Por que importa: ${result.why}`].join("\n");
}

/** Splits text into lines, tolerating CRLF (files edited on Windows). */
export function splitLines(text: string): string[] {
  return text.split(/\r?\n/);
}

// ---------------------------------------------------------------------------------------------
// Shell: enough to find commands in `RUN` lines and `run:` steps, not a full shell parser.
// ---------------------------------------------------------------------------------------------

/**
 * Splits a shell script into simple commands, each a list of words with quotes removed.
 * Separators outside quotes: newline, `;`, `&&`, `||`, `|`, `&`, `(`, `)`. Comments (`#` at the start
 * of a word) run to the end of the line; backslash-newline joins lines.
 */
export function shellCommands(script: string): string[][] {
  const commands: string[][] = [];
  let words: string[] = [];
  let word = "";
  let inWord = false;
  let quote: "'" | '"' | null = null;
  const endWord = () => {
    if (inWord) words.push(word);
    word = "";
    inWord = false;
  };
  const endCommand = () => {
    endWord();
    if (words.length) commands.push(words);
    words = [];
  };
  const text = script.replace(/\\\r?\n/g, " ");
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = null;
      else if (c === "\\" && quote === '"' && i + 1 < text.length) word += text[++i];
      else word += c;
      continue;
    }
    if (c === "'" || c === '"') {
      quote = c;
      inWord = true;
    } else if (c === "\\" && i + 1 < text.length) {
      word += text[++i];
      inWord = true;
    } else if (c === "#" && !inWord) {
      while (i + 1 < text.length && text[i + 1] !== "\n") i++;
    } else if (c === "\n" || c === "\r" || c === ";" || c === "|" || c === "&" || c === "(" || c === ")") {
      endCommand();
    } else if (c === " " || c === "\t") {
      endWord();
    } else {
      word += c;
      inWord = true;
    }
  }
  endCommand();
  return commands;
}

/** Shell keywords that can open a command (`for …; do curl …`, `if …; then …`, `! cmd`, `{ cmd; }`). */
const LEADING_KEYWORDS = ["do", "then", "else", "elif", "if", "while", "until", "!", "{"];

/**
 * Drops leading `VAR=value` assignments, wrappers (`sudo`, `env`, `exec`, `time`) and shell keywords
 * (`do`, `then`, `if`, `!`…) from a command.
 */
export function commandWords(words: string[]): string[] {
  let i = 0;
  while (i < words.length) {
    const w = words[i]!;
    if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(w) || ["sudo", "env", "exec", "time", "command", ...LEADING_KEYWORDS].includes(w)) i++;
    else break;
  }
  return words.slice(i);
}

const NPM_CI = new Set(["ci", "clean-install", "ic", "install-clean", "isntall-clean"]);
const NPM_INSTALL = new Set(["install", "i", "in", "ins", "inst", "insta", "instal", "isnt", "isnta", "isntal", "isntall", "add"]);

export interface NpmCall {
  /** Normalised sub-command: "ci", "install", "prune", "run", "test" or whatever was typed. */
  command: string;
  args: string[];
  /** `--omit=dev`, `--omit dev`, `--production` or `--only=prod[uction]`. */
  omitsDev: boolean;
}

/** Every `npm …` invocation in a script (`npx` is not npm here). */
export function npmCalls(script: string): NpmCall[] {
  const calls: NpmCall[] = [];
  for (const raw of shellCommands(script)) {
    const words = commandWords(raw);
    if (words[0] !== "npm") continue;
    const rest = words.slice(1);
    const subIndex = rest.findIndex((w) => !w.startsWith("-"));
    const typed = subIndex >= 0 ? rest[subIndex]! : "";
    const command = NPM_CI.has(typed) ? "ci" : NPM_INSTALL.has(typed) ? "install" : typed === "t" || typed === "tst" ? "test" : typed;
    const args = rest.filter((_, i) => i !== subIndex);
    const omitsDev = args.some(
      (a, i) =>
        /^--omit=(.*,)?dev(,.*)?$/.test(a) ||
        (a === "--omit" && args[i + 1] === "dev") ||
        a === "--production" ||
        a === "--production=true" ||
        /^--only=prod(uction)?$/.test(a),
    );
    calls.push({ command, args, omitsDev });
  }
  return calls;
}

/** True when a script only prints or waits (`echo`, `printf`, `true`, `:`, `sleep`, `exit 0`): it does nothing real. */
export function isNoOpScript(script: string): boolean {
  const commands = shellCommands(script).map(commandWords).filter((w) => w.length > 0);
  if (commands.length === 0) return true;
  return commands.every((w) => ["echo", "printf", "true", ":", "sleep", "exit"].includes(w[0]!) && !(w[0] === "exit" && w[1] && w[1] !== "0"));
}

/** curl calls in a script and whether each fails on HTTP errors (`-f`, `--fail`, `--fail-with-body`). */
export function curlCalls(script: string): Array<{ words: string[]; failsOnHttpError: boolean }> {
  return shellCommands(script)
    .map(commandWords)
    .filter((w) => w[0] === "curl")
    .map((words) => ({
      words,
      failsOnHttpError: words.some((w) => w === "--fail" || w === "--fail-with-body" || /^-[A-Za-z]*f[A-Za-z]*$/.test(w)),
    }));
}

// ---------------------------------------------------------------------------------------------
// Docker-style globs (`.dockerignore`, COPY sources): `*`, `?`, `[...]`, `**`, `\` escapes.
// ---------------------------------------------------------------------------------------------

/** Normalises a path the way Docker does before matching: forward slashes, no leading `./` or `/`, no trailing `/`. */
export function cleanPath(p: string): string {
  let out = p.trim().replace(/\/+/g, "/");
  while (out.startsWith("./")) out = out.slice(2);
  out = out.replace(/^\/+/, "").replace(/\/+$/, "");
  const parts: string[] = [];
  for (const part of out.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") parts.pop();
    else parts.push(part);
  }
  return parts.length ? parts.join("/") : ".";
}

/** Converts a Docker glob to an anchored RegExp over clean, slash-separated paths. */
export function globToRegExp(pattern: string): RegExp {
  const p = cleanPath(pattern);
  let re = "^";
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    if (c === "*" && p[i + 1] === "*") {
      if (p[i + 2] === "/") {
        re += "(?:.*/)?";
        i += 2;
      } else {
        re += ".*";
        i += 1;
      }
    } else if (c === "*") {
      re += "[^/]*";
    } else if (c === "?") {
      re += "[^/]";
    } else if (c === "[") {
      const end = p.indexOf("]", i + 1);
      if (end < 0) {
        re += "\\[";
      } else {
        let body = p.slice(i + 1, end);
        if (body.startsWith("^") || body.startsWith("!")) body = "^" + body.slice(1);
        re += `[${body.replace(/\\/g, "\\\\")}]`;
        i = end;
      }
    } else if (c === "\\" && i + 1 < p.length) {
      re += escapeRegExp(p[++i]!);
    } else {
      re += escapeRegExp(c);
    }
  }
  return new RegExp(re + "$");
}

function escapeRegExp(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/** True when `path` or one of its parent folders matches the glob (how Docker treats folders). */
export function globMatchesPathOrParent(pattern: string, path: string): boolean {
  const re = globToRegExp(pattern);
  const parts = cleanPath(path).split("/");
  for (let n = 1; n <= parts.length; n++) if (re.test(parts.slice(0, n).join("/"))) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// Secrets
// ---------------------------------------------------------------------------------------------

/** Names that hold credentials: `*_API_KEY`, `*TOKEN*` (whole word), `*SECRET*`, `*PASSWORD*`, `*_KEY`… */
export function isSecretName(name: string): boolean {
  const n = name.toUpperCase().replace(/-/g, "_");
  return /(?:^|_)(?:API_?KEY|APIKEY|TOKEN|SECRET|SECRETS|PASSWORD|PASSWD|PASS|PRIVATE_KEY|CREDENTIALS?|ACCESS_KEY)(?:$|_)|_KEY$/.test(n);
}

const SECRET_VALUE_PATTERNS: Array<{ provider: string; re: RegExp }> = [
  { provider: "OpenAI/Anthropic (sk-…)", re: /\bsk-(?:proj-|ant-)?[A-Za-z0-9_-]{20,}/ },
  { provider: "Google/Gemini (AIza…)", re: /\bAIza[0-9A-Za-z_-]{30,}/ },
  { provider: "LangSmith (lsv2_…)", re: /\blsv2_(?:pt|sk)_[A-Za-z0-9_]{20,}/ },
  { provider: "GitHub (ghp_…)", re: /\bgh[pousr]_[A-Za-z0-9]{30,}/ },
];

/** Lines of `text` that contain something shaped like a real API key. */
export function findLiteralKeys(text: string): Array<{ line: number; provider: string }> {
  const found: Array<{ line: number; provider: string }> = [];
  splitLines(text).forEach((content, index) => {
    for (const { provider, re } of SECRET_VALUE_PATTERNS) if (re.test(content)) found.push({ line: index + 1, provider });
  });
  return found;
}
