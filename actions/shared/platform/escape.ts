/**
 * Escaping for CI logging commands. Both runners read one command per line, so
 * a value must never contain a raw newline, and property values must not
 * contain the characters that end a property.
 */

/** Azure Pipelines message data (azure-pipelines-task-lib `escapeData`). */
export function escapeAzureData(value: string): string {
  return value.replace(/%/g, '%AZP25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Azure Pipelines property values (azure-pipelines-task-lib `escape`). */
export function escapeAzureProperty(value: string): string {
  return escapeAzureData(value).replace(/]/g, '%5D').replace(/;/g, '%3B');
}

/** The Azure Pipelines logging command `##vso[area.action k=v;…]data`. */
export function azureCommand(
  command: string,
  properties: Readonly<Record<string, string | number | boolean | undefined>>,
  data = '',
): string {
  const props = Object.entries(properties)
    .filter((entry): entry is [string, string | number | boolean] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${escapeAzureProperty(String(value))}`)
    .join(';');
  return `##vso[${command}${props ? ` ${props}` : ''}]${escapeAzureData(data)}`;
}

/** Azure variable names allow letters, digits, `.` and `_`; action outputs use `-`. */
export function azureVariableName(outputName: string): string {
  return outputName.replace(/[^A-Za-z0-9._]/g, '_');
}

/** GitHub Actions message data (@actions/core `escapeData`). */
export function escapeGitHubData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** GitHub Actions property values (@actions/core `escapeProperty`). */
export function escapeGitHubProperty(value: string): string {
  return escapeGitHubData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** The GitHub Actions workflow command `::command k=v,…::data`. */
export function githubCommand(
  command: string,
  properties: Readonly<Record<string, string | number | undefined>>,
  data = '',
): string {
  const props = Object.entries(properties)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${escapeGitHubProperty(String(value))}`)
    .join(',');
  return `::${command}${props ? ` ${props}` : ''}::${escapeGitHubData(data)}`;
}
