/**
 * When a conviction still counts (Article 70 of the 2015 Criminal Code): until it is expunged. The
 * data generator builds its dates around this rule and the judicial-records backend certifies by it.
 */
export function isConvictionOnRecord(conviction: { expungedDate?: string }): boolean {
  return conviction.expungedDate === undefined;
}
