/** The CLI's ports, injected so that tests run commands without spawning processes. */
export interface CliIo {
  /** Reads and parses a JSON file; failures are UserErrors naming the file. */
  readJson(path: string): Promise<unknown>;
  /** Writes to standard output. */
  stdout(text: string): void;
  /** Writes to standard error. */
  stderr(text: string): void;
}
