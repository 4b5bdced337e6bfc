/**
 * The largest server-action body: one uploaded document (MAX_IMPORT_BYTES, 5 MB) plus the
 * multipart overhead. Next's limit (next.config.ts serverActions.bodySizeLimit) and the check in
 * front of Next (lib/http/serve-security.ts) share it.
 */
export const ACTION_BODY_LIMIT_BYTES = 6 * 1024 * 1024;
