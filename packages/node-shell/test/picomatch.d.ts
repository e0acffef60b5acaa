// picomatch 4 ships no types; the little of it used here.
declare module "picomatch" {
  interface PicomatchOptions {
    dot?: boolean;
    nocase?: boolean;
    windows?: boolean;
  }
  interface ScanState {
    base: string;
    glob: string;
    isGlob: boolean;
  }
  interface Picomatch {
    (glob: string | string[], options?: PicomatchOptions): (path: string) => boolean;
    scan(input: string, options?: PicomatchOptions): ScanState;
  }
  const picomatch: Picomatch;
  export default picomatch;
}
