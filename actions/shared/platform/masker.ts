/**
 * Replaces registered secrets with `***` in text this process prints itself.
 * GitHub and Azure mask registered secrets in their own log viewers too; the
 * local CLI has nobody else to do it.
 */
export class Masker {
  private readonly secrets = new Set<string>();

  add(secret: string): void {
    // Mask each line too: a multi-line secret can reach the log one line at a time.
    for (const part of [secret, ...secret.split(/\r?\n/)]) {
      if (part.trim().length >= 3) this.secrets.add(part);
    }
  }

  mask(text: string): string {
    let out = text;
    // Longest first, so a secret that contains another is masked whole.
    for (const secret of [...this.secrets].sort((a, b) => b.length - a.length)) out = out.split(secret).join('***');
    return out;
  }
}
