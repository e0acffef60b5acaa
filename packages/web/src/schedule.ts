/**
 * Runs `work` once, as soon as possible, after any number of requests: no fixed delay anywhere.
 *
 * While a run is cheap (under `budgetMs`), it runs in a microtask: right after the event that asked for it,
 * before the browser paints, so the frame that shows a typed character shows its markers too. When a run
 * is costly (a very long report), it runs as the next task instead, so that keystrokes already queued are
 * handled first and a burst of them (fast typing, key repeat, a paste) costs one run. A MessageChannel
 * message is used rather than setTimeout(0), which browsers clamp to 4 ms after a few nested calls.
 */
export function coalesced(work: () => void, budgetMs = 0): () => void {
  let pending = false;
  let lastCost = Infinity;
  const run = () => {
    pending = false;
    const started = performance.now();
    work();
    lastCost = performance.now() - started;
  };
  const channel = new MessageChannel();
  channel.port1.onmessage = run;
  return () => {
    if (pending) return;
    pending = true;
    if (lastCost < budgetMs) queueMicrotask(run);
    else channel.port2.postMessage(null);
  };
}
