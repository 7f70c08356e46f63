/**
 * Progress on stderr for the commands that evaluate: one line per phase; in a terminal, also a counter redrawn in
 * place (at most every 100 ms), erased before the next line so that logs stay clean.
 */
import type { CliIo } from './cli-io.js';

/** The progress ports of the plan and audit use cases. */
export interface ProgressDisplay {
  progress(line: string): void;
  tick?(done: number, total: number): void;
}

/** A progress display writing to the CLI's stderr. */
export function progressDisplay(io: CliIo): ProgressDisplay {
  let drawn = false;
  let last = 0;
  const clear = () => {
    if (drawn) io.stderr('\r\x1b[K');
    drawn = false;
  };
  return {
    progress: (line) => {
      clear();
      io.stderr(`iam-impact: ${line}\n`);
    },
    tick: io.stderrIsTerminal
      ? (done, total) => {
          const now = Date.now();
          if (done < total && now - last < 100) return;
          last = now;
          io.stderr(
            `\r\x1b[Kiam-impact: analysing principals ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')}`,
          );
          drawn = true;
        }
      : undefined,
  };
}
