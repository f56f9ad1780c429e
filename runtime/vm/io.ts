// Buffered standard output: Python's print goes through here so output is written in large
// chunks (and flushed at exit, before a traceback, and when the buffer fills).
let buffer: string[] = [];
let size = 0;

export function writeStdout(text: string): void {
  buffer.push(text);
  size += text.length;
  if (size > 1 << 16) flushStdout();
}

export function flushStdout(): void {
  if (!buffer.length) return;
  const text = buffer.join("");
  buffer = [];
  size = 0;
  writeAllSync(1, text);
}

import { writeSync } from "node:fs";
export function writeAllSync(fd: number, text: string): void {
  const bytes = Buffer.from(text, "utf8");
  let off = 0;
  while (off < bytes.length) {
    try {
      off += writeSync(fd, bytes, off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "EAGAIN") continue;
      if ((e as NodeJS.ErrnoException).code === "EPIPE") return;
      throw e;
    }
  }
}
