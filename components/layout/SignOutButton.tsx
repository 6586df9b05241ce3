"use client";

import { signOut } from "next-auth/react";

export function SignOutButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => void signOut({ callbackUrl: "/" })}
      className="rounded bg-white px-3 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50"
    >
      {label}
    </button>
  );
}
