import "server-only";
// Structured JSON logs (one JSON object per line on stdout) for the web app and the worker.
//   { "level": "info", "time": "2026-11-27T10:00:00.000Z", "service": "portal", "pid": 1,
//     "requestId": "…", "msg": "…", … }
// Secrets and personal data are removed before a line is written (./redaction.ts). While a
// request is handled every line carries its `requestId` (the X-Request-Id that proxy.ts sets).
// Use `logger` anywhere on the server, `getRequestLogger()` in request code that wants the id
// bound explicitly, and `logger.child({ component: "…" })` for a part of the system.
import pino, { type DestinationStream, type Logger, type LoggerOptions } from "pino";
import { env } from "@/lib/env";
import { currentRequestId } from "./request-context";
import { REDACTED, redactPaths, scrubText } from "./redaction";

export type { Logger } from "pino";

type SerializedError = { type?: string; message?: string; stack?: string; [key: string]: unknown };

function serializeError(error: unknown): unknown {
  const out = pino.stdSerializers.err(error as Error) as SerializedError;
  if (!out || typeof out !== "object") return out;
  if (typeof out.message === "string") out.message = scrubText(out.message);
  if (typeof out.stack === "string") out.stack = scrubText(out.stack);
  return out;
}

export type CreateLoggerOptions = {
  level?: LoggerOptions["level"];
  /** Where lines go; stdout when absent. Tests pass a stream to read the lines back. */
  destination?: DestinationStream;
  /** `service` field on every line. */
  service?: string;
};

export function createLogger(options: CreateLoggerOptions = {}): Logger {
  const config: LoggerOptions = {
    level: options.level ?? env.LOG_LEVEL,
    base: { service: options.service ?? "portal", pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    messageKey: "msg",
    formatters: {
      // "level": "info" rather than 30: readable without a lookup table.
      level: (label) => ({ level: label }),
    },
    redact: { paths: redactPaths(), censor: REDACTED },
    serializers: { err: serializeError, error: serializeError },
    hooks: {
      // Free-text arguments (the message and its format arguments) lose e-mail addresses,
      // phone and ID numbers.
      logMethod(args, method) {
        const cleaned = args.map((a) => (typeof a === "string" ? scrubText(a) : a)) as Parameters<typeof method>;
        return method.apply(this, cleaned);
      },
    },
    mixin(_merge, _level, instance) {
      // A child made by getRequestLogger() already carries requestId: do not repeat it.
      if ((instance.bindings() as { requestId?: unknown }).requestId) return {};
      const requestId = currentRequestId();
      return requestId ? { requestId } : {};
    },
  };
  return options.destination ? pino(config, options.destination) : pino(config);
}

// One logger per process, kept across hot reloads in development.
const globalForLogger = globalThis as unknown as { __portalLogger?: Logger };

export const logger: Logger = globalForLogger.__portalLogger ?? createLogger();
globalForLogger.__portalLogger = logger;
