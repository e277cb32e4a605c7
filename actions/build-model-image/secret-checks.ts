/** Names that suggest a value must stay secret (case-insensitive, as a word part). */
const SECRET_NAME = /(pass(word|wd)?|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|credential)/i;

/** Build args whose names look like secrets: their values end up in `docker history`. */
export function secretLookingBuildArgs(buildArgs: Readonly<Record<string, string>>): string[] {
  return Object.keys(buildArgs).filter((name) => SECRET_NAME.test(name));
}

/**
 * Where any of the secret values occurs in what an image exposes to anyone
 * who pulls it: the layer history (RUN lines carry build args), labels, and
 * the Dockerfile. Returns the places, never the values.
 */
export function findSecretLeaks(
  secrets: readonly string[],
  exposed: { history: readonly string[]; labels: Readonly<Record<string, string>>; dockerfile: string },
): string[] {
  const places: string[] = [];
  const values = secrets.filter((secret) => secret.length >= 4);
  const contains = (text: string): boolean => values.some((secret) => text.includes(secret));
  if (exposed.history.some(contains)) places.push('image history');
  if (Object.entries(exposed.labels).some(([key, value]) => contains(key) || contains(value))) places.push('labels');
  if (contains(exposed.dockerfile)) places.push('Dockerfile');
  return places;
}
