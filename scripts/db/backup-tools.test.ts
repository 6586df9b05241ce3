import { describe, expect, it } from "vitest";
import {
  backupBaseName,
  compareCounts,
  filterRestoreList,
  libpqUrl,
  missingToolMessage,
  parseToolVersion,
  passfileLine,
  serverMajorOf,
} from "./backup-tools";

describe("backup tools", () => {
  it("reads the major version of pg_dump / pg_restore and of the server", () => {
    expect(parseToolVersion("pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)\n")).toEqual({ major: 15, text: "15.18" });
    expect(parseToolVersion("pg_restore (PostgreSQL) 17.2")).toEqual({ major: 17, text: "17.2" });
    expect(parseToolVersion("pg_dump (PostgreSQL) 18beta1")).toEqual({ major: 18, text: "18" });
    expect(parseToolVersion("bash: pg_dump: command not found")).toBeNull();
    expect(serverMajorOf(150018)).toBe(15);
    expect(serverMajorOf(170002)).toBe(17);
  });

  it("never puts the password in the URL given to the tools, and drops parameters libpq refuses", () => {
    const url = libpqUrl("postgresql://portal:s%40cret@db.local:5433/portal?schema=public&sslmode=require&connection_limit=5");
    expect(url).toBe("postgresql://portal@db.local:5433/portal?sslmode=require");
    expect(url).not.toContain("cret");
  });

  it("escapes ':' and '\\' in the passfile line", () => {
    expect(passfileLine("a:b\\c")).toBe("*:*:*:*:a\\:b\\\\c\n");
  });

  it("compares row counts table by table; tables only in the target are shown, not failed", () => {
    const rows = compareCounts({ Dossier: 600, AuditLog: 3 }, { Dossier: 600, AuditLog: 2, Extra: 1 });
    expect(rows).toEqual([
      { table: "AuditLog", expected: 3, actual: 2, ok: false },
      { table: "Dossier", expected: 600, actual: 600, ok: true },
      { table: "Extra", expected: null, actual: 1, ok: true },
    ]);
    expect(compareCounts({ Gone: 1 }, {})).toEqual([{ table: "Gone", expected: 1, actual: null, ok: false }]);
  });

  it("leaves extension comments out of the restore list, and nothing else", () => {
    const list = [
      ";",
      "2; 3079 17043 EXTENSION - pg_trgm ",
      "3743; 0 0 COMMENT - EXTENSION pg_trgm ",
      "3565; 2620 17126 TRIGGER public AuditLog AuditLog_append_only postgres",
      "3600; 0 16400 TABLE DATA public AuditLog postgres",
    ].join("\n");
    expect(filterRestoreList(list).split("\n")).toEqual([
      ";",
      "2; 3079 17043 EXTENSION - pg_trgm ",
      "3565; 2620 17126 TRIGGER public AuditLog AuditLog_append_only postgres",
      "3600; 0 16400 TABLE DATA public AuditLog postgres",
    ]);
  });

  it("names backups by local date and time", () => {
    expect(backupBaseName(new Date(2026, 10, 7, 9, 5, 3))).toBe("portal-20261107-090503");
  });

  it("tells in Vietnamese what to install when the tool is missing or too old", () => {
    const missing = missingToolMessage("pg_dump", 15, "15.18", [], "PATH");
    expect(missing).toContain("Cần pg_dump bản 15 trở lên");
    expect(missing).toContain("apt-get install postgresql-client");
    const old = missingToolMessage("pg_dump", 17, "17.2", [{ path: "/usr/bin/pg_dump", major: 15, version: "15.18" }], "PATH");
    expect(old).toContain("/usr/bin/pg_dump (bản 15.18)");
    expect(old).toContain("postgresql-client-17");
  });
});
