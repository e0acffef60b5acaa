import type { Log } from "./log.js";

/**
 * A handler that throws must not take the server down or leave the client waiting: the error goes to the log
 * and the client gets the fallback (an empty answer).
 */
export function guard<A extends unknown[], R>(log: Log, name: string, fallback: R, handler: (...args: A) => R | Promise<R>): (...args: A) => Promise<R> {
  return async (...args: A) => {
    try {
      return await handler(...args);
    } catch (error) {
      log.error(`${name} failed`, error);
      return fallback;
    }
  };
}

/** For notifications and timers: nothing to answer, only to log. */
export function guardVoid<A extends unknown[]>(log: Log, name: string, handler: (...args: A) => void | Promise<void>): (...args: A) => void {
  return (...args: A) => {
    try {
      const result = handler(...args);
      if (result instanceof Promise) result.catch((error: unknown) => log.error(`${name} failed`, error));
    } catch (error) {
      log.error(`${name} failed`, error);
    }
  };
}
