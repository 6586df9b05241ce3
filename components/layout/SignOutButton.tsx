import { signOutAction } from "./sign-out-action";

/** A form, not a script: the server action clears the session cookie and goes home. */
export function SignOutButton({ label }: { label: string }) {
  return (
    <form action={signOutAction}>
      <button type="submit" className="rounded bg-white px-3 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50">
        {label}
      </button>
    </form>
  );
}
