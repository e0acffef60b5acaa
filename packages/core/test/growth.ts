/**
 * How a cost grows with the input: the CPU time at n and at 4n, each the best of a few runs. CPU time, not wall
 * time: on a shared machine a run is paused while others use the cores, and a pause in the large run read as
 * quadratic growth (CI failed so with every core busy). Linear work gives a ratio near 4, quadratic near 16; a
 * test holds the ratio under a bound between the two, and keeps a generous absolute bound beside it, so a slow
 * machine does not fail a linear scan.
 */
export interface Growth {
  small: number;
  large: number;
  ratio: number;
}

function best(run: () => void, times: number): number {
  let min = Infinity;
  for (let i = 0; i < times; i++) {
    const t0 = process.cpuUsage();
    run();
    const used = process.cpuUsage(t0);
    min = Math.min(min, (used.user + used.system) / 1000);
  }
  return min;
}

/** `make(n)` builds the input, `run` does the work; the first call warms the code up and is not counted. */
export function growth<T>(make: (n: number) => T, run: (input: T) => void, n: number, times = 3): Growth {
  run(make(Math.max(1, Math.floor(n / 4))));
  const a = make(n);
  const b = make(4 * n);
  const small = best(() => run(a), times + 2);
  const large = best(() => run(b), times);
  // Below 10 ms the clock and the collector are the noise (a shared machine has seen 5 ms runs take 8): count the
  // small run as at least 10 ms. The quadratic scans these tests guard took 100 ms and more at the small size.
  return { small, large, ratio: large / Math.max(small, 10) };
}
