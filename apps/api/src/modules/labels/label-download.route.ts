import { isUUID } from 'class-validator';
import type { NextFunction, Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { authenticate } from '../auth/authenticate';
import { loadLabelPrintData } from './label-print-data';
import { renderLabelPdf } from './render-label-pdf';

const LABEL_FILE = /^(?<id>[0-9a-fA-F-]{36})\.pdf$/;

function refuse(response: Response, status: number, code: string, message: string): void {
  response.status(status).set('cache-control', 'no-store').json({ error: { code, message } });
}

/**
 * GET /labels/:file — the printable PDF of a return label (`<label id>.pdf`), for any signed-in
 * user (session cookie or API token): 401 when anonymous, 404 for an unknown or malformed id.
 */
export function labelDownloadHandler(dataSource: DataSource) {
  return async (request: Request, response: Response, next: NextFunction): Promise<void> => {
    try {
      const { user } = await authenticate(dataSource, request);
      if (user === null) {
        refuse(response, 401, 'UNAUTHENTICATED', 'Sign in to download labels');
        return;
      }
      const file = request.params.file;
      const id = typeof file === 'string' ? LABEL_FILE.exec(file)?.groups?.id : undefined;
      const data = id !== undefined && isUUID(id) ? await loadLabelPrintData(dataSource, id) : null;
      if (data === null) {
        refuse(response, 404, 'NOT_FOUND', 'No such return label');
        return;
      }
      const pdf = await renderLabelPdf(data);
      response
        .status(200)
        .set({
          'content-type': 'application/pdf',
          'content-disposition': `inline; filename="${data.rmaNumber.replace(/[^\w-]/g, '_')}-label.pdf"`,
          'cache-control': 'private, no-store',
          'content-length': String(pdf.length),
        })
        .end(pdf);
    } catch (error) {
      next(error);
    }
  };
}
