import type { CiContext } from './ci-context.js';
import { checkTag, sanitizeTag } from './image-reference.js';

export interface TagRequest {
  /** Tags given by the user; when empty, the defaults apply. */
  readonly tags: readonly string[];
  readonly modelVersion?: string;
  readonly ci: CiContext;
}

/**
 * The tags to push, in order, without duplicates: the user's, or by default
 * the short commit SHA, `latest` on the default branch, and the model
 * version when given. The content-hash tag is added separately.
 */
export function resolveTags(request: TagRequest): string[] {
  const tags: string[] = [];
  if (request.tags.length > 0) {
    tags.push(...request.tags.map(checkTag));
  } else {
    if (request.ci.sha) tags.push(request.ci.sha.slice(0, 7));
    if (isDefaultBranch(request.ci)) tags.push('latest');
  }
  if (request.modelVersion) tags.push(sanitizeTag(request.modelVersion));
  if (tags.length === 0) tags.push('latest');
  return [...new Set(tags)];
}

/** True on the default branch; without a known default, `main` and `master` count. */
export function isDefaultBranch(ci: CiContext): boolean {
  if (!ci.branch) return false;
  if (ci.defaultBranch) return ci.branch === ci.defaultBranch;
  return ci.branch === 'main' || ci.branch === 'master';
}
