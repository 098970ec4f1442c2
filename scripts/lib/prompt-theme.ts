/** pt-BR wording for @inquirer's prompts (its defaults are English: "(y/N)", "↑↓ navigate • ⏎ select"). */

/** confirm(): "(s/N)", accepts s/sim/n/não (and y/n, which inquirer always accepts). */
export const confirmTheme = {
  keywords: {
    yes: "Sim",
    no: "Não",
    error: ({ yes, no }: { yes: string; no: string }) => `Responda "${yes}" ou "${no}" (ou s/n).`,
  },
};

const KEYS: Record<string, string> = { navigate: "escolher", select: "confirmar" };

/** select(): the key help line in pt-BR. */
export const selectTheme = {
  style: {
    keysHelpTip: (keys: [string, string][]) => keys.map(([key, action]) => `${key} ${KEYS[action] ?? action}`).join(" • "),
  },
  i18n: { disabledError: "Esta opção está desativada e não pode ser escolhida." },
};
