/**
 * What a command may touch of the outside world, so tests can run the CLI in-process and read
 * what it printed.
 */

import pc from "picocolors";

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads standard input completely (for `--feiten -`). */
  readStdin(): Promise<string>;
  /** Colour on this output stream. */
  readonly colour: boolean;
  /** Standard error is a terminal (for progress bars). */
  readonly tty?: boolean;
  readonly cwd: string;
}

export const EXIT_OK = 0;
/** The policy (or the input to evaluate) has errors, or a policy test failed. */
export const EXIT_ERRORS = 1;
/** The command was used wrongly: unknown option, missing file, … */
export const EXIT_USAGE = 2;

export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString("utf8");
    },
    colour: pc.isColorSupported && Boolean(process.stdout.isTTY),
    tty: Boolean(process.stderr.isTTY),
    cwd: process.cwd(),
  };
}

/** A usage error: printed as "fout: …" with exit code 2. */
export class UsageError extends Error {}

/**
 * Why a file the user named cannot be read, as the rest of a sentence that names it: "Het
 * feitenbestand ‘x.json’ bestaat niet." A missing file is said as such, not as unreadable.
 */
export function whyUnreadable(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT" || code === "ENOTDIR") return "bestaat niet";
  if (code === "EISDIR") return "is een map";
  if (code === "EACCES" || code === "EPERM") return "kan niet worden gelezen: er is geen toestemming om het te lezen";
  return `kan niet worden gelezen${code ? ` (${code})` : ""}`;
}
