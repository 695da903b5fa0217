/**
 * Writing a formatted .policy file back, for `beleid fmt`. Unlike a build output, the file
 * already exists and belongs to someone: fmt edits it, it does not replace it. So the new
 * text goes to a temporary file next to the file (never a half-written policy) that gets the
 * file's permissions, and its owner and group where the process may set them, before it is
 * renamed over the file. A symbolic link is followed: the file it points to is formatted and
 * the link stays a link. A file with more than one name (hard links) is rewritten in place,
 * as editors do, so that every name keeps showing the same file; the temporary file then holds
 * the previous content until the new content is written, and puts it back should writing fail.
 * A file the user may not write (read-only, or someone else's) is not rewritten at all; the
 * error says so in Dutch.
 */

import { accessSync, closeSync, constants, copyFileSync, fchmodSync, fchownSync, fsyncSync, ftruncateSync, openSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import { outputError, OutputError, tempPath } from "../output.js";


/** Replaces the content of the existing file `path` by `content`, keeping what the file is. */
export function writeFormatted(path: string, content: string): void {
  let target: string;
  let mode: number;
  let uid: number;
  let gid: number;
  let nlink: number;
  try {
    target = realpathSync(path);
    ({ mode, uid, gid, nlink } = statSync(target));
  } catch (error) {
    throw outputError(path, error);
  }
  // A file without any write permission is read-only on purpose, also for root.
  if ((mode & 0o222) === 0) throw new OutputError(`Het bestand ‘${path}’ is alleen-lezen; beleid fmt wijzigt het niet.`);
  try {
    accessSync(target, constants.W_OK);
  } catch {
    throw new OutputError(`U hebt geen toestemming om ‘${path}’ te wijzigen; beleid fmt wijzigt het niet.`);
  }

  // Short, whatever the length of the file's name (output.ts): any name the file system allows can be formatted.
  const temp = tempPath(target);
  if (nlink > 1) {
    writeInPlace(path, target, temp, content);
    return;
  }
  let fd: number | undefined;
  try {
    fd = openSync(temp, "wx", 0o600);
    writeSync(fd, content);
    // Before the content is visible under the file's name: its owner, group and permissions
    // (set after chown, which clears the set-user-id and set-group-id bits).
    const me = process.getuid?.();
    if (me !== undefined && (uid !== me || gid !== process.getgid?.())) {
      try {
        fchownSync(fd, uid, gid);
      } catch {
        // Not root: a file of someone else becomes the user's (it was writable for them, so
        // it is shared on purpose), in its own group when the user is a member of it.
        try {
          fchownSync(fd, me, gid);
        } catch {
          // Not a member: the user's group, with the file's permissions below.
        }
      }
    }
    fchmodSync(fd, mode & 0o7777);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, target);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temp, { force: true });
    throw outputError(path, error);
  }
}

/**
 * Rewrites the hard-linked file `target` in place. The previous content is first copied to
 * `temp` (which also shows there is room for it); should writing the new content fail, it is
 * written back, and the copy is only removed once the file holds one or the other completely.
 */
function writeInPlace(path: string, target: string, temp: string, content: string): void {
  try {
    copyFileSync(target, temp, constants.COPYFILE_EXCL);
  } catch (error) {
    rmSync(temp, { force: true });
    throw outputError(path, error);
  }
  let fd: number | undefined;
  try {
    fd = openSync(target, "r+");
  } catch (error) {
    rmSync(temp, { force: true });
    throw outputError(path, error);
  }
  try {
    const bytes = Buffer.from(content, "utf8");
    writeSync(fd, bytes, 0, bytes.length, 0);
    ftruncateSync(fd, bytes.length);
    fsyncSync(fd);
  } catch (error) {
    try {
      const previous = readFileSync(temp);
      writeSync(fd, previous, 0, previous.length, 0);
      ftruncateSync(fd, previous.length);
    } catch {
      closeSync(fd);
      // The copy stays next to the file, under the name in the error.
      throw new OutputError(`Het bestand ‘${path}’ kon niet worden opgemaakt en niet worden hersteld; de vorige inhoud staat in ‘${temp}’.`);
    }
    closeSync(fd);
    rmSync(temp, { force: true });
    throw outputError(path, error);
  }
  closeSync(fd);
  rmSync(temp, { force: true });
}
