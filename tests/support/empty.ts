// Stand-in for the `server-only` marker package under Vitest (outside Next.js it would throw).
export {};
