import { UserError } from '../shared/errors.js';
import type { CommandRunner } from '../shared/exec/run-command.js';

/** The user name ACR expects with a token from `az acr login --expose-token`. */
export const ACR_TOKEN_USER = '00000000-0000-0000-0000-000000000000';

export interface AcrCredentials {
  readonly loginServer: string;
  readonly username: string;
  readonly password: string;
}

/**
 * Gets a registry token for an Azure Container Registry from the Azure CLI
 * (`az acr login --name <acr> --expose-token`), which works after azure/login
 * or an AzureCLI@2 step without a Docker CLI. `mask` is called with the token
 * before anything else happens with it.
 */
export async function acrLogin(
  acrName: string,
  run: CommandRunner,
  mask: (secret: string) => void,
): Promise<AcrCredentials> {
  if (!/^[A-Za-z0-9]{5,50}$/.test(acrName)) {
    throw new UserError(
      `Input 'acr-name' must be the registry name (5-50 letters and digits, no .azurecr.io), got ${JSON.stringify(acrName)}.`,
    );
  }
  let result;
  try {
    result = await run('az', [
      'acr',
      'login',
      '--name',
      acrName,
      '--expose-token',
      '--output',
      'json',
      '--only-show-errors',
    ]);
  } catch (error) {
    throw new UserError(`Could not run the Azure CLI for 'acr-name': ${(error as Error).message}.`, {
      hint: 'Install the Azure CLI on the runner, or pass username and password instead of acr-name.',
    });
  }
  let parsed: { accessToken?: unknown; loginServer?: unknown } = {};
  try {
    parsed = JSON.parse(result.stdout) as typeof parsed;
  } catch {
    // handled below with the exit code and stderr
  }
  if (typeof parsed.accessToken === 'string' && parsed.accessToken !== '') mask(parsed.accessToken);
  if (result.code !== 0 || typeof parsed.accessToken !== 'string' || parsed.accessToken === '') {
    const reason = result.stderr.trim().split('\n').slice(-3).join(' ') || `exit code ${result.code}`;
    throw new UserError(`'az acr login --name ${acrName} --expose-token' failed: ${reason}`, {
      hint: 'Sign in first (azure/login on GitHub, an AzureCLI@2 step on Azure Pipelines) with an identity that has AcrPush on the registry.',
    });
  }
  const loginServer =
    typeof parsed.loginServer === 'string' && parsed.loginServer
      ? parsed.loginServer
      : `${acrName.toLowerCase()}.azurecr.io`;
  return { loginServer, username: ACR_TOKEN_USER, password: parsed.accessToken };
}
