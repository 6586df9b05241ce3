"use client";

// Unexpected errors: a generic message with the event id (digest) that the server logged.
// Client components cannot read the server's message catalogue, so both languages are shown.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const id = error.digest ?? "—";
  return (
    <div className="rounded-lg bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-bold">Đã có lỗi xảy ra</h1>
      <p className="mt-2 text-slate-700">Hệ thống gặp sự cố khi xử lý yêu cầu. Mã sự cố: <code>{id}</code>. Vui lòng thử lại sau.</p>
      <p lang="en" className="mt-1 text-sm text-slate-600">Something went wrong. Incident id: {id}.</p>
      <button type="button" onClick={reset} className="mt-4 rounded bg-brand-600 px-4 py-2 font-semibold text-white">Thử lại</button>
    </div>
  );
}
