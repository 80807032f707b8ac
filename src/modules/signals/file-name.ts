// The uploaded file's name, from the optional `x-file-name` header (percent-encoded by the web app,
// since header values are Latin-1). Only a label for the upload list, so it never fails an upload:
// a malformed escape (`%E0`) is kept as typed, a path is cut to its last part, control characters go.
const CONTROL = /\p{Cc}/gu;
export const MAX_FILE_NAME = 200;

export function uploadFileName(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  let name: string;
  try {
    name = decodeURIComponent(raw);
  } catch {
    name = raw; // URIError: not valid percent-encoding, so it was not encoded
  }
  const last = name.split(/[/\\]/).pop() ?? '';
  // Cut by code points, as the database counts (length(file_name) <= 200), never inside a surrogate pair.
  const clean = Array.from(last.replace(CONTROL, '').trim()).slice(0, MAX_FILE_NAME).join('').trim();
  return clean === '' ? null : clean;
}
