/**
 * A rename that fails after every target was checked (something changed in between): the
 * files already renamed are put back from their backups, new ones removed, so the set of
 * outputs is unchanged after all. The file system's rename is replaced to fail on demand.
 */

import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";

const failOn = vi.hoisted(() => ({ path: undefined as string | undefined, removal: undefined as string | undefined, backup: undefined as string | undefined }));

vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>();
  const renameSync: typeof fs.renameSync = (from, to) => {
    if (to === failOn.path) throw Object.assign(new Error(`EISDIR: rename '${String(from)}' -> '${String(to)}'`), { code: "EISDIR" });
    fs.renameSync(from, to);
  };
  // An immutable file: unlink is refused with EPERM.
  const unlinkSync: typeof fs.unlinkSync = (path) => {
    if (path === failOn.removal) throw Object.assign(new Error(`EPERM: unlink '${String(path)}'`), { code: "EPERM" });
    fs.unlinkSync(path);
  };
  // A read-only folder: no hard link and no copy can be made next to the file.
  const linkSync: typeof fs.linkSync = (from, to) => {
    if (from === failOn.backup) throw Object.assign(new Error(`EACCES: link '${String(from)}'`), { code: "EACCES" });
    fs.linkSync(from, to);
  };
  const copyFileSync: typeof fs.copyFileSync = (from, to, mode) => {
    if (from === failOn.backup) throw Object.assign(new Error(`EACCES: copyfile '${String(from)}'`), { code: "EACCES" });
    fs.copyFileSync(from, to, mode);
  };
  const replaced = { renameSync, unlinkSync, linkSync, copyFileSync };
  return { ...fs, default: { ...fs, ...replaced }, ...replaced };
});

const { OutputError, writeOutputs } = await import("../../compiler/output.js");

afterEach(() => {
  failOn.path = undefined;
  failOn.removal = undefined;
  failOn.backup = undefined;
});

describe("a rename that fails midway", () => {
  it("puts back the files already replaced and removes the new ones", () => {
    const dir = mkdtempSync(join(tmpdir(), "beleid-terugzetten-"));
    writeFileSync(join(dir, "a.txt"), "oud a");
    writeFileSync(join(dir, "c.txt"), "oud c");
    failOn.path = join(dir, "c.txt");
    const attempt = () =>
      writeOutputs([
        { path: join(dir, "a.txt"), content: "nieuw a" },
        { path: join(dir, "nieuw", "b.txt"), content: "nieuw b" },
        { path: join(dir, "c.txt"), content: "nieuw c" },
      ]);
    expect(attempt).toThrow(OutputError);
    expect(attempt).toThrow(`De uitvoer kan niet worden geschreven naar ‘${join(dir, "c.txt")}’: daar staat een map.`);
    expect(readFileSync(join(dir, "a.txt"), "utf8")).toBe("oud a");
    expect(readFileSync(join(dir, "c.txt"), "utf8")).toBe("oud c");
    expect(existsSync(join(dir, "nieuw"))).toBe(false);
    // No temporary file and no backup is left behind.
    expect(readdirSync(dir).sort()).toEqual(["a.txt", "c.txt"]);
  });

  it("puts back the files written and removed when a removal fails", () => {
    const dir = mkdtempSync(join(tmpdir(), "beleid-terugzetten-"));
    for (const name of ["a.txt", "weg1.txt", "weg2.txt"]) writeFileSync(join(dir, name), `oud ${name}`);
    failOn.removal = join(dir, "weg2.txt");
    const attempt = () => writeOutputs([{ path: join(dir, "a.txt"), content: "nieuw a" }, { path: join(dir, "b.txt"), content: "nieuw b" }], [join(dir, "weg1.txt"), join(dir, "weg2.txt")]);
    expect(attempt).toThrow(`Het verouderde uitvoerbestand ‘${join(dir, "weg2.txt")}’ kan niet worden verwijderd: geen toestemming om het te verwijderen.`);
    for (const name of ["a.txt", "weg1.txt", "weg2.txt"]) expect(readFileSync(join(dir, name), "utf8")).toBe(`oud ${name}`);
    expect(readdirSync(dir).sort()).toEqual(["a.txt", "weg1.txt", "weg2.txt"]);

    failOn.removal = undefined;
    writeOutputs([{ path: join(dir, "a.txt"), content: "nieuw a" }], [join(dir, "weg1.txt"), join(dir, "weg2.txt"), join(dir, "al-weg.txt")]);
    expect(readdirSync(dir).sort()).toEqual(["a.txt"]);
  });

  it("names the file to remove, not an output, when it cannot even be backed up (a read-only folder)", () => {
    const dir = mkdtempSync(join(tmpdir(), "beleid-terugzetten-"));
    for (const name of ["a.txt", "weg.txt"]) writeFileSync(join(dir, name), `oud ${name}`);
    failOn.backup = join(dir, "weg.txt");
    const attempt = () => writeOutputs([{ path: join(dir, "a.txt"), content: "nieuw a" }], [join(dir, "weg.txt")]);
    expect(attempt).toThrow(`Het verouderde uitvoerbestand ‘${join(dir, "weg.txt")}’ kan niet worden verwijderd: geen toestemming om het te verwijderen.`);
    expect(readFileSync(join(dir, "a.txt"), "utf8")).toBe("oud a.txt");
    expect(readdirSync(dir).sort()).toEqual(["a.txt", "weg.txt"]);
  });

  // A real immutable file, where the machine allows one (root on a file system with attributes).
  const immutable = (() => {
    const probe = join(mkdtempSync(join(tmpdir(), "beleid-chattr-")), "probe");
    writeFileSync(probe, "");
    const made = spawnSync("chattr", ["+i", probe]).status === 0;
    if (made) spawnSync("chattr", ["-i", probe]);
    return made;
  })();
  it.skipIf(!immutable)("says that an immutable file cannot be removed, not that the path is wrong", () => {
    const dir = mkdtempSync(join(tmpdir(), "beleid-terugzetten-"));
    writeFileSync(join(dir, "weg.txt"), "oud");
    spawnSync("chattr", ["+i", join(dir, "weg.txt")]);
    try {
      expect(() => writeOutputs([{ path: join(dir, "a.txt"), content: "nieuw a" }], [join(dir, "weg.txt")])).toThrow(
        `Het verouderde uitvoerbestand ‘${join(dir, "weg.txt")}’ kan niet worden verwijderd: geen toestemming om het te verwijderen.`,
      );
      expect(readdirSync(dir)).toEqual(["weg.txt"]);
    } finally {
      spawnSync("chattr", ["-i", join(dir, "weg.txt")]);
    }
  });

  it.skipIf(!existsSync("/proc/self"))("refuses a folder where none can be made (/proc) instead of hanging", () => {
    expect(() => writeOutputs([{ path: "/proc/beleid-uitvoer/a.txt", content: "a" }])).toThrow(
      "De uitvoer kan niet worden geschreven naar ‘/proc/beleid-uitvoer/a.txt’: de map bestaat niet en kan niet worden gemaakt.",
    );
  });

  it("writes everything and leaves no backup when every rename succeeds", () => {
    const dir = mkdtempSync(join(tmpdir(), "beleid-terugzetten-"));
    writeFileSync(join(dir, "a.txt"), "oud a");
    writeOutputs([
      { path: join(dir, "a.txt"), content: "nieuw a" },
      { path: join(dir, "nieuw", "b.txt"), content: "nieuw b" },
    ]);
    expect(readFileSync(join(dir, "a.txt"), "utf8")).toBe("nieuw a");
    expect(readFileSync(join(dir, "nieuw", "b.txt"), "utf8")).toBe("nieuw b");
    expect(readdirSync(dir).sort()).toEqual(["a.txt", "nieuw"]);
  });
});
