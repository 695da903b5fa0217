/**
 * The watch loop of `beleid build --watch`, in-process with a fake file watcher and a fake
 * clock: no sleeping, no timing. Changes to a policy and to a file it includes trigger one
 * debounced rebuild; errors are reported and write nothing; the loop keeps going.
 */

import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { printWatchEvent, runBuildWatch } from "../../bin/commands/buildWatch.js";
import type { CliIo } from "../../bin/cli/io.js";
import { findPolicyFiles } from "../../compiler/files.js";
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

/**
 * A watcher that behaves as inotify does: a watch on a folder that is removed or moved away
 * gets the folder's own name as its last event and then reports nothing, even when a folder
 * of the same name comes back.
 */
class LiveWatcher implements Watcher {
  private readonly handles: { dir: string; onChange: (name: string | null) => void; live: boolean }[] = [];
  watch(dir: string, onChange: (name: string | null) => void) {
    const handle = { dir: resolve(dir), onChange, live: true };
    this.handles.push(handle);
    return { close: () => void (handle.live = false) };
  }
  private emit(dir: string, name: string) {
    for (const handle of this.handles) if (handle.live && handle.dir === resolve(dir)) handle.onChange(name);
  }
  change(file: string) {
    this.emit(dirname(file), basename(file));
  }
  created(dir: string) {
    this.emit(dirname(dir), basename(dir));
  }
  private ended(dir: string) {
    this.emit(dir, basename(dir));
    for (const handle of this.handles) if (handle.dir === resolve(dir)) handle.live = false;
    this.emit(dirname(dir), basename(dir));
  }
  removed(dir: string, names: string[]) {
    for (const name of names) this.emit(dir, name);
    this.ended(dir);
  }
  movedAway(dir: string) {
    this.ended(dir);
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

  it("keeps reacting when a shared folder is removed, put back or moved away, and builds a new domain folder", async () => {
    const base = join(root, "mappen");
    const dir = join(base, "policies");
    const shared = join(dir, "algemeen");
    mkdirSync(shared, { recursive: true });
    mkdirSync(join(dir, "voorbeeld"));
    writeFileSync(join(shared, "gedeeld.policy"), SHARED);
    writeFileSync(join(dir, "voorbeeld", "voorbeeld.policy"), policy("keurmerk").replace("- gedeeld.policy", "- ../algemeen/gedeeld.policy"));
    const evaluator = join(base, "dist", "policies", "voorbeeld", "voorbeeld.js");
    const watcher = new LiveWatcher();
    const clock = new FakeClock();
    const events: WatchEvent[] = [];
    const session = watchBuild({ findFiles: () => findPolicyFiles([dir]).files, roots: [dir], outDir: join(base, "dist"), report: (e) => events.push(e), watcher, clock });
    const settled = async () => {
      clock.tick();
      await session.idle();
      return events.at(-1);
    };
    await session.idle();
    expect(events.at(-1)).toMatchObject({ kind: "gebouwd", written: true });

    // rm -rf policies/algemeen: the files go, then the folder itself, whose watch then ends.
    rmSync(shared, { recursive: true });
    watcher.removed(shared, ["gedeeld.policy"]);
    expect(await settled()).toMatchObject({ kind: "gebouwd", written: false });

    // cp -r it back, with a change: seen in the folder above, and the new folder is watched again.
    mkdirSync(shared);
    writeFileSync(join(shared, "gedeeld.policy"), SHARED.replace("Inleiding", "Terug van weg"));
    watcher.created(shared);
    expect(await settled()).toMatchObject({ kind: "gebouwd", written: true });
    expect(readFileSync(evaluator, "utf8")).toContain("Terug van weg");
    writeFileSync(join(shared, "gedeeld.policy"), SHARED.replace("Inleiding", "Daarna gewijzigd"));
    watcher.change(join(shared, "gedeeld.policy"));
    expect(await settled()).toMatchObject({ kind: "gebouwd", written: true });
    expect(readFileSync(evaluator, "utf8")).toContain("Daarna gewijzigd");

    // mv policies/algemeen ..: the folder's own event carries its own name; a build reports the missing file.
    renameSync(shared, join(base, "algemeen"));
    watcher.movedAway(shared);
    const moved = await settled();
    expect(moved).toMatchObject({ kind: "gebouwd", written: false });
    expect(moved?.kind === "gebouwd" && moved.plan.diagnostics.some((d) => d.message.includes("algemeen"))).toBe(true);
    renameSync(join(base, "algemeen"), shared);
    watcher.created(shared);
    expect(await settled()).toMatchObject({ kind: "gebouwd", written: true });

    // A new domain folder, first empty and then with a policy in it.
    const count = events.length;
    mkdirSync(join(dir, "nieuw"));
    watcher.created(join(dir, "nieuw"));
    await settled();
    expect(events).toHaveLength(count + 1);
    expect(session.watchedFolders()).toContain(join(dir, "nieuw"));
    writeFileSync(join(dir, "nieuw", "2024.policy"), policy("keurmerk").replace("domein: voorbeeld", "domein: nieuw").replace("- gedeeld.policy", "- ../algemeen/gedeeld.policy"));
    watcher.change(join(dir, "nieuw", "2024.policy"));
    const built = await settled();
    expect(built?.kind === "gebouwd" && built.files).toContain(join(dir, "nieuw", "2024.policy"));
    expect(existsSync(join(base, "dist", "policies", "nieuw", "2024.js"))).toBe(true);

    // Writing the outputs (below the root or not) never triggers a build.
    watcher.change(join(base, "dist", "policies"));
    expect(clock.timers.size).toBe(0);
    session.close();
  });

  it("removes the outputs of a policy removed while watching", async () => {
    const files = setUp("weg");
    const second = join(files.dir, "tweede.policy");
    writeFileSync(second, policy("keurmerk").replace("domein: voorbeeld", "domein: tweede"));
    const watcher = new LiveWatcher();
    const clock = new FakeClock();
    const events: WatchEvent[] = [];
    const session = watchBuild({ findFiles: () => findPolicyFiles([files.dir]).files, roots: [files.dir], outDir: files.out, report: (e) => events.push(e), watcher, clock });
    await session.idle();
    const evaluator = join(files.out, "policies", "tweede", "tweede.js");
    expect(existsSync(evaluator)).toBe(true);
    rmSync(second);
    watcher.change(second);
    clock.tick();
    await session.idle();
    const built = events.at(-1);
    expect(built?.kind === "gebouwd" && built.removed).toContain(evaluator);
    expect(existsSync(evaluator)).toBe(false);
    expect(existsSync(files.evaluator)).toBe(true);
    session.close();
  });

  it("builds again when a file in the way of an output goes, as the message advises, and says so", async () => {
    const files = setUp("in-de-weg");
    const watcher = new LiveWatcher();
    const clock = new FakeClock();
    const events: WatchEvent[] = [];
    const session = watchBuild({ findFiles: () => [files.main], outDir: files.out, report: (e) => events.push(e), watcher, clock });
    await session.idle();
    expect(events.at(-1)).toMatchObject({ kind: "gebouwd", written: true });

    // The user puts a file of their own where the evaluator goes: the next build writes nothing.
    writeFileSync(files.evaluator, "// eigen werk\n");
    watcher.change(files.main);
    clock.tick();
    await session.idle();
    const refused = events.at(-1)!;
    expect(refused).toMatchObject({ kind: "mislukt", blocking: [files.evaluator] });
    expect(refused.kind === "mislukt" && refused.message).toContain("is niet door beleid geschreven");
    expect(session.watchedFolders()).toContain(dirname(files.evaluator));

    let out = "";
    let err = "";
    const io: CliIo = { stdout: (t) => void (out += t), stderr: (t) => void (err += t), readStdin: async () => "", colour: false, cwd: join(root, "in-de-weg") };
    printWatchEvent(refused, io, files.out);
    expect(err).toContain("fout: Er is niets geschreven: ‘");
    expect(out).toMatch(/\[[\d:]+\] 1 beleidsbestand gecompileerd \([^)]*\); er is niets geschreven\. Zodra dat bestand is verplaatst, verwijderd of gewijzigd, wordt opnieuw gebouwd\.\n/);

    // Other outputs in that folder do not count; removing the file does, and the build succeeds.
    watcher.change(join(dirname(files.evaluator), "voorbeeld.d.ts"));
    expect(clock.timers.size).toBe(0);
    rmSync(files.evaluator);
    watcher.change(files.evaluator);
    expect(clock.timers.size).toBe(1);
    clock.tick();
    await session.idle();
    expect(events.at(-1)).toMatchObject({ kind: "gebouwd", written: true });
    expect(readFileSync(files.evaluator, "utf8")).not.toContain("eigen werk");
    // The output folder is no longer watched: writing there triggers nothing.
    expect(session.watchedFolders()).not.toContain(dirname(files.evaluator));
    watcher.change(files.evaluator);
    expect(clock.timers.size).toBe(0);
    session.close();
  });

  it("says how many outputs a rebuild changed", async () => {
    const files = setUp("aantal");
    const watcher = new FakeWatcher();
    const clock = new FakeClock();
    const events: WatchEvent[] = [];
    const session = watchBuild({ findFiles: () => [files.main], outDir: files.out, report: (e) => events.push(e), watcher, clock });
    await session.idle();
    watcher.change(files.main);
    clock.tick();
    await session.idle();
    const again = events.at(-1)!;
    expect(again.kind === "gebouwd" && again.changed).toEqual([]);
    let out = "";
    const io: CliIo = { stdout: (t) => void (out += t), stderr: () => undefined, readStdin: async () => "", colour: false, cwd: join(root, "aantal") };
    printWatchEvent(again, io, files.out);
    expect(out).toMatch(/geschreven naar dist\/ \(\d+ bestanden, alle ongewijzigd\)\.\n/);
    session.close();
  });

  it("says so when the output folder's record cannot be read, as a build does", async () => {
    const files = setUp("lijst");
    mkdirSync(files.out, { recursive: true });
    writeFileSync(join(files.out, ".beleid-uitvoer.json"), "{ kapot");
    let out = "";
    let err = "";
    const io: CliIo = { stdout: (t) => void (out += t), stderr: (t) => void (err += t), readStdin: async () => "", colour: false, cwd: join(root, "lijst") };
    let stop!: () => void;
    const stopped = new Promise<void>((done) => (stop = done));
    const running = runBuildWatch(["policies/voorbeeld.policy"], "dist", io, stopped, { watcher: new FakeWatcher(), clock: new FakeClock() });
    while (!out.includes("Wacht op wijzigingen")) await new Promise((done) => setTimeout(done, 20));
    stop();
    expect(await running).toBe(0);
    expect(out).toContain("1 beleidsbestand gecompileerd");
    expect(err).toContain("waarschuwing: De lijst van wat beleid eerder in deze map schreef");
    expect(JSON.parse(readFileSync(join(files.out, ".beleid-uitvoer.json"), "utf8")).formatVersion).toBe(1);
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
