/** The watch mode's flags, shared by `npm run watch` and `npm run ex:N -- --watch` (strict parseArgs). */
export const WATCH_OPTIONS = { watch: { type: "boolean" }, poll: { type: "boolean" }, debounce: { type: "string" } } as const;
