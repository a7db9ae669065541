import { integer, type AdapterSettings } from '../../src/core/settings';
import { resolvePdfFont } from '../shared/pdf-font';

/** The judicial-records backend's own settings, read from the environment once at start. */
export interface JudicialRecordsSettings {
  /** Simulated seconds from receipt (3) to processing (4). Default 60 (`LLTP_PROCESSING_AFTER_SECONDS`). */
  processingAfterSeconds: number;
  /** Simulated seconds from processing (4) to the decision: issued (5) or refused (6). Default 240 (`LLTP_DECISION_AFTER_SECONDS`). */
  decisionAfterSeconds: number;
  /**
   * TrueType font embedded in certificate PDFs, for Vietnamese diacritics (`LLTP_PDF_FONT`). Default
   * DejaVu Sans from the dejavu-fonts-ttf package; without any, certificates fall back to ASCII text.
   */
  pdfFont?: string;
}

export function readSettings(config: Pick<AdapterSettings, 'env'>): JudicialRecordsSettings {
  const { env } = config;
  const pdfFont = resolvePdfFont(env, 'LLTP_PDF_FONT');
  return {
    processingAfterSeconds: integer(env, 'LLTP_PROCESSING_AFTER_SECONDS', 60, 0, 365 * 86400),
    decisionAfterSeconds: integer(env, 'LLTP_DECISION_AFTER_SECONDS', 240, 0, 365 * 86400),
    ...(pdfFont ? { pdfFont } : {}),
  };
}
