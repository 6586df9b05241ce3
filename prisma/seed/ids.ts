// Deterministic identifiers for seeded rows, shaped like Prisma's cuid() ("c" + 24 lower-case
// base-36 characters) so that code validating ids as cuids accepts them.
import { Rng, hashSeed } from "@/lib/domain/random";

const B36_6 = 36 ** 6; // 2_176_782_336 < 2^32

function chunk(n: number): string {
  return (n % B36_6).toString(36).padStart(6, "0");
}

/** A stable id for a natural key (e.g. "taskupdate:NV07:2024-05"): reruns produce the same id. */
export function seedId(label: string): string {
  const a = hashSeed(label);
  const b = hashSeed(`${label}#1`);
  const c = hashSeed(`${label}#2`);
  const d = hashSeed(`${label}#3`);
  return `c${chunk(a)}${chunk(b)}${chunk(c)}${chunk(d)}`;
}

/** Ids drawn from one dedicated stream: unique within a run, identical on a rerun. */
export class IdStream {
  private readonly rng: Rng;
  constructor(seed: string) {
    this.rng = new Rng(seed);
  }
  next(): string {
    const r = this.rng;
    return `c${chunk(r.uint32())}${chunk(r.uint32())}${chunk(r.uint32())}${chunk(r.uint32())}`;
  }
}

const B64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/** 32 base64url characters (192 bits) from a dedicated stream: the result-verification token. */
export class TokenStream {
  private readonly rng: Rng;
  constructor(seed: string) {
    this.rng = new Rng(seed);
  }
  next(): string {
    let out = "";
    for (let i = 0; i < 8; i++) {
      // 24 bits → 4 characters.
      const v = this.rng.uint32() >>> 8;
      out += B64URL[(v >>> 18) & 63] + B64URL[(v >>> 12) & 63] + B64URL[(v >>> 6) & 63] + B64URL[v & 63];
    }
    return out;
  }
}
