/** Typed errors of the library. Codes are stable (`area.reason`); messages may change. */

export type OgiErrorCode =
  | 'input.not-text'
  | 'input.undecodable'
  | 'input.binary'
  | 'input.too-large'
  /** The bytes are not a PDF pdf.js can read. */
  | 'input.pdf-invalid'
  /** The PDF is encrypted and needs a password. */
  | 'input.pdf-encrypted'
  /** No page of the PDF has a text layer (a scan): nothing to read without OCR. */
  | 'input.no-text-layer'
  | 'format.unknown'
  | 'internal.invalid-report';

/** The one error type ogi-report throws for bad input or options. */
export class OgiError extends Error {
  readonly code: OgiErrorCode;

  constructor(code: OgiErrorCode, message: string) {
    super(message);
    this.name = 'OgiError';
    this.code = code;
  }
}
