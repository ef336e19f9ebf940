import { amazonImportEndpoint, type AmazonReportKind } from './urls';
import { splitNdjson, type ImportEvent } from './import-events';

export interface UploadCallbacks {
  /** The browser sent more of the file (XMLHttpRequest upload progress). */
  readonly onSent: (sentBytes: number, totalBytes: number) => void;
  /** The API reported progress, a refused row, the end or a file-level failure. */
  readonly onEvent: (event: ImportEvent) => void;
  /** The request itself failed (network, 401/403/400): the API's message when it gave one. */
  readonly onError: (message: string) => void;
}

function errorMessage(xhr: XMLHttpRequest): string {
  try {
    const body = JSON.parse(xhr.responseText) as { error?: { message?: string } };
    if (typeof body.error?.message === 'string') return body.error.message;
  } catch {
    // Not JSON: fall back to the status line.
  }
  return xhr.status === 0 ? 'The connection to the API failed' : `The API answered ${xhr.status}`;
}

/**
 * Sends a report file as the request body (the API reads it as it arrives) and reads the NDJSON
 * answer as it streams in. XMLHttpRequest rather than fetch: it reports upload progress.
 * Returns a function that aborts the upload.
 */
export function uploadAmazonReport(
  file: File,
  kind: AmazonReportKind,
  callbacks: UploadCallbacks,
): () => void {
  const xhr = new XMLHttpRequest();
  let read = 0;
  let rest = '';
  const drain = (): void => {
    const fresh = xhr.responseText.slice(read);
    read = xhr.responseText.length;
    const split = splitNdjson(rest + fresh);
    rest = split.rest;
    for (const event of split.events) callbacks.onEvent(event);
  };
  xhr.open('POST', amazonImportEndpoint(kind, file.name));
  xhr.withCredentials = true;
  xhr.setRequestHeader('content-type', 'text/tab-separated-values');
  xhr.upload.onprogress = (event) => {
    callbacks.onSent(event.loaded, event.lengthComputable ? event.total : file.size);
  };
  xhr.onprogress = () => {
    if (xhr.status === 200) drain();
  };
  xhr.onload = () => {
    if (xhr.status !== 200) {
      callbacks.onError(errorMessage(xhr));
      return;
    }
    drain();
    if (rest.trim() !== '') {
      const last = splitNdjson(`${rest}\n`);
      for (const event of last.events) callbacks.onEvent(event);
    }
  };
  xhr.onerror = () => {
    callbacks.onError(errorMessage(xhr));
  };
  xhr.send(file);
  return () => {
    xhr.abort();
  };
}
