/**
 * Reads a command's options in order, with the same errors everywhere: a flag without its value, an unknown flag,
 * a malformed account id. Commands loop over `next()` and ask for values as they meet their flags.
 */
import { UserError } from '../core/errors.js';

/** A cursor over one command's arguments. */
export class ArgReader {
  private i = -1;

  constructor(
    private readonly command: string,
    private readonly args: readonly string[],
    private readonly usage: string,
  ) {}

  /** The next argument, or undefined at the end. */
  next(): string | undefined {
    this.i++;
    return this.args[this.i];
  }

  /** The value of the flag just read. */
  value(flag: string): string {
    const v = this.args[this.i + 1];
    if (v === undefined || v.startsWith('--'))
      throw new UserError(`${this.command}: ${flag} needs a value`, this.usage);
    this.i++;
    return v;
  }

  /** Every value following the flag just read, up to the next flag (at least one). */
  values(flag: string): string[] {
    const out = [this.value(flag)];
    while (this.i + 1 < this.args.length && !this.args[this.i + 1].startsWith('--')) out.push(this.args[++this.i]);
    return out;
  }

  /** One of the allowed values. */
  choice<T extends string>(flag: string, allowed: readonly T[]): T {
    const v = this.value(flag);
    const found = allowed.find((a) => a === v);
    if (!found)
      throw new UserError(
        `${this.command}: ${flag} must be ${allowed.join(', ').replace(/, ([^,]*)$/, ' or $1')}, got ${v}`,
      );
    return found;
  }

  /** A 12-digit account id. */
  accountId(flag: string): string {
    return this.checkAccountId(flag, this.value(flag));
  }

  /** A comma-separated list of 12-digit account ids (`ID[,ID…]`). */
  accountIds(flag: string): string[] {
    return this.value(flag)
      .split(',')
      .map((id) => this.checkAccountId(flag, id.trim()));
  }

  private checkAccountId(flag: string, v: string): string {
    if (!/^\d{12}$/.test(v)) throw new UserError(`${this.command}: ${flag} must be a 12-digit account id, got ${v}`);
    return v;
  }

  /** A positive whole number. */
  positiveInteger(flag: string): number {
    const v = this.value(flag);
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1)
      throw new UserError(`${this.command}: ${flag} must be a positive whole number, got ${v}`);
    return n;
  }

  /** The error for an argument the command does not know. */
  unknown(arg: string): never {
    throw new UserError(`${this.command}: unknown option ${arg}`, this.usage);
  }
}
