import "server-only";
import { db } from "@/lib/db";

/** Active communes and wards, for the "where do you apply" choice of commune procedures. */
export function listCommunes() {
  return db.agency.findMany({ where: { kind: "COMMUNE", isActive: true }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}
