/**
 * A timeout signal that keeps the process alive while it runs.
 *
 * `AbortSignal.timeout()` uses an unref'd timer, and undici may leave a
 * socket that waits for response headers unref'd too: a request to a port
 * that accepts but never answers (docker-proxy before the model server
 * listens) then leaves nothing holding the event loop, and Node exits
 * mid-await with code 13 — leaving the model container running. A ref'd
 * timer prevents that.
 */
export function timeoutSignal(ms: number, outer?: AbortSignal): { signal: AbortSignal; clear: () => void } {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException(`timed out after ${ms} ms`, 'TimeoutError')), ms);
  const onOuter = (): void => controller.abort(outer?.reason);
  if (outer?.aborted) controller.abort(outer.reason);
  else outer?.addEventListener('abort', onOuter, { once: true });
  return {
    signal: controller.signal,
    clear: () => {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onOuter);
    },
  };
}
