/** What the console learns at run time from the gateway that serves it (GET /console-config.json). */
export interface ConsoleConfig {
  oidc: {
    /** The realm URL, `…/realms/city-ops`: its discovery document names every endpoint. */
    authority: string;
    /** The public client the console signs in as (`city-ops-console`). */
    clientId: string;
  };
}

/** Path of the console's run-time configuration at the gateway. */
export const CONSOLE_CONFIG_PATH = '/console-config.json';

export async function loadConsoleConfig(): Promise<ConsoleConfig> {
  const response = await fetch(CONSOLE_CONFIG_PATH, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`console configuration answered ${response.status}`);
  return (await response.json()) as ConsoleConfig;
}
