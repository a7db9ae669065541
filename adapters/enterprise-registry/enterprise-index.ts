import { BusinessRuleError, ValidationError, type FieldViolation } from '../../src/core/errors';
import { validateMst } from '../../src/core/ids';
import type { Enterprise } from '../../src/seed/types';

/** The check-digit rules of an enterprise code, as violations at `path` (empty when valid). */
export function checkEnterpriseCode(value: string, path: string): FieldViolation[] {
  const checked = validateMst(value);
  return checked.ok ? [] : [{ path, message: `${path} is not a valid enterprise code (${checked.error}): ${checked.message}` }];
}

/** Seeded enterprises by their 10-digit code; a 13-digit branch code resolves to its parent. */
export class EnterpriseIndex {
  private readonly byCode: Map<string, Enterprise>;

  constructor(enterprises: readonly Enterprise[]) {
    this.byCode = new Map(enterprises.map((e) => [e.code, e]));
  }

  /** Validates `msdn` (check digit and all) and finds the enterprise, or throws. */
  lookup(msdn: string, path = 'body.msdn'): { enterprise: Enterprise; branch?: string } {
    const checked = validateMst(msdn);
    if (!checked.ok) {
      const message = `${path} is not a valid enterprise code (${checked.error}): ${checked.message}`;
      throw new ValidationError(message, [{ path, message }]);
    }
    const enterprise = this.byCode.get(checked.base);
    if (!enterprise) throw new BusinessRuleError('NOT_FOUND', `No enterprise with code ${checked.normalized} in the registry`, { status: 404 });
    return checked.branch ? { enterprise, branch: checked.branch } : { enterprise };
  }

  /** The enterprise with this 10-digit code, without validation. */
  find(code: string): Enterprise | undefined {
    return this.byCode.get(code);
  }

  all(): Enterprise[] {
    return [...this.byCode.values()];
  }
}
