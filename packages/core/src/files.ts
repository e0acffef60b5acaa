/**
 * What core asks of a front end to read other files (the config, last year's report, the units' reports): core
 * does no I/O of its own. On its own so that the config and the cross-document loader both use it without
 * importing each other.
 */
export interface FileReader {
  /** The file's text, or undefined when there is none. */
  readFile(path: string): string | undefined;
}
