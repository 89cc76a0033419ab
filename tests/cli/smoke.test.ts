import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/main.js";
import type { Io } from "../../src/cli/io.js";

export function memIo(stdin = ""): Io & { out: string; err: string } {
  const io = {
    out: "", err: "",
    stdout: { write(s: string) { io.out += s; return true; }, isTTY: false },
    stderr: { write(s: string) { io.err += s; return true; }, isTTY: false },
    stdin: async () => Buffer.from(stdin),
    env: {} as Record<string, string | undefined>,
    cwd: process.cwd(),
  };
  return io;
}

describe("cli", () => {
  it("prints the JSON Schema", async () => {
    const io = memIo();
    expect(await run(["schema"], io)).toBe(0);
    const schema = JSON.parse(io.out);
    expect(schema.properties.tasks.type).toBe("array");
  });
  it("refuses a missing file with one line and exit 2", async () => {
    const io = memIo();
    expect(await run(["no/such/file.txt"], io)).toBe(2);
    expect(io.err.trim().split("\n")).toHaveLength(1);
    expect(io.err).toMatch(/no such file/);
  });
});
