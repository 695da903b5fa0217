/**
 * `beleid fmt` edits a file, it does not replace it: the file keeps its permissions (and its
 * owner and group where the process may set them), a symbolic link stays a link and its
 * target is formatted, a file with several names (hard links) stays one file, and a read-only file is refused and left exactly as it was.
 */

import { chmodSync, chownSync, cpSync, linkSync, lstatSync, readdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cli } from "../helpers.js";

const MESSY = "test/fixtures/format/rommelig.policy";
const CANONICAL = readFileSync("test/golden/format/rommelig.policy", "utf8");

describe("beleid fmt writing a file", () => {
  const dir = mkdtempSync(join(tmpdir(), "beleid-fmt-schrijven-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const messy = (name: string): string => {
    const path = join(dir, name);
    cpSync(MESSY, path);
    return path;
  };

  it("keeps the file's permissions", async () => {
    const file = messy("prive.policy");
    chmodSync(file, 0o600);
    const run = await cli(["fmt", file]);
    expect(run.code).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(CANONICAL);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const shared = messy("gedeeld.policy");
    chmodSync(shared, 0o664);
    await cli(["fmt", shared]);
    expect(statSync(shared).mode & 0o777).toBe(0o664);
  });

  it("refuses a read-only file, names it and leaves it as it was", async () => {
    const file = messy("alleen-lezen.policy");
    chmodSync(file, 0o444);
    const run = await cli(["fmt", file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`Het bestand ‘${file}’ is alleen-lezen; beleid fmt wijzigt het niet.`);
    expect(run.stdout).toBe("0 bestanden opgemaakt, 0 ongewijzigd, 1 niet opgemaakt vanwege een fout.\n");
    expect(readFileSync(file, "utf8")).toBe(readFileSync(MESSY, "utf8"));
    expect(statSync(file).mode & 0o777).toBe(0o444);
    // Checking needs no writing.
    expect((await cli(["fmt", "--check", file])).stderr).toBe("");
  });

  it("formats the target of a symbolic link and keeps the link", async () => {
    const target = messy("doel.policy");
    const link = join(dir, "link.policy");
    symlinkSync("doel.policy", link);
    const run = await cli(["fmt", link]);
    expect(run.code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe("doel.policy");
    expect(readFileSync(target, "utf8")).toBe(CANONICAL);
  });

  it("formats a hard-linked file in place, so that every name shows the formatted file", async () => {
    const file = messy("hard.policy");
    const other = join(dir, "ook-hard.policy");
    linkSync(file, other);
    const inode = statSync(file).ino;
    const run = await cli(["fmt", file]);
    expect(run.code).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(CANONICAL);
    expect(readFileSync(other, "utf8")).toBe(CANONICAL);
    expect(statSync(file).ino).toBe(inode);
    expect(statSync(file).nlink).toBe(2);
    expect(readdirSync(dir).filter((name) => name.startsWith(".beleid-tmp"))).toEqual([]);
  });

  it("formats a file whose name is as long as the file system allows (the temporary file next to it has a short name)", async () => {
    const file = join(dir, `${"a".repeat(255 - ".policy".length)}.policy`);
    try {
      cpSync(MESSY, file);
    } catch {
      return; // a file system with shorter names
    }
    const run = await cli(["fmt", file]);
    expect(run.code).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(CANONICAL);
  });

  it("formats a file with only carriage returns as line ends (old Mac), with line feeds", async () => {
    const file = join(dir, "mac.policy");
    writeFileSync(file, readFileSync(MESSY, "utf8").replace(/\n/g, "\r"));
    const run = await cli(["fmt", file]);
    expect(run.code).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(CANONICAL);
  });

  it.runIf(process.getuid?.() === 0)("keeps owner and group when root formats someone's file", async () => {
    const file = messy("van-een-ander.policy");
    chownSync(file, 1234, 5678);
    chmodSync(file, 0o640);
    expect((await cli(["fmt", file])).code).toBe(0);
    const after = statSync(file);
    expect([after.uid, after.gid, after.mode & 0o777]).toEqual([1234, 5678, 0o640]);
    expect(readFileSync(file, "utf8")).toBe(CANONICAL);
  });
});
