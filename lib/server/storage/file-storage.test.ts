import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createStorage, LocalDiskStorage, newStorageKey } from "./file-storage";

const root = path.join(os.tmpdir(), `portal-storage-test-${process.pid}`);
afterAll(() => fs.rm(root, { recursive: true, force: true }));

async function text(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

describe("LocalDiskStorage (the FileStorage behind STORAGE_DRIVER=local)", () => {
  const storage = new LocalDiskStorage(root);

  it("puts, reads, streams, tells existence and removes by key", async () => {
    const key = newStorageKey(new Date("2026-03-05T00:00:00Z"));
    expect(key).toMatch(/^2026\/03\/[a-f0-9]{40}$/);
    expect(await storage.exists(key)).toBe(false);
    await storage.put(key, new TextEncoder().encode("nội dung tệp"));
    expect(await storage.exists(key)).toBe(true);
    expect((await storage.read(key)).toString("utf8")).toBe("nội dung tệp");
    expect(await text(await storage.stream(key))).toBe("nội dung tệp");
    // Under the folder, by key, and no temporary file left beside it.
    expect(await fs.readdir(path.join(root, "2026", "03"))).toEqual([key.split("/")[2]]);
    await storage.remove(key);
    expect(await storage.exists(key)).toBe(false);
    await storage.remove(key); // already gone: no error
    await expect(storage.stream(key)).rejects.toThrow();
    await expect(storage.read(key)).rejects.toThrow();
  });

  it("refuses keys it did not generate (no path escapes)", async () => {
    for (const key of ["../etc/passwd", "2026/03/../../x", "a.pdf", ""]) {
      await expect(storage.put(key, new Uint8Array([1]))).rejects.toThrow("invalid storage key");
      await expect(storage.exists(key)).rejects.toThrow("invalid storage key");
    }
  });

  it("createStorage('local') is a LocalDiskStorage on the given folder", async () => {
    const made = createStorage("local", root);
    expect(made).toBeInstanceOf(LocalDiskStorage);
    const key = newStorageKey();
    await made.put(key, new Uint8Array([7]));
    expect(await storage.read(key)).toEqual(Buffer.from([7]));
  });
});
