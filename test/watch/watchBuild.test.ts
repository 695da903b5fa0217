/**
 * The watch loop of `beleid build --watch`, in-process with a fake file watcher and a fake
 * clock: no sleeping, no timing. Changes to a policy and to a file it includes trigger one
 * debounced rebuild; errors are reported and write nothing; the loop keeps going.
 */

import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runBuildWatch } from "../../bin/commands/buildWatch.js";
import type { CliIo } from "../../bin/cli/io.js";
import { watchBuild, type Clock, type WatchEvent, type Watcher } from "../../compiler/watch/watchBuild.js";

class FakeWatcher implements Watcher {
  readonly dirs = new Map<string, (name: string | null) => void>();
  closed: string[] = [];
  watch(dir: string, onChange: (name: string | null) => void) {
    this.dirs.set(dir, onChange);
    return { close: () => this.closed.push(dir) };
  }
  change(file: string) {
    const path = resolve(file);
    const dir = path.slice(0, path.lastIndexOf("/"));
    this.dirs.get(dir)?.(path.slice(dir.length + 1));
  }
}

class FakeClock implements Clock {
  private next = 1;
  readonly timers = new Map<number, () => void>();
  setTimeout(callback: () => void) {
    const id = this.next++;
    this.timers.set(id, callback);
    return id;
  }
  clearTimeout(handle: unknown) {
    this.timers.delete(handle as number);
  }
  tick() {
    const due = [...this.timers.values()];
    this.timers.clear();
    for (const callback of due) callback();
  }
}

const SHARED = `taalversie: 1
soort: gedeeld
hoofdstukken:
  inleiding:
    nummer: "1"
    titel: Inleiding
`;

const policy = (condition: string) => `taalversie: 1
organisatie: Caresq
zorgverzekeraar: Eucare
domein: voorbeeld
titel: Inkoopbeleid Voorbeeld 2026
jaar: 2026
versie: 2026-01
omvat:
  - gedeeld.policy

hoofdstukken:
  basis:
    nummer: "3"
    titel: Voorwaarden

feiten:
  keurmerk:
    type: ja/nee
    omschrijving: De praktijk heeft het keurmerk.

zorgsoorten:
  voorbeeldzorg:
    naam: Voorbeeldzorg
    overeenkomst:
      soort: nieuw
      hoofdstuk: basis
      tekst: Caresq biedt een zorgovereenkomst aan.

groepen:
  basis:
    titel: Voorwaarden
    hoofdstuk: basis
    soort: randvoorwaarde
    zorgsoorten: alle
    regels:
      keurmerk_verplicht:
        tekst: De praktijk heeft het keurmerk.
        voorwaarde: ${condition}
`;

const root = mkdtempSync(join(tmpdir(), "beleid-watch-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function setUp(name: string) {
  const dir = join(root, name, "policies");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "gedeeld.policy"), SHARED);
  writeFileSync(join(dir, "voorbeeld.policy"), policy("keurmerk"));
  return { dir, main: join(dir, "voorbeeld.policy"), shared: join(dir, "gedeeld.policy"), out: join(root, name, "dist"), evaluator: join(root, name, "dist", "policies", "voorbeeld", "voorbeeld.js") };
}

describe("beleid build --watch", () => {
  it("rebuilds once per burst of changes, also for an included file, and keeps going after errors", async () => {
    const files = setUp("loop");
    const watcher = new FakeWatcher();
    const clock = new FakeClock();
    const events: WatchEvent[] = [];
    const session = watchBuild({ findFiles: () => [files.main], outDir: files.out, report: (e) => events.push(e), watcher, clock });

    await session.idle();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ kind: "gebouwd", written: true });
    expect(session.watchedFiles()).toEqual([resolve(files.shared), resolve(files.main)].sort());
    const first = readFileSync(files.evaluator, "utf8");

    // An error: reported, nothing written, the previous evaluator stays.
    writeFileSync(files.main, policy("keurmerk > 1"));
    watcher.change(files.main);
    watcher.change(files.main);
    expect(clock.timers.size).toBe(1);
    clock.tick();
    await session.idle();
    expect(events).toHaveLength(2);
    const failed = events[1]!;
    expect(failed.kind === "gebouwd" && failed.written).toBe(false);
    expect(failed.kind === "gebouwd" && failed.plan.diagnostics.map((d) => d.code)).toEqual(["BL202"]);
    expect(readFileSync(files.evaluator, "utf8")).toBe(first);

    // Fixed, and a change in the included file: rebuilt and written.
    writeFileSync(files.main, policy("keurmerk"));
    writeFileSync(files.shared, SHARED.replace("Inleiding", "Over dit beleid"));
    watcher.change(files.shared);
    clock.tick();
    await session.idle();
    expect(events).toHaveLength(3);
    expect(events[2]).toMatchObject({ kind: "gebouwd", written: true });
    expect(readFileSync(files.evaluator, "utf8")).toContain("Over dit beleid");

    // Other files in the folder do not trigger a build.
    watcher.dirs.get(resolve(files.dir))?.("aantekeningen.txt");
    expect(clock.timers.size).toBe(0);

    session.close();
    expect(watcher.closed).toEqual([resolve(files.dir)]);
  });

  it("a change during a build leads to one more build afterwards", async () => {
    const files = setUp("tijdens");
    const watcher = new FakeWatcher();
    const clock = new FakeClock();
    const events: WatchEvent[] = [];
    const session = watchBuild({ findFiles: () => [files.main], outDir: files.out, report: (e) => events.push(e), watcher, clock });
    await session.idle();
    watcher.change(files.main);
    clock.tick();
    watcher.change(files.main);
    clock.tick();
    await session.idle();
    expect(events).toHaveLength(3);
    session.close();
  });

  it("prints diagnostics and a status line, and stops cleanly", async () => {
    const files = setUp("cli");
    writeFileSync(files.main, policy("keurmerk > 1"));
    let out = "";
    let err = "";
    const io: CliIo = { stdout: (t) => void (out += t), stderr: (t) => void (err += t), readStdin: async () => "", colour: false, cwd: join(root, "cli") };
    let stop!: () => void;
    const stopped = new Promise<void>((done) => (stop = done));
    const watcher = new FakeWatcher();
    const running = runBuildWatch(["policies/voorbeeld.policy"], "dist", io, stopped, { watcher, clock: new FakeClock() });
    await new Promise((done) => setTimeout(done, 0));
    while (!out.includes("Wacht op wijzigingen")) await new Promise((done) => setTimeout(done, 20));
    stop();
    expect(await running).toBe(0);
    expect(err).toContain("BL202");
    expect(out).toContain("1 beleidsbestand gecontroleerd: 1 fout. Er is niets geschreven.");
    expect(existsSync(files.evaluator)).toBe(false);
  });
});
